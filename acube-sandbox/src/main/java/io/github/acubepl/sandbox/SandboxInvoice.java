package io.github.acubepl.sandbox;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of an invoice the sandbox holds, as tests see it through {@link SandboxStore}.
 *
 * @param uuid the invoice's uuid
 * @param ownerEmail the user whose legal entity sent or received it
 * @param legalEntityUuid the legal entity that sent it (outgoing) or received it (incoming)
 * @param direction whether the legal entity sent it or received it from a supplier
 * @param format the schema version, e.g. {@code FA(1)}
 * @param sentAs {@code json} or {@code xml}: what the client posted ({@code xml} for an incoming invoice)
 * @param invoiceNumber {@code Fa/P_2}
 * @param invoiceKind {@code Fa/RodzajFaktury}
 * @param sellerNip {@code Podmiot1/DaneIdentyfikacyjne/NIP}
 * @param buyerNip the NIP an incoming invoice was addressed to (the receiving legal entity's);
 *     {@code null} for an outgoing invoice
 * @param status where the invoice is in the simulated KSeF lifecycle
 * @param processingCode the KSeF processing code ({@code null} while {@code in_queue})
 * @param ksefReferenceNumber the KSeF number, once {@code valid}
 * @param acquisitionTimestamp when KSeF received the invoice, once {@code valid}
 * @param invoiceHash the SHA-256 of the FA XML, base64 (as KSeF and webhook payloads give it)
 * @param upoAvailable whether {@code GET /invoices/{uuid}/upo} answers 200
 * @param createdAt when the platform accepted it (whole seconds)
 * @param updatedAt when it last changed (whole seconds)
 */
public record SandboxInvoice(String uuid, String ownerEmail, String legalEntityUuid, Direction direction, String format,
        String sentAs, String invoiceNumber, String invoiceKind, String sellerNip, @Nullable String buyerNip, Status status, @Nullable Integer processingCode,
        @Nullable String ksefReferenceNumber, @Nullable Instant acquisitionTimestamp, String invoiceHash,
        boolean upoAvailable, Instant createdAt, Instant updatedAt) {

    /** Checks that the required values are present. */
    public SandboxInvoice {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(legalEntityUuid, "legalEntityUuid");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sentAs, "sentAs");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceKind, "invoiceKind");
        Objects.requireNonNull(sellerNip, "sellerNip");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoiceHash, "invoiceHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the legal entity sent the invoice or received it ({@code docs/api-contract.md}, "Purchase invoices"). */
    public enum Direction {
        /** Sent by the legal entity through {@code POST /invoices}. */
        OUTGOING("outgoing"),
        /** Issued by a supplier to the legal entity and received from KSeF. */
        INCOMING("incoming");

        private final String wireName;

        Direction(String wireName) {
            this.wireName = wireName;
        }

        /** The name on the wire: {@code outgoing} or {@code incoming}. */
        public String wireName() {
            return wireName;
        }
    }

    /** The statuses the simulated KSeF uses (the current generation's names, {@code docs/api-contract.md}, "Invoices"). */
    public enum Status {
        /** Accepted by the platform, waiting to be sent to KSeF. */
        IN_QUEUE("in_queue"),
        /** KSeF is processing it (processing code 150). */
        PROCESSING("processing"),
        /** Saved in KSeF, with a KSeF number (processing code 200). */
        VALID("valid"),
        /** Rejected by KSeF, with a processing code (440 for a duplicate). */
        INVALID("invalid");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        /** The name on the wire, e.g. {@code in_queue}. */
        public String wireName() {
            return wireName;
        }

        /** Whether KSeF has decided ({@code valid} or {@code invalid}). */
        public boolean isFinal() {
            return this == VALID || this == INVALID;
        }
    }
}
