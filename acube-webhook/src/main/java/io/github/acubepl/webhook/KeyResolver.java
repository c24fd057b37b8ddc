package io.github.acubepl.webhook;

import io.github.acubepl.webhook.internal.Ed25519Keys;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the public key of a signature's key id. One abstract method; {@link #refresh} is an
 * optional second chance used after a signature failed to verify (key rotation: A-Cube's key id
 * is always {@code acube}, so a new key cannot be told apart by its id).
 *
 * <p>Use {@link #pinned(String)} with the key from configuration (best for production), or
 * {@link FetchedKeyResolver} to fetch it from A-Cube's {@code signature-public-key} endpoint once
 * and cache it. Never fetch per request.
 */
@FunctionalInterface
public interface KeyResolver {
    /**
     * The key for {@code keyId}.
     *
     * @throws RuntimeException if no key can be obtained; the verifier reports
     *         {@link WebhookVerificationException.Reason#KEY_UNAVAILABLE} (receivers answer 503)
     */
    PublicKey resolve(String keyId);

    /**
     * Called once when a signature did not verify with {@code rejected}: a resolver that can fetch
     * may return a newer key (at most once per interval, one fetch for all concurrent callers); the
     * verifier then tries again. The default has nothing newer.
     */
    default Optional<PublicKey> refresh(String keyId, PublicKey rejected) {
        return Optional.empty();
    }

    /** Always {@code key}, whatever the key id (A-Cube has one key per environment). */
    static KeyResolver pinned(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (!Ed25519Keys.isEd25519(key)) {
            throw new IllegalArgumentException("not an Ed25519 key: " + key.getAlgorithm());
        }
        return keyId -> key;
    }

    /**
     * Always the key in {@code text}, read in this order of preference: PEM
     * ({@code -----BEGIN PUBLIC KEY-----}, an Ed25519 SubjectPublicKeyInfo, as A-Cube's
     * {@code signature-public-key} endpoint serves it), base64 DER SPKI (44 bytes), or the raw 32
     * bytes in base64 or base64url (with or without padding).
     *
     * @throws IllegalArgumentException if the text is not such a key (the message never repeats it)
     */
    static KeyResolver pinned(String text) {
        return pinned(Ed25519Keys.publicKey(text));
    }
}
