package io.github.acubepl.webhook.sending;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.Fixtures;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.MutableClock;
import io.github.acubepl.webhook.VerifiedSignature;
import io.github.acubepl.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The delivery queue and the schedule cases of docs/webhooks.md §8, with a hand-moved clock and fake senders. */
class DeliveryQueueTest {
    private static final Instant T0 = Instant.parse("2031-03-14T09:26:53Z");
    private static final String URL = "https://hooks.example.com/acube/webhooks/invoice-sender";

    private final MutableClock clock = new MutableClock(T0);
    private final List<WebhookSender.Request> sent = new CopyOnWriteArrayList<>();
    private final List<Long> minutes = new CopyOnWriteArrayList<>();
    private final List<Delivery> dead = new CopyOnWriteArrayList<>();
    private final DeliveryStore store = DeliveryStore.inMemory();

    /** A queue whose sender answers {@code answer(n)} to attempt n (from 1); a negative answer throws. */
    private DeliveryQueue queue(IntFunction<Integer> answer) {
        return DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock))
                .deadLetterListener(dead::add)
                .sender(request -> {
                    sent.add(request);
                    minutes.add(Duration.between(T0, clock.instant()).toMinutes());
                    int status = answer.apply(sent.size());
                    if (status == -1) {
                        throw new HttpTimeoutException("request timed out");
                    }
                    if (status == -2) {
                        throw new java.net.ConnectException("Connection refused");
                    }
                    return status;
                }).build();
    }

    /** Runs the queue once a minute from minute {@code from} to {@code to}, inclusive. */
    private void runMinutes(DeliveryQueue queue, long from, long to) {
        for (long m = from; m <= to; m++) {
            clock.set(T0.plus(Duration.ofMinutes(m)));
            queue.runDue();
        }
    }

    @Test
    void always500Gives33AttemptsFrom0To480ThenDeadAndNothingAfter() {
        DeliveryQueue queue = queue(n -> 500);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 24 * 60);
        List<Long> expected = new ArrayList<>();
        for (long m = 0; m <= 480; m += 15) {
            expected.add(m);
        }
        assertEquals(33, expected.size());
        assertEquals(expected, minutes);
        Delivery d = queue.find(id).orElseThrow();
        assertEquals(Delivery.State.DEAD, d.state());
        assertEquals(33, d.attempts());
        assertEquals(500, d.lastStatus());
        assertEquals(T0.plus(Duration.ofMinutes(480)), d.completedAt());
        assertEquals(List.of(id), queue.deadLetters(10).stream().map(Delivery::id).toList());
        assertEquals(1, dead.size(), "the listener fires once");
        assertEquals(id, dead.get(0).id());
    }

    @Test
    void successOnTheFifthAttemptIsDeliveredAtMinute60() {
        DeliveryQueue queue = queue(n -> n == 5 ? 200 : 500);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 600);
        assertEquals(List.of(0L, 15L, 30L, 45L, 60L), minutes);
        Delivery d = queue.find(id).orElseThrow();
        assertEquals(Delivery.State.DELIVERED, d.state());
        assertEquals(T0.plus(Duration.ofMinutes(60)), d.completedAt());
        assertEquals(5, d.attempts());
        assertTrue(dead.isEmpty());
    }

    @Test
    void status204EveryTimeIsAFailure() {
        DeliveryQueue queue = queue(n -> 204);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 600);
        assertEquals(33, minutes.size());
        assertEquals(Delivery.State.DEAD, queue.find(id).orElseThrow().state());
    }

    @Test
    void onlyExactly200Succeeds() {
        for (int status : new int[] {201, 202, 204, 301, 302, 307, 400, 404, 500, 503}) {
            sent.clear();
            DeliveryQueue queue = queue(n -> status);
            String id = queue.enqueue(URL, Fixtures.HELLO);
            clock.set(T0);
            queue.runDue();
            Delivery d = queue.find(id).orElseThrow();
            assertEquals(Delivery.State.PENDING, d.state(), "status " + status);
            assertEquals(status, d.lastStatus());
        }
    }

    @Test
    void timeoutsAndConnectionErrorsAreFailures() {
        DeliveryQueue queue = queue(n -> n == 1 ? -1 : n == 2 ? -2 : 200);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 0);
        assertEquals("HttpTimeoutException", queue.find(id).orElseThrow().lastError());
        runMinutes(queue, 1, 15);
        assertEquals("ConnectException", queue.find(id).orElseThrow().lastError());
        runMinutes(queue, 16, 30);
        assertEquals(Delivery.State.DELIVERED, queue.find(id).orElseThrow().state());
        assertEquals(List.of(0L, 15L, 30L), minutes);
    }

    @Test
    void aDispatcherPausedFromMinute20To100RunsOnceOnResumeThenOnTheGrid() {
        DeliveryQueue queue = queue(n -> 500);
        queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 20);
        runMinutes(queue, 100, 24 * 60);
        List<Long> expected = new ArrayList<>(List.of(0L, 15L, 100L));
        for (long m = 105; m <= 480; m += 15) {
            expected.add(m);
        }
        assertEquals(expected, minutes);
        assertTrue(minutes.size() < 33);
    }

    @Test
    void everyAttemptIsFreshlySignedWithTheSameIdAndBody() {
        DeliveryQueue queue = queue(n -> n == 3 ? 200 : 503);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 60);
        assertEquals(3, sent.size());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            WebhookSender.Request r = sent.get(i);
            assertEquals(id, r.deliveryId());
            assertEquals(i + 1, r.attempt());
            assertEquals(URL, r.url());
            assertArrayEquals(Fixtures.HELLO, r.body());
            assertEquals(List.of("application/json"), r.headers().all("content-type"));
            assertEquals(1, r.headers().all("date").size());
            assertEquals(1, r.headers().all("signature").size());
            // verifiable when it was sent
            Instant sentAt = T0.plus(Duration.ofMinutes(15L * i));
            VerifiedSignature ok = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_KEY))
                    .clock(Fixtures.at(sentAt)).build().verify("POST", URL, r.headers(), r.body());
            assertEquals(sentAt, ok.created());
            assertEquals(WebhookSigner.httpDate(sentAt), r.headers().get("date").orElseThrow());
            created.add(r.headers().get("signature-input").orElseThrow());
        }
        assertEquals(3, new HashSet<>(created).size(), "a fresh created on every attempt");
        assertNotEquals(sent.get(0).headers().get("signature"), sent.get(1).headers().get("signature"));
    }

    @Test
    void aManualRequeueStartsANewWindow() {
        DeliveryQueue queue = queue(n -> n <= 33 ? 500 : 200);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        runMinutes(queue, 0, 600);
        assertEquals(Delivery.State.DEAD, queue.find(id).orElseThrow().state());
        assertFalse(queue.requeue("unknown"));
        clock.set(T0.plus(Duration.ofDays(1)));
        assertTrue(queue.requeue(id));
        assertFalse(queue.requeue(id), "no longer dead");
        queue.runDue();
        Delivery d = queue.find(id).orElseThrow();
        assertEquals(Delivery.State.DELIVERED, d.state());
        assertEquals(1, d.attempts(), "attempts count per window");
        assertEquals(T0.plus(Duration.ofDays(1)), d.windowStart());
        assertTrue(queue.deadLetters(10).isEmpty());
    }

    @Test
    void aCrashDuringAnAttemptMakesTheDeliveryDueAgainAfterTheLease() {
        DeliveryQueue queue = queue(n -> 200);
        String id = queue.enqueue(URL, Fixtures.HELLO);
        // a dispatcher claims the delivery and dies before recording the outcome
        store.claimDue(T0, Duration.ofMinutes(2), 10);
        runMinutes(queue, 0, 1);
        assertTrue(sent.isEmpty(), "leased to the crashed dispatcher");
        runMinutes(queue, 2, 2);
        assertEquals(1, sent.size());
        Delivery d = queue.find(id).orElseThrow();
        assertEquals(Delivery.State.DELIVERED, d.state());
        assertEquals(2, d.attempts(), "the crashed attempt counts");
    }

    @Test
    void aFailingListenerDoesNotBreakTheQueue() {
        DeliveryQueue queue = DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock))
                .schedule(RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ZERO))
                .deadLetterListener(d -> {
                    throw new IllegalStateException("listener bug");
                })
                .sender(r -> 500).build();
        String id = queue.enqueue(URL, Fixtures.HELLO);
        assertEquals(1, queue.runDue());
        assertEquals(Delivery.State.DEAD, queue.find(id).orElseThrow().state());
    }

    @Test
    void aThrowingSenderIsAFailureNotACrash() {
        DeliveryQueue queue = DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock))
                .sender(r -> {
                    throw new IOException("broken pipe");
                }).build();
        String id = queue.enqueue(URL, Fixtures.HELLO);
        queue.runDue();
        assertEquals("IOException", queue.find(id).orElseThrow().lastError());
    }

    @Test
    void buildAndEnqueueValidate() {
        assertThrows(IllegalStateException.class, () -> DeliveryQueue.builder().signer(Fixtures.signer(clock)).build());
        assertThrows(IllegalStateException.class, () -> DeliveryQueue.builder().sender(r -> 200).build());
        assertThrows(IllegalStateException.class,
                () -> DeliveryQueue.builder().sender(r -> 200).signer(Fixtures.signer(clock)).lease(Duration.ZERO).build());
        DeliveryQueue queue = queue(n -> 200);
        assertThrows(IllegalArgumentException.class, () -> queue.enqueue("not a url", Fixtures.HELLO));
        DeliveryQueue fixedIds = DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock))
                .sender(r -> 200).idGenerator(() -> "same").build();
        fixedIds.enqueue(URL, Fixtures.HELLO);
        assertThrows(IllegalStateException.class, () -> fixedIds.enqueue(URL, Fixtures.HELLO));
    }
}
