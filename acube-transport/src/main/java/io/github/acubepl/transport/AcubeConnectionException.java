package io.github.acubepl.transport;

import org.jspecify.annotations.Nullable;

/**
 * No complete answer came: the connection failed or dropped, or the answer did not come whole
 * within an attempt's {@code requestTimeout} or the call's {@code callTimeout} (the message says
 * which, and how far the answer had come), for a call that may be repeated (or a POST that provably
 * never left), after the retry policy's attempts. Retrying later is safe. An answer that did come
 * but cannot be used is an {@link AcubeApiException}, never this.
 */
public final class AcubeConnectionException extends AcubeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;

    AcubeConnectionException(String message, String method, String path, int attempts, @Nullable Throwable cause) {
        super(message, method, path, cause);
        this.attempts = attempts;
    }

    /** How many attempts were made. */
    public int attempts() {
        return attempts;
    }
}
