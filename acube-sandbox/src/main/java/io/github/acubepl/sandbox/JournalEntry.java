package io.github.acubepl.sandbox;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request the sandbox received, and what became of it.
 *
 * @param time when it arrived, on the sandbox clock
 * @param requestId the id sent back in the {@code X-Request-Id} header (absent when dropped)
 * @param method the HTTP method as sent (methods are case-sensitive)
 * @param path the path, without the query
 * @param query the raw query string, {@code ""} if none
 * @param bodySha256 the SHA-256 of the request body, lower-case hex ({@code null} if the body was not read whole:
 *     over the limit, not received within the request timeout, or refused while the server was busy)
 * @param bodySize the body's size in bytes, as read (or as declared, when it was not read whole)
 * @param status the response status, or {@code null} when the connection was dropped or stalled (no answer)
 * @param fault the armed fault that fired on this request, described, or {@code null}
 */
public record JournalEntry(Instant time, String requestId, String method, String path, String query,
        @Nullable String bodySha256, long bodySize, @Nullable Integer status, @Nullable String fault) {

    /** Checks that the values are present. */
    public JournalEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
    }

    /** Whether the client got no response at all (a drop or stall fault). */
    public boolean dropped() {
        return status == null;
    }

    /** The status, or {@code "dropped"}. */
    public String outcome() {
        return status == null ? "dropped" : status.toString();
    }

    /** The request and its outcome, for a log or a test report; control characters in the path escaped. */
    @Override
    public String toString() {
        return method + " " + RequestHead.escapeControls(path) + (query.isEmpty() ? "" : "?" + query) + " -> "
                + outcome() + (fault == null ? "" : " [" + fault + "]");
    }
}
