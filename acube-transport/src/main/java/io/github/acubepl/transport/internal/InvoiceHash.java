package io.github.acubepl.transport.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * KSeF's invoice hash: the SHA-256 of the exact bytes of the FA XML, written in standard Base64
 * (docs/api-contract.md, "Incoming invoices").
 */
public final class InvoiceHash {
    /** The length of a SHA-256 digest. */
    public static final int BYTES = 32;

    private InvoiceHash() {
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes} in standard Base64 (44 characters). */
    public static String of(byte[] bytes) {
        return Base64.getEncoder().encodeToString(digest(bytes));
    }

    /**
     * The 32 bytes a hash names, or {@code null} if it is not standard Base64 (padding included,
     * surrounding white space ignored) of exactly 32 bytes.
     */
    public static byte @Nullable [] decode(String hash) {
        String h = hash.strip();
        if (h.length() != 44) { // 32 bytes in standard Base64 with padding; refuses huge inputs at once
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(h);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return decoded.length == BYTES ? decoded : null;
    }
}
