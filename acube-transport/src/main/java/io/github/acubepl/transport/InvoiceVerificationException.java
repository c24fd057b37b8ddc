package io.github.acubepl.transport;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A downloaded invoice was refused: its bytes are not the ones KSeF holds, there was no KSeF hash
 * to check them against, or they are not an FA invoice. Never retried by the client: the same call
 * gives the same bytes. The message says which invoice and why, shows both hashes on a mismatch,
 * and never quotes the body.
 */
public final class InvoiceVerificationException extends AcubeException {
    private static final long serialVersionUID = 1L;

    /** Why the invoice was refused. */
    public enum Reason {
        /** The SHA-256 of the bytes (Base64) differs from KSeF's {@code hash}: altered, truncated or another file. */
        HASH_MISMATCH,
        /**
         * No KSeF {@code hash} to check against (absent, {@code null} or {@code ""}): the invoice has
         * not reached KSeF yet (an outgoing one before {@code valid}), or the record lacks it.
         */
        HASH_ABSENT,
        /** The expected hash is not standard Base64 of 32 bytes, so nothing can match it. */
        HASH_MALFORMED,
        /** The bytes match the hash but are not FA XML that the mapping engine can read. */
        NOT_FA_XML
    }

    private final Reason reason;
    private final String invoiceUuid;
    private final @Nullable String expectedHash;
    private final @Nullable String actualHash;

    InvoiceVerificationException(Reason reason, String message, String invoiceUuid, @Nullable String expectedHash,
            @Nullable String actualHash, @Nullable String method, @Nullable String path, @Nullable Throwable cause) {
        super(message, method, path, cause);
        this.reason = reason;
        this.invoiceUuid = invoiceUuid;
        this.expectedHash = expectedHash;
        this.actualHash = actualHash;
    }

    /** Why the invoice was refused. */
    public Reason reason() {
        return reason;
    }

    /** The invoice's uuid in A-Cube. */
    public String invoiceUuid() {
        return invoiceUuid;
    }

    /**
     * KSeF's hash as given (from the invoice record or the caller), if there was one; for
     * {@link Reason#HASH_MALFORMED} a short, escaped prefix of it.
     */
    public Optional<String> expectedHash() {
        return Optional.ofNullable(expectedHash);
    }

    /** The SHA-256 (Base64) of the bytes received, when they were received. */
    public Optional<String> actualHash() {
        return Optional.ofNullable(actualHash);
    }
}
