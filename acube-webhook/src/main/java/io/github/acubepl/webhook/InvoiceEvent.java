package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.AcubeTimestamp;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An invoice notification ({@code invoice-sender}, {@code invoice-receiver}, {@code invoice-sync},
 * {@code legal-entity-invoice-upo}, both generations; docs/webhooks.md §7). Every payload field is
 * optional: the reader is tolerant, and {@code null}, an absent field and {@code ""} all read as
 * {@code null}. Statuses are open strings whose meaning depends on the
 * generation ({@code valid} with a non-null {@link #ksefReferenceNumber()} means accepted by KSeF);
 * apply them monotonically, since deliveries are not ordered.
 *
 * @param type                 the type name as received or configured: an invoice type of either
 *                             generation (sender, receiver, sync, or the legacy UPO)
 * @param legalEntityUuid      {@code legalEntityUuid}
 * @param invoiceUuid          {@code invoiceUuid} (absent in a legacy error, which sends {@code ""})
 * @param subjectType          {@code subjectType}: {@code Subject1} (seller) on sender events,
 *                             {@code Subject2} (buyer) on receiver events (current only)
 * @param status               {@code status}, any generation (an open value: unknown names are kept)
 * @param processingCode       {@code processingCode}, the KSeF processing code (current only)
 * @param ksefReferenceNumber  {@code ksefReferenceNumber}, the KSeF number (opaque)
 * @param acquisitionTimestamp {@code acquisitionTimestamp}, when KSeF received the invoice
 * @param hash                 {@code hash} (current only): KSeF's hash of the invoice, standard Base64
 *                             of the SHA-256 of the exact FA XML bytes; check a downloaded invoice
 *                             against it (the client's {@code Invoices.download(uuid, hash)} does)
 * @param invoicingMode        {@code invoicingMode} ({@code Online}, {@code Offline}; current only)
 * @param webhookType          the payload's own {@code webhookType} (current only)
 * @param message              {@code message} (legacy)
 * @param mode                 {@code mode} (legacy)
 * @param payload              the raw payload
 */
public record InvoiceEvent(WebhookType type, @Nullable String legalEntityUuid,
        @Nullable String invoiceUuid, @Nullable String subjectType, @Nullable InvoiceStatus status,
        @Nullable Integer processingCode, @Nullable String ksefReferenceNumber,
        @Nullable AcubeTimestamp acquisitionTimestamp, @Nullable String hash, @Nullable String invoicingMode,
        @Nullable String webhookType, @Nullable String message, @Nullable String mode, String payload)
        implements WebhookEvent {

    private static final Set<WebhookType> TYPES = Set.of(WebhookType.INVOICE_SENDER, WebhookType.INVOICE_RECEIVER,
            WebhookType.INVOICE_SYNC, WebhookType.LEGACY_INVOICE_UPO);

    /** Checks the type. */
    public InvoiceEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (!isInvoiceType(type)) {
            throw new IllegalArgumentException("not an invoice event type: " + type);
        }
    }

    /** Whether events of {@code type} are invoice events. */
    static boolean isInvoiceType(WebhookType type) {
        return TYPES.contains(type.current());
    }

    /**
     * Whether this notifies a purchase invoice: a supplier's invoice that A-Cube received from KSeF
     * for the legal entity ({@code invoice-receiver} or {@code legal-entity-invoice-receiver}).
     * Its {@link #invoiceUuid()} names the invoice to download, and (current generation)
     * {@link #hash()} is what the downloaded bytes must match.
     */
    public boolean isReceivedInvoice() {
        return type.sameKindAs(WebhookType.INVOICE_RECEIVER);
    }

    /** Whether KSeF accepted the invoice: status {@code valid} with a KSeF number. */
    public boolean isAcceptedByKsef() {
        return InvoiceStatus.VALID.equals(status) && ksefReferenceNumber != null && !ksefReferenceNumber.isEmpty();
    }

    /** The identifying fields; never the payload. */
    @Override
    public String toString() {
        return "InvoiceEvent[" + type + ", invoice " + invoiceUuid + ", status " + status
                + (processingCode == null ? "" : ", code " + processingCode) + "]";
    }
}
