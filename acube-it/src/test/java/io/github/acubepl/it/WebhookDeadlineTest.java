package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.Attempts.Attempt;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that never answers 200 (a receiver configured with the wrong public key refuses every
 * attempt with 401) gets each notification exactly 33 times, every 15 minutes from its first attempt
 * up to and including the 8-hour deadline, and never again; each delivery is then a dead letter
 * listed by the sandbox with its target URL, 33 attempts and the last status, and no handler ever ran.
 */
class WebhookDeadlineTest {
    private static final Duration DEADLINE = Duration.ofHours(8);

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final Handled handled = new Handled();
    private final Attempts attempts = new Attempts(clock);
    private AcubeSandbox sandbox;
    private LoopbackServer endpoint;

    @BeforeEach
    void start() throws Exception {
        sandbox = ItWebhooks.sandbox(clock, outbox);
        endpoint = LoopbackServer.start("it-receiver");
        PublicKey wrongKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        assertNotEquals(sandbox.signaturePublicKey(), wrongKey);
        WebhookReceiver receiver = ItWebhooks.receiver(
                WebhookVerifier.builder().keyResolver(KeyResolver.pinned(wrongKey)).clock(clock.asClock()).build(),
                ItWebhooks.dispatcher(clock, handled.by("receiver")).inline(IdempotencyStore.inMemory()).build(),
                endpoint.base());
        endpoint.handle(attempts.recording(receiver.httpHandler(), now -> null));
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
    void aRefusingEndpointGets33AttemptsPerNotificationThenTheyAreDeadLetters() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        String le = ItFixtures.register(client, ItFixtures.SELLER_NIP).uuid();
        ItWebhooks.subscribe(client, le, endpoint.base());
        ItWebhooks.onboard(client, le);
        ItWebhooks.sendInvoices(client, "FV/IT/WD", 1);

        clock.advance(Duration.ofHours(24));

        // The endpoint's side: 4 notifications × 33 attempts, on each one's grid, all refused.
        Map<String, List<Attempt>> byBody = attempts.byBody();
        assertEquals(4, byBody.size(), "onboarding-activated, and in_queue, processing, valid of the invoice");
        assertEquals(4 * 33, attempts.all().size());
        for (List<Attempt> tries : byBody.values()) {
            assertEquals(33, tries.size());
            Instant t0 = tries.get(0).at();
            for (int n = 0; n < 33; n++) {
                assertEquals(t0.plus(Duration.ofMinutes(15L * n)), tries.get(n).at(), "attempt " + n);
                assertEquals(401, tries.get(n).status(), "attempt " + n);
            }
            assertEquals(t0.plus(DEADLINE), tries.get(32).at(), "the last attempt is due exactly at the deadline");
        }

        // The platform's side: every delivery is dead, listed with where it went, how often, and the last answer.
        List<Delivery> dead = sandbox.deliveries().deadLetters(100);
        assertEquals(4, dead.size(), dead::toString);
        Map<String, Long> perUrl = dead.stream()
                .collect(Collectors.groupingBy(Delivery::targetUrl, TreeMap::new, Collectors.counting()));
        assertEquals(new TreeMap<>(Map.of(endpoint.url(ItWebhooks.INVOICE_PATH), 3L,
                endpoint.url(ItWebhooks.ONBOARDING_PATH), 1L)), perUrl);
        for (Delivery d : dead) {
            assertEquals(Delivery.State.DEAD, d.state());
            assertEquals(33, d.attempts(), d::toString);
            assertEquals(401, d.lastStatus(), d::toString);
            assertEquals(d.windowStart().plus(DEADLINE), d.completedAt(), d::toString);
            assertTrue(byBody.containsKey(WebhookDispatcher.dedupKey(d.body())), "the dead letter is the body that was attempted");
        }
        assertEquals(List.of(), outbox.list(Delivery.State.DELIVERED, 100));
        assertEquals(List.of(), outbox.list(Delivery.State.PENDING, 100));
        assertEquals(0, clock.pendingSteps(), "nothing left to attempt");

        // Nothing after the deadline, however long the clock runs on.
        clock.advance(Duration.ofDays(3));
        assertEquals(4 * 33, attempts.all().size());
        assertEquals(4, sandbox.deliveries().deadLetters(100).size());
        assertEquals(List.of(), handled.calls(), "a refused notification never reaches a handler");
    }
}
