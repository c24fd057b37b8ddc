package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acube webhook verify} on files: a request signed as A-Cube signs verifies and prints its event;
 * each tampering or policy breach exits 1 with the reason; bad input exits 2.
 */
class WebhookVerifyCommandTest {
    private static final Instant SIGNED = Instant.parse("2031-03-14T09:26:53Z");
    private static final String URL = "https://erp.example.com/acube/invoice-sender?tenant=7";
    private static final String BODY = "{\"legalEntityUuid\":\"le-1\",\"invoiceUuid\":\"inv-1\",\"subjectType\":\"Subject1\","
            + "\"status\":\"valid\",\"processingCode\":200,\"ksefReferenceNumber\":\"5830147261-20310314-0123456789AB-5C\","
            + "\"acquisitionTimestamp\":\"2031-03-14T09:26:51+00:00\",\"hash\":\"aGFzaA==\",\"invoicingMode\":\"Online\","
            + "\"webhookType\":\"invoice-sender\"}";
    private static final KeyPair KEYS = keyPair();
    private static final KeyPair OTHER_KEYS = keyPair();

    @TempDir
    Path dir;

    private Path key;
    private Path body;

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void files() throws Exception {
        key = Files.writeString(dir.resolve("acube.pem"), DemoCommand.pem(KEYS.getPublic()));
        body = Files.writeString(dir.resolve("body.json"), BODY);
    }

    private static WebhookSigner.Builder signer() {
        return WebhookSigner.builder().privateKey(KEYS.getPrivate()).clock(Clock.fixed(SIGNED, ZoneOffset.UTC));
    }

    /** The headers of a request signed by {@code signer} for {@link #URL}, as 'Name: value' lines. */
    private static List<String> signedLines(WebhookSigner signer, String body) {
        WebhookHeaders extra = WebhookHeaders.of("content-type", "application/json");
        WebhookHeaders signed = signer.sign("POST", URL, extra, body.getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        lines.add("Content-Type: application/json");
        for (Map.Entry<String, List<String>> h : signed.toMap().entrySet()) {
            for (String v : h.getValue()) {
                lines.add(h.getKey() + ": " + v);
            }
        }
        return lines;
    }

    private Path headers(List<String> lines) throws Exception {
        return Files.writeString(dir.resolve("headers.txt"), String.join("\n", lines) + "\n");
    }

    private Cli.Result verify(Clock clock, String... extra) {
        List<String> args = new ArrayList<>(List.of("webhook", "verify", "--public-key", key.toString(), "--url", URL,
                "--headers", dir.resolve("headers.txt").toString(), "--body", body.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, clock, false), args.toArray(String[]::new));
        return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private Cli.Result verifyMinuteLater(String... extra) {
        return verify(at(SIGNED.plusSeconds(60)), extra);
    }

    @Test
    void aGenuineRequestExits0AndPrintsTheEventAsJson() throws Exception {
        headers(signedLines(signer().build(), BODY));
        Cli.Result r = verifyMinuteLater();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertEquals("pyhms", json.at("/signature/label").asText());
        assertEquals("acube", json.at("/signature/keyId").asText());
        assertEquals(SIGNED.toString(), json.at("/signature/created").asText());
        assertEquals("[\"@method\",\"@authority\",\"@target-uri\",\"date\",\"content-digest\"]",
                json.at("/signature/components").toString());
        assertEquals("invoice-sender", json.at("/event/type").asText());
        assertEquals("InvoiceEvent", json.at("/event/class").asText());
        assertEquals("inv-1", json.at("/event/invoiceUuid").asText());
        assertEquals("valid", json.at("/event/status").asText());
        assertEquals(200, json.at("/event/processingCode").asInt());
        assertEquals("2031-03-14T09:26:51+00:00", json.at("/event/acquisitionTimestamp").asText());
        assertEquals(new ObjectMapper().readTree(BODY), json.get("payload"));
    }

    @Test
    void headersAsCapturedAreRead_anyCase_CRLF_requestLine_pseudoHeaders_foldedLines_BOM() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("POST /acube/invoice-sender?tenant=7 HTTP/1.1");
        lines.add(":authority: erp.example.com");
        for (String line : signedLines(signer().build(), BODY)) {
            int colon = line.indexOf(':');
            lines.add(line.substring(0, colon).toUpperCase(java.util.Locale.ROOT) + ":" + line.substring(colon + 1));
        }
        lines.add("User-Agent: python-requests/2.31");
        lines.add("X-Folded: first");
        lines.add("\tsecond");
        Files.write(dir.resolve("headers.txt"), ("\uFEFF" + String.join("\r\n", lines) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Cli.Result r = verifyMinuteLater();
        assertEquals(0, r.exitCode(), r::toString);
    }

    private void assertNotGenuine(Cli.Result r, String reason) {
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.stdout(), "nothing on standard output when not genuine");
        assertTrue(r.stderr().startsWith("acube: not genuine: " + reason), r::toString);
        r.assertNoStackTrace();
    }

    @Test
    void aKeyFileWithAByteOrderMarkIsRead() throws Exception {
        headers(signedLines(signer().build(), BODY));
        Files.write(key, ("\uFEFF" + DemoCommand.pem(KEYS.getPublic())).getBytes(StandardCharsets.UTF_8));
        Cli.Result r = verifyMinuteLater();
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void oneChangedBodyByteIsADigestMismatch() throws Exception {
        headers(signedLines(signer().build(), BODY));
        Files.writeString(body, BODY.replace("\"valid\"", "\"valie\""));
        assertNotGenuine(verifyMinuteLater(), "digest mismatch");
    }

    @Test
    void aChangedHeaderValueOrUrlOrMethodBreaksTheSignature() throws Exception {
        List<String> lines = signedLines(signer().build(), BODY);
        headers(lines.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("date:")
                ? "Date: Fri, 14 Mar 2031 09:26:54 GMT" : l).toList());
        assertNotGenuine(verifyMinuteLater(), "bad signature");

        headers(lines);
        List<String> args = List.of("webhook", "verify", "--public-key", key.toString(), "--url",
                "https://erp.example.com/acube/invoice-sender?tenant=8", "--headers", dir.resolve("headers.txt").toString(),
                "--body", body.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, at(SIGNED.plusSeconds(60)), false), args.toArray(String[]::new));
        assertNotGenuine(new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8)), "bad signature");

        assertNotGenuine(verifyMinuteLater("--method", "PUT"), "bad signature");
    }

    @Test
    void anotherKeyIsABadSignature() throws Exception {
        headers(signedLines(signer().build(), BODY));
        Files.writeString(key, DemoCommand.pem(OTHER_KEYS.getPublic()));
        assertNotGenuine(verifyMinuteLater(), "bad signature");
    }

    @Test
    void freshnessIs24HoursBackAnd5SecondsAheadUnlessMaxAgeSaysOtherwise() throws Exception {
        headers(signedLines(signer().build(), BODY));
        assertEquals(0, verify(at(SIGNED.plus(Duration.ofHours(24)))).exitCode());
        assertNotGenuine(verify(at(SIGNED.plus(Duration.ofHours(24)).plusSeconds(1))), "stale");
        assertEquals(0, verify(at(SIGNED.plus(Duration.ofHours(30))), "--max-age", "48h").exitCode());
        assertEquals(0, verify(at(SIGNED.plus(Duration.ofHours(30))), "--max-age", "PT31H").exitCode());
        assertNotGenuine(verify(at(SIGNED.plusSeconds(120)), "--max-age", "90s"), "stale");
        assertEquals(0, verify(at(SIGNED.minusSeconds(5))).exitCode());
        assertNotGenuine(verify(at(SIGNED.minusSeconds(6))), "from the future");
    }

    @Test
    void keyIdAlgorithmAndCoverageAreRequired() throws Exception {
        headers(signedLines(signer().keyId("someone-else").build(), BODY));
        assertNotGenuine(verifyMinuteLater(), "no acube signature");

        headers(signedLines(signer().algorithm("rsa-pss-sha512").build(), BODY));
        assertNotGenuine(verifyMinuteLater(), "wrong algorithm");

        headers(signedLines(signer().algorithm(null).build(), BODY));
        assertEquals(0, verifyMinuteLater().exitCode(), "alg may be left out");

        headers(signedLines(signer().components("@method", "@authority", "@target-uri", "content-digest").build(), BODY));
        assertEquals(0, verifyMinuteLater().exitCode(), "date need not be covered");

        for (String left : List.of("@method", "@authority", "@target-uri", "content-digest")) {
            List<String> covered = new ArrayList<>(List.of("@method", "@authority", "@target-uri", "date",
                    "content-digest"));
            covered.remove(left);
            headers(signedLines(signer().components(covered).build(), BODY));
            assertNotGenuine(verifyMinuteLater(), "component not covered");
        }
    }

    @Test
    void anEmptyBodyMustStillBeCoveredByContentDigest() throws Exception {
        Files.writeString(body, "");
        headers(signedLines(signer().contentDigest(false).components("@method", "@authority", "@target-uri", "date")
                .build(), ""));
        assertNotGenuine(verifyMinuteLater(), "component not covered");
    }

    @Test
    void missingSignatureHeadersAreNamed() throws Exception {
        headers(signedLines(signer().build(), BODY).stream()
                .filter(l -> !l.toLowerCase(java.util.Locale.ROOT).startsWith("signature:")).toList());
        Cli.Result r = verifyMinuteLater();
        assertNotGenuine(r, "missing header");
        assertTrue(r.stderr().contains("signature"), r::toString);
    }

    @Test
    void aLegacyPayloadIsTypedByTheTypeOption() throws Exception {
        String legacy = "{\"legalEntityUuid\":\"le-1\",\"invoiceUuid\":\"inv-1\",\"status\":\"valid\",\"message\":\"ok\"}";
        Files.writeString(body, legacy);
        headers(signedLines(signer().build(), legacy));
        JsonNode untyped = new ObjectMapper().readTree(verifyMinuteLater().stdout());
        assertEquals("unknown", untyped.at("/event/type").asText());
        JsonNode typed = new ObjectMapper().readTree(verifyMinuteLater("--type", "legal-entity-invoice-sender").stdout());
        assertEquals("invoice-sender", typed.at("/event/type").asText());
        assertEquals("legal-entity-invoice-sender", typed.at("/event/rawType").asText());
        assertEquals("ok", typed.at("/event/message").asText());
    }

    @Test
    void aBodyThatIsNotJsonIsGivenAsText() throws Exception {
        Files.writeString(body, "not json");
        headers(signedLines(signer().build(), "not json"));
        Cli.Result r = verifyMinuteLater();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("not json", new ObjectMapper().readTree(r.stdout()).get("payloadText").asText());
    }

    private void assertUsage(Cli.Result r, String says) {
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains(says), r::toString);
        r.assertNoStackTrace();
    }

    @Test
    void badInputIsAUsageError() throws Exception {
        headers(signedLines(signer().build(), BODY));
        assertUsage(verifyMinuteLater("--max-age", "soon"), "--max-age must be like");
        assertUsage(verifyMinuteLater("--max-age", "0s"), "--max-age must be positive");
        assertUsage(verifyMinuteLater("--method", "post;"), "--method must be");

        headers(List.of("Content-Type: application/json", "this is not a header"));
        assertUsage(verifyMinuteLater(), "line 2: expected 'Name: value'");
        headers(List.of("Bad Name: x"));
        assertUsage(verifyMinuteLater(), "line 1: 'Bad Name' is not a header name");
        headers(List.of("Signature: x", "", "{\"a\":1}"));
        assertUsage(verifyMinuteLater(), "line 3: text after the blank line");

        headers(signedLines(signer().build(), BODY));
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n");
        assertUsage(verifyMinuteLater(), "is not an Ed25519 public key");
        Files.delete(key);
        assertUsage(verifyMinuteLater(), "cannot read --public-key");

        Cli.Result missing = Cli.run("webhook", "verify", "--url", URL);
        assertUsage(missing, "Missing required options");
        Cli.Result group = Cli.run("webhook");
        assertUsage(group, "missing command");
    }

    @Test
    void aRelativeOrNonHttpUrlIsAUsageError() throws Exception {
        headers(signedLines(signer().build(), BODY));
        for (String bad : List.of("/acube/invoice-sender", "ftp://erp.example.com/x", "https://erp.example.com/ł")) {
            List<String> args = List.of("webhook", "verify", "--public-key", key.toString(), "--url", bad,
                    "--headers", dir.resolve("headers.txt").toString(), "--body", body.toString());
            assertUsage(Cli.run(args.toArray(String[]::new)), "--url");
        }
    }
}
