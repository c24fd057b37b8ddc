package io.github.acubepl.webhook.sending;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.Concurrently;
import io.github.acubepl.webhook.Fixtures;
import io.github.acubepl.webhook.MutableClock;
import io.github.acubepl.webhook.WebhookHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryStore} must do; each implementation's test extends this. It also drives
 * a {@link DeliveryQueue} over the store through two of the schedules of docs/webhooks.md §8.
 */
abstract class DeliveryStoreContract {
    static final Instant T0 = Instant.parse("2031-03-14T09:26:53Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A new, empty store. */
    abstract DeliveryStore store() throws Exception;

    /** Another instance over the same storage, or the same instance where there is none. */
    abstract DeliveryStore sameStorage(DeliveryStore store) throws Exception;

    static Delivery delivery(String id, Instant at) {
        return Delivery.enqueued(id, "https://hooks.example.com/acube/invoice-sender",
                WebhookHeaders.of("content-type", "application/json"), Fixtures.HELLO, at);
    }

    @Test
    void addAndFindRoundTripEveryField() throws Exception {
        DeliveryStore store = store();
        Delivery d = delivery("d1", T0);
        assertTrue(store.add(d));
        assertFalse(sameStorage(store).add(delivery("d1", T0.plusSeconds(1))));
        Delivery found = store.find("d1").orElseThrow();
        assertEquals(d, found);
        assertArrayEquals(Fixtures.HELLO, found.body());
        assertNull(found.windowStart());
        assertTrue(store.find("nope").isEmpty());
    }

    @Test
    void claimSetsTheWindowStartOnceAndFencesOutcomes() throws Exception {
        DeliveryStore store = store();
        store.add(delivery("d", T0));
        Delivery first = store.claimDue(T0.plusSeconds(3), LEASE, 10).get(0);
        assertEquals(Delivery.State.IN_FLIGHT, first.state());
        assertEquals(T0.plusSeconds(3), first.windowStart());
        assertEquals(1, first.attempts());
        assertEquals(first, store.find("d").orElseThrow());
        assertTrue(store.retry("d", first.version(), T0.plus(Duration.ofMinutes(15)), 500, null));
        assertFalse(store.delivered("d", first.version(), T0, 200), "a claim is used once");
        Delivery pending = store.find("d").orElseThrow();
        assertEquals(Delivery.State.PENDING, pending.state());
        assertEquals(500, pending.lastStatus());
        assertEquals(List.of(), store.claimDue(T0.plus(Duration.ofMinutes(14)), LEASE, 10));
        Delivery second = store.claimDue(T0.plus(Duration.ofMinutes(15)), LEASE, 10).get(0);
        assertEquals(T0.plusSeconds(3), second.windowStart(), "t0 stays");
        assertEquals(2, second.attempts());
        assertTrue(store.delivered("d", second.version(), T0.plus(Duration.ofMinutes(16)), 200));
        Delivery done = store.find("d").orElseThrow();
        assertEquals(Delivery.State.DELIVERED, done.state());
        assertEquals(T0.plus(Duration.ofMinutes(16)), done.completedAt());
        assertEquals(200, done.lastStatus());
    }

    @Test
    void aCrashedAttemptIsDueAgainWhenItsLeaseExpires() throws Exception {
        DeliveryStore store = store();
        store.add(delivery("d", T0));
        Delivery crashed = store.claimDue(T0, LEASE, 10).get(0);
        assertEquals(List.of(), store.claimDue(T0.plus(LEASE).minusMillis(1), LEASE, 10));
        Delivery again = sameStorage(store).claimDue(T0.plus(LEASE), LEASE, 10).get(0);
        assertEquals(2, again.attempts());
        assertFalse(store.retry("d", crashed.version(), T0, 500, null));
        assertTrue(store.retry("d", again.version(), T0.plus(Duration.ofMinutes(15)), null, "ConnectException"));
        assertEquals("ConnectException", store.find("d").orElseThrow().lastError());
        assertNull(store.find("d").orElseThrow().lastStatus());
    }

    @Test
    void deadLettersAreListedAndARequeueStartsANewWindow() throws Exception {
        DeliveryStore store = store();
        store.add(delivery("dead", T0));
        store.add(delivery("alive", T0.plusSeconds(1)));
        Delivery c = store.claimDue(T0, LEASE, 1).get(0);
        assertTrue(store.dead("dead", c.version(), T0.plusSeconds(5), 503, null));
        assertEquals(List.of("dead"), store.list(Delivery.State.DEAD, 10).stream().map(Delivery::id).toList());
        assertFalse(store.requeue("alive", T0), "only dead letters are requeued");
        assertTrue(store.requeue("dead", T0.plus(Duration.ofDays(1))));
        Delivery requeued = store.find("dead").orElseThrow();
        assertEquals(Delivery.State.PENDING, requeued.state());
        assertEquals(0, requeued.attempts());
        assertNull(requeued.windowStart());
        assertNull(requeued.completedAt());
        Delivery reclaimed = store.claimDue(T0.plus(Duration.ofDays(1)), LEASE, 10).stream()
                .filter(x -> x.id().equals("dead")).findFirst().orElseThrow();
        assertEquals(T0.plus(Duration.ofDays(1)), reclaimed.windowStart());
    }

    @Test
    void purgeRemovesOldDeliveredOnly() throws Exception {
        DeliveryStore store = store();
        store.add(delivery("a", T0));
        store.add(delivery("b", T0));
        for (Delivery c : store.claimDue(T0, LEASE, 10)) {
            if (c.id().equals("a")) {
                store.delivered("a", c.version(), T0, 200);
            } else {
                store.dead("b", c.version(), T0, 500, null);
            }
        }
        assertEquals(1, store.purge(T0.plusSeconds(1)));
        assertTrue(store.find("a").isEmpty());
        assertTrue(store.find("b").isPresent());
    }

    @Test
    void twoDispatchersClaimingConcurrentlyGetEachDeliveryExactlyOnce() throws Exception {
        DeliveryStore a = store();
        DeliveryStore b = sameStorage(a);
        for (int i = 0; i < 24; i++) {
            a.add(delivery("d" + i, T0.plusMillis(i)));
        }
        List<List<Delivery>> claims = Concurrently.run(6, i -> () -> {
            List<Delivery> mine = new ArrayList<>();
            DeliveryStore s = i % 2 == 0 ? a : b;
            while (true) {
                List<Delivery> got = s.claimDue(T0.plusSeconds(1), LEASE, 3);
                mine.addAll(got);
                if (got.isEmpty() && s.list(Delivery.State.PENDING, 1).isEmpty()) {
                    return mine;
                }
            }
        });
        Set<String> ids = new HashSet<>();
        claims.forEach(mine -> mine.forEach(d -> assertTrue(ids.add(d.id()), "claimed twice: " + d.id())));
        assertEquals(24, ids.size());
    }

    @Test
    void theQueueOverThisStoreDeliversOnTheFifthAttemptAtMinute60() throws Exception {
        MutableClock clock = new MutableClock(T0);
        List<Long> minutes = new CopyOnWriteArrayList<>();
        DeliveryStore store = store();
        DeliveryQueue queue = DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock))
                .sender(r -> {
                    minutes.add(Duration.between(T0, clock.instant()).toMinutes());
                    return minutes.size() == 5 ? 200 : 500;
                }).build();
        String id = queue.enqueue("https://hooks.example.com/x", Fixtures.HELLO);
        for (int m = 0; m <= 600; m++) {
            clock.set(T0.plus(Duration.ofMinutes(m)));
            queue.runDue();
        }
        assertEquals(List.of(0L, 15L, 30L, 45L, 60L), minutes);
        Delivery d = store.find(id).orElseThrow();
        assertEquals(Delivery.State.DELIVERED, d.state());
        assertEquals(T0.plus(Duration.ofMinutes(60)), d.completedAt());
        assertEquals(5, d.attempts());
    }

    @Test
    void twoQueuesOverOneStoreSendEachDeliveryOnce() throws Exception {
        MutableClock clock = new MutableClock(T0);
        DeliveryStore store = store();
        List<String> sent = new CopyOnWriteArrayList<>();
        WebhookSender sender = r -> {
            sent.add(r.deliveryId());
            return 200;
        };
        DeliveryQueue one = DeliveryQueue.builder().store(store).clock(clock).signer(Fixtures.signer(clock)).sender(sender)
                .batchSize(2).build();
        DeliveryQueue two = DeliveryQueue.builder().store(sameStorage(store)).clock(clock).signer(Fixtures.signer(clock))
                .sender(sender).batchSize(2).build();
        for (int i = 0; i < 20; i++) {
            one.enqueue("https://hooks.example.com/x", Fixtures.utf8("{\"n\":" + i + "}"));
        }
        Concurrently.run(4, i -> () -> (i % 2 == 0 ? one : two).runDue());
        one.runDue(); // whatever a contended claim may have left for the next poll
        assertEquals(20, sent.size());
        assertEquals(20, new HashSet<>(sent).size());
    }
}
