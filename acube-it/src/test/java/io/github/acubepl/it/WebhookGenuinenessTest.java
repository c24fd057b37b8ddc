package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.it.Front.Passage;
import io.github.acubepl.it.Front.Reply;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.JournalEntry;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.webhook.FetchedKeyResolver;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerificationException.Reason;
import io.github.acubepl.webhook.WebhookVerificationException;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Genuineness across the wire. The receiver fetches the platform's public key over loopback from
 * the simulator's {@code GET /signature-public-key} (once, for every notification), and a front
 * proxy that alters a notification in transit gets it refused with 401: once with the body changed
 * under the original {@code Content-Digest}, once with the digest recomputed to match (the
 * signature then fails). The platform retries; the next, unaltered attempt is handled, once, and
 * the forged content never reaches a handler.
 */
class WebhookGenuinenessTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final Handled handled = new Handled();
    /** The requests the front altered, as the receiver got them. */
    private final List<Tampered> tampered = new CopyOnWriteArrayList<>();
    private AcubeSandbox sandbox;
    private LoopbackServer backend;
    private Front front;

    /** How the front forged a notification. */
    private enum Forgery {
        /** The body changed, the headers as signed: the digest no longer matches. */
        BODY_ONLY,
        /** The body changed and {@code Content-Digest} recomputed: the signature no longer matches. */
        DIGEST_RECOMPUTED
    }

    /** A forged request as the receiver got it, and when. */
    private record Tampered(Forgery forgery, WebhookHeaders headers, byte[] body, Instant at) {
    }

    @BeforeEach
    void start() {
        sandbox = ItWebhooks.sandbox(clock, outbox);
        backend = LoopbackServer.start("it-receiver");
        front = new Front(clock, attempt -> {
            String text = new String(attempt.body, StandardCharsets.UTF_8);
            if (!attempt.firstSighting() || !text.contains("\"status\":\"processing\"")) {
                return attempt.forward(backend.base()).status();
            }
            // A forger in the middle: "processing" becomes "valid" (accepted by KSeF) on the first attempt.
            byte[] forged = text.replace("\"processing\"", "\"valid\"").getBytes(StandardCharsets.UTF_8);
            boolean recomputeDigest = tampered.size() % 2 == 1;
            WebhookHeaders headers = recomputeDigest
                    ? attempt.headers.toBuilder().set("content-digest", ItWebhooks.contentDigest(forged)).build()
                    : attempt.headers;
            tampered.add(new Tampered(recomputeDigest ? Forgery.DIGEST_RECOMPUTED : Forgery.BODY_ONLY,
                    headers, forged, attempt.at));
            return attempt.forward(backend.base(), headers, forged).status();
        });
        FetchedKeyResolver keys = FetchedKeyResolver.builder()
                .url(sandbox.baseUri().resolve("/signature-public-key"))
                .clock(clock.asClock())
                .build();
        WebhookReceiver receiver = ItWebhooks.receiver(
                WebhookVerifier.builder().keyResolver(keys).clock(clock.asClock()).build(),
                ItWebhooks.dispatcher(clock, handled.by("receiver")).inline(IdempotencyStore.inMemory()).build(),
                front.base());
        backend.handle(receiver.httpHandler());
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (front != null) {
            front.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void theKeyIsFetchedOnceAndAnAlteredNotificationIsRefusedThenHandledOnItsRetry() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        String le = ItFixtures.register(client, ItFixtures.SELLER_NIP).uuid();
        ItWebhooks.subscribe(client, le, front.base());
        ItWebhooks.onboard(client, le);
        List<String> invoices = ItWebhooks.sendInvoices(client, "FV/IT/WG", 3);
        assertEquals(0, sandbox.journal().count("GET", "/signature-public-key"), "nothing fetched before a webhook came");

        clock.advance(Duration.ofHours(1));

        handled.assertExactlyOnce(ItWebhooks.expectedKeys(invoices, le));
        for (Handled.Call call : handled.calls()) {
            if (call.event() instanceof InvoiceEvent e && InvoiceStatus.VALID.equals(e.status())) {
                assertTrue(e.isAcceptedByKsef(), "only the genuine valid notification, with its KSeF number: " + e);
            }
        }

        // One key fetch over loopback served ten notifications and the refusals.
        List<JournalEntry> fetches = sandbox.journal().entries("GET", "/signature-public-key");
        assertEquals(1, fetches.size(), fetches::toString);
        assertEquals(200, fetches.get(0).status());

        // Three forgeries, one per invoice's "processing" notification, each refused with 401 for its own reason.
        assertEquals(List.of(Forgery.BODY_ONLY, Forgery.DIGEST_RECOMPUTED, Forgery.BODY_ONLY),
                tampered.stream().map(Tampered::forgery).toList());
        for (Tampered t : tampered) {
            WebhookVerifier then = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey()))
                    .clock(Clock.fixed(t.at(), ZoneOffset.UTC)).build();
            WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                    () -> then.verify("POST", front.base() + ItWebhooks.INVOICE_PATH, t.headers(), t.body()));
            assertEquals(t.forgery() == Forgery.BODY_ONLY ? Reason.DIGEST_MISMATCH : Reason.BAD_SIGNATURE, e.reason());
        }
        List<Passage> refused = new ArrayList<>();
        for (Passage p : front.passages()) {
            Reply only = p.replies().get(0);
            assertEquals(1, p.replies().size());
            assertEquals(p.answered(), only.status());
            if (only.altered()) {
                assertEquals(401, only.status(), p::toString);
                assertEquals("unauthorized", only.body());
                refused.add(p);
            } else {
                assertEquals(200, only.status(), p::toString);
            }
        }
        assertEquals(3, refused.size());
        for (Passage p : refused) {
            List<Passage> same = front.passages().stream().filter(q -> q.bodySha256().equals(p.bodySha256())).toList();
            assertEquals(2, same.size(), "the refused attempt and its retry");
            assertEquals(p.at().plus(Duration.ofMinutes(15)), same.get(1).at(), "retried at the next slot");
            assertEquals(List.of(200), same.get(1).replies().stream().map(Reply::status).toList());
            assertEquals("ok", same.get(1).replies().get(0).body(), "handled, not a duplicate");
        }
        assertEquals(List.of(), front.errors());

        // The outbox agrees: the forged-upon deliveries took 2 attempts, the others 1.
        ItWebhooks.assertOutboxSettled(outbox, 10);
        for (Delivery d : outbox.list(Delivery.State.DELIVERED, 100)) {
            boolean forgedUpon = new String(d.body(), StandardCharsets.UTF_8).contains("\"status\":\"processing\"");
            assertEquals(forgedUpon ? 2 : 1, d.attempts(), d::toString);
            assertEquals(d.windowStart().plus(Duration.ofMinutes(forgedUpon ? 15 : 0)), d.completedAt(), d::toString);
        }
        assertEquals(Set.of("receiver"), handled.instances());
        assertEquals(1, sandbox.journal().count("GET", "/signature-public-key"), "still one fetch");
    }
}
