package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.internal.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An invoice record in A-Cube ({@code GET /invoices/{uuid}} as JSON, or an item of
 * {@code GET /invoices}). Tolerant: every field may be absent, unknown fields are ignored,
 * {@code processingCode} and {@code processing_code} are both read, both timestamp formats parse,
 * and an empty string reads as absent ({@code null}): A-Cube writes both for "no value"
 * (docs/api-contract.md).
 *
 * @param uuid the invoice's id in A-Cube
 * @param legalEntityUuid the legal entity it belongs to
 * @param status the status (an open value)
 * @param processingCode the KSeF processing code, if any
 * @param processingDescription the processing description, if any
 * @param ksefReferenceNumber the KSeF number, once KSeF has accepted it (an opaque string)
 * @param acquisitionTimestamp when KSeF received it
 * @param invoiceNumber the invoice number ({@code P_2})
 * @param invoiceKind the invoice kind ({@code RodzajFaktury})
 * @param sellerNip the seller's NIP
 * @param direction {@code outgoing} (a sales invoice) or {@code incoming} (a purchase invoice);
 *     {@link InvoiceDirection#UNKNOWN} when absent or not one of these (never {@code null})
 * @param buyerNip the NIP an incoming invoice was addressed to (the receiving legal entity's)
 * @param hash KSeF's hash of the invoice: standard Base64 of the SHA-256 of the exact FA XML bytes,
 *     once KSeF holds the invoice; what {@link Invoices#download(Invoice)} checks the bytes against
 * @param createdAt when A-Cube registered it
 * @param updatedAt when A-Cube last updated it
 * @param json the record as received (JSON text), for fields this type does not name
 */
public record Invoice(
        @Nullable String uuid,
        @Nullable String legalEntityUuid,
        @Nullable InvoiceStatus status,
        @Nullable ProcessingCode processingCode,
        @Nullable String processingDescription,
        @Nullable String ksefReferenceNumber,
        @Nullable AcubeTimestamp acquisitionTimestamp,
        @Nullable String invoiceNumber,
        @Nullable String invoiceKind,
        @Nullable String sellerNip,
        InvoiceDirection direction,
        @Nullable String buyerNip,
        @Nullable String hash,
        @Nullable AcubeTimestamp createdAt,
        @Nullable AcubeTimestamp updatedAt,
        String json) {

    /** Checks the direction and the JSON. */
    public Invoice {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(json, "json");
    }

    /**
     * Whether KSeF accepted the invoice: status {@code valid} with a KSeF reference number ({@code valid}
     * alone meant "validated and uploaded" in the legacy generation).
     */
    public boolean acceptedByKsef() {
        return InvoiceStatus.VALID.equals(status) && ksefReferenceNumber != null && !ksefReferenceNumber.isBlank();
    }

    /** The id, status, number and KSeF number (not the JSON). */
    @Override
    public String toString() {
        return "Invoice[uuid=" + uuid + ", direction=" + direction + ", status=" + status + ", processingCode="
                + processingCode + ", invoiceNumber=" + invoiceNumber + ", sellerNip=" + sellerNip + ", ksefReferenceNumber="
                + ksefReferenceNumber + "]";
    }

    static Invoice fromJson(JsonNode n) {
        String status = text(n, "status");
        Long code = Json.integer(n, "processingCode", "processing_code");
        return new Invoice(
                text(n, "uuid"),
                text(n, "legalEntityUuid", "legalEntityUUID", "legal_entity_uuid"),
                status == null ? null : InvoiceStatus.of(status),
                code == null || code < Integer.MIN_VALUE || code > Integer.MAX_VALUE ? null
                        : ProcessingCode.of(code.intValue()),
                text(n, "processingDescription", "processing_description"),
                text(n, "ksefReferenceNumber", "ksef_reference_number"),
                Json.timestamp(n, "acquisitionTimestamp", "acquisition_timestamp"),
                text(n, "invoiceNumber", "invoice_number"),
                text(n, "invoiceKind", "invoice_kind"),
                text(n, "sellerNip", "seller_nip"),
                InvoiceDirection.of(text(n, "direction")),
                text(n, "buyerNip", "buyer_nip"),
                text(n, "hash"),
                Json.timestamp(n, "createdAt", "created_at"),
                Json.timestamp(n, "updatedAt", "updated_at"),
                n.toString());
    }

    /** The first of {@code names} with a non-empty scalar value: {@code ""} counts as absent. */
    private static @Nullable String text(JsonNode n, String... names) {
        for (String name : names) {
            String value = Json.text(n, name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
