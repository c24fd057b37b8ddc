package io.github.acubepl.transport;

import io.github.acubepl.mapping.InvoiceDocument;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An invoice's FA XML as KSeF holds it, checked and read: the exact bytes, whose SHA-256 (Base64)
 * equals KSeF's {@code hash}, and the document the mapping engine read from them (any supported FA
 * version; bind it with {@code document().toModel(...)} or validate it). Only
 * {@link Invoices#download(String)} and its overloads make one, after the check passed. Immutable.
 */
public final class VerifiedInvoice {
    private final String uuid;
    private final @Nullable String ksefReferenceNumber;
    private final String hash;
    private final byte[] xml;
    private final InvoiceDocument document;

    VerifiedInvoice(String uuid, @Nullable String ksefReferenceNumber, String hash, byte[] xml,
            InvoiceDocument document) {
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.ksefReferenceNumber = ksefReferenceNumber;
        this.hash = Objects.requireNonNull(hash, "hash");
        this.xml = Objects.requireNonNull(xml, "xml").clone();
        this.document = Objects.requireNonNull(document, "document");
    }

    /** The invoice's uuid in A-Cube. */
    public String uuid() {
        return uuid;
    }

    /**
     * The KSeF number, when it was known: from the invoice record ({@link Invoices#download(String)},
     * {@link Invoices#download(Invoice)}); empty from {@link Invoices#download(String, String)}, whose
     * caller has it from the same source as the hash (an {@code invoice-receiver} webhook).
     */
    public Optional<String> ksefReferenceNumber() {
        return Optional.ofNullable(ksefReferenceNumber);
    }

    /** KSeF's hash, which the bytes matched: standard Base64 of the SHA-256 of {@link #xml()}. */
    public String hash() {
        return hash;
    }

    /** The FA XML exactly as received (a copy): what KSeF holds, byte for byte. */
    public byte[] xml() {
        return xml.clone();
    }

    /** The size of the FA XML in bytes. */
    public int size() {
        return xml.length;
    }

    /** The invoice read from {@link #xml()} by the client's mapping engine; its format names the FA version. */
    public InvoiceDocument document() {
        return document;
    }

    /** Equal when the uuid, KSeF number, hash and bytes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VerifiedInvoice v && uuid.equals(v.uuid)
                && Objects.equals(ksefReferenceNumber, v.ksefReferenceNumber) && hash.equals(v.hash)
                && Arrays.equals(xml, v.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uuid, ksefReferenceNumber, hash) * 31 + Arrays.hashCode(xml);
    }

    /** The uuid, KSeF number, FA version, size and hash; never the invoice's content. */
    @Override
    public String toString() {
        return "VerifiedInvoice[uuid=" + uuid + ", ksefReferenceNumber=" + ksefReferenceNumber + ", format="
                + document.format().name() + ", " + xml.length + " bytes, hash=" + hash + "]";
    }
}
