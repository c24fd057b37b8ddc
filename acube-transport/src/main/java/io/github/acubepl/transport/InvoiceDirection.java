package io.github.acubepl.transport;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which way an invoice goes, seen from the legal entity it belongs to: A-Cube's {@code direction}
 * field ({@code "outgoing"} or {@code "incoming"}). An enum rather than an open value because the
 * set is closed by nature (an invoice is issued or received) and a {@code switch} over it routes
 * sales and purchase invoices; any other value, or none, reads as {@link #UNKNOWN} (the record's
 * {@link Invoice#json()} keeps what was sent).
 */
public enum InvoiceDirection {
    /** Issued by the legal entity (a sales invoice): sent through A-Cube, or found in KSeF by A-Cube. */
    OUTGOING("outgoing"),
    /** Issued to the legal entity by a supplier (a purchase invoice), received from KSeF. */
    INCOMING("incoming"),
    /** Absent, empty, or a value this version does not know. Never sent as a filter. */
    UNKNOWN("");

    private final String value;

    InvoiceDirection(String value) {
        this.value = value;
    }

    /** The wire value ({@code "outgoing"}, {@code "incoming"}); empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /**
     * The direction named {@code value} (case and surrounding spaces ignored); {@link #UNKNOWN} for
     * {@code null}, {@code ""} or any other value.
     */
    public static InvoiceDirection of(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals(OUTGOING.value)) {
            return OUTGOING;
        }
        if (v.equals(INCOMING.value)) {
            return INCOMING;
        }
        return UNKNOWN;
    }
}
