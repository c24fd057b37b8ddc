package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.transport.internal.Json;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Request;
import io.github.acubepl.transport.internal.Response;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads error bodies: RFC 7807 problems with violations, and the JWT layer's {@code {code, message}}. */
final class Problems {
    private static final List<String> REQUEST_ID_HEADERS = List.of("X-Request-Id", "X-Correlation-Id",
            "X-Amzn-RequestId", "X-Amz-Request-Id", "Request-Id");
    private static final int VIOLATIONS_IN_MESSAGE = 3;

    private Problems() {
    }

    /** The parts of an error body that matter; all {@code null} (no violations) for a non-JSON body. */
    record Problem(@Nullable String title, @Nullable String detail, @Nullable String type, @Nullable String message,
            List<Violation> violations) {

        /** {@code detail}, else {@code title}, else {@code message}; {@code null} if none. */
        @Nullable String text() {
            if (detail != null && !detail.isBlank()) {
                return detail;
            }
            if (title != null && !title.isBlank()) {
                return title;
            }
            return message != null && !message.isBlank() ? message : null;
        }
    }

    static Problem parse(byte[] body) {
        JsonNode json = Json.parse(body);
        if (json == null || !json.isObject()) {
            return new Problem(null, null, null, null, List.of());
        }
        return new Problem(Json.text(json, "title", "hydra:title"), Json.text(json, "detail", "hydra:description"),
                Json.text(json, "type"), Json.text(json, "message", "error"), Violation.readAll(json.get("violations")));
    }

    static @Nullable String requestId(HttpHeaders headers) {
        for (String name : REQUEST_ID_HEADERS) {
            var value = headers.firstValue(name);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get();
            }
        }
        return null;
    }

    /** The exception for an error answer to {@code request}. */
    static AcubeApiException apiException(Request request, Response response) {
        return apiException(request, response, null);
    }

    /**
     * The exception for an error answer to {@code request}, with a note of the client's (e.g. why it
     * did not retry). Text from the server is masked, cut and escaped; a body that is not a problem
     * is quoted (a short prefix).
     */
    static AcubeApiException apiException(Request request, Response response, @Nullable String note) {
        Problem problem = parse(response.body());
        String requestId = requestId(response.headers());
        StringBuilder message = new StringBuilder(request.describe()).append(" answered ").append(response.status());
        String text = problem.text();
        if (text != null) {
            message.append(": ").append(Redaction.quote(Redaction.text(text, request.secrets)));
        } else if (response.body().length > 0 && Json.parse(response.body()) == null) {
            message.append(" with a body that is not a problem: ").append(Redaction.quote(response.body(), request.secrets));
        }
        List<Violation> violations = problem.violations();
        if (!violations.isEmpty() && !(violations.size() == 1 && text != null && text.contains(violations.get(0).message()))) {
            message.append(" [").append(violations.stream().limit(VIOLATIONS_IN_MESSAGE)
                    .map(v -> Redaction.quote(Redaction.text(v.toString(), request.secrets)))
                    .collect(Collectors.joining("; ")));
            if (violations.size() > VIOLATIONS_IN_MESSAGE) {
                message.append("; and ").append(violations.size() - VIOLATIONS_IN_MESSAGE).append(" more");
            }
            message.append(']');
        }
        if (requestId != null) {
            message.append(" (request id ").append(Redaction.quote(requestId)).append(')');
        }
        if (note != null) {
            message.append("; ").append(note);
        }
        List<String> secrets = request.secrets;
        List<Violation> safeViolations = violations.stream()
                .map(v -> new Violation(v.propertyPath(), Redaction.text(v.message(), secrets), v.code()))
                .collect(Collectors.toList());
        return new AcubeApiException(Redaction.text(message.toString(), secrets), request.method, request.target,
                response.status(), scrub(problem.title(), secrets), scrub(problem.detail(), secrets), problem.type(),
                safeViolations, requestId, Redaction.body(response.body(), secrets));
    }

    /**
     * A {@code response} of status 2xx (or another status) that is not what {@code request}'s endpoint
     * promises: HTML, an empty body, another media type, malformed JSON, missing fields, too large.
     * The server was reached, so this is an API error carrying the status and a short, escaped
     * prefix of what came, never a connection error.
     *
     * @param what what came instead, e.g. {@code "text/html instead of JSON"}
     */
    static AcubeApiException unreadable(Request request, Response response, String what) {
        String message = request.describe() + " answered " + response.status() + " with " + what
                + (response.body().length == 0 ? "" : ": " + Redaction.quote(response.body(), request.secrets));
        return new AcubeApiException(Redaction.text(message, request.secrets), request.method, request.target,
                response.status(), null, null, null, List.of(), requestId(response.headers()),
                Redaction.body(response.body(), request.secrets));
    }

    /** The server's own words for an error, masked and escaped, for messages of other exceptions. */
    static String summary(Request request, Response response) {
        String text = parse(response.body()).text();
        return text == null ? "HTTP " + response.status() : Redaction.quote(Redaction.text(text, request.secrets));
    }

    private static @Nullable String scrub(@Nullable String text, List<String> secrets) {
        return text == null ? null : Redaction.text(text, secrets);
    }
}
