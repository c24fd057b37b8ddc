package io.github.acubepl.sandbox;

import io.github.acubepl.sandbox.SandboxInvoice.Status;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to an invoice in the sandbox: it was accepted, its status changed, its
 * UPO became available, or it was received from a supplier. Changes are numbered in the order they happened; each carries the
 * invoice as it was right after the change.
 *
 * @param sequence the change's number in this sandbox, from 1
 * @param time when it happened, on the sandbox clock
 * @param kind what happened
 * @param previousStatus the status before ({@code null} for {@link Kind#CREATED} and {@link Kind#RECEIVED})
 * @param invoice the invoice right after the change
 */
public record InvoiceChange(long sequence, Instant time, Kind kind, @Nullable Status previousStatus,
        SandboxInvoice invoice) {

    /** Checks that the values are present. */
    public InvoiceChange {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(invoice, "invoice");
    }

    /** The invoice's uuid. */
    public String invoiceUuid() {
        return invoice.uuid();
    }

    /** The status after the change. */
    public Status status() {
        return invoice.status();
    }

    /** What happened to an invoice. */
    public enum Kind {
        /** The platform accepted it ({@code 201}); its status is {@code in_queue}. */
        CREATED,
        /** Its status changed. */
        STATUS_CHANGED,
        /** Its UPO became available (the status stays {@code valid}). */
        UPO_AVAILABLE,
        /**
         * A supplier's invoice reached the legal entity from KSeF (an {@link SandboxInvoice.Direction#INCOMING}
         * invoice, born {@code valid}; {@code previousStatus} is {@code null}).
         */
        RECEIVED
    }

    @Override
    public String toString() {
        return "InvoiceChange[#" + sequence + " " + time + " " + kind + " " + invoice.uuid() + " "
                + (previousStatus == null ? "" : previousStatus.wireName() + " -> ") + invoice.status().wireName() + "]";
    }
}
