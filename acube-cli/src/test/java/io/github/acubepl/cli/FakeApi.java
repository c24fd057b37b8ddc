package io.github.acubepl.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * A loopback HTTP peer that answers as the A-Cube API would not: HTML pages, odd JSON, missing fields.
 * {@code POST /login} always succeeds with a token valid for a day after {@link Cli#CLOCK}; every other
 * request is answered by the given function of method and path.
 */
final class FakeApi implements AutoCloseable {
    /** One answer. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Answer json(int status, String json) {
            return new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Answer html(int status, String html) {
            return new Answer(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    /** "METHOD /path" of every request but the logins. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    FakeApi(BiFunction<String, String, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> handle(exchange, answers));
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:N}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange, BiFunction<String, String, Answer> answers) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Answer answer;
            if (method.equals("POST") && path.equals("/login")) {
                answer = Answer.json(200, "{\"token\": \"" + token() + "\"}");
            } else {
                requests.add(method + " " + path);
                answer = answers.apply(method, path);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    /** An unsigned JWT whose {@code exp} lies a day after the tests' clock. */
    private static String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Instant exp = Cli.CLOCK.instant().plusSeconds(86_400);
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"exp\":" + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8)) + ".x";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
