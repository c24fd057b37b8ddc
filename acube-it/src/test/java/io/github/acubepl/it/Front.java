package io.github.acubepl.it;

import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback front in front of receiver instances, at the one URL subscribed at the platform: a
 * {@link Route} decides, per attempt, which backends get the request (and whether altered), and
 * what the platform is answered. Each attempt is recorded as a {@link Passage} before its answer
 * leaves. The request is forwarded with the headers as received (the signature covers the public
 * URL, which the receivers are configured with, never the {@code Host} they see).
 */
final class Front implements AutoCloseable {
    /** Hop-by-hop headers, and those the JDK client sets itself and refuses from callers. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");

    /** Decides what one platform attempt becomes; returns the status answered to the platform. */
    @FunctionalInterface
    interface Route {
        int route(Incoming attempt) throws Exception;
    }

    /** A backend's answer to a forwarded request. */
    record Reply(String backend, int status, String body, boolean altered) {
    }

    /**
     * One platform attempt through the front.
     *
     * @param at when it arrived (sandbox clock)
     * @param path the path
     * @param bodySha256 the SHA-256 of the body as the platform sent it
     * @param sighting 1 the first time this body arrived, 2 the second, …
     * @param replies what the backends answered, in the order they answered
     * @param answered the status answered to the platform
     */
    record Passage(Instant at, String path, String bodySha256, int sighting, List<Reply> replies, int answered) {
    }

    private final SandboxClock clock;
    private final Route route;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, AtomicInteger> sightings = new ConcurrentHashMap<>();
    private final List<Passage> passages = new CopyOnWriteArrayList<>();
    private final List<Exception> errors = new CopyOnWriteArrayList<>();
    private final LoopbackServer server;

    Front(SandboxClock clock, Route route) {
        this.clock = clock;
        this.route = Objects.requireNonNull(route, "route");
        this.server = LoopbackServer.start("it-front").handle(exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String sha = WebhookDispatcher.dedupKey(body);
            Incoming attempt = new Incoming(clock.instant(), exchange.getRequestURI().getRawPath(),
                    WebhookHeaders.of(exchange.getRequestHeaders()), body,
                    sightings.computeIfAbsent(sha, k -> new AtomicInteger()).incrementAndGet());
            int status;
            try {
                status = this.route.route(attempt);
            } catch (Exception e) {
                errors.add(e);
                status = 502;
            }
            passages.add(new Passage(attempt.at, attempt.path, sha, attempt.sighting, attempt.replies(), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    /** {@code http://127.0.0.1:N}: the public base URL subscribed at the platform. */
    String base() {
        return server.base();
    }

    /** Every attempt so far, in arrival order. */
    List<Passage> passages() {
        return List.copyOf(passages);
    }

    /** Failures of the route (each answered 502); none in a passing test. */
    List<Exception> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        server.close();
    }

    /** One attempt as it arrived, and the means to forward it. */
    final class Incoming {
        final Instant at;
        final String path;
        final WebhookHeaders headers;
        final byte[] body;
        final int sighting;
        private final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());

        private Incoming(Instant at, String path, WebhookHeaders headers, byte[] body, int sighting) {
            this.at = at;
            this.path = path;
            this.headers = headers;
            this.body = body;
            this.sighting = sighting;
        }

        /** Whether this body arrives for the first time (a retry of a notification re-sends the same body). */
        boolean firstSighting() {
            return sighting == 1;
        }

        /** Forwards the request unchanged to {@code backendBase} (same path) and waits for the answer. */
        Reply forward(String backendBase) throws IOException, InterruptedException {
            return forward(backendBase, headers, body);
        }

        /** Forwards {@code headers} and {@code body} (altered, if they differ from what arrived) and waits. */
        Reply forward(String backendBase, WebhookHeaders sentHeaders, byte[] sentBody)
                throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(request(backendBase, sentHeaders, sentBody),
                    HttpResponse.BodyHandlers.ofString());
            return record(backendBase, r, sentHeaders, sentBody);
        }

        /** Forwards the request unchanged to {@code backendBase} without waiting. */
        CompletableFuture<Reply> forwardAsync(String backendBase) {
            return http.sendAsync(request(backendBase, headers, body), HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> record(backendBase, r, headers, body));
        }

        List<Reply> replies() {
            synchronized (replies) {
                return List.copyOf(replies);
            }
        }

        private HttpRequest request(String backendBase, WebhookHeaders sentHeaders, byte[] sentBody) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(backendBase + path))
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sentBody));
            sentHeaders.toMap().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name)) {
                    values.forEach(v -> b.header(name, v));
                }
            });
            return b.build();
        }

        private Reply record(String backendBase, HttpResponse<String> r, WebhookHeaders sentHeaders, byte[] sentBody) {
            boolean altered = !Arrays.equals(sentBody, body) || !sentHeaders.equals(headers);
            Reply reply = new Reply(backendBase, r.statusCode(), r.body(), altered);
            replies.add(reply);
            return reply;
        }
    }
}
