package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.InvoiceVerificationException.Reason;
import io.github.acubepl.transport.StubServer.Received;
import io.github.acubepl.transport.StubServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Purchase invoices (issue 10, item 2): listing by direction and the other filters, the direction
 * and hash of the record, and the download of the FA XML checked against KSeF's hash.
 */
class PurchaseInvoicesTest {
    private static final String UUID = "7b1f3c2a-0d4e-4f6a-9b8c-1d2e3f4a5b6c";
    private static final String KSEF_NUMBER = "5555555555-20310314-0A1B2C3D4E5F-7C";
    private static final String XML = "application/xml";

    private static String hash(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String record(String uuid, String hash) {
        return "{\"uuid\":\"" + uuid + "\",\"legalEntityUuid\":\"le-1\",\"status\":\"valid\",\"processingCode\":200,"
                + "\"ksefReferenceNumber\":\"" + KSEF_NUMBER + "\",\"acquisitionTimestamp\":\"2031-03-14T09:26:53+00:00\","
                + "\"invoiceNumber\":\"FV2026/02/150\",\"invoiceKind\":\"VAT\",\"sellerNip\":\"5260250274\","
                + "\"buyerNip\":\"9462527947\",\"direction\":\"incoming\",\"hash\":" + hash + "}";
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** Serves {@code xml} with Accept: application/xml and {@code json} otherwise, at /invoices/UUID. */
    private static StubServer serving(byte[] xml, String json) throws Exception {
        StubServer stub = Fixtures.stubWithLogin();
        stub.route("GET /invoices/" + UUID, r -> XML.equals(r.header("Accept"))
                ? new Reply(200, Map.of("Content-Type", XML), xml, false, 0)
                : Reply.json(200, json));
        return stub;
    }

    private static long xmlGets(StubServer stub) {
        return stub.journal().stream().filter(r -> r.path().equals("/invoices/" + UUID)
                && XML.equals(r.header("Accept"))).count();
    }

    private static byte[] sample(int version) throws Exception {
        return Files.readAllBytes(OfficialFiles.sample(version, 1));
    }

    @Test
    void purchaseInvoicesAreListedWithEveryFilterInTheQueryString() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /invoices", r -> Reply.json(200, r.query().startsWith("page=1&")
                    ? "[" + record(UUID, quoted("ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=")) + "]" : "[]"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            InvoiceQuery query = InvoiceQuery.builder().direction(InvoiceDirection.INCOMING)
                    .status(InvoiceStatus.VALID).sellerNip("5260250274")
                    .createdAfter(OffsetDateTime.parse("2031-03-01T00:00:00+01:00"))
                    .createdBefore(OffsetDateTime.parse("2031-03-14T23:59:59Z")).build();
            List<Invoice> invoices = client.invoices().list(query);
            assertEquals(1, invoices.size());
            Invoice invoice = invoices.get(0);
            assertEquals(InvoiceDirection.INCOMING, invoice.direction());
            assertEquals("9462527947", invoice.buyerNip());
            assertEquals("ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=", invoice.hash());
            assertTrue(invoice.acceptedByKsef());
            String raw = stub.journal().get(1).query();
            assertTrue(raw.contains("createdAt%5Bafter%5D=2031-03-01T00%3A00%3A00%2B01%3A00"), raw);
            assertEquals("page=1&direction=incoming&status=valid&sellerNip=5260250274"
                    + "&createdAt[after]=2031-03-01T00:00:00+01:00&createdAt[before]=2031-03-14T23:59:59Z",
                    URLDecoder.decode(raw, StandardCharsets.UTF_8).replace(" ", "+"));
            assertEquals("page=2&direction=incoming&status=valid&sellerNip=5260250274"
                    + "&createdAt[after]=2031-03-01T00:00:00+01:00&createdAt[before]=2031-03-14T23:59:59Z",
                    URLDecoder.decode(stub.journal().get(2).query(), StandardCharsets.UTF_8).replace(" ", "+"),
                    "the next page keeps every filter");
            assertEquals(3, stub.journal().size());
        }
    }

    @Test
    void eachDirectionIsItsOwnFilterAndNoDirectionListsBoth() throws Exception {
        assertEquals(Map.of("direction", "outgoing"),
                InvoiceQuery.builder().direction(InvoiceDirection.OUTGOING).build().parameters());
        assertEquals(Map.of("direction", "incoming"),
                InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).build().parameters());
        assertEquals(Map.of(), InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).direction(null).build()
                .parameters());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> InvoiceQuery.builder().direction(InvoiceDirection.UNKNOWN));
        assertTrue(unknown.getMessage().contains("UNKNOWN is not a direction to filter by"), unknown.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> InvoiceQuery.builder()
                .direction(InvoiceDirection.INCOMING).parameter("direction", "outgoing").build());
        assertTrue(twice.getMessage().contains("'direction' is set twice"), twice.getMessage());
    }

    @Test
    void aPageOfPurchaseInvoicesCarriesTheDirectionAndSaysWhetherMoreFollow() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /invoices", r -> Reply.json(200, "{\"hydra:member\":[" + record(UUID, "null")
                    + "],\"hydra:totalItems\":31,\"hydra:view\":{\"hydra:next\":\"/invoices?page=3&direction=incoming\"}}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Page<Invoice> page = client.invoices().page(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING)
                    .itemsPerPage(30).build(), 2);
            assertEquals(2, page.number());
            assertTrue(page.hasNext());
            assertEquals(InvoiceDirection.INCOMING, page.items().get(0).direction());
            assertNull(page.items().get(0).hash());
            assertEquals("page=2&direction=incoming&itemsPerPage=30", stub.journal().get(1).query());
            assertEquals("application/ld+json", stub.journal().get(1).header("Accept"));
        }
    }

    @Test
    void theDirectionIsReadAsAnEnumAndAnythingElseIsUnknown() {
        assertEquals(InvoiceDirection.OUTGOING, InvoiceDirection.of("outgoing"));
        assertEquals(InvoiceDirection.INCOMING, InvoiceDirection.of(" Incoming "));
        assertEquals(InvoiceDirection.UNKNOWN, InvoiceDirection.of("sideways"));
        assertEquals(InvoiceDirection.UNKNOWN, InvoiceDirection.of(""));
        assertEquals(InvoiceDirection.UNKNOWN, InvoiceDirection.of(null));
        assertEquals(InvoiceDirection.UNKNOWN, read("{\"uuid\":\"a\"}").direction());
        assertEquals(InvoiceDirection.UNKNOWN, read("{\"uuid\":\"a\",\"direction\":null}").direction());
        assertEquals(InvoiceDirection.UNKNOWN, read("{\"uuid\":\"a\",\"direction\":{\"x\":1}}").direction());
        assertEquals(InvoiceDirection.OUTGOING, read("{\"uuid\":\"a\",\"direction\":\"outgoing\"}").direction());
        assertThrows(NullPointerException.class, () -> new Invoice("a", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "{}"));
    }

    @Test
    void emptyStringsInAnInvoiceRecordReadAsAbsent() {
        Invoice invoice = read("{\"uuid\":\"a\",\"hash\":\"\",\"ksefReferenceNumber\":\"\",\"buyerNip\":\"\","
                + "\"sellerNip\":\"\",\"legalEntityUuid\":\"\",\"status\":\"\",\"direction\":\"\","
                + "\"acquisitionTimestamp\":\"\",\"invoiceNumber\":\"\",\"legal_entity_uuid\":\"le-2\"}");
        assertNull(invoice.hash());
        assertNull(invoice.ksefReferenceNumber());
        assertNull(invoice.buyerNip());
        assertNull(invoice.sellerNip());
        assertNull(invoice.status());
        assertNull(invoice.acquisitionTimestamp());
        assertNull(invoice.invoiceNumber());
        assertEquals("le-2", invoice.legalEntityUuid(), "an empty first spelling gives way to the next one");
        assertEquals(InvoiceDirection.UNKNOWN, invoice.direction());
        assertFalse(invoice.acceptedByKsef());
    }

    private static Invoice read(String json) {
        return Invoice.fromJson(io.github.acubepl.transport.internal.Json.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDownloadedFa3InvoiceMatchingKsefsHashIsReadAndKeptByteForByte() throws Exception {
        byte[] xml = sample(3);
        try (StubServer stub = serving(xml, record(UUID, quoted(hash(xml))))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            VerifiedInvoice invoice = client.invoices().download(UUID);
            assertArrayEquals(xml, invoice.xml());
            assertEquals(xml.length, invoice.size());
            assertEquals(hash(xml), invoice.hash());
            assertEquals(UUID, invoice.uuid());
            assertEquals(KSEF_NUMBER, invoice.ksefReferenceNumber().orElseThrow());
            assertEquals("FA(3)", invoice.document().format().name());
            assertEquals(SourceSyntax.XML, invoice.document().syntax());
            assertEquals("FV2026/02/150", invoice.document().toModel(Faktura.class).getFa().getP_2());
            List<Received> gets = stub.journal().subList(1, stub.journal().size());
            assertEquals(2, gets.size(), "the record, then the XML");
            assertEquals("application/json", gets.get(0).header("Accept"));
            assertEquals(XML, gets.get(1).header("Accept"));
            byte[] copy = invoice.xml();
            copy[0] = 'X';
            assertArrayEquals(xml, invoice.xml(), "the result hands out copies");
            assertFalse(invoice.toString().contains("Faktura"), invoice.toString());
            assertTrue(invoice.toString().contains("FA(3)") && invoice.toString().contains(hash(xml)), invoice.toString());
        }
    }

    @Test
    void anFa2InvoiceIsReadAsFa2() throws Exception {
        byte[] xml = sample(2);
        try (StubServer stub = serving(xml, record(UUID, quoted(hash(xml))))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals("FA(2)", client.invoices().download(UUID).document().format().name());
        }
    }

    @Test
    void aListedRecordIsDownloadedWithOneCallAndAWebhooksHashWithOneCall() throws Exception {
        byte[] xml = sample(3);
        try (StubServer stub = serving(xml, record(UUID, quoted(hash(xml))))) {
            stub.route("GET /invoices", r -> Reply.json(200, r.query().startsWith("page=1&")
                    ? "[" + record(UUID, quoted(hash(xml))) + "]" : "[]"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Invoice listed = client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).build())
                    .get(0);
            int before = stub.journal().size();
            VerifiedInvoice fromRecord = client.invoices().download(listed);
            assertEquals(before + 1, stub.journal().size(), "no second read of the record");
            assertEquals(KSEF_NUMBER, fromRecord.ksefReferenceNumber().orElseThrow());
            VerifiedInvoice fromWebhook = client.invoices().download(UUID, " " + hash(xml) + "\n");
            assertEquals(before + 2, stub.journal().size());
            assertEquals(XML, stub.journal().get(before + 1).header("Accept"));
            assertArrayEquals(xml, fromWebhook.xml());
            assertTrue(fromWebhook.ksefReferenceNumber().isEmpty());
            assertEquals(fromRecord.hash(), fromWebhook.hash());
            assertNotEquals(fromRecord, fromWebhook, "the KSeF number differs");
        }
    }

    @Test
    void oneAlteredByteIsRefusedWithTheHashReason() throws Exception {
        byte[] xml = sample(3);
        String expected = hash(xml);
        byte[] altered = xml.clone();
        int at = indexOf(altered, "FV2026/02/150") + 12;
        altered[at] = (byte) (altered[at] == '0' ? '1' : '0'); // FV2026/02/150 → FV2026/02/151: still valid FA(3)
        try (StubServer stub = serving(altered, record(UUID, quoted(expected)))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            String alteredHash = hash(altered);
            for (java.util.function.Supplier<VerifiedInvoice> download : List.<java.util.function.Supplier<VerifiedInvoice>>of(
                    () -> client.invoices().download(UUID), () -> client.invoices().download(UUID, expected))) {
                InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class, download::get);
                assertEquals(Reason.HASH_MISMATCH, e.reason());
                assertEquals(UUID, e.invoiceUuid());
                assertEquals(expected, e.expectedHash().orElseThrow());
                assertEquals(alteredHash, e.actualHash().orElseThrow());
                assertTrue(e.getMessage().contains("hash mismatch"), e.getMessage());
                assertTrue(e.getMessage().contains(expected) && e.getMessage().contains(alteredHash), e.getMessage());
                assertTrue(e.getMessage().contains(altered.length + " bytes"), e.getMessage());
                assertFalse(e.getMessage().contains("FV2026") || e.getMessage().contains("Faktura"),
                        "the message never quotes the body: " + e.getMessage());
                assertEquals("GET", e.method().orElseThrow());
                assertEquals("/invoices/" + UUID, e.path().orElseThrow());
            }
            assertEquals(2, xmlGets(stub), "each download read the XML once: a mismatch is not retried");
        }
    }

    @Test
    void aTruncatedBodyIsRefusedWithTheHashReason() throws Exception {
        byte[] xml = sample(3);
        try (StubServer stub = serving(Arrays.copyOf(xml, xml.length - 1), record(UUID, quoted(hash(xml))))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals(Reason.HASH_MISMATCH, assertThrows(InvoiceVerificationException.class,
                    () -> client.invoices().download(UUID)).reason());
        }
    }

    @Test
    void anInvoiceWithoutAHashIsRefusedBeforeAnyDownload() throws Exception {
        byte[] xml = sample(3);
        for (String absent : List.of("null", "\"\"")) {
            try (StubServer stub = serving(xml, record(UUID, absent))) {
                AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
                InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class,
                        () -> client.invoices().download(UUID));
                assertEquals(Reason.HASH_ABSENT, e.reason());
                assertTrue(e.getMessage().contains("has no KSeF hash (from the invoice record)"), e.getMessage());
                assertTrue(e.expectedHash().isEmpty() && e.actualHash().isEmpty());
                assertEquals(Reason.HASH_ABSENT, assertThrows(InvoiceVerificationException.class,
                        () -> client.invoices().download(UUID, null)).reason());
                assertEquals(Reason.HASH_ABSENT, assertThrows(InvoiceVerificationException.class,
                        () -> client.invoices().download(UUID, "")).reason());
                assertEquals(0, xmlGets(stub), "nothing to check against, so nothing downloaded");
                assertArrayEquals(xml, client.invoices().getXml(UUID), "getXml is the explicit unchecked way");
            }
        }
    }

    @Test
    void aHashThatIsNotBase64Of32BytesIsRefusedBeforeAnyDownload() throws Exception {
        byte[] xml = sample(3);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(xml);
        StringBuilder hex = new StringBuilder();
        for (byte b : sha) {
            hex.append(String.format("%02x", b));
        }
        List<String> hostile = List.of(
                "not base64 at all!",
                hex.toString(), // the same digest written in hex
                Base64.getEncoder().encodeToString(Arrays.copyOf(sha, 31)),
                Base64.getEncoder().encodeToString(Arrays.copyOf(sha, 33)),
                Base64.getEncoder().withoutPadding().encodeToString(sha) + "!",
                Base64.getUrlEncoder().encodeToString(sha).replace('+', '-').replace('/', '_').replace('=', '-'),
                "\u001b[31m" + "A".repeat(37) + "\u202e=", // 44 characters with a terminal escape and a bidi override
                "A".repeat(1_000_000));
        try (StubServer stub = serving(xml, record(UUID, "null"))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            for (String h : hostile) {
                InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class,
                        () -> client.invoices().download(UUID, h));
                assertEquals(Reason.HASH_MALFORMED, e.reason(), () -> "for " + h.substring(0, Math.min(h.length(), 50)));
                assertTrue(e.getMessage().contains("is not standard Base64 of a 32-byte SHA-256"), e.getMessage());
                assertTrue(e.getMessage().length() < 500, "the message quotes a short prefix: " + e.getMessage().length());
                assertFalse(e.getMessage().chars().anyMatch(c -> c == 0x1b || c == 0x202e), e.getMessage());
            }
            assertEquals(0, xmlGets(stub));
        }
    }

    @Test
    void anOversizeBodyEndsAtMaxResponseBytesBeforeAnyHashIsComputed() throws Exception {
        byte[] huge = new byte[1 << 20];
        Arrays.fill(huge, (byte) ' ');
        try (StubServer stub = serving(huge, record(UUID, quoted(hash(huge))))) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).maxResponseBytes(64 * 1024).build();
            AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.invoices().download(UUID));
            assertEquals(200, e.status());
            assertTrue(e.getMessage().contains("more than the client accepts (maxResponseBytes 65536 bytes)"),
                    e.getMessage());
            assertEquals(1, xmlGets(stub), "a body too large is not retried");
        }
    }

    @Test
    void aBodyThatIsNotFaXmlIsRefusedEvenWhenItsHashMatches() throws Exception {
        InvoiceMapper mapper = InvoiceMapper.create();
        byte[] html = "<!DOCTYPE html><html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] otherXml = "<?xml version=\"1.0\"?><Faktura xmlns=\"urn:not-ksef\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE Faktura [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\">&x;</Faktura>").getBytes(StandardCharsets.UTF_8);
        byte[] json = mapper.read(sample(3)).toJson();
        byte[] notText = {(byte) 0xff, (byte) 0xfe, 0, 0, 1, 2, 3};
        for (byte[] body : List.of(html, otherXml, xxe, json, notText, new byte[0])) {
            try (StubServer stub = serving(body, record(UUID, quoted(hash(body))))) {
                AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
                InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class,
                        () -> client.invoices().download(UUID));
                assertEquals(Reason.NOT_FA_XML, e.reason(), e.getMessage());
                assertTrue(e.getMessage().contains("match KSeF's hash but are"), e.getMessage());
                assertEquals(hash(body), e.actualHash().orElseThrow());
                assertFalse(e.getMessage().contains("root:x:0"), "no external entity was resolved: " + e.getMessage());
                assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), e.getMessage());
                if (body != json) {
                    assertInstanceOf(InvoiceReadException.class, e.getCause(), e.getMessage());
                }
            }
        }
    }

    @Test
    void aRecordWithoutAUuidHasNothingToDownload() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Invoice noUuid = read("{\"hash\":\"ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=\"}");
            assertThrows(IllegalArgumentException.class, () -> client.invoices().download(noUuid));
            assertThrows(IllegalArgumentException.class, () -> client.invoices().download("../upo"));
            assertThrows(IllegalArgumentException.class, () -> client.invoices().download("../upo",
                    "ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA="));
            assertEquals(0, stub.journal().size());
        }
    }

    @Test
    void anUnknownInvoiceIsA404() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices().download(UUID)).status());
            AtomicReference<String> accept = new AtomicReference<>();
            stub.route("GET /invoices/" + UUID, r -> {
                accept.set(r.header("Accept"));
                return Reply.json(404, "{\"detail\":\"Not Found\"}");
            });
            assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices()
                    .download(UUID, "ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=")).status());
            assertEquals(XML, accept.get());
        }
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + needle);
    }
}
