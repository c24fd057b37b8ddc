package io.github.acubepl.render;

/**
 * The root of the rendering module's errors: a KOD I input that cannot make a link (a seller NIP that
 * is not 10 digits, a hash that is not a standard-Base64 SHA-256), a renderer asked for KOD I without
 * the bytes or the hash it needs, or an output stream that failed. An input that is not an invoice is
 * reported by the mapping module's {@link io.github.acubepl.mapping.InvoiceReadException}.
 */
public class AcubeRenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with a message.
     *
     * @param message what failed and where
     */
    public AcubeRenderException(String message) {
        super(message);
    }

    /**
     * An error with a message and its cause.
     *
     * @param message what failed and where
     * @param cause the underlying failure
     */
    public AcubeRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
