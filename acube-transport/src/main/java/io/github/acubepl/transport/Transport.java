package io.github.acubepl.transport;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends one {@link Request} with the retry policy: calls that may be repeated are retried on
 * connection failures, 5xx and 429 (honouring {@code Retry-After} on 429 and 503); a POST that may
 * have reached the server is never repeated and ends in {@link AcubeOutcomeUnknownException}
 * (unless the connection provably never opened). Other statuses are handed back as they are.
 */
final class Transport {
    private static final String USER_AGENT = "acube-ksef-java/0.1 (+https://github.com/acubepl/acube-ksef-java)";

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final Clock clock;
    private final Duration requestTimeout;

    Transport(HttpClient http, RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter, Clock clock,
            Duration requestTimeout) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
    }

    Response send(Request request, @Nullable String bearer) {
        int max = policy.maxAttempts();
        for (int attempt = 1;; attempt++) {
            Instant start = clock.instant();
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(httpRequest(request, bearer), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                boolean neverSent = neverSent(e);
                int n = attempt;
                Log.LOGGER.log(Level.DEBUG, () -> request.describe() + " failed: " + describe(e) + " (attempt " + n
                        + "/" + max + ", " + millis(start) + " ms)");
                if (!request.mayRepeat() && !neverSent) {
                    throw outcomeUnknown(request, null, "the connection failed after the request may have been sent ("
                            + describe(e) + ")", e);
                }
                if (attempt < max) {
                    pause(request, attempt, policy.backoff(attempt, jitter.getAsDouble()), describe(e));
                    continue;
                }
                throw new AcubeConnectionException(request.describe() + " failed after " + attempt + " attempt(s): "
                        + describe(e) + (neverSent && !request.mayRepeat()
                                ? "; the request never reached the server, so nothing was created" : ""),
                        request.method, request.target, attempt, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AcubeConnectionException(request.describe() + " was interrupted"
                        + (request.mayRepeat() ? "" : "; the outcome is unknown, reconcile before repeating it"),
                        request.method, request.target, attempt, e);
            }
            int status = answer.statusCode();
            int n = attempt;
            Log.LOGGER.log(Level.DEBUG, () -> request.describe() + " -> " + status + " (attempt " + n + "/" + max + ", "
                    + millis(start) + " ms)");
            Response response = new Response(status, answer.headers(), answer.body() == null ? new byte[0] : answer.body());
            if (status >= 500 || status == 429) {
                if (!request.mayRepeat()) {
                    if (status == 429) {
                        return response; // refused before processing: a 4xx like any other
                    }
                    throw outcomeUnknown(request, status, "the server answered " + status + " ("
                            + Problems.summary(request, response) + ")", null);
                }
                if (attempt < max) {
                    Duration wait = null;
                    if (status == 429 || status == 503) {
                        Optional<Duration> retryAfter = response.header("Retry-After")
                                .flatMap(v -> RetryAfter.parse(v, clock.instant()));
                        if (retryAfter.isPresent()) {
                            wait = policy.retryAfter(retryAfter.get());
                        }
                    }
                    pause(request, attempt, wait != null ? wait : policy.backoff(attempt, jitter.getAsDouble()),
                            "HTTP " + status);
                    continue;
                }
            }
            return response;
        }
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

    private HttpRequest httpRequest(Request request, @Nullable String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri)
                .timeout(requestTimeout)
                .header("Accept", request.accept)
                .header("User-Agent", USER_AGENT);
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

    /** A connect failure or connect timeout: the request provably never left. */
    static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException
                || e.getCause() instanceof ConnectException && !(e instanceof HttpTimeoutException);
    }

    /** What happened, in words a person reading a command's error can act on (no class names). */
    static String describe(IOException e) {
        String kind;
        if (e instanceof HttpConnectTimeoutException) {
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

    private long millis(Instant start) {
        return Duration.between(start, clock.instant()).toMillis();
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
