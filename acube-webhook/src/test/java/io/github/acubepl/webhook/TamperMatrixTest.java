package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.Fixtures.CREATED;
import static io.github.acubepl.webhook.Fixtures.HELLO;
import static io.github.acubepl.webhook.Fixtures.INPUT_A;
import static io.github.acubepl.webhook.Fixtures.SIGNATURE_A;
import static io.github.acubepl.webhook.Fixtures.URL;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.AMBIGUOUS_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.BAD_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.COMPONENT_NOT_COVERED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DIGEST_MISMATCH;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DIGEST_UNSUPPORTED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DUPLICATE_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.EXPIRED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.FROM_THE_FUTURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.KEY_UNAVAILABLE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MISSING_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.NO_ACUBE_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.STALE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.UNKNOWN_PARAMETER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.UNSUPPORTED_COMPONENT;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.WRONG_ALGORITHM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.WebhookVerificationException.Reason;
import io.github.acubepl.webhook.internal.Digests;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The tamper matrix over the A-Cube-shaped vectors of {@link Fixtures}: every case asserts its exact reason; and the
 * freshness boundaries of docs/webhooks.md §5.
 */
class TamperMatrixTest {
    private static WebhookVerificationException rejected(Reason expected, WebhookHeaders headers, byte[] body) {
        return rejected(expected, Fixtures.acubeVerifier(), URL, headers, body);
    }

    private static WebhookVerificationException rejected(Reason expected, WebhookVerifier verifier, String url,
            WebhookHeaders headers, byte[] body) {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify("POST", url, headers, body));
        assertEquals(expected, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(expected + ": "), e.getMessage());
        return e;
    }

    private static WebhookHeaders with(String name, String value) {
        return Fixtures.vectorA().toBuilder().set(name, value).build();
    }

    private static WebhookHeaders without(String name) {
        return Fixtures.vectorA().toBuilder().remove(name).build();
    }

    private static WebhookHeaders twice(String name) {
        WebhookHeaders a = Fixtures.vectorA();
        return a.toBuilder().add(name, a.all(name).get(0)).build();
    }

    /** A request signed by the B.1.4 key at {@code created}, verified at {@code now}. */
    private static void verifyAt(Instant created, Instant now) {
        WebhookHeaders signed = Fixtures.signer(Fixtures.at(created)).sign("POST", URL, WebhookHeaders.empty(), HELLO);
        Fixtures.acubeVerifier(Fixtures.at(now)).verify("POST", URL, signed, HELLO);
    }

    // --- headers missing or twice

    @Test
    void missingSignatureInput() {
        rejected(MISSING_HEADER, without("signature-input"), HELLO);
    }

    @Test
    void missingSignature() {
        rejected(MISSING_HEADER, without("signature"), HELLO);
    }

    @Test
    void missingCoveredDate() {
        rejected(MISSING_HEADER, without("date"), HELLO);
    }

    @Test
    void missingCoveredContentDigest() {
        rejected(MISSING_HEADER, without("content-digest"), HELLO);
    }

    @Test
    void signatureInputTwice() {
        rejected(DUPLICATE_HEADER, twice("signature-input"), HELLO);
    }

    @Test
    void signatureTwice() {
        rejected(DUPLICATE_HEADER, twice("signature"), HELLO);
    }

    @Test
    void dateTwice() {
        rejected(DUPLICATE_HEADER, twice("date"), HELLO);
    }

    @Test
    void contentDigestTwice() {
        rejected(DUPLICATE_HEADER, twice("content-digest"), HELLO);
    }

    // --- selection, labels, parameters

    @Test
    void labelsDifferBetweenTheTwoHeaders() {
        rejected(MALFORMED_HEADER, with("signature", SIGNATURE_A.replace("pyhms=", "other=")), HELLO);
    }

    @Test
    void keyIdIsNotAcube() {
        rejected(NO_ACUBE_SIGNATURE, with("signature-input", INPUT_A.replace("keyid=\"acube\"", "keyid=\"acube2\"")), HELLO);
    }

    @Test
    void twoSignaturesWithKeyIdAcube() {
        WebhookHeaders h = Fixtures.vectorA().toBuilder()
                .add("signature-input", INPUT_A.replace("pyhms=", "second="))
                .add("signature", SIGNATURE_A.replace("pyhms=", "second="))
                .build();
        rejected(AMBIGUOUS_SIGNATURE, h, HELLO);
    }

    @Test
    void signaturesWithOtherKeyIdsAreIgnored() {
        WebhookHeaders h = Fixtures.vectorA().toBuilder()
                .add("signature-input", "proxy=(\"@method\");created=1677383376;keyid=\"proxy-key\"")
                .add("signature", "proxy=:AAAA:")
                .build();
        assertEquals("pyhms", Fixtures.acubeVerifier().verify("POST", URL, h, HELLO).label());
    }

    @Test
    void algIsNotEd25519() {
        rejected(WRONG_ALGORITHM, with("signature-input", INPUT_A.replace("alg=\"ed25519\"", "alg=\"rsa-pss-sha512\"")), HELLO);
    }

    @Test
    void algAbsentIsAccepted() {
        WebhookHeaders signed = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).clock(Fixtures.at(CREATED))
                .algorithm(null).build().sign("POST", URL, WebhookHeaders.empty(), HELLO);
        Fixtures.acubeVerifier().verify("POST", URL, signed, HELLO);
    }

    @Test
    void unknownParameter() {
        WebhookVerificationException e = rejected(UNKNOWN_PARAMETER,
                with("signature-input", INPUT_A + ";foo=\"bar\""), HELLO);
        assertTrue(e.getMessage().contains("\"foo\""), e.getMessage());
    }

    @Test
    void nonceAndTagAreAllowed() {
        WebhookHeaders h = with("signature-input", INPUT_A + ";nonce=\"n\";tag=\"t\"");
        // allowed, so the check reaches the signature, which covers the parameters and fails
        rejected(BAD_SIGNATURE, h, HELLO);
    }

    @Test
    void createdMissingOrNotAnInteger() {
        rejected(MALFORMED_HEADER, with("signature-input", INPUT_A.replace("created=1677383376;", "")), HELLO);
        rejected(MALFORMED_HEADER, with("signature-input", INPUT_A.replace("created=1677383376", "created=\"1677383376\"")), HELLO);
    }

    @Test
    void keyIdNotAStringIsNoAcubeSignature() {
        rejected(NO_ACUBE_SIGNATURE, with("signature-input", INPUT_A.replace("keyid=\"acube\"", "keyid=acube")), HELLO);
    }

    @Test
    void expiredSignature() {
        rejected(EXPIRED, with("signature-input", INPUT_A + ";expires=1677383370"), HELLO);
    }

    // --- components

    @Test
    void contentDigestNotCovered() {
        WebhookHeaders signed = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).clock(Fixtures.at(CREATED))
                .components("@method", "@authority", "@target-uri", "date").build()
                .sign("POST", URL, WebhookHeaders.empty(), HELLO);
        rejected(COMPONENT_NOT_COVERED, signed, HELLO);
    }

    @Test
    void targetUriNotCovered() {
        WebhookHeaders signed = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).clock(Fixtures.at(CREATED))
                .components("@method", "@authority", "date", "content-digest").build()
                .sign("POST", URL, WebhookHeaders.empty(), HELLO);
        rejected(COMPONENT_NOT_COVERED, signed, HELLO);
    }

    @Test
    void anEmptyBodyNeedsNoContentDigest() {
        WebhookHeaders signed = Fixtures.signer(Fixtures.at(CREATED)).sign("POST", URL, WebhookHeaders.empty(), new byte[0]);
        assertFalse(signed.contains("content-digest"));
        Fixtures.acubeVerifier().verify("POST", URL, signed, new byte[0]);
        // but a body added afterwards is not covered
        rejected(COMPONENT_NOT_COVERED, signed, HELLO);
    }

    @Test
    void componentIdsMustBeLowercaseDistinctStrings() {
        rejected(MALFORMED_HEADER, with("signature-input", INPUT_A.replace("\"date\"", "\"Date\"")), HELLO);
        rejected(MALFORMED_HEADER, with("signature-input", INPUT_A.replace("\"date\"", "\"content-digest\"")), HELLO);
        rejected(MALFORMED_HEADER, with("signature-input", INPUT_A.replace("\"date\"", "date")), HELLO);
    }

    @Test
    void unsupportedComponents() {
        rejected(UNSUPPORTED_COMPONENT, with("signature-input", INPUT_A.replace("\"date\"", "\"date\";sf")), HELLO);
        rejected(UNSUPPORTED_COMPONENT, with("signature-input", INPUT_A.replace("\"date\"", "\"@request-target\"")), HELLO);
    }

    @Test
    void aNonAsciiCoveredValueIsMalformed() {
        rejected(MALFORMED_HEADER, with("date", "Sun, 26 Feb 2023 03:49:36 GMT\u00e9"), HELLO);
    }

    @Test
    void unparsableSignatureHeaders() {
        rejected(MALFORMED_HEADER, with("signature-input", "pyhms=(\"@method\""), HELLO);
        rejected(MALFORMED_HEADER, with("signature", "pyhms=:not base64!:"), HELLO);
        rejected(MALFORMED_HEADER, with("signature", "pyhms=\"a string\""), HELLO);
        rejected(MALFORMED_HEADER, with("signature-input", "pyhms=\"@method\";created=1677383376;keyid=\"acube\""), HELLO);
    }

    // --- digest

    @Test
    void oneBodyByteFlipped() {
        byte[] body = HELLO.clone();
        body[3] ^= 0x01;
        WebhookVerificationException e = rejected(DIGEST_MISMATCH, Fixtures.vectorA(), body);
        assertFalse(e.getMessage().contains("hello"), "the message must not quote the body");
    }

    @Test
    void bodyWhitespaceReserializedByAProxy() {
        rejected(DIGEST_MISMATCH, Fixtures.vectorA(), Fixtures.utf8("{\"hello\":\"world\"}"));
    }

    @Test
    void bodyReserializedAndDigestRecomputedByAProxy() {
        byte[] body = Fixtures.utf8("{\"hello\":\"world\"}");
        rejected(BAD_SIGNATURE, with("content-digest", Digests.contentDigestHeader(body)), body);
    }

    @Test
    void noSupportedDigestAlgorithm() {
        rejected(DIGEST_UNSUPPORTED, with("content-digest", "md5=:XrY7u+Ae7tCTyyK7j1rNww==:"), HELLO);
    }

    @Test
    void everySupportedDigestMustMatchAndUnknownOnesAreIgnored() {
        String both = Fixtures.HELLO_SHA256 + ", " + Fixtures.HELLO_SHA512 + ", md5=:XrY7u+Ae7tCTyyK7j1rNww==:";
        WebhookSigner signer = WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).clock(Fixtures.at(CREATED))
                .contentDigest(false).components("@method", "@authority", "@target-uri", "date", "content-digest").build();
        WebhookHeaders ok = WebhookHeaders.of("content-digest", both);
        Fixtures.acubeVerifier().verify("POST", URL, ok.plus(signer.sign("POST", URL, ok, HELLO)), HELLO);

        String wrong512 = Fixtures.HELLO_SHA256 + ", sha-512=:" + Base64.getEncoder().encodeToString(new byte[64]) + ":";
        WebhookHeaders bad = WebhookHeaders.of("content-digest", wrong512);
        rejected(DIGEST_MISMATCH, bad.plus(signer.sign("POST", URL, bad, HELLO)), HELLO);
    }

    // --- whitespace and serialization

    @Test
    void signatureInputReserializedWithOtherWhitespaceStillVerifies() {
        String spaced = "pyhms=(  \"@method\"  \"@authority\" \"@target-uri\"   \"date\" \"content-digest\" )"
                + ";created=1677383376; keyid=\"acube\";  alg=\"ed25519\"";
        WebhookHeaders h = with("signature-input", "other=(\"@method\");created=1;keyid=\"x\" ,\t" + spaced)
                .toBuilder().set("signature", "  " + SIGNATURE_A + "  ").build();
        Fixtures.acubeVerifier().verify("POST", URL, h, HELLO);
    }

    @Test
    void coveredHeaderWhitespaceInsideTheValueBreaksTheSignature() {
        rejected(BAD_SIGNATURE, with("date", "Sun,  26 Feb 2023 03:49:36 GMT"), HELLO);
    }

    @Test
    void coveredHeaderSurroundingWhitespaceIsTrimmed() {
        Fixtures.acubeVerifier().verify("POST", URL, with("date", "  " + Fixtures.DATE + "\t"), HELLO);
    }

    // --- the signature itself

    @Test
    void oneSignatureByteFlipped() {
        byte[] sig = Base64.getDecoder().decode(SIGNATURE_A.substring(7, SIGNATURE_A.length() - 1));
        sig[10] ^= 0x01;
        WebhookVerificationException e = rejected(BAD_SIGNATURE,
                with("signature", "pyhms=:" + Base64.getEncoder().encodeToString(sig) + ":"), HELLO);
        assertFalse(e.getMessage().contains(Base64.getEncoder().encodeToString(sig)), "no header values in messages");
    }

    @Test
    void signatureTruncatedTo63Bytes() {
        byte[] sig = Base64.getDecoder().decode(SIGNATURE_A.substring(7, SIGNATURE_A.length() - 1));
        byte[] shorter = java.util.Arrays.copyOf(sig, 63);
        WebhookVerificationException e = rejected(BAD_SIGNATURE,
                with("signature", "pyhms=:" + Base64.getEncoder().encodeToString(shorter) + ":"), HELLO);
        assertTrue(e.getMessage().contains("63 bytes"), e.getMessage());
    }

    @Test
    void signatureFromAnotherKey() {
        KeyPair other = Fixtures.otherKeyPair();
        WebhookHeaders signed = WebhookSigner.builder().privateKey(other.getPrivate()).clock(Fixtures.at(CREATED)).build()
                .sign("POST", URL, WebhookHeaders.empty(), HELLO);
        rejected(BAD_SIGNATURE, signed, HELLO);
    }

    @Test
    void anotherMethodBreaksTheSignature() {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> Fixtures.acubeVerifier().verify("PUT", URL, Fixtures.vectorA(), HELLO));
        assertEquals(BAD_SIGNATURE, e.reason());
    }

    @Test
    void noKeyIsKeyUnavailable() {
        WebhookVerifier verifier = WebhookVerifier.builder().clock(Fixtures.at(CREATED))
                .keyResolver(keyId -> {
                    throw new IllegalStateException("vault down");
                }).build();
        WebhookVerificationException e = rejected(KEY_UNAVAILABLE, verifier, URL, Fixtures.vectorA(), HELLO);
        assertEquals(503, e.reason().httpStatus());
        assertEquals(401, BAD_SIGNATURE.httpStatus());
    }

    // --- freshness (docs/webhooks.md §5)

    @Test
    void createdSixSecondsAheadIsFromTheFuture() {
        assertThrowsReason(FROM_THE_FUTURE, () -> verifyAt(CREATED.plusSeconds(6), CREATED));
    }

    @Test
    void createdOlderThanMaxAgeIsStale() {
        assertThrowsReason(STALE, () -> verifyAt(CREATED, CREATED.plus(Duration.ofDays(2))));
    }

    @Test
    void boundaryExactlyMaxAgeIsAccepted() {
        verifyAt(CREATED, CREATED.plus(Duration.ofHours(24)));
    }

    @Test
    void boundaryMaxAgePlusOneSecondIsStale() {
        assertThrowsReason(STALE, () -> verifyAt(CREATED, CREATED.plus(Duration.ofHours(24)).plusSeconds(1)));
    }

    @Test
    void boundaryFiveSecondsAheadIsAccepted() {
        verifyAt(CREATED.plusSeconds(5), CREATED);
    }

    @Test
    void boundarySixSecondsAheadIsRejected() {
        assertThrowsReason(FROM_THE_FUTURE, () -> verifyAt(CREATED.plusSeconds(6), CREATED));
    }

    @Test
    void maxAgeIsConfigurable() {
        WebhookVerifier strict = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_KEY))
                .policy(VerificationPolicy.builder().maxAge(Duration.ofMinutes(10)).build())
                .clock(Fixtures.at(CREATED.plus(Duration.ofMinutes(11)))).build();
        rejected(STALE, strict, URL, Fixtures.vectorA(), HELLO);
    }

    // --- header case and proxies

    @Test
    void mixedCaseHeaderNamesPass() {
        WebhookHeaders h = WebhookHeaders.of("Content-Type", "application/json", "DATE", Fixtures.DATE,
                "Content-DIGEST", Fixtures.HELLO_SHA256, "Signature-Input", INPUT_A, "SIGNATURE", SIGNATURE_A);
        Fixtures.acubeVerifier().verify("POST", URL, h, HELLO);
    }

    @Test
    void theProxyCaseUsesTheConfiguredPublicUrlNeverTheRequestUrl() {
        String publicUrl = "https://public.example/hook";
        Clock clock = Fixtures.at(CREATED);
        WebhookHeaders signed = Fixtures.signer(clock).sign("POST", publicUrl, WebhookHeaders.empty(), HELLO);
        // what the application sees behind the TLS terminator; a Host header saying so changes nothing
        WebhookHeaders received = signed.toBuilder().add("Host", "10.0.0.5:8080").add("X-Forwarded-Host", "evil.example")
                .build();
        Fixtures.acubeVerifier().verify("POST", publicUrl, received, HELLO);
        rejected(BAD_SIGNATURE, Fixtures.acubeVerifier(), "http://10.0.0.5:8080/hook", received, HELLO);
    }

    @Test
    void anExplicitPortIsSignedAndMustBeConfiguredToo() {
        String withPort = "https://hooks.example.com:443/acube/webhooks/invoice-sender";
        WebhookHeaders signed = Fixtures.signer(Fixtures.at(CREATED)).sign("POST", withPort, WebhookHeaders.empty(), HELLO);
        Fixtures.acubeVerifier().verify("POST", withPort, signed, HELLO);
        rejected(BAD_SIGNATURE, signed, HELLO);
    }

    @Test
    void theUrlIsNormalizedAsTheSignerDid() {
        WebhookHeaders signed = Fixtures.signer(Fixtures.at(CREATED))
                .sign("POST", "HTTPS://Hooks.Example.COM", WebhookHeaders.empty(), HELLO);
        Fixtures.acubeVerifier().verify("POST", "https://hooks.example.com/", signed, HELLO);
    }

    private static void assertThrowsReason(Reason reason, org.junit.jupiter.api.function.Executable run) {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class, run);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
