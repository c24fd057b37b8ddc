package io.github.acubepl.sandbox;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The instance's Ed25519 key pair for signing webhook deliveries. The public key is served by
 * {@code GET /signature-public-key}; the private key stays inside the package.
 */
final class SigningKeys {
    private final KeyPair keys;

    private SigningKeys(KeyPair keys) {
        this.keys = keys;
    }

    static SigningKeys generate() {
        try {
            return new SigningKeys(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    KeyPair keyPair() {
        return keys;
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo), with a final newline. */
    String publicKeyPem() {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }
}
