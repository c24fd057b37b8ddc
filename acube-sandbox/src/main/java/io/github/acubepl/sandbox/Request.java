package io.github.acubepl.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request as the handlers see it: the body already read (and bounded). */
final class Request {
    private final String id;
    private final String method;
    private final String path;
    private final String rawQuery;
    private final RequestHeaders headers;
    private final byte[] body;
    private @Nullable Map<String, List<String>> query;

    Request(String id, String method, String path, String rawQuery, RequestHeaders headers, byte[] body) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
    }

    String id() {
        return id;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    byte[] body() {
        return body;
    }

    @Nullable String header(String name) {
        return headers.first(name);
    }

    /** The bare media type of the body, or {@code null}. */
    @Nullable String contentType() {
        return MediaTypes.bare(header("Content-Type"));
    }

    List<String> accepted() {
        return MediaTypes.accepted(header("Accept"));
    }

    /** The decoded query parameters in order; 400 for a malformed escape. */
    Map<String, List<String>> query() {
        if (query == null) {
            Map<String, List<String>> q = new LinkedHashMap<>();
            if (!rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    q.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
            query = Collections.unmodifiableMap(q);
        }
        return query;
    }

    /** The first value of a query parameter, or {@code null}. */
    @Nullable String param(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed query string.");
        }
    }
}
