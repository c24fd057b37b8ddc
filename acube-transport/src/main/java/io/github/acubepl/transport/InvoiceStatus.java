package io.github.acubepl.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status of an invoice in A-Cube: an open value type. It has a constant for each of the 14
 * names used across A-Cube's three generations of statuses, and {@link #of(String)} keeps any
 * other string, so a new status never breaks a reader. Equal by value.
 *
 * <p>{@code valid} and {@code rejected} mean different things in different generations: "accepted
 * by KSeF" is {@code valid} with a KSeF reference number (see {@link Invoice#acceptedByKsef()}).
 */
public final class InvoiceStatus {
    private static final Map<String, InvoiceStatus> KNOWN = new LinkedHashMap<>();

    /** Registered in A-Cube (current generation). */
    public static final InvoiceStatus NEW = known("new");
    /** Processing started in A-Cube (current). */
    public static final InvoiceStatus DRAFT = known("draft");
    /** Blocked by validation violations (current). */
    public static final InvoiceStatus BLOCKED = known("blocked");
    /** Manually rejected in A-Cube (current); rejected by KSeF (legacy). */
    public static final InvoiceStatus REJECTED = known("rejected");
    /** Waiting to be sent to KSeF. */
    public static final InvoiceStatus IN_QUEUE = known("in_queue");
    /** KSeF is processing it. */
    public static final InvoiceStatus PROCESSING = known("processing");
    /** Saved in KSeF with a KSeF number (current); validated and uploaded (legacy). */
    public static final InvoiceStatus VALID = known("valid");
    /** Rejected by KSeF; the processing code says why. */
    public static final InvoiceStatus INVALID = known("invalid");
    /** Sent to KSeF (legacy). */
    public static final InvoiceStatus SENT = known("sent");
    /** Has a KSeF number (legacy). */
    public static final InvoiceStatus DELIVERED = known("delivered");
    /** UPO received (legacy). */
    public static final InvoiceStatus CONFIRMED = known("confirmed");
    /** An incoming invoice (legacy). */
    public static final InvoiceStatus RECEIVED = known("received");
    /** An error (legacy). */
    public static final InvoiceStatus ERROR = known("error");
    /** Unknown (legacy). */
    public static final InvoiceStatus UNKNOWN = known("unknown");

    private final String value;
    private final boolean known;

    private InvoiceStatus(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    private static InvoiceStatus known(String value) {
        InvoiceStatus status = new InvoiceStatus(value, true);
        KNOWN.put(value, status);
        return status;
    }

    /** The status named {@code value}: a constant if known, else a new value keeping the string. */
    public static InvoiceStatus of(String value) {
        Objects.requireNonNull(value, "value");
        InvoiceStatus status = KNOWN.get(value);
        return status != null ? status : new InvoiceStatus(value, false);
    }

    /** The 14 known statuses, in the order of the reference table. */
    public static List<InvoiceStatus> knownValues() {
        return Collections.unmodifiableList(new ArrayList<>(KNOWN.values()));
    }

    /** The status as sent by the API. */
    public String value() {
        return value;
    }

    /** Whether this is one of the 14 known names. */
    public boolean isKnown() {
        return known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceStatus s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The value. */
    @Override
    public String toString() {
        return value;
    }
}
