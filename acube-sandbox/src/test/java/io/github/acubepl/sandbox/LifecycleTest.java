package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.sandbox.SandboxInvoice.Status;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LifecycleTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private final List<InvoiceChange> heard = new CopyOnWriteArrayList<>();
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        sandbox.addInvoiceChangeListener(heard::add);
        client = new Client(sandbox).login(sandbox.user());
        Fixtures.register(client, Fixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonNode invoice(String uuid) {
        Client.Reply r = client.get("/invoices/" + uuid);
        assertEquals(200, r.status(), r::text);
        return r.json();
    }

    @Test
    void inQueueThenProcessingThenValidThenUpoOnTheDefaultDelays() throws Exception {
        String uuid = Fixtures.send(client, Fixtures.invoice());
        assertEquals("in_queue", invoice(uuid).get("status").asText());
        assertEquals(404, client.get("/invoices/" + uuid + "/upo", "application/xml").status());

        clock.advance(Duration.ofMillis(1999));
        assertEquals("in_queue", invoice(uuid).get("status").asText());
        clock.advance(Duration.ofMillis(1));
        JsonNode processing = invoice(uuid);
        assertEquals("processing", processing.get("status").asText());
        assertEquals(150, processing.get("processingCode").asInt());
        assertTrue(processing.get("ksefReferenceNumber").isNull());
        assertEquals("2031-03-14T09:26:55+00:00", processing.get("updatedAt").asText());

        clock.advance(Duration.ofSeconds(2));
        JsonNode valid = invoice(uuid);
        assertEquals("valid", valid.get("status").asText());
        assertEquals(200, valid.get("processingCode").asInt());
        assertEquals("Success", valid.get("processingDescription").asText());
        String number = valid.get("ksefReferenceNumber").asText();
        assertTrue(number.matches(Fixtures.SELLER_NIP + "-20310314-[0-9A-F]{12}-[0-9A-F]{2}"), number);
        assertEquals(crc8Hex(number.substring(0, 32)), number.substring(33), "CRC-8 of the first 32 characters");
        String acquired = valid.get("acquisitionTimestamp").asText();
        assertEquals("2031-03-14T09:26:55+00:00", acquired, "KSeF received it when processing started");
        OffsetDateTime.parse(acquired);
        assertEquals(404, client.get("/invoices/" + uuid + "/upo", "application/xml").status(), "not yet");

        clock.advance(Duration.ofSeconds(1));
        Client.Reply upo = client.get("/invoices/" + uuid + "/upo", "application/xml");
        assertEquals(200, upo.status());
        assertTrue(upo.contentType().startsWith("application/xml"), upo.contentType());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(upo.body()));
        assertEquals("Potwierdzenie", doc.getDocumentElement().getLocalName());
        assertEquals("urn:acubepl:sandbox:upo:simulated:1", doc.getDocumentElement().getNamespaceURI());
        assertEquals("true", doc.getDocumentElement().getAttribute("symulacja"));
        assertEquals(number, text(doc, "NumerKSeFDokumentu"));
        assertEquals("FV/2026/11/0042", text(doc, "NumerFaktury"));
        assertEquals(Fixtures.SELLER_NIP, text(doc, "NipSprzedawcy"));
        assertEquals(acquired, text(doc, "DataPrzyjecia"));
        byte[] xml = client.get("/invoices/" + uuid, "application/xml").body();
        String sha = Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(xml));
        assertEquals(sha, text(doc, "SkrotDokumentu"));
        assertTrue(upo.text().contains("Simulated"), "marked as simulated");

        SandboxInvoice stored = sandbox.store().invoice(uuid).orElseThrow();
        assertTrue(stored.upoAvailable());
        assertEquals(sha, stored.invoiceHash());
        assertEquals(number, stored.ksefReferenceNumber());
    }

    @Test
    void eventsAreRecordedInOrderAndHeardByListeners() {
        String uuid = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        List<InvoiceChange> events = sandbox.store().invoiceChanges(uuid);
        List<String> seen = new ArrayList<>();
        for (InvoiceChange e : events) {
            seen.add(e.kind() + " " + (e.previousStatus() == null ? "-" : e.previousStatus().wireName()) + ">"
                    + e.status().wireName() + " @" + e.time());
        }
        assertEquals(List.of(
                "CREATED ->in_queue @2031-03-14T09:26:53Z",
                "STATUS_CHANGED in_queue>processing @2031-03-14T09:26:55Z",
                "STATUS_CHANGED processing>valid @2031-03-14T09:26:57Z",
                "UPO_AVAILABLE valid>valid @2031-03-14T09:26:58Z"), seen);
        assertEquals(events, heard);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).sequence() > events.get(i - 1).sequence());
        }
        assertEquals(Integer.valueOf(150), events.get(1).invoice().processingCode());
        assertNull(events.get(1).invoice().ksefReferenceNumber());
        assertTrue(events.get(2).invoice().ksefReferenceNumber() != null);
        assertTrue(events.get(3).invoice().upoAvailable());
    }

    @Test
    void aListenerCanBeRemovedAndAFailingOneHarmsNothing() {
        List<InvoiceChange> second = new ArrayList<>();
        InvoiceChangeListener listener = second::add;
        sandbox.addInvoiceChangeListener(e -> {
            throw new IllegalStateException("listener bug");
        });
        sandbox.addInvoiceChangeListener(listener);
        Fixtures.send(client, Fixtures.invoice());
        sandbox.removeInvoiceChangeListener(listener);
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(1, second.size());
        assertEquals(4, heard.size());
    }

    @Test
    void aDuplicateIsAcceptedThenTurnsInvalidWith440() {
        String first = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        assertEquals("valid", invoice(first).get("status").asText());

        Client.Reply again = client.post("/invoices", "application/json", Fixtures.bytes(Fixtures.invoice()));
        assertEquals(201, again.status(), "the platform accepts it; KSeF answers later");
        String second = again.json().get("uuid").asText();
        clock.advance(sandbox.ksefDelays().toProcessing());
        assertEquals("processing", invoice(second).get("status").asText());
        clock.advance(sandbox.ksefDelays().toOutcome());
        JsonNode dup = invoice(second);
        assertEquals("invalid", dup.get("status").asText());
        assertEquals(440, dup.get("processingCode").asInt());
        assertEquals("Duplicate invoice", dup.get("processingDescription").asText());
        assertTrue(dup.get("ksefReferenceNumber").isNull());
        assertTrue(dup.get("acquisitionTimestamp").isNull());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(404, client.get("/invoices/" + second + "/upo").status(), "no UPO for an invalid invoice");
        assertEquals("valid", invoice(first).get("status").asText(), "the original is untouched");
    }

    @Test
    void aDuplicateOfAnInvoiceAheadInTheQueueIsInvalidToo() {
        String first = Fixtures.send(client, Fixtures.invoice());
        String second = Fixtures.send(client, Fixtures.invoice());
        String otherKind = Fixtures.send(client, kind(Fixtures.invoice(), "UPR"));
        clock.advance(sandbox.ksefDelays().total());
        assertEquals("valid", invoice(first).get("status").asText());
        assertEquals("invalid", invoice(second).get("status").asText());
        assertEquals(440, invoice(second).get("processingCode").asInt());
        assertEquals("valid", invoice(otherKind).get("status").asText(), "another RodzajFaktury is another invoice");
    }

    @Test
    void aResendAfterAnInvalidOneIsNoDuplicateOfIt() {
        Fixtures.send(client, Fixtures.invoice());
        String dup = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        assertEquals("invalid", invoice(dup).get("status").asText());
        String fresh = Fixtures.send(client, Fixtures.invoice("FV/2026/11/0043"));
        clock.advance(sandbox.ksefDelays().total());
        assertEquals("valid", invoice(fresh).get("status").asText());
    }

    @Test
    void ksefNumbersAreDistinct() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            uuids.add(Fixtures.send(client, Fixtures.invoice("N/" + i)));
        }
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(20, uuids.stream().map(u -> sandbox.store().invoice(u).orElseThrow().ksefReferenceNumber())
                .distinct().count());
        assertTrue(sandbox.store().invoices().stream().allMatch(i -> i.status() == Status.VALID && i.upoAvailable()));
    }

    @Test
    void configuredDelaysAreHonoured() {
        SandboxClock.Manual c = SandboxClock.manual(Fixtures.START);
        KsefDelays delays = new KsefDelays(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(2));
        try (AcubeSandbox s = AcubeSandbox.builder().clock(c).ksefDelays(delays).build().start()) {
            Client cl = new Client(s).login(s.user());
            Fixtures.register(cl, Fixtures.SELLER_NIP);
            String uuid = Fixtures.send(cl, Fixtures.invoice());
            c.advance(Duration.ofSeconds(59));
            assertEquals(Status.IN_QUEUE, s.store().invoice(uuid).orElseThrow().status());
            c.advance(Duration.ofSeconds(1));
            assertEquals(Status.PROCESSING, s.store().invoice(uuid).orElseThrow().status());
            c.advance(Duration.ofHours(1));
            assertEquals(Status.VALID, s.store().invoice(uuid).orElseThrow().status());
            c.advance(Duration.ofMinutes(119));
            assertFalse(s.store().invoice(uuid).orElseThrow().upoAvailable());
            c.advance(Duration.ofMinutes(1));
            assertTrue(s.store().invoice(uuid).orElseThrow().upoAvailable());
            assertEquals(0, c.pendingSteps());
        }
    }

    @Test
    void oneBigAdvanceRunsEveryStepAtItsOwnTime() {
        String uuid = Fixtures.send(client, Fixtures.invoice());
        clock.advance(Duration.ofDays(1));
        List<InvoiceChange> events = sandbox.store().invoiceChanges(uuid);
        assertEquals(4, events.size());
        assertEquals(Instant.parse("2031-03-14T09:26:58Z"), events.get(3).time());
        assertEquals(Fixtures.START.plus(Duration.ofDays(1)), clock.instant());
    }

    @Test
    void theKsefNumberDateIsTheAcquisitionDateInPoland() {
        // 23:30 UTC is 00:30 the next day in Warsaw (CET, UTC+1, in mid-March)
        SandboxClock.Manual late = SandboxClock.manual(Instant.parse("2031-03-14T23:30:00Z"));
        try (AcubeSandbox s = AcubeSandbox.builder().clock(late).build().start()) {
            Client cl = new Client(s).login(s.user());
            Fixtures.register(cl, Fixtures.SELLER_NIP);
            String uuid = Fixtures.send(cl, Fixtures.invoice());
            late.advance(s.ksefDelays().total());
            String number = s.store().invoice(uuid).orElseThrow().ksefReferenceNumber();
            assertTrue(number.startsWith(Fixtures.SELLER_NIP + "-20310315-"), number);
        }
    }

    @Test
    void closingDropsPendingSteps() {
        Fixtures.send(client, Fixtures.invoice());
        assertEquals(1, clock.pendingSteps());
        sandbox.close();
        assertEquals(0, clock.pendingSteps());
        clock.advance(Duration.ofMinutes(1));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode kind(com.fasterxml.jackson.databind.node.ObjectNode inv,
            String kind) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) inv.get("Fa")).put("RodzajFaktury", kind);
        return inv;
    }

    private static String text(Document doc, String localName) {
        return doc.getElementsByTagNameNS("urn:acubepl:sandbox:upo:simulated:1", localName).item(0).getTextContent();
    }

    /** An independent CRC-8 (poly 0x07, init 0), table-free, for checking the sandbox's. */
    static String crc8Hex(String s) {
        int crc = 0;
        for (char ch : s.toCharArray()) {
            crc ^= ch;
            for (int i = 0; i < 8; i++) {
                crc = ((crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1) & 0xFF;
            }
        }
        return String.format(Locale.ROOT, "%02X", crc);
    }
}
