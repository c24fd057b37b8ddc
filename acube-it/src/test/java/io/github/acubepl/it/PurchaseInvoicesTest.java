package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceDirection;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.VerifiedInvoice;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purchase invoices through the client against the simulator (issue 10, item 2): a supplier's
 * invoice is listed as incoming, filtered by direction and seller, and downloads verified against
 * KSeF's hash on the record or in the {@code invoice-receiver} notification, byte for byte, for
 * every official FA(2) and FA(3) sample.
 */
class PurchaseInvoicesTest {
    /** The buyer of the example invoice ({@code examples/invoice-fa3.json}). */
    private static final String EXAMPLE_BUYER_NIP = "9520316783";
    /** The buyer ({@code Podmiot2}) of every official sample. */
    private static final String SAMPLE_BUYER_NIP = "1111111111";

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;
    private AcubeClient client;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        ItFixtures.assertNoPostRepeated(sandbox.journal(), "/login");
        sandbox.close();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aSuppliersFa3InvoiceIsListedAsIncomingAndDownloadsVerifiedByteForByte() throws Exception {
        LegalEntity buyer = ItFixtures.register(client, EXAMPLE_BUYER_NIP);
        ItFixtures.register(client, ItFixtures.SELLER_NIP);
        String sold = client.invoices().sendXml(ItFixtures.xml(ItFixtures.invoice("FV/IT/OUT1"))).uuid();
        byte[] xml = ItFixtures.xml(ItFixtures.invoice("FV/IT/IN1", ItFixtures.nip(7)));
        SandboxInvoice arrived = sandbox.receiveFromSupplier(xml).get(0);

        List<Invoice> incoming = client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).build());
        assertEquals(1, incoming.size(), incoming::toString);
        Invoice record = incoming.get(0);
        assertEquals(arrived.uuid(), record.uuid());
        assertEquals(InvoiceDirection.INCOMING, record.direction());
        assertEquals(buyer.uuid(), record.legalEntityUuid());
        assertEquals(EXAMPLE_BUYER_NIP, record.buyerNip());
        assertEquals(ItFixtures.nip(7), record.sellerNip());
        assertEquals(InvoiceStatus.VALID, record.status());
        assertTrue(record.acceptedByKsef(), record::toString);
        assertEquals(sha256(xml), record.hash());
        assertEquals(List.of(sold), client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.OUTGOING)
                .build()).stream().map(Invoice::uuid).toList());
        assertEquals(List.of(arrived.uuid()), client.invoices().list(InvoiceQuery.builder()
                .direction(InvoiceDirection.INCOMING).sellerNip(ItFixtures.nip(7)).build()).stream().map(Invoice::uuid)
                .toList());
        assertEquals(List.of(), client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING)
                .sellerNip(ItFixtures.SELLER_NIP).build()));

        VerifiedInvoice fromRecord = client.invoices().download(record);
        VerifiedInvoice byUuid = client.invoices().download(record.uuid());
        VerifiedInvoice fromWebhookHash = client.invoices().download(record.uuid(), arrived.invoiceHash());
        for (VerifiedInvoice v : List.of(fromRecord, byUuid, fromWebhookHash)) {
            assertArrayEquals(xml, v.xml(), "the supplier's bytes, byte for byte");
            assertEquals("FA(3)", v.document().format().name());
            assertEquals("FV/IT/IN1", v.document().toModel(io.github.acubepl.model.fa3.Faktura.class).getFa().getP_2());
        }
        assertEquals(record.ksefReferenceNumber(), byUuid.ksefReferenceNumber().orElseThrow());
    }

    @Test
    void theReceiverNotificationGivesTheHashAndKsefNumberTheDownloadIsCheckedAgainst() throws Exception {
        DeliveryStore outbox = DeliveryStore.inMemory();
        try (AcubeSandbox own = ItWebhooks.sandbox(clock, outbox)) {
            AcubeClient ownClient = ItFixtures.client(own, new RecordingSleeper()).build();
            LegalEntity buyer = ItFixtures.register(ownClient, EXAMPLE_BUYER_NIP);
            // Nothing listens there: on the manual clock the notification waits in the outbox, unsent.
            ownClient.webhooks().create(buyer.uuid(), WebhookType.INVOICE_RECEIVER,
                    URI.create("http://127.0.0.1:9/erp/purchase-invoices"));
            byte[] xml = ItFixtures.xml(ItFixtures.invoice("FV/IT/IN2", ItFixtures.nip(8)));
            SandboxInvoice arrived = own.receiveFromSupplier(xml).get(0);

            List<Delivery> pending = outbox.list(Delivery.State.PENDING, 10);
            assertEquals(1, pending.size(), pending::toString);
            InvoiceEvent event = assertInstanceOf(InvoiceEvent.class, WebhookEvent.parse(pending.get(0).body(), null));
            assertTrue(event.isReceivedInvoice(), event::toString);
            assertEquals("Subject2", event.subjectType());
            assertEquals("Online", event.invoicingMode());
            assertEquals(arrived.uuid(), event.invoiceUuid());
            assertEquals(arrived.ksefReferenceNumber(), event.ksefReferenceNumber());
            assertEquals(sha256(xml), event.hash());

            VerifiedInvoice v = ownClient.invoices().download(event.invoiceUuid(), event.hash());
            assertArrayEquals(xml, v.xml());
            assertEquals("FV/IT/IN2", v.document().toModel(io.github.acubepl.model.fa3.Faktura.class).getFa().getP_2());
            ItFixtures.assertNoPostRepeated(own.journal(), "/login");
        }
    }

    @Test
    void everyOfficialFa2AndFa3SampleFromASupplierComesBackByteForByteAndParsesToTheModel() throws Exception {
        ItFixtures.register(client, SAMPLE_BUYER_NIP);
        Map<String, Path> byHash = new HashMap<>();
        List<Path> samples = new ArrayList<>(OfficialFiles.samples(2));
        samples.addAll(OfficialFiles.samples(3));
        for (Path sample : samples) {
            byte[] bytes = Files.readAllBytes(sample);
            assertEquals(null, byHash.put(sha256(bytes), sample), "two samples with the same bytes");
            sandbox.receiveFromSupplier(bytes);
        }

        List<Invoice> incoming = client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).build());

        assertEquals(samples.size(), incoming.size(), "every sample listed once, across pages of 30");
        int fa2 = 0;
        int fa3 = 0;
        for (Invoice record : incoming) {
            Path sample = byHash.remove(record.hash());
            assertNotNull(sample, () -> "a record whose hash is no sample's: " + record);
            VerifiedInvoice v = client.invoices().download(record);
            assertArrayEquals(Files.readAllBytes(sample), v.xml(), sample::toString);
            InvoiceDocument document = v.document();
            if (document.format().name().equals("FA(2)")) {
                assertNotNull(document.toModel(io.github.acubepl.model.fa2.Faktura.class).getFa(), sample::toString);
                fa2++;
            } else {
                assertEquals("FA(3)", document.format().name(), sample::toString);
                assertNotNull(document.toModel(io.github.acubepl.model.fa3.Faktura.class).getFa(), sample::toString);
                fa3++;
            }
        }
        assertTrue(byHash.isEmpty(), () -> "samples not listed: " + byHash.values());
        assertEquals(OfficialFiles.samples(2).size(), fa2);
        assertEquals(OfficialFiles.samples(3).size(), fa3);
    }
}
