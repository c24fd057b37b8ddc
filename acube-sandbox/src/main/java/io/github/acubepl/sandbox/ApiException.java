package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Ends a request early with an error answer (a problem, or a JWT-layer body). No stack trace. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String PROBLEM_TYPE = "https://tools.ietf.org/html/rfc2616#section-10";
    static final String PROBLEM_TITLE = "An error occurred";
    /** How much of a header value (a media type) a problem quotes. */
    static final int MAX_QUOTED_HEADER = 100;

    private final transient Response response;

    ApiException(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    Response response() {
        return response;
    }

    /** One violation of a {@code 422} problem. */
    record Violation(String propertyPath, String message, @Nullable String code) {
        Violation {
            Objects.requireNonNull(propertyPath, "propertyPath");
            Objects.requireNonNull(message, "message");
        }
    }

    /** An RFC 7807 problem without violations. */
    static Response problem(int status, String detail) {
        ObjectNode body = Json.object();
        body.put("type", PROBLEM_TYPE);
        body.put("title", PROBLEM_TITLE);
        body.put("detail", detail);
        return Response.of(status, Response.PROBLEM, Json.bytes(body));
    }

    /** An RFC 7807 problem with violations; {@code detail} lists them as API Platform does. */
    static Response violations(int status, List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        ArrayNode list = Json.array();
        for (Violation v : violations) {
            lines.add(v.propertyPath().isEmpty() ? v.message() : v.propertyPath() + ": " + v.message());
            ObjectNode item = list.addObject();
            item.put("propertyPath", v.propertyPath());
            item.put("message", v.message());
            if (v.code() == null) {
                item.putNull("code");
            } else {
                item.put("code", v.code());
            }
        }
        ObjectNode body = Json.object();
        body.put("type", PROBLEM_TYPE);
        body.put("title", PROBLEM_TITLE);
        body.put("detail", String.join("\n", lines));
        body.set("violations", list);
        return Response.of(status, Response.PROBLEM, Json.bytes(body));
    }

    /** The JWT layer's body: {@code {"code": 401, "message": …}}. */
    static ApiException unauthorized(String message) {
        ObjectNode body = Json.object();
        body.put("code", 401);
        body.put("message", message);
        return new ApiException(Response.json(401, body).withHeader("WWW-Authenticate", "Bearer"));
    }

    static ApiException notFound() {
        return new ApiException(problem(404, "Not Found"));
    }

    static ApiException badRequest(String detail) {
        return new ApiException(problem(400, detail));
    }

    static ApiException unprocessable(List<Violation> violations) {
        return new ApiException(violations(422, violations));
    }

    static ApiException unprocessable(String propertyPath, String message) {
        return unprocessable(List.of(new Violation(propertyPath, message, null)));
    }

    static ApiException unsupportedMediaType(@Nullable String given, String supported) {
        return new ApiException(problem(415, "The content-type " + RequestHead.quote(given == null ? "" : given,
                MAX_QUOTED_HEADER) + " is not supported. Supported MIME types are " + supported + "."));
    }

    static ApiException notAcceptable(String accept, String supported) {
        return new ApiException(problem(406, "Requested format " + RequestHead.quote(accept, MAX_QUOTED_HEADER)
                + " is not supported. Supported MIME types are " + supported + "."));
    }
}
