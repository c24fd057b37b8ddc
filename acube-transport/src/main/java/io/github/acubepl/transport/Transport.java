package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Backoff;
import io.github.acubepl.transport.internal.CappedBody;
import io.github.acubepl.transport.internal.Durations;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.InvoiceHint;
import io.github.acubepl.transport.internal.Log;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Request;
import io.github.acubepl.transport.internal.Response;
import io.github.acubepl.transport.internal.RetryAfter;
import io.github.acubepl.transport.internal.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends one {@link Request} with the retry policy: calls that may be repeated are retried on
 * connection failures, timeouts, 5xx and 429 (honouring {@code Retry-After} on 429 and 503); a POST
 * that may have reached the server is never repeated and ends in {@link AcubeOutcomeUnknownException}
 * (unless the connection provably never opened). Other statuses are handed back as they are.
 *
 * <p>Time: each call has a deadline ({@code callTimeout} from its start) that covers every attempt,
 * every pause and every body download; each attempt has at most {@code requestTimeout}, from
 * sending to the last byte of the body, and never runs past the deadline. A pause that would end at
 * or after the deadline is not taken. When time runs out mid-exchange, the exchange is aborted (the
 * JDK closes the connection), so nothing goes on reading in the background. The client measures
 * these times itself instead of using {@link HttpRequest#timeout()}, whose expiry the JDK reports
 * as a connect timeout while the exchange is being set up, even though the request may then be on
 * its way (a POST must not be repeated on that guess).
 *
 * <p>Size: a body larger than {@code maxResponseBytes} is not read past the cap (see
 * {@link CappedBody}); such an answer is an {@link AcubeApiException}, or for a POST that
 * succeeded, an {@link AcubeOutcomeUnknownException} (it took effect, but the answer cannot be read).
 */
final class Transport {
    /** The least time worth starting another attempt with. */
    private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String USER_AGENT = "acube-ksef-java/0.1 (+https://github.com/acubepl/acube-ksef-java)";

    private final HttpConnections connections;
    private final long maxIdleNanos;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final Clock clock;
    private final LongSupplier ticker;
    private final Duration requestTimeout;
    private final Duration callTimeout;
    private final long maxResponseBytes;
    private final List<Interceptor> interceptors;

    /**
     * @param clock the wall clock, for {@code Retry-After} dates
     * @param ticker a monotonic nanosecond counter ({@link System#nanoTime()} by default), for deadlines
     *     (the same one {@code connections} measures idleness with)
     * @param maxIdle how long the connections may be idle before the next exchange opens fresh ones
     */
    Transport(HttpConnections connections, Duration maxIdle, RetryPolicy policy, Sleeper sleeper,
            DoubleSupplier jitter, Clock clock, LongSupplier ticker, Duration requestTimeout, Duration callTimeout,
            long maxResponseBytes, List<Interceptor> interceptors) {
        this.connections = connections;
        this.maxIdleNanos = nanos(maxIdle);
        this.policy = policy;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.clock = clock;
        this.ticker = ticker;
        this.requestTimeout = requestTimeout;
        this.callTimeout = callTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.interceptors = List.copyOf(interceptors);
    }

    Response send(Request request, @Nullable String bearer) {
        int max = policy.maxAttempts();
        long callStart = ticker.getAsLong();
        long deadline = callStart + Math.min(nanos(callTimeout), Long.MAX_VALUE / 4);
        for (int attempt = 1;; attempt++) {
            long start = ticker.getAsLong();
            long left = deadline - start;
            boolean deadlineBound = left <= nanos(requestTimeout);
            HttpResponse<CappedBody.Body> answer;
            try {
                answer = attempt(request, bearer, deadlineBound ? Math.max(left, 0) : nanos(requestTimeout),
                        deadlineBound, attempt);
            } catch (IOException e) {
                boolean neverSent = neverSent(e);
                int n = attempt;
                Log.LOGGER.log(Level.DEBUG, () -> request.describe() + " failed: " + describe(e) + " (attempt " + n
                        + "/" + max + ", " + millis(start) + " ms)");
                if (!request.mayRepeat() && !neverSent) {
                    throw outcomeUnknown(request, null, e instanceof TimedOut
                            ? "it was sent, but " + describe(e)
                            : "the connection failed after the request may have been sent (" + describe(e) + ")", e);
                }
                String stop = "";
                boolean outOfTime = e instanceof TimedOut t && t.deadline;
                if (!outOfTime && attempt < max) {
                    Duration wait = Backoff.wait(policy, attempt, jitter.getAsDouble());
                    if (fits(wait, deadline)) {
                        pause(request, attempt, wait, describe(e));
                        continue;
                    }
                    stop = "; no attempt was left before the call deadline (callTimeout " + Durations.text(callTimeout)
                            + ")";
                }
                throw new AcubeConnectionException(request.describe() + " failed after " + attempt + " attempt(s): "
                        + describe(e) + stop + (neverSent && !request.mayRepeat()
                                ? "; the request never reached the server, so nothing was created" : ""),
                        request.method, request.target, attempt, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (!request.mayRepeat()) {
                    throw outcomeUnknown(request, null, "the thread was interrupted while waiting for the answer", e);
                }
                throw new AcubeConnectionException(request.describe() + " was interrupted", request.method,
                        request.target, attempt, e);
            }
            int status = answer.statusCode();
            int n = attempt;
            Log.LOGGER.log(Level.DEBUG, () -> request.describe() + " -> " + status + " (attempt " + n + "/" + max + ", "
                    + millis(start) + " ms)");
            CappedBody.Body body = answer.body();
            Response response = body == null ? new Response(status, answer.headers(), new byte[0])
                    : new Response(status, answer.headers(), body.bytes(), body.complete());
            if (status >= 500 || status == 429) {
                if (!request.mayRepeat()) {
                    if (status == 429 && response.complete()) {
                        return response; // refused before processing: a 4xx like any other
                    }
                    if (status >= 500) {
                        throw outcomeUnknown(request, status, "the server answered " + status + " ("
                                + Problems.summary(request, response) + ")", null);
                    }
                }
                if (attempt < max && request.mayRepeat()) {
                    Duration wait = null;
                    if (status == 429 || status == 503) {
                        Optional<Duration> retryAfter = response.header("Retry-After")
                                .flatMap(v -> RetryAfter.parse(v, clock.instant()));
                        if (retryAfter.isPresent()) {
                            wait = Backoff.retryAfter(policy, retryAfter.get());
                        }
                    }
                    if (wait == null) {
                        wait = Backoff.wait(policy, attempt, jitter.getAsDouble());
                    }
                    if (fits(wait, deadline)) {
                        pause(request, attempt, wait, "HTTP " + status);
                        continue;
                    }
                    Duration w = wait;
                    Log.LOGGER.log(Level.DEBUG, () -> request.describe() + ": HTTP " + status + "; not waiting "
                            + Durations.text(w) + " to retry, which would pass the call deadline");
                    throw Problems.apiException(request, response, "not retried: waiting " + Durations.text(wait)
                            + " would pass the call deadline (callTimeout " + Durations.text(callTimeout) + ")");
                }
            }
            if (!response.complete()) {
                throw tooLarge(request, response, body == null ? -1 : body.announced());
            }
            return response;
        }
    }

    /**
     * Whether a pause of {@code wait} ends early enough before {@code deadline} to leave an attempt
     * some time ({@link #MIN_ATTEMPT_NANOS}, or the whole request timeout if shorter): never start
     * an attempt that could only be sent and aborted at once.
     */
    private boolean fits(Duration wait, long deadline) {
        long margin = Math.min(MIN_ATTEMPT_NANOS, nanos(requestTimeout));
        return nanos(wait) + margin <= deadline - ticker.getAsLong();
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * One attempt through the interceptors (if any), the last of which hands it to
     * {@link #exchange}. An interceptor's unchecked exception ends the call (see {@link Interceptor});
     * its {@link IOException} is a failed attempt, which never reached the server if the exchange had
     * not begun.
     */
    private HttpResponse<CappedBody.Body> attempt(Request request, @Nullable String bearer, long budget,
            boolean deadlineBound, int attempt) throws IOException, InterruptedException {
        if (interceptors.isEmpty()) {
            return exchange(request, List.of(), bearer, budget, deadlineBound);
        }
        Attempt state = new Attempt(request, bearer, budget, deadlineBound, attempt);
        Interceptor.Request view = new Interceptor.Request(request.method, request.uri, request.authenticated,
                clientHeaders(request), List.of(), state);
        Interceptor.Response response;
        try {
            response = state.next(0, view);
        } catch (IOException e) {
            if (state.interrupted != null) {
                throw state.interrupted;
            }
            if (e == state.failure || state.sent) {
                throw e;
            }
            throw new NotSent(e);
        } catch (RuntimeException e) {
            if (state.interrupted != null) {
                throw state.interrupted;
            }
            if (e == state.failure) {
                throw e;
            }
            throw interceptorFailed(request, state, e);
        }
        if (state.interrupted != null) {
            throw state.interrupted;
        }
        HttpResponse<CappedBody.Body> answer = state.answer;
        if (response == null || answer == null || response.exchange != answer) {
            throw interceptorFailed(request, state, new IllegalStateException("an interceptor returned "
                    + (response == null ? "null" : "a response") + " instead of what chain.proceed() returned"));
        }
        return answer;
    }

    private static AcubeException interceptorFailed(Request request, Attempt state, RuntimeException e) {
        if (state.sent && !request.mayRepeat()) {
            HttpResponse<CappedBody.Body> answer = state.answer;
            return outcomeUnknown(request, answer == null ? null : answer.statusCode(),
                    "an interceptor failed after the request was sent (see the cause)", e);
        }
        return new AcubeException(request.describe() + ": an interceptor failed (see the cause); the call was "
                + "not repeated", request.method, request.target, e);
    }

    /** The headers the client sends, {@code Authorization} aside (what interceptors see). */
    private static Map<String, List<String>> clientHeaders(Request request) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("Accept", List.of(request.accept));
        h.put("User-Agent", List.of(USER_AGENT));
        if (request.body != null && request.contentType != null) {
            h.put("Content-Type", List.of(request.contentType));
        }
        return h;
    }

    /** The state of one attempt's chain: what the last link sent and got. */
    private final class Attempt implements Interceptor.Chain {
        private final Request request;
        private final @Nullable String bearer;
        private final long budget;
        private final boolean deadlineBound;
        private final int attempt;
        private final boolean[] proceeded = new boolean[interceptors.size() + 1];
        private int index;
        private Interceptor.@Nullable Request current;
        boolean sent;
        @Nullable HttpResponse<CappedBody.Body> answer;
        /** What the exchange itself threw (passed through the interceptors as it is). */
        @Nullable Exception failure;
        @Nullable InterruptedException interrupted;

        Attempt(Request request, @Nullable String bearer, long budget, boolean deadlineBound, int attempt) {
            this.request = request;
            this.bearer = bearer;
            this.budget = budget;
            this.deadlineBound = deadlineBound;
            this.attempt = attempt;
        }

        Interceptor.Response next(int i, Interceptor.Request r) throws IOException {
            if (proceeded[i]) {
                throw new IllegalStateException("an interceptor called chain.proceed() twice in one attempt; the "
                        + "client decides on retries itself");
            }
            if (r.attempt != this) {
                throw new IllegalArgumentException("an interceptor passed chain.proceed() a request of another attempt");
            }
            proceeded[i] = true;
            if (i == interceptors.size()) {
                return send(r);
            }
            int saved = index;
            Interceptor.Request savedRequest = current;
            index = i;
            current = r;
            try {
                return interceptors.get(i).intercept(this);
            } finally {
                index = saved;
                current = savedRequest;
            }
        }

        private Interceptor.Response send(Interceptor.Request r) throws IOException {
            sent = true;
            try {
                HttpResponse<CappedBody.Body> a = exchange(request, r.added(), bearer, budget, deadlineBound);
                answer = a;
                return new Interceptor.Response(r, a.statusCode(), a.headers(), a);
            } catch (InterruptedException e) {
                interrupted = e;
                InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the answer");
                failure = io;
                throw io;
            } catch (IOException | RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public Interceptor.Request request() {
            Interceptor.Request r = current;
            if (r == null) {
                throw new IllegalStateException("the chain is used outside of Interceptor.intercept");
            }
            return r;
        }

        @Override
        public Interceptor.Response proceed(Interceptor.Request request) throws IOException {
            return next(index + 1, Objects.requireNonNull(request, "request"));
        }

        @Override
        public int attempt() {
            return attempt;
        }
    }

    /** An interceptor's {@link IOException} before the exchange began: the request never left. */
    static final class NotSent extends IOException {
        private static final long serialVersionUID = 1L;

        NotSent(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * One attempt on the current connections (fresh ones if they were idle too long; see
     * {@link HttpConnections}): an I/O failure after which the request may have left (no answer in
     * time, a reset, an early end of stream) makes the next attempt or call use fresh connections,
     * since the pooled one may be dead. It does not change whether this call is repeated.
     */
    private HttpResponse<CappedBody.Body> exchange(Request request, List<Map.Entry<String, String>> extraHeaders,
            @Nullable String bearer, long budget, boolean deadlineBound) throws IOException, InterruptedException {
        HttpConnections.Generation generation = connections.begin(maxIdleNanos);
        try {
            return exchange(generation.http, request, extraHeaders, bearer, budget, deadlineBound);
        } catch (IOException e) {
            if (!neverSent(e)) {
                connections.failed(generation, describe(e));
            }
            throw e;
        } finally {
            connections.done();
        }
    }

    /**
     * One attempt: sends, waits at most {@code budget} nanoseconds for the whole answer, aborts the
     * exchange if it does not come in time (or the thread is interrupted).
     */
    private HttpResponse<CappedBody.Body> exchange(HttpClient http, Request request,
            List<Map.Entry<String, String>> extraHeaders, @Nullable String bearer, long budget, boolean deadlineBound)
            throws IOException, InterruptedException {
        CappedBody handler = new CappedBody(maxResponseBytes);
        CompletableFuture<HttpResponse<CappedBody.Body>> future = http.sendAsync(
                httpRequest(request, extraHeaders, bearer), handler);
        try {
            return future.get(budget, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            boolean cancelled = future.cancel(true);
            handler.abort();
            if (!cancelled && future.isDone() && !future.isCompletedExceptionally()) {
                return future.join(); // it came at the last moment
            }
            int status = handler.status();
            String limit = deadlineBound
                    ? Durations.text(callTimeout) + " (the call deadline, callTimeout)"
                    : Durations.text(requestTimeout) + " (the request timeout, requestTimeout)";
            throw new TimedOut("no complete answer within " + limit + (status < 0
                    ? "; no answer had begun" : "; the server had begun a " + status + " answer, but its body was "
                            + "still coming"), deadlineBound);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            handler.abort();
            throw e;
        }
    }

    /** An attempt that ran out of time; {@code deadline}: the call's deadline (no further attempt). */
    static final class TimedOut extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;
        final boolean deadline;

        TimedOut(String message, boolean deadline) {
            super(message);
            this.deadline = deadline;
        }
    }

    private AcubeException tooLarge(Request request, Response response, long announced) {
        String what = (announced > maxResponseBytes ? "announced " + announced + " bytes" : "went on past the limit")
                + ", more than the client accepts (maxResponseBytes " + maxResponseBytes + " bytes); it was not read";
        if (!request.mayRepeat() && response.isSuccess()) {
            return outcomeUnknown(request, response.status(), "it answered " + response.status()
                    + ", so it probably took effect, but the answer " + what, null);
        }
        return Problems.unreadable(request, response, "an answer that " + what);
    }

    private void pause(Request request, int attempt, Duration wait, String why) {
        Log.LOGGER.log(Level.WARNING, () -> request.describe() + ": " + why + "; retrying in " + wait.toMillis()
                + " ms (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcubeConnectionException(request.describe() + " was interrupted while waiting to retry",
                    request.method, request.target, attempt, e);
        }
    }

    private HttpRequest httpRequest(Request request, List<Map.Entry<String, String>> extraHeaders,
            @Nullable String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri)
                .header("Accept", request.accept)
                .header("User-Agent", USER_AGENT);
        for (Map.Entry<String, String> h : extraHeaders) {
            b.header(h.getKey(), h.getValue());
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        byte[] body = request.body;
        if (body != null) {
            if (request.contentType != null) {
                b.header("Content-Type", request.contentType);
            }
            b.method(request.method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(request.method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /**
     * A refused connection or the HTTP client's connect timeout: the request provably never left.
     * (The client's own attempt timeouts are {@link TimedOut}: the request may have left.)
     */
    static boolean neverSent(IOException e) {
        return e instanceof NotSent || e instanceof ConnectException || e instanceof HttpConnectTimeoutException
                || e.getCause() instanceof ConnectException && !(e instanceof HttpTimeoutException);
    }

    /** What happened, in words a person reading a command's error can act on (no class names). */
    static String describe(IOException e) {
        String kind;
        if (e instanceof TimedOut) {
            return e.getMessage();
        } else if (e instanceof NotSent) {
            kind = "an interceptor failed before the request was sent";
        } else if (e instanceof HttpConnectTimeoutException) {
            kind = "connecting timed out";
        } else if (e instanceof HttpTimeoutException) {
            kind = "no answer within the request timeout";
        } else if (neverSent(e)) {
            kind = "connection refused";
        } else if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
            kind = "unknown host";
        } else if (e instanceof javax.net.ssl.SSLException) {
            kind = "TLS failure";
        } else {
            kind = "connection failed";
        }
        String detail = e.getMessage();
        return detail == null || detail.isBlank() ? kind : kind + " (" + detail + ")";
    }

    private long millis(long start) {
        return (ticker.getAsLong() - start) / 1_000_000;
    }

    static AcubeOutcomeUnknownException outcomeUnknown(Request request, @Nullable Integer status, String why,
            @Nullable Throwable cause) {
        InvoiceHint hint = InvoiceHint.NONE;
        if (request.hint != null) {
            try {
                hint = request.hint.get();
            } catch (RuntimeException e) {
                hint = InvoiceHint.NONE;
            }
        }
        String message = request.describe() + ": the outcome is unknown: " + why
                + ". The client did not send it again, to avoid a duplicate. " + reconcile(request.endpoint, hint);
        return new AcubeOutcomeUnknownException(Redaction.text(message, request.secrets), request.method, request.target,
                status, hint.sellerNip(), hint.invoiceNumber(), cause);
    }

    private static String reconcile(Endpoint endpoint, InvoiceHint hint) {
        switch (endpoint) {
            case INVOICES:
            case INVOICES_V3:
                String known = hint.sellerNip() != null && hint.invoiceNumber() != null
                        ? " (seller NIP " + hint.sellerNip() + ", invoice number " + hint.invoiceNumber() + ": "
                                + "invoices().list(InvoiceQuery.builder().sellerNip(\"" + hint.sellerNip()
                                + "\").invoiceNumber(\"" + hint.invoiceNumber() + "\").build()))"
                        : hint.sellerNip() != null || hint.invoiceNumber() != null
                                ? " (seller NIP " + hint.sellerNip() + ", invoice number " + hint.invoiceNumber() + ")"
                                : " (the client could not read them from the body)";
                return "To reconcile, list invoices filtered by the invoice number (P_2) and seller NIP to see whether it "
                        + "was created" + known + "; send it again only if it was not.";
            case LEGAL_ENTITIES:
                return "To reconcile, list the legal entities (legalEntities().list()) and look for the NIP to see "
                        + "whether it was created.";
            case KSEF_TOKEN_CREATE:
            case KSEF_TOKEN_SELECT:
            case KSEF_TOKEN_REVOKE:
                return "To reconcile, get the legal entity (legalEntities().get(uuid)) and check its KSeF token state "
                        + "before repeating the call.";
            case WEBHOOKS:
                return "To reconcile, list the webhooks (webhooks().list()) to see whether the subscription was created.";
            default:
                return "Check the resource's state before repeating the call.";
        }
    }
}
