package io.github.acubepl.purchases;

import io.github.acubepl.transport.VerifiedInvoice;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purchase invoice handed to a {@link PurchaseInvoiceHandler}: its ids and the FA XML, already
 * checked against KSeF's hash and read by the client's mapping engine.
 *
 * @param invoiceUuid     the invoice's uuid in A-Cube (the key the ledger records it under)
 * @param legalEntityUuid the receiving legal entity, when the webhook or the invoice record named it
 * @param ksefNumber      KSeF's number of the invoice (unique per invoice: the key to make a booking
 *                        idempotent on), when the webhook or the record named it
 * @param hash            KSeF's hash that the bytes matched (standard Base64 of their SHA-256)
 * @param source          the path that brought the invoice
 * @param download        the verified FA XML and the document read from it
 */
public record PurchaseInvoice(String invoiceUuid, @Nullable String legalEntityUuid, @Nullable String ksefNumber,
        String hash, Source source, VerifiedInvoice download) {

    /** The path that brought an invoice. */
    public enum Source {
        /** The {@code invoice-receiver} webhook. */
        WEBHOOK,
        /** A catch-up pass over the list of incoming invoices. */
        CATCH_UP
    }

    /** Checks that the required components are there. */
    public PurchaseInvoice {
        Objects.requireNonNull(invoiceUuid, "invoiceUuid");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(download, "download");
    }

    /** The ids, the source, the hash and the size; never the invoice's content. */
    @Override
    public String toString() {
        return "PurchaseInvoice[uuid=" + invoiceUuid + ", legalEntity=" + legalEntityUuid + ", ksefNumber=" + ksefNumber
                + ", source=" + source + ", " + download.size() + " bytes, hash=" + hash + "]";
    }
}
