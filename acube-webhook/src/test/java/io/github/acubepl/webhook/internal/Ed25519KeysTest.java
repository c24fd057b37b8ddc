package io.github.acubepl.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.Fixtures;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The key formats of docs/webhooks.md §5, all through the verifier. */
class Ed25519KeysTest {
    private static final byte[] RAW = Base64.getDecoder().decode(Fixtures.RAW_PUBLIC_B64);

    private static void verifiesVectorA(String keyText) {
        WebhookVerifier verifier = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(keyText))
                .clock(Fixtures.at(Fixtures.CREATED)).build();
        verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO);
    }

    @Test
    void pem() {
        verifiesVectorA(Fixtures.PUBLIC_PEM);
        verifiesVectorA(Fixtures.PUBLIC_PEM.replace("\n", "\r\n"));
    }

    @Test
    void base64DerSpki() {
        String der = "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=";
        assertEquals(44, Base64.getDecoder().decode(der).length);
        verifiesVectorA(der);
    }

    @Test
    void rawBase64() {
        verifiesVectorA(Fixtures.RAW_PUBLIC_B64);
        verifiesVectorA(Fixtures.RAW_PUBLIC_B64.replace("=", ""));
    }

    @Test
    void rawBase64Url() {
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(RAW);
        assertTrue(url.indexOf('_') >= 0 || url.indexOf('-') >= 0, "this key's base64url differs from base64");
        verifiesVectorA(url);
        verifiesVectorA(Base64.getUrlEncoder().encodeToString(RAW));
    }

    @Test
    void allFormsGiveTheSameKey() {
        PublicKey pem = Ed25519Keys.publicKey(Fixtures.PUBLIC_PEM);
        assertEquals(pem, Ed25519Keys.publicKey(Fixtures.RAW_PUBLIC_B64));
        assertEquals(pem, Ed25519Keys.publicKey(Base64.getUrlEncoder().encodeToString(RAW)));
        assertEquals(pem, Ed25519Keys.publicKey(Ed25519Keys.pem(pem)));
    }

    @Test
    void rejectsWhatIsNotAnEd25519PublicKey() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKey(""));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKey("not a key!"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKey(Base64.getEncoder().encodeToString(new byte[31])));
        String rsa = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKey(rsa));
        assertFalse(e.getMessage().contains(rsa.substring(0, 20)), "the message must not repeat the key");
        assertThrows(IllegalArgumentException.class,
                () -> KeyResolver.pinned(KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic()));
    }

    @Test
    void privateKeyPemSignsWhatThePublicKeyVerifies() {
        String base = "\"@method\": POST";
        byte[] sig = Ed25519Keys.sign(Ed25519Keys.privateKey(Fixtures.PRIVATE_PEM), base);
        assertEquals(64, sig.length);
        assertTrue(Ed25519Keys.verify(Fixtures.PUBLIC_KEY, base, sig));
        assertFalse(Ed25519Keys.verify(Fixtures.PUBLIC_KEY, base + " ", sig));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateKey(Fixtures.PUBLIC_PEM));
    }
}
