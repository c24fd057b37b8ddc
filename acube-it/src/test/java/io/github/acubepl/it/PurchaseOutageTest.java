package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.purchases.CatchUp;
import io.github.acubepl.purchases.PurchaseInvoice;
import io.github.acubepl.purchases.PurchaseInvoiceFeed;
import io.github.acubepl.purchases.PurchaseLedger;
import io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.testkit.Fa3Arbitraries;
import io.github.acubepl.testkit.GeneratedInvoice;
import io.github.acubepl.testkit.InvoicePlan;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import io.github.acubepl.webhook.sending.RetrySchedule;
import io.github.acubepl.webhook.sending.WebhookSender;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's check: 1,000 FA(3) invoices (testkit's arbitraries, fixed seed) arrive from suppliers
 * while the ERP's {@code invoice-receiver} endpoint refuses connections for 10 simulated hours, past the
 * platform's 8-hour retry window, so the simulator dead-letters every notification; when the
 * endpoint is back, a catch-up pass hands every invoice to the handler exactly once, its bytes
 * matching the hash the simulator minted. Then two ERP instances sharing one ledger (PostgreSQL, and
 * H2), each with its own receiver, race: the dead letters are requeued to both while both run
 * catch-up passes at once; still exactly once. Over loopback, on the sandbox's manual clock.
 */
class PurchaseOutageTest {
    private static final String BUYER_NIP = "9520316783";
    private static final int INVOICES = 1000;
    private static final long SEED = 20_310_314L;
    private static final Duration OUTAGE = Duration.ofHours(10);
    /** The invoices arrive in batches over the outage's first hours (many share one second). */
    private static final int BATCHES = 10;
    private static final Duration BETWEEN_BATCHES = Duration.ofMinutes(12);
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final String PATH = "/erp/purchase-invoices";
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);
    /**
     * The races' retry grid: the platform's 8-hour window, tried every 4 hours. The first test runs
     * the platform's own 15-minute grid (33 attempts a notification); the races are about what
     * happens after the window, and the coarser grid spares them 60,000 signed attempts.
     */
    private static final RetrySchedule RACE_SCHEDULE = RetrySchedule.fixedInterval(Duration.ofHours(4))
            .until(Duration.ofHours(8));

    private static List<byte[]> documents;

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final Map<String, List<PurchaseInvoice>> calls = new ConcurrentHashMap<>();
    private final Map<String, String> minted = new LinkedHashMap<>();
    private final List<Instance> instances = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean down;
    private AcubeSandbox sandbox;
    private LegalEntity buyer;

    @BeforeAll
    static void generate() {
        documents = supplierInvoices(INVOICES, SEED);
    }

    /** {@code n} FA(3) invoices from testkit's arbitraries (seed {@code seed}), addressed to {@link #BUYER_NIP}. */
    static List<byte[]> supplierInvoices(int n, long seed) {
        List<byte[]> out = new ArrayList<>();
        // Arbitraries outside a property run in a jqwik session (jqwik's own engine stays out of these tests).
        JqwikSession.run(Long.toString(seed), () -> {
            RandomGenerator<GeneratedInvoice> generator = Fa3Arbitraries.generated(ItFixtures.START).generator(1000);
            Random random = new Random(seed);
            while (out.size() < n) {
                GeneratedInvoice invoice = generator.next(random).value();
                InvoicePlan.Identity buyerId = invoice.plan().buyer().id();
                if (buyerId.kind() != InvoicePlan.IdKind.NIP) {
                    continue; // a buyer without a Polish NIP (an EU VAT number, none): KSeF routes by NIP
                }
                out.add(withBuyerNip(invoice.xml(), buyerId.value()));
            }
        });
        return out;
    }

    /** The FA(3) XML with {@code Podmiot2}'s NIP (which is {@code generated}) replaced by {@link #BUYER_NIP}. */
    private static byte[] withBuyerNip(byte[] xml, String generated) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int buyer = text.indexOf("<Podmiot2>");
        int open = text.indexOf("<NIP>", buyer);
        int close = text.indexOf("</NIP>", open);
        assertTrue(buyer >= 0 && open > buyer && close > open, "no Podmiot2 NIP in the generated invoice");
        assertEquals(generated, text.substring(open + "<NIP>".length(), close), "Podmiot2's NIP is the plan's");
        return (text.substring(0, open + "<NIP>".length()) + BUYER_NIP + text.substring(close))
                .getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        instances.forEach(Instance::close);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void startSandbox(RetrySchedule schedule) {
        // While the ERP is down its endpoints refuse connections: the platform's sender fails at once,
        // as it would against a closed port (33 attempts a notification over 8 h, without 33,000 real
        // connection attempts); from the recovery on, every notification goes over loopback.
        WebhookSender loopback = WebhookSender.loopbackOnly(WebhookSender.httpClient());
        WebhookSender sender = request -> {
            if (down) {
                refused.incrementAndGet();
                throw new ConnectException("Connection refused: the ERP is down");
            }
            return loopback.send(request);
        };
        sandbox = AcubeSandbox.builder().clock(clock).user(ItFixtures.EMAIL, ItFixtures.PASSWORD).webhookStore(outbox)
                .webhookSender(sender).webhookSchedule(schedule).build().start();
        buyer = ItFixtures.register(ItFixtures.client(sandbox, new RecordingSleeper()).build(), BUYER_NIP);
    }

    /** One ERP instance: its own client, receiver on loopback (refused while {@link #down}), dispatcher and feed. */
    private final class Instance implements AutoCloseable {
        final PurchaseInvoiceFeed feed;
        final LoopbackServer endpoint;

        Instance(String owner, PurchaseLedger ledger) {
            AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
            feed = PurchaseInvoiceFeed.builder().client(client).ledger(ledger).clock(clock.asClock()).owner(owner)
                    .handler(invoice -> calls.computeIfAbsent(invoice.invoiceUuid(), k -> new CopyOnWriteArrayList<>())
                            .add(invoice))
                    .build();
            endpoint = LoopbackServer.start("it-erp-" + owner);
            WebhookReceiver receiver = WebhookReceiver.builder()
                    .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey()))
                            .clock(clock.asClock()).build())
                    .dispatcher(WebhookDispatcher.builder().clock(clock.asClock())
                            .on(WebhookType.INVOICE_RECEIVER, feed.webhookHandler())
                            .inline(IdempotencyStore.inMemory()).build())
                    .endpoint(WebhookEndpoint.of(WebhookType.INVOICE_RECEIVER, endpoint.url(PATH)))
                    .build();
            endpoint.handle(receiver.httpHandler());
            client.webhooks().create(buyer.uuid(), WebhookType.INVOICE_RECEIVER, URI.create(endpoint.url(PATH)));
            instances.add(this);
        }

        @Override
        public void close() {
            endpoint.close();
        }
    }

    /**
     * The outage: the endpoints refuse connections while the invoices arrive in batches and the clock moves
     * in 15-minute steps to 10 hours, every attempt of the delivery queue made on the way.
     */
    private void outage() {
        down = true;
        int perBatch = INVOICES / BATCHES;
        for (int b = 0; b < BATCHES; b++) {
            for (byte[] xml : documents.subList(b * perBatch, (b + 1) * perBatch)) {
                SandboxInvoice arrived = sandbox.receiveFromSupplier(xml).get(0);
                minted.put(arrived.uuid(), arrived.invoiceHash());
            }
            clock.advance(BETWEEN_BATCHES);
        }
        while (clock.instant().isBefore(ItFixtures.START.plus(OUTAGE))) {
            clock.advance(STEP);
        }
        assertEquals(INVOICES, minted.size());
        List<Delivery> dead = outbox.list(Delivery.State.DEAD, 10 * INVOICES);
        assertEquals(refused.get(), dead.stream().mapToInt(Delivery::attempts).sum(), "every attempt refused");
        int attempts = sandbox.deliveries().schedule().maxAttempts();
        assertTrue(dead.stream().allMatch(d -> d.attempts() == attempts), () -> "each tried " + attempts
                + " times in the 8-hour window (" + sandbox.deliveries().schedule() + ")");
        down = false;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every invoice handed to the handler exactly once, with the bytes whose SHA-256 is the hash the simulator minted. */
    private void assertEachHandledOnceVerified() throws Exception {
        Map<String, Integer> notOnce = calls.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        assertEquals(Map.of(), notOnce, "invoices handled more than once");
        assertEquals(minted.keySet(), calls.keySet(), "every invoice, and nothing else");
        for (Map.Entry<String, String> e : minted.entrySet()) {
            PurchaseInvoice got = calls.get(e.getKey()).get(0);
            assertEquals(e.getValue(), got.hash(), e.getKey());
            assertEquals(e.getValue(), sha256(got.download().xml()), e.getKey());
        }
    }

    private long via(PurchaseInvoice.Source source) {
        return calls.values().stream().flatMap(List::stream).filter(i -> i.source() == source).count();
    }

    private void report(String what, int deadLettered, long millis) {
        long handledTotal = calls.values().stream().mapToLong(List::size).sum();
        System.out.println("PurchaseOutageTest " + what + ": invoices=" + minted.size() + ", dead-lettered="
                + deadLettered + ", handled via webhook=" + via(PurchaseInvoice.Source.WEBHOOK) + ", via catch-up="
                + via(PurchaseInvoice.Source.CATCH_UP) + ", duplicates=" + (handledTotal - calls.size())
                + " (" + millis + " ms)");
    }

    @Test
    void aThousandInvoicesDeadLetteredByATenHourOutageAreEachHandledOnceByTheCatchUp() throws Exception {
        long t0 = System.nanoTime();
        startSandbox(RetrySchedule.standard());
        Instance erp = new Instance("erp-1", PurchaseLedger.inMemory());
        outage();

        List<Delivery> dead = outbox.list(Delivery.State.DEAD, 10 * INVOICES);
        assertEquals(INVOICES, dead.size(), "every notification dead after the 8-hour window");
        assertEquals(List.of(), outbox.list(Delivery.State.PENDING, 10));
        assertEquals(Map.of(), calls, "nothing handled while the endpoint was down");

        CatchUp pass = erp.feed.catchUp();

        assertEquals(INVOICES, pass.listed());
        assertEquals(INVOICES, pass.handled());
        assertEquals(List.of(), pass.failures());
        assertEquals(Optional.empty(), pass.checkpointBefore());
        assertEquals(Optional.of(lastCreatedAt()), pass.checkpointAfter());
        assertEachHandledOnceVerified();
        assertEquals(INVOICES, via(PurchaseInvoice.Source.CATCH_UP));

        // Nothing more comes: the dead letters stay dead, and the next pass finds everything handled.
        clock.advance(Duration.ofHours(1));
        CatchUp next = erp.feed.catchUp();
        assertEquals(0, next.handled());
        assertEachHandledOnceVerified();
        report("one instance", dead.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    private Instant lastCreatedAt() {
        return sandbox.store().invoices().stream().map(SandboxInvoice::createdAt).max(Instant::compareTo)
                .orElseThrow();
    }

    @Test
    void twoInstancesSharingOnePostgresLedgerRacingWebhooksAndCatchUpsHandleEachInvoiceOnce() throws Exception {
        DataSource ds = ItDatabases.postgres();
        String prefix = ItDatabases.uniquePrefix();
        // Each instance has its own pool, as two processes would.
        try (PooledDataSource poolA = new PooledDataSource(ds, 8); PooledDataSource poolB = new PooledDataSource(ds, 8)) {
            race("PostgreSQL", new JdbcPurchaseLedger(poolA, prefix).initialize(),
                    new JdbcPurchaseLedger(poolB, prefix).initialize());
        } finally {
            ItDatabases.drop(ds, prefix);
        }
    }

    @Test
    void twoInstancesSharingOneH2LedgerRacingWebhooksAndCatchUpsHandleEachInvoiceOnce() throws Exception {
        DataSource ds = ItDatabases.h2();
        try {
            race("H2", new JdbcPurchaseLedger(ds, "erp_").initialize(), new JdbcPurchaseLedger(ds, "erp_").initialize());
        } finally {
            ItDatabases.shutdownH2(ds);
        }
    }

    private void race(String database, PurchaseLedger ledgerA, PurchaseLedger ledgerB) throws Exception {
        long t0 = System.nanoTime();
        startSandbox(RACE_SCHEDULE);
        Instance a = new Instance("erp-a", ledgerA);
        Instance b = new Instance("erp-b", ledgerB);
        outage();
        List<Delivery> dead = outbox.list(Delivery.State.DEAD, 10 * INVOICES);
        assertEquals(2 * INVOICES, dead.size(), "each notification to each endpoint dead after the 8-hour window");
        for (Delivery d : dead) {
            assertTrue(sandbox.deliveries().requeue(d.id()), d::toString);
        }

        List<CatchUp> passes = assertTimeoutPreemptively(HANG_GUARD, () -> {
            CyclicBarrier start = new CyclicBarrier(4);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> webhooks = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    webhooks.add(pool.submit(() -> {
                        start.await();
                        while (sandbox.deliveries().runDue() > 0) {
                            // until nothing is due: every requeued notification attempted
                        }
                        return null;
                    }));
                }
                Future<CatchUp> passA = pool.submit(() -> {
                    start.await();
                    return a.feed.catchUp();
                });
                Future<CatchUp> passB = pool.submit(() -> {
                    start.await();
                    return b.feed.catchUp();
                });
                for (Future<?> f : webhooks) {
                    f.get();
                }
                return List.of(passA.get(), passB.get());
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        });

        assertEachHandledOnceVerified();
        for (CatchUp pass : passes) {
            assertEquals(List.of(), pass.failures(), pass::toString);
            assertEquals(INVOICES, pass.listed(), pass::toString);
        }
        assertEquals(INVOICES, passes.get(0).handled() + passes.get(1).handled() + via(PurchaseInvoice.Source.WEBHOOK));
        assertEquals(2 * INVOICES, outbox.list(Delivery.State.DELIVERED, 10 * INVOICES).size(),
                "every requeued notification answered 200 (handled, or already handled / in progress elsewhere)");
        assertEquals(List.of(), outbox.list(Delivery.State.DEAD, 10));

        CatchUp after = a.feed.catchUp();
        assertEquals(INVOICES, after.alreadyHandled());
        assertEquals(Optional.of(lastCreatedAt()), after.checkpointAfter());
        report("two instances on " + database, dead.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }
}
