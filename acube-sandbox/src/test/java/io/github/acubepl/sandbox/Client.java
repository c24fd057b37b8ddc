package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A small HTTP client for the tests: the JDK HttpClient on loopback, one per test (its own connection
 * pool). Its timeouts are hang guards, generous enough for a machine ten times slower.
 */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final URI base;
    private String token;
    private String authorization;

    Client(AcubeSandbox sandbox) {
        this.base = sandbox.baseUri();
    }

    /** Logs in as {@code user} and keeps the token for the next calls. */
    Client login(SandboxUser user) {
        Reply r = postJson("/login", "{\"email\":" + quote(user.email()) + ",\"password\":" + quote(user.password()) + "}");
        assertEquals(200, r.status(), r::text);
        return token(r.json().get("token").asText());
    }

    String token() {
        return token;
    }

    Client token(String token) {
        this.token = token;
        this.authorization = "Bearer " + token;
        return this;
    }

    /** Sends this raw {@code Authorization} header from now on. */
    Client authorization(String header) {
        this.authorization = header;
        return this;
    }

    Reply get(String path) {
        return send("GET", path, null, new byte[0], "application/json");
    }

    Reply get(String path, String accept) {
        return send("GET", path, null, new byte[0], accept);
    }

    Reply postJson(String path, String json) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Reply postJson(String path, JsonNode json) {
        return postJson(path, json.toString());
    }

    Reply post(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, body, "application/json");
    }

    Reply putJson(String path, String json) {
        return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, new byte[0], "application/json");
    }

    Reply send(String method, String path, String contentType, byte[] body, String accept) {
        try {
            return trySend(method, path, contentType, body, accept);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e, e);
        }
    }

    /** As {@link #send}, but lets an I/O failure (a dropped connection) through. */
    Reply trySend(String method, String path, String contentType, byte[] body, String accept) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 && !method.equals("POST") && !method.equals("PUT")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response. */
    record Reply(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + text(), e);
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }
    }
}
