package io.github.acubepl.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback proxy in front of the simulator that forwards every request as it is and flips one
 * byte of the FA XML served for the invoices it is told to alter: what a corrupting cache or a
 * man in the middle would hand the client. Everything else passes unchanged.
 */
final class TamperingProxy implements AutoCloseable {
    /** Headers the JDK client sets itself and refuses from callers, and hop-by-hop ones. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Set<String> altered = ConcurrentHashMap.newKeySet();
    private final LoopbackServer server;

    TamperingProxy(URI target) {
        this.server = LoopbackServer.start("it-tampering-proxy").handle(exchange -> {
            try (exchange) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String method = exchange.getRequestMethod();
                HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                byte[] answer = response.body();
                String type = response.headers().firstValue("content-type").orElse("");
                String path = exchange.getRequestURI().getPath();
                if (method.equals("GET") && type.contains("xml") && answer.length > 2
                        && altered.stream().anyMatch(uuid -> path.equals("/invoices/" + uuid))) {
                    answer = answer.clone();
                    answer[answer.length - 2] ^= 1; // one bit of one byte
                }
                response.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, List.copyOf(values));
                    }
                });
                exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
    }

    /** From now on, the FA XML of invoice {@code uuid} comes with one byte altered. */
    void alter(String uuid) {
        altered.add(uuid);
    }

    /** Serves invoice {@code uuid}'s bytes unchanged again. */
    void restore(String uuid) {
        altered.remove(uuid);
    }

    /** The proxy's base URI, for {@code Environment.custom}. */
    URI uri() {
        return URI.create(server.base());
    }

    @Override
    public void close() {
        server.close();
    }
}
