package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.sandbox.WebhookDeliveryTest.Received;
import io.github.acubepl.sandbox.WebhookDeliveryTest.Receiver;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Purchase invoices ({@code docs/api-contract.md}, "Purchase invoices"): a supplier's FA XML arrives
 * through {@code POST /_sandbox/incoming-invoices} or {@link AcubeSandbox#receiveFromSupplier}, reaches
 * the legal entity whose NIP is the buyer's, is listed as incoming, served back byte for byte with
 * KSeF's hash, and notified to {@code invoice-receiver} subscriptions through the delivery queue.
 */
class IncomingInvoicesTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Clock.fixed(Fixtures.START, ZoneOffset.UTC)).build()).build();
    private static final String INCOMING = "/_sandbox/incoming-invoices";
    /** The buyer ({@code Podmiot2}) of the example invoice. */
    private static final String BUYER_NIP = "9520316783";

    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Receiver receiver;
    private Client client;
    private Client anonymous;

    @BeforeEach
    void start() throws IOException {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        receiver = new Receiver(clock);
        client = new Client(sandbox).login(sandbox.user());
        anonymous = new Client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    /** The example FA(3) invoice as FA XML, bought by {@code buyerNip}. */
    private static byte[] supplierInvoice(String buyerNip) {
        ObjectNode json = Fixtures.invoice();
        ((ObjectNode) json.at("/Podmiot2/DaneIdentyfikacyjne")).put("NIP", buyerNip);
        return MAPPER.read(Fixtures.bytes(json)).toXml();
    }

    private static String sha256Base64(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private void subscribe(String legalEntity, String type, String path) {
        Client.Reply r = client.postJson("/webhooks", "{\"legalEntity\":\"" + legalEntity + "\",\"webhookType\":\""
                + type + "\",\"webhookUrl\":\"" + receiver.url(path) + "\"}");
        assertEquals(201, r.status(), r::text);
    }

    private InvoiceEvent verified(Received r) {
        WebhookVerifier verifier = WebhookVerifier.builder()
                .keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey())).clock(clock.asClock()).build();
        verifier.verify("POST", receiver.url(r.path()), r.headers(), r.body());
        return (InvoiceEvent) WebhookEvent.parse(r.body(), null);
    }

    static Stream<Path> samples() {
        List<Path> all = new ArrayList<>(OfficialFiles.samples(2));
        all.addAll(OfficialFiles.samples(3));
        assertEquals(36, all.size(), all::toString);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyOfficialFa2AndFa3SampleReceivedFromASupplierComesBackByteForByteWithItsHash(Path sample)
            throws IOException {
        byte[] xml = Files.readAllBytes(sample);
        List<String> buyers = InvoiceApi.buyerNips(Client.JSON.readTree(MAPPER.read(xml).toJson()));
        if (buyers.isEmpty()) {
            // a consumer or foreign buyer without a NIP: KSeF delivers to no one, and the simulator says so
            Client.Reply r = anonymous.post(INCOMING, "application/xml", xml);
            assertEquals(422, r.status(), r::text);
            assertTrue(r.json().get("detail").asText().contains("no buyer NIP"), r::text);
            return;
        }
        String le = Fixtures.register(client, buyers.get(buyers.size() - 1));

        Client.Reply r = anonymous.post(INCOMING, "application/xml", xml);
        assertEquals(201, r.status(), r::text);
        JsonNode created = r.json();
        String uuid = created.get("uuid").asText();
        assertEquals("/invoices/" + uuid, r.header("Location").orElseThrow());
        assertEquals("incoming", created.get("direction").asText());
        assertEquals(le, created.get("legalEntityUuid").asText());
        assertEquals("valid", created.get("status").asText());
        assertEquals(200, created.get("processingCode").asInt());
        assertEquals(sha256Base64(xml), created.get("hash").asText(), "KSeF's hash of the exact bytes");
        assertEquals(Timestamps.format(Fixtures.START), created.get("acquisitionTimestamp").asText());
        String ksef = created.get("ksefReferenceNumber").asText();
        assertTrue(KsefNumbers.isValid(ksef), ksef);
        assertTrue(ksef.startsWith(created.get("sellerNip").asText() + "-20310314-"), ksef);

        Client.Reply back = client.get("/invoices/" + uuid, "application/xml");
        assertEquals(200, back.status(), back::text);
        assertArrayEquals(xml, back.body(), "the original bytes, byte for byte");
        InvoiceDocument parsed = MAPPER.read(back.body());
        assertEquals(sample.getFileName().toString().startsWith("FA_2") || sample.getFileName().toString()
                .startsWith("Fa_2") ? "FA(2)" : "FA(3)", parsed.format().name());

        JsonNode listed = client.get("/invoices?direction=incoming").json();
        assertEquals(1, listed.size(), listed::toString);
        assertEquals(uuid, listed.get(0).get("uuid").asText());
        assertEquals(created.get("hash").asText(), listed.get(0).get("hash").asText());
        assertEquals(0, client.get("/invoices?direction=outgoing").json().size());
        assertEquals(404, client.get("/invoices/" + uuid + "/upo", "application/xml").status(),
                "a UPO belongs to the issuer");
    }

    @Test
    void aReceivedInvoiceIsNotifiedSignedToInvoiceReceiverSubscriptionsOfBothGenerationsOnly() {
        String le = Fixtures.register(client, BUYER_NIP);
        subscribe(le, "invoice-receiver", "/current");
        subscribe(le, "legal-entity-invoice-receiver", "/legacy");
        subscribe(le, "invoice-sender", "/sender");
        byte[] xml = supplierInvoice(BUYER_NIP);

        Client.Reply r = anonymous.post(INCOMING, "text/xml", xml);
        assertEquals(201, r.status(), r::text);
        clock.advance(Duration.ZERO);

        List<Received> got = receiver.received();
        assertEquals(List.of("/current", "/legacy"), got.stream().map(Received::path).sorted().toList(), got::toString);
        for (Received g : got) {
            InvoiceEvent e = verified(g);
            assertTrue(e.type().sameKindAs(WebhookType.INVOICE_RECEIVER), e.type().value());
            assertEquals(le, e.legalEntityUuid());
            assertEquals(r.json().get("uuid").asText(), e.invoiceUuid());
            assertEquals("Subject2", e.subjectType());
            assertEquals("valid", e.status().value());
            assertEquals("Online", e.invoicingMode());
            assertEquals(sha256Base64(xml), e.hash());
            assertEquals(r.json().get("ksefReferenceNumber").asText(), e.ksefReferenceNumber());
            assertTrue(e.isAcceptedByKsef());
        }
        JsonNode body = new Client.Reply(200, null, got.get(0).body()).json();
        assertEquals(200, body.get("processingCode").asInt(), body::toString);
    }

    @Test
    void aSuppliersInvoiceForANipThatIsNotRegisteredIsRefusedNamingTheNipLookedFor() {
        Fixtures.register(client, Fixtures.nip(3));
        Client.Reply r = anonymous.post(INCOMING, "application/xml", supplierInvoice(BUYER_NIP));
        assertEquals(422, r.status(), r::text);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::contentType);
        JsonNode v = r.json().get("violations").get(0);
        assertEquals("podmiot2.daneIdentyfikacyjne.nip", v.get("propertyPath").asText());
        assertEquals("No registered legal entity for the buyer's NIP " + BUYER_NIP + " (looked for: " + BUYER_NIP + ")",
                v.get("message").asText());
        assertEquals(0, sandbox.store().invoices().size());
        assertEquals(0, sandbox.store().invoiceChanges().size());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sandbox.receiveFromSupplier(supplierInvoice(BUYER_NIP)));
        assertTrue(e.getMessage().contains("No registered legal entity for the buyer's NIP " + BUYER_NIP), e::getMessage);
    }

    @Test
    void aReceiverDownForTenHoursGetsTheNotificationDeadLetteredAfterEightHoursWhileTheInvoiceStaysListed() {
        String le = Fixtures.register(client, BUYER_NIP);
        Instant back = Fixtures.START.plus(Duration.ofHours(10));
        receiver.answer(now -> now.isBefore(back) ? 503 : 200);
        subscribe(le, "invoice-receiver", "/down");

        SandboxInvoice received = sandbox.receiveFromSupplier(supplierInvoice(BUYER_NIP)).get(0);
        clock.advance(Duration.ofHours(10));

        assertEquals(33, receiver.received().size(), "every 15 minutes for 8 hours");
        List<Delivery> dead = sandbox.deliveries().deadLetters(10);
        assertEquals(1, dead.size());
        assertEquals(33, dead.get(0).attempts());
        assertEquals(503, dead.get(0).lastStatus());
        assertEquals(0, clock.pendingSteps(), "nothing more is attempted");
        JsonNode listed = client.get("/invoices?direction=incoming&createdAt[after]=2031-03-14T09:26:53%2B00:00").json();
        assertEquals(1, listed.size(), "a catch-up poll still finds it");
        assertEquals(received.uuid(), listed.get(0).get("uuid").asText());
    }

    @Test
    void receiveFromSupplierReachesEveryBuyerRoleAndTheListenersSeeOneReceivedChangeEach() {
        String buyer = Fixtures.register(client, BUYER_NIP);
        String additional = Fixtures.register(client, Fixtures.nip(4));
        String factor = Fixtures.register(client, Fixtures.nip(5));
        ObjectNode json = Fixtures.invoice();
        json.putArray("Podmiot3")
                .add(podmiot3(Fixtures.nip(4), "4"))
                .add(podmiot3(Fixtures.nip(5), "1"));
        byte[] xml = MAPPER.read(Fixtures.bytes(json)).toXml();
        List<InvoiceChange> seen = new ArrayList<>();
        sandbox.addInvoiceChangeListener(seen::add);

        List<SandboxInvoice> got = sandbox.receiveFromSupplier(xml);

        assertEquals(List.of(buyer, additional), got.stream().map(SandboxInvoice::legalEntityUuid).toList(),
                "Podmiot2 first, then the additional buyer (Rola 4); never the factor (Rola 1): " + factor);
        assertEquals(got.get(0).ksefReferenceNumber(), got.get(1).ksefReferenceNumber(), "one invoice in KSeF");
        for (SandboxInvoice i : got) {
            assertEquals(SandboxInvoice.Direction.INCOMING, i.direction());
            assertEquals(SandboxInvoice.Status.VALID, i.status());
            assertEquals(sha256Base64(xml), i.invoiceHash());
            assertEquals(Fixtures.SELLER_NIP, i.sellerNip());
            assertEquals(Fixtures.START, i.acquisitionTimestamp());
        }
        assertEquals(BUYER_NIP, got.get(0).buyerNip());
        assertEquals(Fixtures.nip(4), got.get(1).buyerNip());
        assertEquals(2, seen.size());
        for (InvoiceChange c : seen) {
            assertEquals(InvoiceChange.Kind.RECEIVED, c.kind());
            assertNull(c.previousStatus());
        }
        clock.advance(sandbox.ksefDelays().total().multipliedBy(10));
        assertEquals(2, sandbox.store().invoiceChanges().size(), "a received invoice has no KSeF lifecycle to run");
    }

    private static ObjectNode podmiot3(String nip, String role) {
        ObjectNode p = Client.JSON.createObjectNode();
        ObjectNode id = p.putObject("DaneIdentyfikacyjne");
        id.put("NIP", nip);
        id.put("Nazwa", "Podmiot " + role);
        p.putArray("DaneKontaktowe");
        p.put("Rola", role);
        return p;
    }

    @Test
    void aReceivedInvoiceNeverCountsAsADuplicateOfTheUsersOwnSending() {
        Fixtures.register(client, Fixtures.SELLER_NIP);
        Fixtures.register(client, BUYER_NIP);
        // the user is both the seller (sends) and the buyer (receives) of the same invoice
        sandbox.receiveFromSupplier(supplierInvoice(BUYER_NIP));
        String sent = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(sent).orElseThrow().status());
    }

    @Test
    void hostileBodiesAreRefusedCleanlyAndStoreNothing() {
        Fixtures.register(client, BUYER_NIP);
        Client.Reply json = anonymous.post(INCOMING, "application/json", Fixtures.bytes(Fixtures.invoice()));
        assertEquals(415, json.status(), json::text);
        Client.Reply empty = anonymous.post(INCOMING, "application/xml", new byte[0]);
        assertEquals(400, empty.status(), empty::text);
        Client.Reply garbage = anonymous.post(INCOMING, "application/xml", "<Faktura><unclosed".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(400, garbage.status(), garbage::text);
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE Faktura [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\">&x;</Faktura>")
                .getBytes(StandardCharsets.UTF_8);
        Client.Reply dtd = anonymous.post(INCOMING, "application/xml", xxe);
        assertEquals(400, dtd.status(), dtd::text);
        assertTrue(!dtd.text().contains("root:"), "no external entity is read");
        byte[] oddNip = new String(supplierInvoice(BUYER_NIP), StandardCharsets.UTF_8)
                .replace("<NIP>" + BUYER_NIP + "</NIP>", "<NIP>99&quot;&#9;</NIP>").getBytes(StandardCharsets.UTF_8);
        Client.Reply odd = anonymous.post(INCOMING, "application/xml", oddNip);
        assertEquals(422, odd.status(), odd::text);
        String message = odd.json().get("violations").get(0).get("message").asText();
        assertTrue(message.contains("\"99\\u0022\\u0009\""), message);
        assertEquals(0, sandbox.store().invoices().size());
        assertEquals(400, client.get("/invoices?direction=sideways").status());
        assertThrows(NullPointerException.class, () -> sandbox.receiveFromSupplier(null));
    }

    @Test
    void receiveFromSupplierOnASandboxNotStartedSaysSo() {
        AcubeSandbox idle = AcubeSandbox.builder().clock(clock).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> idle.receiveFromSupplier(supplierInvoice(BUYER_NIP)));
        assertTrue(e.getMessage().contains("not started"), e::getMessage);
    }
}
