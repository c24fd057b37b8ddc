package io.github.acubepl.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one HTTP handler: reads the body within the limit, applies an armed fault, routes, journals
 * the outcome, then answers (or drops the connection). Journals before answering, so a client
 * holding its answer finds its entry. Tracks requests in flight for a graceful close.
 */
final class Dispatcher implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Router router;
    private final Faults faults;
    private final Journal journal;
    private final SandboxClock clock;
    private final Ids ids;
    private final long maxBodyBytes;
    private final Object inFlightLock = new Object();
    private int inFlight;
    private volatile boolean closing;

    Dispatcher(Router router, Faults faults, Journal journal, SandboxClock clock, Ids ids, long maxBodyBytes) {
        this.router = router;
        this.faults = faults;
        this.journal = journal;
        this.clock = clock;
        this.ids = ids;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) {
        synchronized (inFlightLock) {
            inFlight++;
        }
        try {
            serve(exchange);
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "acube-sandbox: unexpected failure while answering a request", e);
        } finally {
            exchange.close();
            synchronized (inFlightLock) {
                inFlight--;
                inFlightLock.notifyAll();
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Instant received = clock.instant();
        String requestId = ids.uuid();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();

        long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        byte[] body = declared > maxBodyBytes ? null : readBounded(exchange.getRequestBody());
        if (body == null) {
            long size = declared > maxBodyBytes ? declared : maxBodyBytes + 1;
            Response tooLarge = ApiException.problem(413, "The request body exceeds the limit of " + maxBodyBytes + " bytes.")
                    .withHeader("Connection", "close");
            record(received, requestId, method, path, rawQuery, null, size, 413, null);
            send(exchange, tooLarge, requestId);
            return;
        }
        String sha = Hashes.sha256Hex(body);
        if (closing) {
            record(received, requestId, method, path, rawQuery, sha, body.length, 503, null);
            send(exchange, ApiException.problem(503, "The sandbox is shutting down.").withHeader("Connection", "close"),
                    requestId);
            return;
        }

        Faults.ArmedFault fault = faults.take(method, path);
        String described = fault == null ? null : fault.describe();
        if (fault != null && fault.kind() == Faults.Kind.DROP_BEFORE_HANDLING) {
            record(received, requestId, method, path, rawQuery, sha, body.length, null, described);
            drop(exchange);
            return;
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
            response = handle(new Request(requestId, method, path, rawQuery, exchange.getRequestHeaders(), body));
        }
        if (fault != null && fault.kind() == Faults.Kind.DROP_AFTER_HANDLING) {
            record(received, requestId, method, path, rawQuery, sha, body.length, null, described);
            drop(exchange);
            return;
        }
        record(received, requestId, method, path, rawQuery, sha, body.length, response.status(), described);
        send(exchange, response, requestId);
    }

    private Response handle(Request request) {
        try {
            return router.dispatch(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "acube-sandbox: a handler failed on " + request.method() + " " + request.path(), e);
            return ApiException.problem(500, "Internal Server Error");
        }
    }

    private static void pause(Faults.ArmedFault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(Instant received, String requestId, String method, String path, String query,
            @Nullable String sha, long size, @Nullable Integer status, @Nullable String fault) {
        journal.add(new JournalEntry(received, requestId, method, path, query, sha, size, status, fault));
    }

    /** Closes the connection without a status line: the client sees the connection end with no response. */
    private static void drop(HttpExchange exchange) {
        exchange.close();
    }

    private static void send(HttpExchange exchange, Response response, String requestId) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        headers.set("X-Request-Id", requestId);
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            headers.set(h.getKey(), h.getValue());
        }
        byte[] body = response.body();
        boolean noBody = response.status() == 204 || response.status() == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The body, or {@code null} if it is longer than the limit. */
    private byte @Nullable [] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > maxBodyBytes) {
                return null;
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private static long declaredLength(@Nullable String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Refuses new requests (503) and waits up to {@code graceMillis} for those in flight. */
    void shutdown(long graceMillis) {
        closing = true;
        long deadline = System.nanoTime() + graceMillis * 1_000_000L;
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                try {
                    inFlightLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
