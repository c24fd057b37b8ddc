package io.github.acubepl.sandbox;

import java.lang.System.Logger.Level;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The one request handler behind the {@link SandboxServer}: applies an armed fault, routes,
 * journals the outcome, then answers (or drops the connection). Journals before answering, so a
 * client holding its answer finds its entry; answers the server gives itself (413, 408, 503, …)
 * are journalled here too. Every answer carries {@code X-Request-Id}.
 */
final class Dispatcher implements SandboxServer.Handler {
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    /** How much of a request's method and path a log line quotes (escaped). */
    static final int MAX_LOGGED_REQUEST = 200;

    private final Router router;
    private final Faults faults;
    private final Journal journal;
    private final SandboxClock clock;
    private final Ids ids;
    private volatile boolean closing;

    Dispatcher(Router router, Faults faults, Journal journal, SandboxClock clock, Ids ids) {
        this.router = router;
        this.faults = faults;
        this.journal = journal;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public @Nullable Response handle(RequestHead head, byte[] body) {
        return handle(head, body, 0);
    }

    @Override
    public @Nullable Response handle(RequestHead head, byte[] body, long connection) {
        Instant received = clock.instant();
        String requestId = ids.uuid();
        String method = head.method();
        String path = head.path();
        String rawQuery = head.rawQuery();
        String sha = Hashes.sha256Hex(body);
        if (closing) {
            record(received, requestId, head, sha, body.length, 503, null);
            return ApiException.problem(503, "The sandbox is shutting down.").withHeader("Connection", "close")
                    .withHeader("X-Request-Id", requestId);
        }

        if (connection > 0 && faults.stalled(connection)) {
            record(received, requestId, head, sha, body.length, null, "stalled connection");
            return Response.STALL;
        }
        Faults.ArmedFault fault = faults.take(method, path);
        String described = fault == null ? null : fault.describe();
        if (fault != null && fault.kind() == Faults.Kind.DROP_BEFORE_HANDLING) {
            record(received, requestId, head, sha, body.length, null, described);
            return null;
        }
        if (fault != null && fault.kind() == Faults.Kind.STALL) {
            record(received, requestId, head, sha, body.length, null, described);
            return Response.STALL;
        }
        Response response;
        if (fault != null && fault.kind() == Faults.Kind.RESPOND) {
            response = ApiException.problem(fault.status(), fault.detail());
            if (fault.retryAfter() != null) {
                response = response.withHeader("Retry-After", Long.toString(fault.retryAfterSeconds()));
            }
        } else {
            if (fault != null && fault.kind() == Faults.Kind.DELAY) {
                pause(fault);
            }
            response = route(new Request(requestId, method, path, rawQuery, head.headers(), body));
        }
        if (fault != null && fault.kind() == Faults.Kind.DROP_AFTER_HANDLING) {
            record(received, requestId, head, sha, body.length, null, described);
            return null;
        }
        record(received, requestId, head, sha, body.length, response.status(), described);
        return response.withHeader("X-Request-Id", requestId);
    }

    @Override
    public Response answered(RequestHead head, long bodySize, Response problem) {
        String requestId = ids.uuid();
        record(clock.instant(), requestId, head, null, bodySize, problem.status(), null);
        return problem.withHeader("X-Request-Id", requestId);
    }

    private Response route(Request request) {
        try {
            return router.dispatch(request);
        } catch (OutOfMemoryError e) {
            // a large invoice did not fit: the request was not carried out, so it may be sent again
            LOG.log(Level.WARNING, "acube-sandbox: out of memory on " + logged(request)
                    + "; give the JVM more heap (-Xmx) or lower the sandbox's limits");
            return ApiException.problem(503, "The sandbox ran out of memory handling this request; retry later.")
                    .withHeader("Retry-After", "1");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "acube-sandbox: a handler failed on " + logged(request), e);
            return ApiException.problem(500, "Internal Server Error");
        }
    }

    /** The request's method and path for a log line: quoted, control characters escaped, at most a prefix. */
    private static String logged(Request request) {
        return RequestHead.quote(request.method() + " " + request.path(), MAX_LOGGED_REQUEST);
    }

    private static void pause(Faults.ArmedFault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(Instant received, String requestId, RequestHead head, @Nullable String sha, long size,
            @Nullable Integer status, @Nullable String fault) {
        journal.add(new JournalEntry(received, requestId, head.method(), head.path(), head.rawQuery(), sha, size, status,
                fault));
    }

    /** From now on every request is answered {@code 503} (and its connection closed). */
    void beginClosing() {
        closing = true;
    }
}
