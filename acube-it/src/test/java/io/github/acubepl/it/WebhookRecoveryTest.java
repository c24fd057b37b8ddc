package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.it.Attempts.Attempt;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.OnboardingEvent;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that is down for two hours loses nothing: the simulator's notifications (three invoices
 * through {@code in_queue}, {@code processing} and {@code valid}, and the onboarding of the seller)
 * are answered 503 at 0, 15, …, 105 minutes, and each is handled exactly once, verified, at the
 * first 15-minute slot of its own schedule at or after the recovery; the outbox shows 9 attempts
 * per delivery and nothing pending, dead or handled twice.
 */
class WebhookRecoveryTest {
    private static final Duration OUTAGE = Duration.ofHours(2);
    private static final Instant RECOVERS = ItFixtures.START.plus(OUTAGE);

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final Handled handled = new Handled();
    private final Attempts attempts = new Attempts(clock);
    private AcubeSandbox sandbox;
    private LoopbackServer endpoint;
    private String le;
    private List<String> invoices;
    private Set<String> expected;

    @BeforeEach
    void start() {
        sandbox = ItWebhooks.sandbox(clock, outbox);
        endpoint = LoopbackServer.start("it-receiver");
        WebhookReceiver receiver = ItWebhooks.receiver(
                WebhookVerifier.builder().keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey()))
                        .clock(clock.asClock()).build(),
                ItWebhooks.dispatcher(clock, handled.by("receiver")).inline(IdempotencyStore.inMemory()).build(),
                endpoint.base());
        endpoint.handle(attempts.recording(receiver.httpHandler(), now -> now.isBefore(RECOVERS) ? 503 : null));

        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        le = ItFixtures.register(client, ItFixtures.SELLER_NIP).uuid();
        ItWebhooks.subscribe(client, le, endpoint.base());
        ItWebhooks.onboard(client, le);
        invoices = ItWebhooks.sendInvoices(client, "FV/IT/WR", 3);
        expected = ItWebhooks.expectedKeys(invoices, le);
        assertEquals(10, expected.size());
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void oneAdvancePastTheOutageDeliversEveryNotificationExactlyOnce() {
        clock.advance(Duration.ofHours(3));
        assertRecovered();
    }

    @Test
    void steppingThroughTheOutageHandlesNothingUntilTheFirstSlotAfterIt() {
        clock.advance(OUTAGE.minusMinutes(1));
        assertEquals(Map.of(), handled.counts(), "nothing is handled while the endpoint answers 503");
        assertEquals(80, attempts.all().size(), "10 notifications at 0, 15, ..., 105 minutes");
        assertTrue(attempts.all().stream().allMatch(a -> a.status() == 503), () -> attempts.all().toString());
        assertEquals(10, outbox.list(Delivery.State.PENDING, 100).size(), "every one still pending, none given up");

        clock.advance(Duration.ofMinutes(1)); // exactly START + 2 h: the slot of those whose window began at START
        Set<String> dueAtTwoHours = new TreeSet<>();
        dueAtTwoHours.add(ItWebhooks.onboardingKey(le));
        invoices.forEach(uuid -> dueAtTwoHours.add(ItWebhooks.invoiceKey(uuid, "in_queue")));
        assertEquals(dueAtTwoHours, handled.counts().keySet(),
                "the notifications raised at START (onboarding, in_queue) recover at exactly 2 h; the later ones 2 s and 4 s after");
        assertTrue(handled.counts().values().stream().allMatch(n -> n == 1), () -> handled.counts().toString());
        for (int minute = 0; minute < 60; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
        }
        assertRecovered();
    }

    private void assertRecovered() {
        handled.assertExactlyOnce(expected);
        for (Handled.Call call : handled.calls()) {
            if (call.event() instanceof InvoiceEvent e) {
                assertEquals(le, e.legalEntityUuid());
                assertEquals("invoice-sender", e.type().value());
                if (InvoiceStatus.VALID.equals(e.status())) {
                    SandboxInvoice stored = sandbox.store().invoice(e.invoiceUuid()).orElseThrow();
                    assertTrue(e.isAcceptedByKsef(), e::toString);
                    assertEquals(stored.ksefReferenceNumber(), e.ksefReferenceNumber());
                }
            } else if (call.event() instanceof OnboardingEvent e) {
                assertEquals(le, e.legalEntityUuid());
                assertTrue(e.activated(), e::toString);
            }
        }

        // The outbox: every delivery got its 200 at the first slot of its grid at or after 2 h, on the 9th attempt.
        ItWebhooks.assertOutboxSettled(outbox, 10);
        for (Delivery d : outbox.list(Delivery.State.DELIVERED, 100)) {
            assertEquals(9, d.attempts(), d::toString);
            assertEquals(200, d.lastStatus(), d::toString);
            Instant t0 = d.windowStart();
            assertTrue(Set.of(ItFixtures.START, ItFixtures.START.plusSeconds(2), ItFixtures.START.plusSeconds(4))
                    .contains(t0), () -> "raised at once, when processing starts (2 s) or ends (4 s): " + d);
            assertEquals(t0.plus(OUTAGE), d.completedAt(), d::toString);
        }

        // The receiver's side of the same story: per notification, 8 × 503 then one 200, on the 15-minute grid.
        Map<String, List<Attempt>> byBody = attempts.byBody();
        assertEquals(10, byBody.size());
        for (List<Attempt> tries : byBody.values()) {
            assertEquals(9, tries.size(), tries::toString);
            Instant t0 = tries.get(0).at();
            for (int n = 0; n < tries.size(); n++) {
                assertEquals(t0.plus(Duration.ofMinutes(15L * n)), tries.get(n).at(), "attempt " + n);
                assertEquals(n < 8 ? 503 : 200, tries.get(n).status(), "attempt " + n);
            }
        }

        // Nothing more comes: no attempt is left pending anywhere.
        int before = attempts.all().size();
        clock.advance(Duration.ofHours(12));
        assertEquals(before, attempts.all().size());
        assertEquals(10, handled.calls().size());
        assertEquals(0, clock.pendingSteps());
    }
}
