package io.github.acubepl.transport;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer came: the connection failed, timed out or dropped, for a call that may be
 * repeated (or a POST that provably never left), after the retry policy's attempts. Retrying later
 * is safe.
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
