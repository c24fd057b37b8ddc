package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.Fixtures.HELLO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.webhook.internal.Digests;
import io.github.acubepl.webhook.internal.SignatureBase;
import io.github.acubepl.webhook.internal.TargetUri;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vectors of {@link Fixtures} (RFC 9421 Appendix B.2.6 and A-Cube-shaped ones), verified and reproduced byte for byte. */
class KnownAnswerVectorsTest {

    @Test
    void rfc9421AppendixB26VerifiesThroughTheSameVerifierWithTheTestPolicy() {
        WebhookVerifier verifier = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_PEM))
                .policy(Fixtures.b26Policy()).clock(Fixtures.at(Fixtures.B26_CREATED)).build();
        VerifiedSignature ok = verifier.verify("POST", Fixtures.B26_URL, Fixtures.b26Headers(), HELLO);
        assertEquals("sig-b26", ok.label());
        assertEquals("test-key-ed25519", ok.keyId());
        assertEquals(Fixtures.B26_CREATED, ok.created());
        assertEquals(List.of("date", "@method", "@path", "@authority", "content-type", "content-length"), ok.components());
    }

    @Test
    void rfc9421AppendixB26BaseIsTheExpected284AsciiBytes() {
        String base = SignatureBase.build(List.of("date", "@method", "@path", "@authority", "content-type", "content-length"),
                Fixtures.B26_INPUT.substring("sig-b26=".length()), "POST", TargetUri.parse(Fixtures.B26_URL),
                Fixtures.b26Headers());
        assertEquals(Fixtures.B26_BASE, base);
        assertEquals(284, base.getBytes(StandardCharsets.US_ASCII).length);
    }

    @Test
    void theSignerReproducesRfc9421AppendixB26ByteForByte() {
        WebhookSigner signer = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY)
                .clock(Fixtures.at(Fixtures.B26_CREATED)).label("sig-b26").keyId("test-key-ed25519").algorithm(null)
                .components("date", "@method", "@path", "@authority", "content-type", "content-length")
                .date(false).contentDigest(false).build();
        WebhookHeaders request = WebhookHeaders.of("Host", "example.com", "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                "Content-Type", "application/json", "Content-Length", "18");
        WebhookHeaders added = signer.sign("POST", Fixtures.B26_URL, request, HELLO);
        assertEquals(List.of("signature-input", "signature"), List.copyOf(added.names()));
        assertEquals(Fixtures.B26_INPUT, added.get("signature-input").orElseThrow());
        assertEquals(Fixtures.B26_SIGNATURE, added.get("signature").orElseThrow());
    }

    @Test
    void acubeVectorAVerifies() {
        VerifiedSignature ok = Fixtures.acubeVerifier().verify("POST", Fixtures.URL, Fixtures.vectorA(), HELLO);
        assertEquals("pyhms", ok.label());
        assertEquals(List.of("@method", "@authority", "@target-uri", "date", "content-digest"), ok.components());
    }

    @Test
    void acubeVectorBWithTheSwappedComponentOrderVerifies() {
        VerifiedSignature ok = Fixtures.acubeVerifier().verify("POST", Fixtures.URL, Fixtures.vectorB(), HELLO);
        assertEquals(List.of("@method", "@authority", "@target-uri", "content-digest", "date"), ok.components());
    }

    @Test
    void vectorABaseIsTheOnePrintedInSection4() {
        String base = SignatureBase.build(List.of("@method", "@authority", "@target-uri", "date", "content-digest"),
                Fixtures.INPUT_A.substring("pyhms=".length()), "POST", TargetUri.parse(Fixtures.URL), Fixtures.vectorA());
        assertEquals(Fixtures.BASE_A, base);
    }

    @Test
    void theSignerProducesExactlyVectorAsHeaders() {
        WebhookHeaders added = Fixtures.signer(Fixtures.at(Fixtures.CREATED))
                .sign("POST", Fixtures.URL, WebhookHeaders.of("content-type", "application/json"), HELLO);
        assertEquals(List.of("date", "content-digest", "signature-input", "signature"), List.copyOf(added.names()));
        assertEquals(Fixtures.DATE, added.get("date").orElseThrow());
        assertEquals(Fixtures.HELLO_SHA256, added.get("content-digest").orElseThrow());
        assertEquals(Fixtures.INPUT_A, added.get("signature-input").orElseThrow());
        assertEquals(Fixtures.SIGNATURE_A, added.get("signature").orElseThrow());
    }

    @Test
    void theSignerProducesVectorBWhenGivenTheSwappedOrder() {
        WebhookHeaders added = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).clock(Fixtures.at(Fixtures.CREATED))
                .components("@method", "@authority", "@target-uri", "content-digest", "date").build()
                .sign("POST", Fixtures.URL, WebhookHeaders.empty(), HELLO);
        assertEquals(Fixtures.INPUT_B, added.get("signature-input").orElseThrow());
        assertEquals(Fixtures.SIGNATURE_B, added.get("signature").orElseThrow());
    }

    @Test
    void contentDigestCheckValuesOfSection5() {
        assertEquals(Fixtures.HELLO_SHA256, Digests.contentDigestHeader(HELLO));
        assertEquals(Fixtures.HELLO_SHA512, "sha-512=:" + java.util.Base64.getEncoder()
                .encodeToString(Digests.digest("SHA-512", HELLO)) + ":");
        assertEquals(18, HELLO.length);
    }
}
