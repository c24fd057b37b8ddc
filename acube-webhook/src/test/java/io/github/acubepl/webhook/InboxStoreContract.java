package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link InboxStore} must do; each implementation's test extends this. */
abstract class InboxStoreContract {
    static final Instant T0 = Instant.parse("2031-03-14T09:26:53Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A new, empty store. */
    abstract InboxStore store() throws Exception;

    /** Another instance over the same storage, or the same instance where there is none. */
    abstract InboxStore sameStorage(InboxStore store) throws Exception;

    static InboxEntry entry(String key, Instant receivedAt) {
        return InboxEntry.received(key, "invoice-sender", "legal-entity-invoice-sender", Fixtures.utf8("{\"k\":\"" + key + "\"}"),
                WebhookHeaders.of("Signature-Input", "pyhms=();created=1", "signature", "pyhms=:AA==:", "X-Two", "1",
                        "x-two", "2"), receivedAt);
    }

    @Test
    void addStoresEverythingAndRefusesADuplicateKey() throws Exception {
        InboxStore store = store();
        InboxEntry e = entry("k1", T0);
        assertTrue(store.add(e));
        assertEquals(e, store.find("k1").orElseThrow());
        assertArrayEquals(e.body(), store.find("k1").orElseThrow().body());
        assertEquals(List.of("1", "2"), store.find("k1").orElseThrow().headers().all("x-two"));
        InboxEntry other = InboxEntry.received("k1", "elsewhere", null, new byte[] {1}, WebhookHeaders.empty(), T0.plusSeconds(9));
        assertFalse(store.add(other));
        assertFalse(sameStorage(store).add(other));
        assertEquals(e, store.find("k1").orElseThrow());
        assertTrue(store.find("absent").isEmpty());
    }

    @Test
    void emptyBodyHeadersAndTypeRoundTrip() throws Exception {
        InboxStore store = store();
        InboxEntry e = InboxEntry.received("k", "/hook", null, new byte[0], WebhookHeaders.empty(), T0);
        store.add(e);
        assertEquals(e, store.find("k").orElseThrow());
    }

    @Test
    void claimTakesDueEntriesOldestFirstUpToTheLimit() throws Exception {
        InboxStore store = store();
        store.add(entry("b", T0.plusSeconds(2)));
        store.add(entry("a", T0.plusSeconds(1)));
        store.add(entry("c", T0.plusSeconds(3)));
        store.add(entry("later", T0.plusSeconds(60)));
        List<InboxEntry> claimed = store.claimDue(T0.plusSeconds(10), LEASE, 2);
        assertEquals(List.of("a", "b"), claimed.stream().map(InboxEntry::key).toList());
        InboxEntry a = claimed.get(0);
        assertEquals(InboxEntry.State.IN_PROGRESS, a.state());
        assertEquals(1, a.attempts());
        assertEquals(1, a.version());
        assertEquals(T0.plusSeconds(10).plus(LEASE), a.leaseUntil());
        assertEquals(a, store.find("a").orElseThrow());
        assertEquals(List.of("c"), store.claimDue(T0.plusSeconds(10), LEASE, 10).stream().map(InboxEntry::key).toList());
        assertEquals(List.of(), store.claimDue(T0.plusSeconds(10), LEASE, 10));
    }

    @Test
    void anExpiredLeaseMakesTheEntryDueAgainAndFencesTheOldClaim() throws Exception {
        InboxStore store = store();
        store.add(entry("k", T0));
        InboxEntry first = store.claimDue(T0, LEASE, 10).get(0);
        assertEquals(List.of(), store.claimDue(T0.plus(LEASE).minusSeconds(1), LEASE, 10));
        InboxEntry second = sameStorage(store).claimDue(T0.plus(LEASE), LEASE, 10).get(0);
        assertEquals(2, second.attempts());
        assertFalse(store.complete("k", first.version(), T0.plus(LEASE)), "the crashed worker's claim is gone");
        assertTrue(store.complete("k", second.version(), T0.plus(LEASE).plusSeconds(1)));
        InboxEntry done = store.find("k").orElseThrow();
        assertEquals(InboxEntry.State.DONE, done.state());
        assertEquals(T0.plus(LEASE).plusSeconds(1), done.completedAt());
        assertNull(done.leaseUntil());
        assertEquals(List.of(), store.claimDue(T0.plus(Duration.ofDays(1)), LEASE, 10));
    }

    @Test
    void retryMakesItDueLaterWithTheError() throws Exception {
        InboxStore store = store();
        store.add(entry("k", T0));
        InboxEntry c = store.claimDue(T0, LEASE, 10).get(0);
        assertTrue(store.retry("k", c.version(), T0.plusSeconds(60), "java.io.IOException: boom"));
        assertFalse(store.retry("k", c.version(), T0.plusSeconds(60), "again"), "only once per claim");
        InboxEntry pending = store.find("k").orElseThrow();
        assertEquals(InboxEntry.State.PENDING, pending.state());
        assertEquals("java.io.IOException: boom", pending.lastError());
        assertEquals(T0.plusSeconds(60), pending.nextAttemptAt());
        assertEquals(List.of(), store.claimDue(T0.plusSeconds(59), LEASE, 10));
        assertEquals(2, store.claimDue(T0.plusSeconds(60), LEASE, 10).get(0).attempts());
    }

    @Test
    void failedEntriesAreListedAndCanBeRequeued() throws Exception {
        InboxStore store = store();
        store.add(entry("poison", T0));
        store.add(entry("fine", T0.plusSeconds(1)));
        InboxEntry c = store.claimDue(T0, LEASE, 1).get(0);
        assertFalse(store.requeue("poison", T0), "not failed yet");
        assertTrue(store.fail("poison", c.version(), T0.plusSeconds(2), "x".repeat(2000)));
        List<InboxEntry> failed = store.list(InboxEntry.State.FAILED, 10);
        assertEquals(List.of("poison"), failed.stream().map(InboxEntry::key).toList());
        assertTrue(failed.get(0).lastError().startsWith("xxx"));
        assertEquals(List.of("fine"), store.list(InboxEntry.State.PENDING, 10).stream().map(InboxEntry::key).toList());
        assertTrue(sameStorage(store).requeue("poison", T0.plusSeconds(100)));
        InboxEntry requeued = store.find("poison").orElseThrow();
        assertEquals(InboxEntry.State.PENDING, requeued.state());
        assertEquals(0, requeued.attempts());
        assertEquals(T0.plusSeconds(100), requeued.nextAttemptAt());
        assertNull(requeued.completedAt());
    }

    @Test
    void purgeRemovesOnlyOldDoneEntries() throws Exception {
        InboxStore store = store();
        store.add(entry("done-old", T0));
        store.add(entry("done-new", T0));
        store.add(entry("pending", T0.plus(Duration.ofDays(30))));
        for (InboxEntry c : store.claimDue(T0, LEASE, 10)) {
            store.complete(c.key(), c.version(), c.key().equals("done-old") ? T0 : T0.plus(Duration.ofDays(10)));
        }
        assertEquals(1, store.purge(T0.plus(Duration.ofDays(7))));
        assertTrue(store.find("done-old").isEmpty());
        assertTrue(store.find("done-new").isPresent());
        assertTrue(store.find("pending").isPresent());
    }

    @Test
    void twoReceiversStoringTheSameDeliveryStoreItOnce() throws Exception {
        InboxStore a = store();
        InboxStore b = sameStorage(a);
        List<Boolean> added = Concurrently.run(10, i -> () -> (i % 2 == 0 ? a : b).add(entry("same", T0)));
        assertEquals(1, added.stream().filter(x -> x).count(), added.toString());
    }

    @Test
    void twoWorkersClaimingConcurrentlyGetEachEntryExactlyOnce() throws Exception {
        InboxStore a = store();
        InboxStore b = sameStorage(a);
        for (int i = 0; i < 30; i++) {
            a.add(entry("e" + i, T0.plusMillis(i)));
        }
        List<List<InboxEntry>> claims = Concurrently.run(6, i -> () -> {
            List<InboxEntry> mine = new ArrayList<>();
            InboxStore s = i % 2 == 0 ? a : b;
            while (true) {
                List<InboxEntry> got = s.claimDue(T0.plusSeconds(1), LEASE, 4);
                mine.addAll(got);
                if (got.isEmpty() && s.list(InboxEntry.State.PENDING, 1).isEmpty()) {
                    return mine;
                }
            }
        });
        Set<String> keys = new HashSet<>();
        int total = 0;
        for (List<InboxEntry> mine : claims) {
            for (InboxEntry e : mine) {
                total++;
                assertTrue(keys.add(e.key()), "claimed twice: " + e.key());
                assertEquals(1, e.attempts());
            }
        }
        assertEquals(30, total);
    }
}
