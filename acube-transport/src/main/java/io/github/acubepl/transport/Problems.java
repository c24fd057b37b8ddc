package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
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
        Problem problem = parse(response.body());
        String requestId = requestId(response.headers());
        StringBuilder message = new StringBuilder(request.describe()).append(" answered ").append(response.status());
        String text = problem.text();
        if (text != null) {
            message.append(": ").append(text);
        }
        List<Violation> violations = problem.violations();
        if (!violations.isEmpty() && !(violations.size() == 1 && text != null && text.contains(violations.get(0).message()))) {
            message.append(" [").append(violations.stream().limit(VIOLATIONS_IN_MESSAGE).map(Violation::toString)
                    .collect(Collectors.joining("; ")));
            if (violations.size() > VIOLATIONS_IN_MESSAGE) {
                message.append("; and ").append(violations.size() - VIOLATIONS_IN_MESSAGE).append(" more");
            }
            message.append(']');
        }
        if (requestId != null) {
            message.append(" (request id ").append(requestId).append(')');
        }
        List<String> secrets = request.secrets;
        List<Violation> safeViolations = violations.stream()
                .map(v -> new Violation(v.propertyPath(), Redaction.text(v.message(), secrets), v.code()))
                .collect(Collectors.toList());
        return new AcubeApiException(Redaction.text(message.toString(), secrets), request.method, request.target,
                response.status(), scrub(problem.title(), secrets), scrub(problem.detail(), secrets), problem.type(),
                safeViolations, requestId, Redaction.body(response.body(), secrets));
    }

    /** The server's own words for an error, masked, for messages of other exceptions. */
    static String summary(Request request, Response response) {
        String text = parse(response.body()).text();
        return text == null ? "HTTP " + response.status() : Redaction.text(text, request.secrets);
    }

    private static @Nullable String scrub(@Nullable String text, List<String> secrets) {
        return text == null ? null : Redaction.text(text, secrets);
    }
}
