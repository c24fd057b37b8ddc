package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import static io.github.acubepl.webhook.ReceiverFixture.SENDER_URL;
import static io.github.acubepl.webhook.ReceiverFixture.UPO_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.WebhookResponse.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The receiver in durable-inbox mode (in memory here; on JDBC in {@link SharedInboxTest}). */
class InboxDispatchTest {
    private final ReceiverFixture f = new ReceiverFixture();
    private final InboxStore inbox = InboxStore.inMemory();
    private final WebhookDispatcher dispatcher = f.dispatcher().inbox(inbox).maxAttempts(3)
            .retryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10)).build();
    private final WebhookReceiver receiver = f.receiver(dispatcher);

    private WebhookResponse post(String endpoint, String url, byte[] body) {
        return receiver.receive(endpoint, "POST", f.signed(url, body), body);
    }

    @Test
    void storedAndAnsweredAtOnceThenHandledOnceByTheWorker() {
        byte[] body = ReceiverFixture.senderPayload("inv-1", "valid");
        WebhookResponse r = post("invoice-sender", SENDER_URL, body);
        assertEquals(new WebhookResponse(200, "ok", Outcome.QUEUED, null), r);
        assertTrue(f.handled.isEmpty(), "nothing runs during the request");
        InboxEntry stored = inbox.find(WebhookDispatcher.dedupKey(body)).orElseThrow();
        assertEquals("invoice-sender", stored.endpoint());
        assertEquals("invoice-sender", stored.webhookType());
        assertEquals(f.clock.instant(), stored.receivedAt());
        assertTrue(stored.headers().contains("signature"));

        assertEquals(Outcome.DUPLICATE, post("invoice-sender", SENDER_URL, body).outcome());
        assertEquals(200, post("invoice-sender", SENDER_URL, body).status());

        assertEquals(1, dispatcher.processDue());
        assertEquals(0, dispatcher.processDue());
        assertEquals(1, f.handled.size());
        assertEquals(InboxEntry.State.DONE, inbox.find(stored.key()).orElseThrow().state());
        assertEquals(Outcome.DUPLICATE, post("invoice-sender", SENDER_URL, body).outcome(), "still a duplicate when done");
    }

    @Test
    void legacyEntriesKeepTheirEndpointType() {
        post("legal-entity-invoice-upo", UPO_URL, ReceiverFixture.legacyPayload("inv-2"));
        dispatcher.processDue();
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, f.handled.get(0).type());
    }

    @Test
    void failuresAreRetriedWithDoublingBackoff() {
        f.failuresLeft = 2;
        byte[] body = ReceiverFixture.senderPayload("inv-3", "invalid");
        post("invoice-sender", SENDER_URL, body);
        String key = WebhookDispatcher.dedupKey(body);
        Instant t = f.clock.instant();

        dispatcher.processDue();
        InboxEntry afterFirst = inbox.find(key).orElseThrow();
        assertEquals(InboxEntry.State.PENDING, afterFirst.state());
        assertEquals(t.plus(Duration.ofMinutes(1)), afterFirst.nextAttemptAt());
        assertTrue(afterFirst.lastError().startsWith("java.lang.IllegalStateException: handler bug"));
        assertEquals(0, dispatcher.processDue(), "not due yet");

        f.clock.advance(Duration.ofMinutes(1));
        dispatcher.processDue();
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(2)), inbox.find(key).orElseThrow().nextAttemptAt());

        f.clock.advance(Duration.ofMinutes(2));
        dispatcher.processDue();
        InboxEntry done = inbox.find(key).orElseThrow();
        assertEquals(InboxEntry.State.DONE, done.state());
        assertEquals(3, done.attempts());
        assertEquals(1, f.handled.size());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(10), Duration.ofMinutes(10)),
                List.of(dispatcher.backoff(1), dispatcher.backoff(2), dispatcher.backoff(3), dispatcher.backoff(4),
                        dispatcher.backoff(5), dispatcher.backoff(60)));
    }

    @Test
    void aPoisonEntryEndsFailedAfterMaxAttemptsAndIsListableAndRequeueable() {
        f.failuresLeft = Integer.MAX_VALUE;
        byte[] body = ReceiverFixture.senderPayload("poison", "valid");
        post("invoice-sender", SENDER_URL, body);
        for (int i = 0; i < 10; i++) {
            dispatcher.processDue();
            f.clock.advance(Duration.ofHours(1));
        }
        List<InboxEntry> failed = inbox.list(InboxEntry.State.FAILED, 10);
        assertEquals(1, failed.size());
        assertEquals(3, failed.get(0).attempts());
        assertTrue(f.handled.isEmpty());

        f.failuresLeft = 0;
        assertTrue(inbox.requeue(failed.get(0).key(), f.clock.instant()));
        dispatcher.processDue();
        assertEquals(1, f.handled.size());
    }

    @Test
    void aCrashBetweenStoringAndProcessingLosesNothingAndRunsExactlyOnce() {
        byte[] body = ReceiverFixture.senderPayload("inv-crash", "valid");
        post("invoice-sender", SENDER_URL, body);
        // a worker claims the entry and the process dies before it finishes
        List<InboxEntry> claimedByTheDeadWorker = inbox.claimDue(f.clock.instant(), Duration.ofMinutes(5), 10);
        assertEquals(1, claimedByTheDeadWorker.size());

        // the restarted process builds a new dispatcher over the same inbox
        WebhookDispatcher restarted = f.dispatcher().inbox(inbox).lease(Duration.ofMinutes(5)).build();
        f.clock.advance(Duration.ofMinutes(4));
        assertEquals(0, restarted.processDue(), "the lease still holds");
        f.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, restarted.processDue());
        assertEquals(0, restarted.processDue());
        assertEquals(1, f.handled.size());
        InboxEntry done = inbox.find(WebhookDispatcher.dedupKey(body)).orElseThrow();
        assertEquals(InboxEntry.State.DONE, done.state());
        assertEquals(2, done.attempts());
        // the dead worker's late completion is refused
        assertTrue(!inbox.complete(done.key(), claimedByTheDeadWorker.get(0).version(), f.clock.instant()));
    }

    @Test
    void aStoreOutageAnswers503() {
        InboxStore down = (InboxStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {InboxStore.class}, (proxy, method, args) -> {
                    throw new WebhookStoreException("inbox store: " + method.getName() + " failed (SQLState 08006)", null);
                });
        WebhookReceiver r = f.receiver(f.dispatcher().inbox(down).build());
        byte[] body = ReceiverFixture.senderPayload("inv-x", "valid");
        WebhookResponse response = r.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body);
        assertEquals(503, response.status());
        assertEquals(Optional.empty(), response.failure());
    }

    @Test
    void doneEntriesArePurgedAfterTheRetention() {
        byte[] body = ReceiverFixture.senderPayload("inv-old", "valid");
        post("invoice-sender", SENDER_URL, body);
        dispatcher.processDue();
        f.clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertEquals(1, dispatcher.purgeExpired());
        assertTrue(inbox.find(WebhookDispatcher.dedupKey(body)).isEmpty());
    }

    @Test
    void theTypedEventReachesTheHandler() {
        post("invoice-sender", SENDER_URL, ReceiverFixture.senderPayload("inv-typed", "valid"));
        dispatcher.processDue();
        assertEquals("inv-typed", assertInstanceOf(InvoiceEvent.class, f.handled.get(0)).invoiceUuid());
    }
}
