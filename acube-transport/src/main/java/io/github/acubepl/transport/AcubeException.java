package io.github.acubepl.transport;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of the client's exceptions (unchecked). Catch a subclass for what you can act on:
 * {@link AcubeApiException} (the API refused the call), {@link AcubeAuthenticationException}
 * (credentials or token refused), {@link AcubeConnectionException} (no answer; retryable),
 * {@link AcubeOutcomeUnknownException} (a POST may or may not have taken effect; reconcile),
 * {@link InvoiceVerificationException} (a downloaded invoice is not what KSeF holds). The
 * root itself is thrown for what fits none of them, such as a token folder that
 * {@link TokenStore#file(java.nio.file.Path)} refuses. Messages never contain passwords or tokens.
 */
public class AcubeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String method;
    private final @Nullable String path;

    AcubeException(String message, @Nullable String method, @Nullable String path, @Nullable Throwable cause) {
        super(message, cause);
        this.method = method;
        this.path = path;
    }

    /** The HTTP method of the call, if the error belongs to one. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** The path (and query) of the call, if the error belongs to one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}
