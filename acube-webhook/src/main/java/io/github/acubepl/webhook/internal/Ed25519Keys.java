package io.github.acubepl.webhook.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Ed25519 keys in the text forms A-Cube may use (docs/webhooks.md §5), and the signing and
 * verifying primitives, with the JDK's own provider only.
 */
public final class Ed25519Keys {
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    /**
     * Reads a public key given, in this order of preference, as PEM ({@code -----BEGIN PUBLIC
     * KEY-----}, an Ed25519 SubjectPublicKeyInfo), as base64 DER SPKI (44 bytes), or as the raw
     * 32-byte key in base64 or base64url (with or without padding).
     *
     * @throws IllegalArgumentException if the text is none of these (the message never repeats it)
     */
    public static PublicKey publicKey(String text) {
        Objects.requireNonNull(text, "text");
        String b64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        if (b64.isEmpty()) {
            throw new IllegalArgumentException("the public key text is empty");
        }
        byte[] der;
        try {
            der = b64.indexOf('-') >= 0 || b64.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(b64) : Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is neither PEM nor base64", e);
        }
        if (der.length == 32) {
            byte[] spki = Arrays.copyOf(SPKI_PREFIX, 44);
            System.arraycopy(der, 0, spki, 12, 32);
            der = spki;
        }
        if (der.length != 44) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes raw or 44 bytes SPKI, not " + der.length);
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /**
     * Reads a private key given as PEM ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8) or base64
     * PKCS#8 DER.
     *
     * @throws IllegalArgumentException if it is not an Ed25519 PKCS#8 key
     */
    public static PrivateKey privateKey(String text) {
        Objects.requireNonNull(text, "text");
        String b64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(b64);
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key", e);
        }
    }

    /** The key as PEM ({@code -----BEGIN PUBLIC KEY-----}, SPKI), as A-Cube's key endpoint serves it. */
    public static String pem(PublicKey key) {
        Objects.requireNonNull(key, "key");
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    public static boolean isEd25519(PublicKey key) {
        return key instanceof EdECPublicKey ed && "Ed25519".equalsIgnoreCase(ed.getParams().getName());
    }

    public static byte[] sign(PrivateKey key, String base) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(ascii(base));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (is it Ed25519?)", e);
        }
    }

    public static boolean verify(PublicKey key, String base, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(ascii(base));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] ascii(String base) {
        return base.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
