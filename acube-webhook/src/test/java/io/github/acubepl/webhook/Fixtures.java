package io.github.acubepl.webhook;

import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Known-answer material: RFC 9421 Appendix B.2.6 (ed25519) and A-Cube-shaped vectors signed with the RFC's B.1.4 key. */
public final class Fixtures {
    /** RFC 9421 Appendix B.1.4, {@code test-key-ed25519}. */
    public static final String PUBLIC_PEM = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=
            -----END PUBLIC KEY-----
            """;
    public static final String PRIVATE_PEM = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
            -----END PRIVATE KEY-----
            """;
    public static final String RAW_PUBLIC_B64 = "JrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=";
    public static final PublicKey PUBLIC_KEY = Ed25519Keys.publicKey(PUBLIC_PEM);
    public static final PrivateKey PRIVATE_KEY = Ed25519Keys.privateKey(PRIVATE_PEM);

    /** The 18-byte body {@code {"hello": "world"}}. */
    public static final byte[] HELLO = "{\"hello\": \"world\"}".getBytes(StandardCharsets.US_ASCII);
    public static final String HELLO_SHA256 = "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:";
    public static final String HELLO_SHA512 =
            "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:";

    // RFC 9421 B.2.6
    public static final String B26_URL = "https://example.com/foo?param=Value&Pet=dog";
    public static final Instant B26_CREATED = Instant.ofEpochSecond(1618884473);
    public static final String B26_BASE = """
            "date": Tue, 20 Apr 2021 02:07:55 GMT
            "@method": POST
            "@path": /foo
            "@authority": example.com
            "content-type": application/json
            "content-length": 18
            "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519\"""";
    public static final String B26_INPUT = "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\")"
            + ";created=1618884473;keyid=\"test-key-ed25519\"";
    public static final String B26_SIGNATURE =
            "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:";

    public static WebhookHeaders b26Headers() {
        return WebhookHeaders.builder()
                .add("Host", "example.com")
                .add("Date", "Tue, 20 Apr 2021 02:07:55 GMT")
                .add("Content-Type", "application/json")
                .add("Content-Digest", HELLO_SHA512)
                .add("Content-Length", "18")
                .add("Signature-Input", B26_INPUT)
                .add("Signature", B26_SIGNATURE)
                .build();
    }

    public static VerificationPolicy b26Policy() {
        return VerificationPolicy.builder().keyId("test-key-ed25519").requiredComponents(java.util.Set.of())
                .contentDigestRequiredWithBody(false).build();
    }

    // A-Cube-shaped vectors A and B, signed with the B.1.4 key
    public static final String URL = "https://hooks.example.com/acube/webhooks/invoice-sender";
    public static final Instant CREATED = Instant.ofEpochSecond(1677383376);
    public static final String DATE = "Sun, 26 Feb 2023 03:49:36 GMT";
    public static final String INPUT_A = "pyhms=(\"@method\" \"@authority\" \"@target-uri\" \"date\" \"content-digest\")"
            + ";created=1677383376;keyid=\"acube\";alg=\"ed25519\"";
    public static final String SIGNATURE_A =
            "pyhms=:y9t7HuIo4fDIAdFgzHOK4NraeLgFvXcUhTV2Pn2xKVTxIrbb7JA/bHkhJ86JUFIGN89FTeCd3ebVpRTqQCiGAw==:";
    public static final String INPUT_B = "pyhms=(\"@method\" \"@authority\" \"@target-uri\" \"content-digest\" \"date\")"
            + ";created=1677383376;keyid=\"acube\";alg=\"ed25519\"";
    public static final String SIGNATURE_B =
            "pyhms=:UB1m16XOXhbYjNNvSf0EU0yPTLmVPK29NQHYwcz10dH9eZaas/mMtu4m/ziCyi1frAjzRolD3xJ1EGiHx6f2Dw==:";
    public static final String BASE_A = """
            "@method": POST
            "@authority": hooks.example.com
            "@target-uri": https://hooks.example.com/acube/webhooks/invoice-sender
            "date": Sun, 26 Feb 2023 03:49:36 GMT
            "content-digest": sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
            "@signature-params": ("@method" "@authority" "@target-uri" "date" "content-digest");created=1677383376;keyid="acube";alg="ed25519\"""";

    /** Vector A's request headers, as A-Cube would send them (lowercase names). */
    public static WebhookHeaders vectorA() {
        return WebhookHeaders.of("content-type", "application/json", "date", DATE, "content-digest", HELLO_SHA256,
                "signature-input", INPUT_A, "signature", SIGNATURE_A);
    }

    public static WebhookHeaders vectorB() {
        return WebhookHeaders.of("content-type", "application/json", "date", DATE, "content-digest", HELLO_SHA256,
                "signature-input", INPUT_B, "signature", SIGNATURE_B);
    }

    /** A clock standing at {@code instant}. */
    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A verifier for the A-Cube vectors with the B.1.4 key pinned, at vector A's creation time. */
    public static WebhookVerifier acubeVerifier() {
        return acubeVerifier(at(CREATED));
    }

    public static WebhookVerifier acubeVerifier(Clock clock) {
        return WebhookVerifier.builder().keyResolver(KeyResolver.pinned(PUBLIC_KEY)).clock(clock).build();
    }

    /** A signer with the B.1.4 key and A-Cube's defaults. */
    public static WebhookSigner signer(Clock clock) {
        return WebhookSigner.builder().privateKey(PRIVATE_KEY).clock(clock).build();
    }

    public static KeyPair otherKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Fixtures() {
    }
}
