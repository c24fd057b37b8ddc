package io.github.acubepl.mapping;

import org.jspecify.annotations.Nullable;

/**
 * The input cannot be read as an invoice: it is malformed, hostile, too large, or of a format no
 * plug-in knows. The message says what and where (line and column for XML, a JSON Pointer or
 * line and column for JSON); it never contains the whole input.
 */
public final class InvoiceReadException extends AcubeMappingException {
    private static final long serialVersionUID = 1L;

    /** Why the input could not be read. */
    public enum Reason {
        /** Not well-formed XML or JSON. */
        MALFORMED,
        /** Forbidden constructs: a DOCTYPE, external entities, excessive nesting. */
        HOSTILE,
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** Well-formed, but no plug-in recognises it (namespace or form code). */
        UNKNOWN_FORMAT,
        /** The input could not be read from its source (file missing, I/O error). */
        IO
    }

    private final Reason reason;
    private final int line;
    private final int column;

    public InvoiceReadException(Reason reason, String message) {
        this(reason, message, 0, 0, null);
    }

    public InvoiceReadException(Reason reason, String message, int line, int column, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    /** Line of the problem (from 1), or 0 when unknown. */
    public int line() {
        return line;
    }

    /** Column of the problem (from 1), or 0 when unknown. */
    public int column() {
        return column;
    }
}
