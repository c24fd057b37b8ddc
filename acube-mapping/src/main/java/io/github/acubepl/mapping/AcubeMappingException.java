package io.github.acubepl.mapping;

/**
 * The root of the mapping module's exceptions. An invalid invoice is never an exception (it yields
 * a {@link ValidationReport}); these are thrown for input that is not an invoice at all, for
 * conversions that cannot be done, and for programming errors.
 */
public class AcubeMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AcubeMappingException(String message) {
        super(message);
    }

    public AcubeMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
