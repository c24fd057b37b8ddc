package io.github.acubepl.core;

import java.util.List;

/**
 * The status of an invoice in A-Cube: an open value type. It has a constant for each of the 14
 * names used across A-Cube's three generations of statuses, and {@link #of(String)} keeps any
 * other string, so a new status never breaks a reader. Equal by value.
 *
 * <p>{@code valid} and {@code rejected} mean different things in different generations: "accepted
 * by KSeF" is {@code valid} with a KSeF reference number.
 */
public final class InvoiceStatus extends OpenValue {
    private static final Vocabulary<InvoiceStatus> KNOWN = new Vocabulary<>(InvoiceStatus::new);

    /** Registered in A-Cube (current generation). */
    public static final InvoiceStatus NEW = KNOWN.known("new");
    /** Processing started in A-Cube (current). */
    public static final InvoiceStatus DRAFT = KNOWN.known("draft");
    /** Blocked by validation violations (current). */
    public static final InvoiceStatus BLOCKED = KNOWN.known("blocked");
    /** Manually rejected in A-Cube (current); rejected by KSeF (legacy). */
    public static final InvoiceStatus REJECTED = KNOWN.known("rejected");
    /** Waiting to be sent to KSeF. */
    public static final InvoiceStatus IN_QUEUE = KNOWN.known("in_queue");
    /** KSeF is processing it. */
    public static final InvoiceStatus PROCESSING = KNOWN.known("processing");
    /** Saved in KSeF with a KSeF number (current); validated and uploaded (legacy). */
    public static final InvoiceStatus VALID = KNOWN.known("valid");
    /** Rejected by KSeF; the processing code says why. */
    public static final InvoiceStatus INVALID = KNOWN.known("invalid");
    /** Sent to KSeF (legacy). */
    public static final InvoiceStatus SENT = KNOWN.known("sent");
    /** Has a KSeF number (legacy). */
    public static final InvoiceStatus DELIVERED = KNOWN.known("delivered");
    /** UPO received (legacy). */
    public static final InvoiceStatus CONFIRMED = KNOWN.known("confirmed");
    /** An incoming invoice (legacy). */
    public static final InvoiceStatus RECEIVED = KNOWN.known("received");
    /** An error (legacy). */
    public static final InvoiceStatus ERROR = KNOWN.known("error");
    /** Unknown (legacy). */
    public static final InvoiceStatus UNKNOWN = KNOWN.known("unknown");

    private InvoiceStatus(String value, boolean known) {
        super(value, known);
    }

    /** The status named {@code value}: a constant if known, else a new value keeping the string. */
    public static InvoiceStatus of(String value) {
        return KNOWN.of(value);
    }

    /** The 14 known statuses, in the order of the reference table. */
    public static List<InvoiceStatus> knownValues() {
        return KNOWN.values();
    }
}
