package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An answer, built by a handler before anything is written (so that it can still be dropped). */
final class Response {
    static final String JSON = "application/json; charset=utf-8";
    static final String LD_JSON = "application/ld+json; charset=utf-8";
    static final String PROBLEM = "application/problem+json; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /**
     * Not an answer: the server keeps the connection open, reads and discards what comes, and never
     * answers nor closes it (a connection a proxy dropped silently; see {@link Faults.Kind#STALL}).
     * Compared by identity.
     */
    static final Response STALL = new Response(0, null, new byte[0], Map.of());

    private final int status;
    private final @Nullable String contentType;
    private final byte[] body;
    private final Map<String, String> headers;

    private Response(int status, @Nullable String contentType, byte[] body, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    static Response json(int status, JsonNode node) {
        return of(status, JSON, Json.bytes(node));
    }

    static Response of(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Map.of());
    }

    static Response text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static Response noContent() {
        return new Response(204, null, new byte[0], Map.of());
    }

    Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }

    int status() {
        return status;
    }

    @Nullable String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
