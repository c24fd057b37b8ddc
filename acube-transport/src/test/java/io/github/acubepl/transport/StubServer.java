package io.github.acubepl.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny HTTP peer on 127.0.0.1 for the client's own tests (the real simulator is exercised in
 * acube-it): routes by "METHOD /path" (without query) to a handler, records every request.
 */
final class StubServer implements AutoCloseable {
    /** One request as received. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer; {@link #dropped()} closes the connection without one. */
    record Reply(int status, Map<String, String> headers, byte[] body, boolean drop, long delayMillis) {
        static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8),
                    false, 0);
        }

        static Reply of(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), false, 0);
        }

        static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], false, 0);
        }

        static Reply dropped() {
            return new Reply(0, Map.of(), new byte[0], true, 0);
        }

        Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, drop, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, drop, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Function<Received, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Received> journal = new CopyOnWriteArrayList<>();

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Environment environment() {
        return Environment.custom(uri(), uri());
    }

    StubServer route(String methodAndPath, Function<Received, Reply> handler) {
        routes.put(methodAndPath, handler);
        return this;
    }

    List<Received> journal() {
        return new ArrayList<>(journal);
    }

    long count(String method, String path) {
        return journal.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            Received received = new Received(exchange.getRequestMethod(), uri.getRawPath(),
                    uri.getRawQuery() == null ? "" : uri.getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
            journal.add(received);
            Function<Received, Reply> handler = routes.get(received.method() + " " + received.path());
            Reply reply = handler == null
                    ? Reply.json(404, "{\"type\":\"https://tools.ietf.org/html/rfc2616#section-10\","
                            + "\"title\":\"An error occurred\",\"detail\":\"Not Found\"}")
                    : handler.apply(received);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (reply.drop()) {
                throw new DroppedOnPurpose();
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (reply.body().length == 0) {
                exchange.sendResponseHeaders(reply.status(), -1);
            } else {
                exchange.sendResponseHeaders(reply.status(), reply.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    /** Thrown by the handler: the JDK server then closes the connection without an answer. */
    static final class DroppedOnPurpose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DroppedOnPurpose() {
            super("dropping the connection on purpose", null, false, false);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
