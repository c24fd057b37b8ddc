package io.github.acubepl.webhook.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** SHA digests of raw bodies. */
public final class Digests {
    private Digests() {
    }

    public static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    public static byte[] digest(String jcaName, byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is missing from this JDK", e);
        }
    }

    /** The {@code content-digest} value A-Cube sends: {@code sha-256=:<base64>:}. */
    public static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
    }

    /** The dedup key of a body: its SHA-256 in standard base64 (docs/webhooks.md §6). */
    public static String dedupKey(byte[] body) {
        return Base64.getEncoder().encodeToString(sha256(body));
    }
}
