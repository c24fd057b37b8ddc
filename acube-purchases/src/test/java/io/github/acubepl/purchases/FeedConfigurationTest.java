package io.github.acubepl.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.WebhookEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The feed's configuration and the events it refuses before any network call (its behaviour
 * against a real peer is tested in acube-it, which has the simulator): hostile names, durations and
 * events fail clearly, naming what is wrong; a scheduled catch-up that fails never stops the schedule.
 */
class FeedConfigurationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    /** Nothing listens on port 9 (discard); no test here reaches the network. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private static AcubeClient client() {
        return AcubeClient.builder().environment(Environment.custom(NOWHERE, NOWHERE))
                .credentials(Credentials.of("user@example.com", "not-a-real-password")).clock(CLOCK).build();
    }

    private static PurchaseInvoiceFeed.Builder builder() {
        return PurchaseInvoiceFeed.builder().client(client()).ledger(PurchaseLedger.inMemory()).handler(i -> { })
                .clock(CLOCK);
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void hostileNamesOwnersAndDurationsAreRefusedNamingTheParameter() {
        assertMessage("name is blank", () -> builder().name(" "));
        assertMessage("name is missing", () -> builder().name(null));
        assertMessage("name contains a control character: 'a\\nb'", () -> builder().name("a\nb"));
        assertMessage("name is longer than 200 characters", () -> builder().name("n".repeat(201)));
        assertMessage("owner is blank", () -> builder().owner(""));
        assertMessage("lease must be positive", () -> builder().lease(Duration.ZERO));
        assertMessage("lease must be positive", () -> builder().lease(Duration.ofMinutes(-1)));
        assertMessage("overlap must be positive", () -> builder().overlap(Duration.ofSeconds(-1)));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            assertMessage("every must be positive", () -> builder().build().start(scheduler, Duration.ZERO));
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aFeedWithoutClientLedgerOrHandlerIsRefusedAtBuildSayingWhatIsMissing() {
        IllegalStateException noClient = assertThrows(IllegalStateException.class,
                () -> PurchaseInvoiceFeed.builder().ledger(PurchaseLedger.inMemory()).handler(i -> { }).build());
        assertTrue(noClient.getMessage().contains("needs a client"), noClient::getMessage);
        IllegalStateException noLedger = assertThrows(IllegalStateException.class,
                () -> PurchaseInvoiceFeed.builder().client(client()).handler(i -> { }).build());
        assertTrue(noLedger.getMessage().contains("needs a ledger"), noLedger::getMessage);
        IllegalStateException noHandler = assertThrows(IllegalStateException.class,
                () -> PurchaseInvoiceFeed.builder().client(client()).ledger(PurchaseLedger.inMemory()).build());
        assertTrue(noHandler.getMessage().contains("needs a handler"), noHandler::getMessage);
    }

    @Test
    void theFeedsToStringShowsItsNameAndOwnerButNoCredential() {
        String text = builder().name("acme").owner("erp-1").build().toString();
        assertEquals("PurchaseInvoiceFeed[name=acme, owner=erp-1, ledger=PurchaseLedger.inMemory()]", text);
        assertFalse(text.contains("not-a-real-password"));
    }

    private static InvoiceEvent event(String json, String type) {
        return (InvoiceEvent) WebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void aReceivedInvoiceEventWithABlankOrHostileUuidIsAClearErrorAndClaimsNothing() {
        PurchaseLedger ledger = PurchaseLedger.inMemory();
        PurchaseInvoiceFeed feed = builder().ledger(ledger).build();
        PurchaseException blank = assertThrows(PurchaseException.class, () -> feed.accept(event(
                "{\"invoiceUuid\":\"\",\"status\":\"valid\",\"webhookType\":\"invoice-receiver\"}", "invoice-receiver")));
        assertTrue(blank.getMessage().startsWith("an invoice-receiver event names no invoice (its invoiceUuid is absent)"),
                blank::getMessage);
        PurchaseException spaces = assertThrows(PurchaseException.class, () -> feed.accept(event(
                "{\"invoiceUuid\":\"   \",\"webhookType\":\"invoice-receiver\"}", "invoice-receiver")));
        assertTrue(spaces.getMessage().contains("its invoiceUuid is blank"), spaces::getMessage);
        PurchaseException control = assertThrows(PurchaseException.class, () -> feed.accept(event(
                "{\"invoiceUuid\":\"abc\\u001b[2Jdef\",\"webhookType\":\"invoice-receiver\"}", "invoice-receiver")));
        assertTrue(control.getMessage().startsWith("the webhook's invoiceUuid contains a control character: "
                + "'abc\\u001b[2Jdef'"), control::getMessage);
        assertEquals(Optional.empty(), ledger.find("abc"));
    }

    @Test
    void anEventThatIsNotAReceivedInvoiceIsIgnored() throws Exception {
        PurchaseInvoiceFeed feed = builder().build();
        InvoiceEvent sender = event("{\"invoiceUuid\":\"u-1\",\"status\":\"valid\",\"webhookType\":\"invoice-sender\"}",
                "invoice-sender");
        assertEquals(PurchaseInvoiceFeed.Outcome.NOT_A_RECEIVED_INVOICE, feed.accept(sender));
        feed.webhookHandler().handle(sender);
        feed.webhookHandler().handle(WebhookEvent.parse("{\"legalEntityUuid\":\"le\"}".getBytes(StandardCharsets.UTF_8),
                "onboarding-activated"));
    }

    @Test
    void aScheduledCatchUpThatFailsIsLoggedAndTheScheduleGoesOnEvenAfterAnError() throws Exception {
        CountDownLatch tries = new CountDownLatch(4);
        PurchaseLedger down = new PurchaseLedger() {
            @Override
            public Optional<Instant> checkpoint(String feed) {
                tries.countDown();
                if (tries.getCount() % 2 == 0) {
                    throw new AssertionError("an Error, as a handler's failed assertion would raise");
                }
                throw new PurchaseLedgerException("purchase ledger: checkpoint failed (SQLState 08001)", null);
            }

            @Override
            public boolean advanceCheckpoint(String feed, Instant to) {
                throw new AssertionError("not reached");
            }

            @Override
            public Claim claim(String invoiceUuid, String owner, Instant now, Duration lease) {
                throw new AssertionError("not reached");
            }

            @Override
            public boolean complete(String invoiceUuid, String owner, Instant now) {
                throw new AssertionError("not reached");
            }

            @Override
            public void release(String invoiceUuid, String owner, Instant now, String error) {
                throw new AssertionError("not reached");
            }

            @Override
            public Set<String> handled(Collection<String> invoiceUuids) {
                throw new AssertionError("not reached");
            }

            @Override
            public Optional<Receipt> find(String invoiceUuid) {
                return Optional.empty();
            }
        };
        PurchaseInvoiceFeed feed = builder().ledger(down).build();
        assertThrows(PurchaseLedgerException.class, feed::catchUp, "a direct call throws");
        assertThrows(AssertionError.class, feed::catchUp, "and so does an Error");
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<?> schedule = feed.start(scheduler, Duration.ofMillis(1));
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tries.await());
            assertFalse(schedule.isDone(), "a failed pass does not end the schedule");
            schedule.cancel(false);
        } finally {
            scheduler.shutdownNow();
            assertTrue(scheduler.awaitTermination(60, TimeUnit.SECONDS));
        }
    }
}
