package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.purchases.CatchUp;
import io.github.acubepl.purchases.PurchaseException;
import io.github.acubepl.purchases.PurchaseInvoice;
import io.github.acubepl.purchases.PurchaseInvoiceFeed;
import io.github.acubepl.purchases.PurchaseLedger;
import io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.InvoiceVerificationException;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purchase-invoice feed (acube-purchases) against the simulator over loopback: the webhook
 * path (current and legacy events), a handler failure released and retried once, catch-up passes
 * whose checkpoint never passes a failed invoice, and altered bytes refused with the hash reason
 * and never handled. Everything runs on the sandbox's manual clock.
 */
class PurchaseInvoiceFeedTest {
    /** The buyer of the example invoice ({@code examples/invoice-fa3.json}). */
    private static final String BUYER_NIP = "9520316783";

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final PurchaseLedger ledger = PurchaseLedger.inMemory();
    private final List<PurchaseInvoice> handled = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private AcubeSandbox sandbox;
    private AcubeClient client;
    private LegalEntity buyer;

    @BeforeEach
    void start() {
        sandbox = ItWebhooks.sandbox(clock, outbox);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        buyer = ItFixtures.register(client, BUYER_NIP);
        // Nothing listens there: on the manual clock each notification waits in the outbox, where the tests read it.
        client.webhooks().create(buyer.uuid(), WebhookType.INVOICE_RECEIVER, URI.create("http://127.0.0.1:9/erp/purchases"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PurchaseInvoiceFeed.Builder feed(AcubeClient through) {
        return PurchaseInvoiceFeed.builder().client(through).ledger(ledger).clock(clock.asClock()).owner("it-a")
                .handler(invoice -> {
                    calls.add(invoice.invoiceUuid());
                    if (failing.contains(invoice.invoiceUuid())) {
                        throw new IllegalStateException("the ERP is down\u001b[2J");
                    }
                    handled.add(invoice);
                });
    }

    private SandboxInvoice arrive(String number, int supplier) {
        return sandbox.receiveFromSupplier(supplierXml(number, supplier)).get(0);
    }

    private static byte[] supplierXml(String number, int supplier) {
        return ItFixtures.xml(ItFixtures.invoice(number, ItFixtures.nip(supplier)));
    }

    /** The invoice-receiver notification the simulator queued for {@code uuid}, as the receiver would read it. */
    private InvoiceEvent eventOf(String uuid) {
        for (Delivery d : outbox.list(Delivery.State.PENDING, 100)) {
            WebhookEvent event = WebhookEvent.parse(d.body(), null);
            if (event instanceof InvoiceEvent e && uuid.equals(e.invoiceUuid())) {
                return e;
            }
        }
        throw new AssertionError("no notification for " + uuid + " in " + outbox.list(Delivery.State.PENDING, 100));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aReceivedInvoiceWebhookHandsTheVerifiedInvoiceToTheHandlerOnceAndTheCatchUpSkipsIt() throws Exception {
        byte[] xml = supplierXml("FV/IT/P1", 7);
        SandboxInvoice arrived = sandbox.receiveFromSupplier(xml).get(0);
        PurchaseInvoiceFeed feed = feed(client).build();
        InvoiceEvent event = eventOf(arrived.uuid());

        assertEquals(PurchaseInvoiceFeed.Outcome.HANDLED, feed.accept(event));
        assertEquals(PurchaseInvoiceFeed.Outcome.ALREADY_HANDLED, feed.accept(event));
        feed.webhookHandler().handle(event);

        assertEquals(1, handled.size(), handled::toString);
        PurchaseInvoice got = handled.get(0);
        assertEquals(arrived.uuid(), got.invoiceUuid());
        assertEquals(buyer.uuid(), got.legalEntityUuid());
        assertEquals(arrived.ksefReferenceNumber(), got.ksefNumber());
        assertEquals(sha256(xml), got.hash());
        assertEquals(PurchaseInvoice.Source.WEBHOOK, got.source());
        assertArrayEquals(xml, got.download().xml(), "the supplier's bytes, byte for byte");
        assertFalse(got.toString().contains("<"), "no invoice content in toString: " + got);
        assertEquals(PurchaseLedger.Receipt.State.DONE, ledger.find(arrived.uuid()).orElseThrow().state());
        assertEquals(ItFixtures.START, ledger.find(arrived.uuid()).orElseThrow().handledAt(), "the injected clock");

        CatchUp pass = feed.catchUp();
        assertEquals(new CatchUp(1, 0, 1, 0, 0, Optional.empty(), Optional.of(ItFixtures.START), List.of()), pass);
        assertEquals(1, handled.size());
    }

    @Test
    void eventsThatAreNotReceivedInvoicesAreIgnoredAndOneWithoutAnInvoiceUuidIsAClearError() throws Exception {
        PurchaseInvoiceFeed feed = feed(client).build();
        InvoiceEvent sender = (InvoiceEvent) WebhookEvent.parse(("{\"legalEntityUuid\":\"le\",\"invoiceUuid\":\"x\","
                + "\"status\":\"valid\",\"webhookType\":\"invoice-sender\"}").getBytes(StandardCharsets.UTF_8),
                "invoice-sender");
        assertEquals(PurchaseInvoiceFeed.Outcome.NOT_A_RECEIVED_INVOICE, feed.accept(sender));
        feed.webhookHandler().handle(sender);

        InvoiceEvent blank = (InvoiceEvent) WebhookEvent.parse(("{\"legalEntityUuid\":\"le\",\"invoiceUuid\":\"\","
                + "\"status\":\"valid\",\"hash\":\"\",\"webhookType\":\"invoice-receiver\"}")
                .getBytes(StandardCharsets.UTF_8), "invoice-receiver");
        PurchaseException e = assertThrows(PurchaseException.class, () -> feed.accept(blank));
        assertTrue(e.getMessage().startsWith("an invoice-receiver event names no invoice (its invoiceUuid is absent)"),
                e::getMessage);
        assertThrows(PurchaseException.class, () -> feed.webhookHandler().handle(blank), "so the platform retries");
        assertEquals(List.of(), calls);
    }

    @Test
    void aLegacyReceivedInvoiceEventWithoutAHashIsCheckedAgainstTheRecordsHash() throws Exception {
        byte[] xml = supplierXml("FV/IT/P2", 8);
        SandboxInvoice arrived = sandbox.receiveFromSupplier(xml).get(0);
        InvoiceEvent legacy = (InvoiceEvent) WebhookEvent.parse(("{\"legalEntityUuid\":\"" + buyer.uuid()
                + "\",\"invoiceUuid\":\"" + arrived.uuid() + "\",\"status\":\"received\",\"message\":null,"
                + "\"ksefReferenceNumber\":\"\",\"acquisitionTimestamp\":\"2031-03-14 10:26:53\"}")
                .getBytes(StandardCharsets.UTF_8), "legal-entity-invoice-receiver");
        assertEquals(null, legacy.hash());

        assertEquals(PurchaseInvoiceFeed.Outcome.HANDLED, feed(client).build().accept(legacy));

        PurchaseInvoice got = handled.get(0);
        assertArrayEquals(xml, got.download().xml());
        assertEquals(sha256(xml), got.hash(), "the record's hash, which the bytes matched");
        assertEquals(arrived.ksefReferenceNumber(), got.ksefNumber(), "from the record, the event's being empty");
        assertEquals(2, sandbox.journal().count("GET", "/invoices/" + arrived.uuid()), "the record, then the XML");
    }

    @Test
    void aHandlerFailureReleasesTheInvoiceAndTheRetriedWebhookHandlesItOnce() {
        SandboxInvoice arrived = arrive("FV/IT/P3", 9);
        PurchaseInvoiceFeed feed = feed(client).build();
        InvoiceEvent event = eventOf(arrived.uuid());
        failing.add(arrived.uuid());

        PurchaseException e = assertThrows(PurchaseException.class, () -> feed.accept(event));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getMessage().contains("from the webhook was not handled: the handler failed: the ERP is down\\u001b[2J"),
                e::getMessage);
        PurchaseLedger.Receipt receipt = ledger.find(arrived.uuid()).orElseThrow();
        assertEquals(PurchaseLedger.Receipt.State.RELEASED, receipt.state());
        assertEquals(1, receipt.attempts());
        assertEquals(List.of(), handled);

        failing.clear();
        assertEquals(PurchaseInvoiceFeed.Outcome.HANDLED, feed.accept(event));
        assertEquals(PurchaseInvoiceFeed.Outcome.ALREADY_HANDLED, feed.accept(event));
        assertEquals(List.of(arrived.uuid(), arrived.uuid()), calls, "one failed call, one that succeeded");
        assertEquals(1, handled.size());
    }

    @Test
    void aCatchUpPassContinuesPastAFailedInvoiceButItsCheckpointStopsBeforeIt() {
        SandboxInvoice first = arrive("FV/IT/P4", 10);
        clock.advance(Duration.ofMinutes(1));
        SandboxInvoice poison = arrive("FV/IT/P5", 11);
        clock.advance(Duration.ofMinutes(1));
        SandboxInvoice third = arrive("FV/IT/P6", 12);
        PurchaseInvoiceFeed feed = feed(client).build();
        failing.add(poison.uuid());

        CatchUp pass = feed.catchUp();
        assertEquals(3, pass.listed());
        assertEquals(2, pass.handled(), "the pass goes on past the failure");
        assertEquals(1, pass.failed());
        assertEquals(poison.uuid(), pass.failures().get(0).invoiceUuid());
        assertTrue(pass.failures().get(0).message().contains("the handler failed"), pass.failures()::toString);
        assertEquals(Optional.empty(), pass.checkpointBefore());
        assertEquals(Optional.of(ItFixtures.START), pass.checkpointAfter(), "not past the failed invoice");
        assertEquals(List.of(first.uuid(), third.uuid()), handled.stream().map(PurchaseInvoice::invoiceUuid).toList());
        assertTrue(handled.stream().allMatch(i -> i.source() == PurchaseInvoice.Source.CATCH_UP));

        failing.clear();
        CatchUp second = feed.catchUp();
        assertEquals(new CatchUp(3, 1, 2, 0, 0, Optional.of(ItFixtures.START),
                Optional.of(ItFixtures.START.plus(Duration.ofMinutes(2))), List.of()), second);
        assertEquals(List.of(first.uuid(), third.uuid(), poison.uuid()),
                handled.stream().map(PurchaseInvoice::invoiceUuid).toList());

        clock.advance(Duration.ofHours(1));
        SandboxInvoice later = arrive("FV/IT/P7", 13);
        CatchUp within = feed.catchUp();
        assertEquals(4, within.listed(), "from START + 2 min minus the 10-minute overlap: all four");
        assertEquals(1, within.handled());
        assertEquals(Optional.of(later.createdAt()), within.checkpointAfter());
        clock.advance(Duration.ofHours(1));
        SandboxInvoice newest = arrive("FV/IT/P8", 13);
        CatchUp beyond = feed.catchUp();
        assertEquals(2, beyond.listed(), "from the last checkpoint minus the overlap: the last one and the new one");
        assertEquals(1, beyond.handled());
        assertEquals(Optional.of(newest.createdAt()), beyond.checkpointAfter());
    }

    @Test
    void aFirstPassWithSinceListsFromThereMinusTheOverlapAndALaterOneFromTheCheckpoint() {
        SandboxInvoice old = arrive("FV/IT/P11", 17);
        clock.advance(Duration.ofHours(1));
        SandboxInvoice recent = arrive("FV/IT/P12", 18);
        PurchaseInvoiceFeed feed = feed(client).name("acme").overlap(Duration.ofMinutes(1))
                .since(ItFixtures.START.plus(Duration.ofMinutes(30)).atOffset(ZoneOffset.ofHours(2))).build();

        CatchUp pass = feed.catchUp();
        assertEquals(1, pass.listed(), "the invoice before since minus the overlap is not listed");
        assertEquals(List.of(recent.uuid()), calls);
        assertEquals(Optional.empty(), pass.checkpointBefore());
        assertEquals(Optional.of(recent.createdAt()), ledger.checkpoint("acme"), "the checkpoint under the feed's name");
        assertEquals(Optional.empty(), ledger.checkpoint(PurchaseInvoiceFeed.DEFAULT_NAME));
        assertTrue(old.createdAt().isBefore(recent.createdAt()));
    }

    @Test
    void anInvoiceAnotherInstanceHoldsIsLeftToItAndTheCheckpointWaitsForIt() {
        SandboxInvoice arrived = arrive("FV/IT/P8", 14);
        PurchaseInvoiceFeed feed = feed(client).build();
        assertEquals(PurchaseLedger.Claim.CLAIMED, ledger.claim(arrived.uuid(), "it-b", clock.instant(),
                Duration.ofMinutes(15)));

        assertEquals(PurchaseInvoiceFeed.Outcome.IN_PROGRESS_ELSEWHERE, feed.accept(eventOf(arrived.uuid())));
        CatchUp pass = feed.catchUp();
        assertEquals(1, pass.inProgressElsewhere());
        assertEquals(Optional.empty(), pass.checkpointAfter());
        assertEquals(List.of(), calls);

        clock.advance(Duration.ofMinutes(15)); // it-b died: its lease ran out
        assertEquals(1, feed.catchUp().handled());
        assertEquals(List.of(arrived.uuid()), calls);
    }

    @Test
    void alteredBytesAreRefusedWithTheHashReasonAndNeverHandled() {
        SandboxInvoice arrived = arrive("FV/IT/P9", 15);
        try (TamperingProxy proxy = new TamperingProxy(sandbox.baseUri())) {
            AcubeClient throughProxy = ItFixtures.client(sandbox, new RecordingSleeper())
                    .environment(Environment.custom(proxy.uri(), proxy.uri())).build();
            PurchaseInvoiceFeed feed = feed(throughProxy).build();
            proxy.alter(arrived.uuid());

            PurchaseException e = assertThrows(PurchaseException.class, () -> feed.accept(eventOf(arrived.uuid())));
            InvoiceVerificationException cause = assertInstanceOf(InvoiceVerificationException.class, e.getCause());
            assertSame(InvoiceVerificationException.Reason.HASH_MISMATCH, cause.reason());
            assertTrue(e.getMessage().contains("its download was refused (HASH_MISMATCH)"), e::getMessage);

            CatchUp pass = feed.catchUp();
            assertEquals(1, pass.failed());
            assertTrue(pass.failures().get(0).message().contains("HASH_MISMATCH"), pass.failures()::toString);
            assertEquals(Optional.empty(), pass.checkpointAfter());
            assertEquals(List.of(), calls, "the handler never saw the altered bytes");
            assertEquals(2, ledger.find(arrived.uuid()).orElseThrow().attempts());

            proxy.restore(arrived.uuid());
            assertEquals(1, feed.catchUp().handled());
            assertEquals(List.of(arrived.uuid()), calls);
        }
    }

    @Test
    void theJavadocExampleWiresTheFeedToTheDispatcherAndTheScheduler() throws Exception {
        SandboxInvoice arrived = arrive("FV/IT/P10", 16);
        DataSource dataSource = ItDatabases.h2();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Clock clock = this.clock.asClock();
        Erp erp = new Erp();
        try {
            // PurchaseInvoiceFeed's class Javadoc:
            PurchaseInvoiceFeed feed = PurchaseInvoiceFeed.builder()
                    .client(client)
                    .ledger(new JdbcPurchaseLedger(dataSource, "erp_").initialize())
                    .handler(invoice -> erp.book(invoice.ksefNumber(), invoice.download().xml()))
                    .clock(clock)                    // the default: Clock.systemUTC()
                    .build();
            WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                    .on(WebhookType.INVOICE_RECEIVER, feed.webhookHandler())
                    .inline(IdempotencyStore.inMemory())
                    .build();
            feed.start(scheduler, Duration.ofMinutes(15));

            ItFixtures.await(Duration.ofSeconds(60), () -> erp.booked.containsKey(arrived.ksefReferenceNumber()),
                    "the first catch-up pass, which start() runs at once");
            assertNotNull(dispatcher);
            assertArrayEquals(supplierXml("FV/IT/P10", 16), erp.booked.get(arrived.ksefReferenceNumber()));
        } finally {
            scheduler.shutdownNow();
            assertTrue(scheduler.awaitTermination(60, TimeUnit.SECONDS));
            ItDatabases.shutdownH2(dataSource);
        }
    }

    /** The ERP of the Javadoc example: books each invoice under its KSeF number. */
    private static final class Erp {
        final Map<String, byte[]> booked = new ConcurrentHashMap<>();

        void book(String ksefNumber, byte[] xml) {
            booked.putIfAbsent(ksefNumber, xml);
        }
    }
}
