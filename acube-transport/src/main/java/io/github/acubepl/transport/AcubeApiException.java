package io.github.acubepl.transport;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API was reached and answered, but not with what was asked: an error status (4xx other than
 * the handled 401, or a 5xx once retries were used up or the call deadline left no time for another
 * attempt, for a call that may be repeated), or an answer the client cannot use although its status
 * may be 2xx (an HTML page, an empty body, another media type, malformed JSON, a resource without its
 * uuid, a body larger than {@code maxResponseBytes}). Carries the status, the RFC 7807 problem
 * ({@code title}, {@code detail}, {@code type}, {@code violations}) if there is one, the JWT layer's
 * {@code message}, a request id header if the server sent one, and the body (secrets masked, cut to
 * a few KB). The message quotes at most a short prefix of what the server sent, with control
 * characters escaped.
 */
public final class AcubeApiException extends AcubeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final @Nullable String title;
    private final @Nullable String detail;
    private final @Nullable String type;
    private final transient List<Violation> violations;
    private final @Nullable String requestId;
    private final String body;

    AcubeApiException(String message, String method, String path, int status, @Nullable String title,
            @Nullable String detail, @Nullable String type, List<Violation> violations, @Nullable String requestId,
            String body) {
        super(message, method, path, null);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.type = type;
        this.violations = List.copyOf(violations);
        this.requestId = requestId;
        this.body = body;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The problem's {@code title}, if any. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The problem's {@code detail}, if any. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The problem's {@code type}, if any. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** The problem's violations (empty if none). */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /** The request id the server sent ({@code X-Request-Id} or similar), if any. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The response body, with secret fields masked and cut to a few KB. */
    public String body() {
        return body;
    }
}
