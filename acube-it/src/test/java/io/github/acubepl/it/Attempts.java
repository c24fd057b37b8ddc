package io.github.acubepl.it;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.webhook.WebhookDispatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Every attempt that reached a receiver's HTTP server: when (on the sandbox clock), on which path,
 * which body (SHA-256) and what was answered. {@link #recording(HttpHandler, Function)} wraps the
 * real handler; an attempt is recorded <b>before</b> its answer leaves, so once the sandbox got an
 * answer (and a manual clock's {@code advance} returned) the attempt is here. Thread-safe.
 */
final class Attempts {
    /** One attempt. */
    record Attempt(Instant at, String path, String bodySha256, int status) {
    }

    private final SandboxClock clock;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    Attempts(SandboxClock clock) {
        this.clock = clock;
    }

    /**
     * A handler that records each attempt and answers it with {@code gate}'s status when the gate
     * gives one for the current sandbox time (e.g. 503 during an outage), else ({@code null}) hands
     * it to {@code delegate} (the real receiver) and records the status that one sends.
     */
    HttpHandler recording(HttpHandler delegate, Function<Instant, Integer> gate) {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(gate, "gate");
        return exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Instant now = clock.instant();
            String path = exchange.getRequestURI().getRawPath();
            String sha = WebhookDispatcher.dedupKey(body);
            Integer closed = gate.apply(now);
            if (closed != null) {
                attempts.add(new Attempt(now, path, sha, closed));
                exchange.sendResponseHeaders(closed, -1);
                exchange.close();
                return;
            }
            delegate.handle(new ReplayingExchange(exchange, body,
                    status -> attempts.add(new Attempt(now, path, sha, status))));
        };
    }

    /** Every attempt so far, in arrival order. */
    List<Attempt> all() {
        return List.copyOf(attempts);
    }

    /** The attempts grouped by body (one group per notification), each in arrival order. */
    Map<String, List<Attempt>> byBody() {
        Map<String, List<Attempt>> out = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            out.computeIfAbsent(a.bodySha256(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    /**
     * An exchange that serves an already-read body again and reports the status before it is sent;
     * everything else goes to the real exchange.
     */
    private static final class ReplayingExchange extends HttpExchange {
        private final HttpExchange real;
        private final InputStream body;
        private final IntConsumer onStatus;

        ReplayingExchange(HttpExchange real, byte[] body, IntConsumer onStatus) {
            this.real = real;
            this.body = new ByteArrayInputStream(body);
            this.onStatus = onStatus;
        }

        @Override
        public Headers getRequestHeaders() {
            return real.getRequestHeaders();
        }

        @Override
        public Headers getResponseHeaders() {
            return real.getResponseHeaders();
        }

        @Override
        public URI getRequestURI() {
            return real.getRequestURI();
        }

        @Override
        public String getRequestMethod() {
            return real.getRequestMethod();
        }

        @Override
        public HttpContext getHttpContext() {
            return real.getHttpContext();
        }

        @Override
        public void close() {
            real.close();
        }

        @Override
        public InputStream getRequestBody() {
            return body;
        }

        @Override
        public OutputStream getResponseBody() {
            return real.getResponseBody();
        }

        @Override
        public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
            onStatus.accept(rCode);
            real.sendResponseHeaders(rCode, responseLength);
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return real.getRemoteAddress();
        }

        @Override
        public int getResponseCode() {
            return real.getResponseCode();
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return real.getLocalAddress();
        }

        @Override
        public String getProtocol() {
            return real.getProtocol();
        }

        @Override
        public Object getAttribute(String name) {
            return real.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            real.setAttribute(name, value);
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
            real.setStreams(i, o);
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return real.getPrincipal();
        }
    }
}
