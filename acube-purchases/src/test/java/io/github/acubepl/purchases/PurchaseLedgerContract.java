package io.github.acubepl.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.purchases.PurchaseLedger.Claim;
import io.github.acubepl.purchases.PurchaseLedger.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PurchaseLedger} does (in memory, H2, PostgreSQL): one implementation per
 * subclass. Time is the fixed instant {@link #T0}, far from today, moved by hand.
 */
abstract class PurchaseLedgerContract {
    static final Instant T0 = Instant.parse("2031-03-14T09:26:53.123Z");
    static final Duration LEASE = Duration.ofMinutes(15);
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** The ledger under test, fresh and empty for each test. */
    abstract PurchaseLedger ledger();

    @Test
    void aFreshInvoiceIsClaimedOnceAndHandledOnce() {
        PurchaseLedger ledger = ledger();
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0, LEASE));
        assertEquals(Claim.HELD_ELSEWHERE, ledger.claim("inv-1", "b", T0.plusSeconds(1), LEASE));
        assertEquals(Claim.HELD_ELSEWHERE, ledger.claim("inv-1", "a", T0.plusSeconds(1), LEASE),
                "a second claim of the same owner is refused too: one claim, one handler call");
        assertEquals(Set.of(), ledger.handled(List.of("inv-1")));
        assertTrue(ledger.complete("inv-1", "a", T0.plusSeconds(2)));
        assertEquals(Claim.ALREADY_HANDLED, ledger.claim("inv-1", "b", T0.plus(Duration.ofDays(30)), LEASE));
        assertEquals(Set.of("inv-1"), ledger.handled(List.of("inv-1", "inv-2")));
        Receipt r = ledger.find("inv-1").orElseThrow();
        assertEquals(Receipt.State.DONE, r.state());
        assertEquals("a", r.owner());
        assertEquals(T0.plusSeconds(2), r.handledAt());
        assertNull(r.leaseUntil());
        assertEquals(Optional.empty(), ledger.find("inv-2"));
    }

    @Test
    void aClaimRaceOfManyThreadsOnOneInvoiceGivesExactlyOneClaimed() throws Exception {
        PurchaseLedger ledger = ledger();
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            String uuid = "race-" + round;
            List<Claim> claims = race(threads, i -> ledger.claim(uuid, "owner-" + i, T0, LEASE));
            assertEquals(1, claims.stream().filter(c -> c == Claim.CLAIMED).count(), claims::toString);
            assertEquals(threads - 1, claims.stream().filter(c -> c == Claim.HELD_ELSEWHERE).count(), claims::toString);
        }
    }

    @Test
    void manyInstancesClaimingAndCompletingOneBatchHandleEachInvoiceExactlyOnce() throws Exception {
        PurchaseLedger ledger = ledger();
        List<String> uuids = IntStream.range(0, 150).mapToObj(i -> "batch-" + i).toList();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        race(4, i -> {
            String owner = "instance-" + i;
            for (String uuid : uuids) {
                if (ledger.claim(uuid, owner, T0, LEASE) == Claim.CLAIMED) {
                    calls.computeIfAbsent(uuid, k -> new AtomicInteger()).incrementAndGet();
                    assertTrue(ledger.complete(uuid, owner, T0));
                }
            }
            return null;
        });
        assertEquals(Set.copyOf(uuids), calls.keySet());
        assertEquals(Map.of(), calls.entrySet().stream().filter(e -> e.getValue().get() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())), "handled more than once");
        assertEquals(Set.copyOf(uuids), ledger.handled(uuids), "the batch lookup binds more than 100 uuids in chunks");
    }

    @Test
    void aClaimWhoseLeaseRanOutOnTheInjectedClockIsClaimableByAnotherOwner() {
        PurchaseLedger ledger = ledger();
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0, LEASE));
        assertEquals(Claim.HELD_ELSEWHERE, ledger.claim("inv-1", "b", T0.plus(LEASE).minusMillis(1), LEASE));
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "b", T0.plus(LEASE), LEASE));
        assertEquals(T0.plus(LEASE).plus(LEASE), ledger.find("inv-1").orElseThrow().leaseUntil());
        assertFalse(ledger.complete("inv-1", "a", T0.plus(LEASE)), "a lost claim cannot complete");
        assertTrue(ledger.complete("inv-1", "b", T0.plus(LEASE)));
    }

    @Test
    void aClaimCompletedAfterItsLeaseRanOutButBeforeAnyoneElseTookItCounts() {
        PurchaseLedger ledger = ledger();
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0, LEASE));
        assertTrue(ledger.complete("inv-1", "a", T0.plus(LEASE).plusSeconds(5)));
        assertEquals(Claim.ALREADY_HANDLED, ledger.claim("inv-1", "b", T0.plus(LEASE).plusSeconds(6), LEASE));
    }

    @Test
    void completeByANonOwnerIsRefusedAndLeavesTheClaimAsItWas() {
        PurchaseLedger ledger = ledger();
        assertFalse(ledger.complete("inv-1", "a", T0), "nothing claimed");
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0, LEASE));
        assertFalse(ledger.complete("inv-1", "b", T0));
        ledger.release("inv-1", "b", T0, "not mine");
        Receipt r = ledger.find("inv-1").orElseThrow();
        assertEquals(Receipt.State.IN_PROGRESS, r.state());
        assertEquals("a", r.owner());
        assertEquals(0, r.attempts());
        assertEquals(Claim.HELD_ELSEWHERE, ledger.claim("inv-1", "b", T0, LEASE));
    }

    @Test
    void aReleasedInvoiceIsClaimableAtOnceAndCountsItsAttempts() {
        PurchaseLedger ledger = ledger();
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0, LEASE));
        ledger.release("inv-1", "a", T0, "hash mismatch\n" + "x".repeat(2000));
        Receipt r = ledger.find("inv-1").orElseThrow();
        assertEquals(Receipt.State.RELEASED, r.state());
        assertEquals(1, r.attempts());
        assertTrue(r.lastError().startsWith("hash mismatch"), r::toString);
        assertTrue(r.lastError().length() <= 500, "the stored error is bounded");
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "b", T0, LEASE));
        ledger.release("inv-1", "b", T0, "again");
        assertEquals(2, ledger.find("inv-1").orElseThrow().attempts());
        assertEquals(Claim.CLAIMED, ledger.claim("inv-1", "a", T0.plusSeconds(1), LEASE));
        assertTrue(ledger.complete("inv-1", "a", T0.plusSeconds(2)));
        ledger.release("inv-1", "a", T0.plusSeconds(3), "too late");
        assertEquals(Receipt.State.DONE, ledger.find("inv-1").orElseThrow().state(), "DONE is final");
    }

    @Test
    void theCheckpointOnlyMovesForward() {
        PurchaseLedger ledger = ledger();
        assertEquals(Optional.empty(), ledger.checkpoint("feed"));
        assertTrue(ledger.advanceCheckpoint("feed", T0));
        assertEquals(Optional.of(T0), ledger.checkpoint("feed"));
        assertFalse(ledger.advanceCheckpoint("feed", T0.minusSeconds(1)));
        assertFalse(ledger.advanceCheckpoint("feed", T0));
        assertEquals(Optional.of(T0), ledger.checkpoint("feed"));
        assertTrue(ledger.advanceCheckpoint("feed", T0.plusMillis(1)));
        assertEquals(Optional.of(T0.plusMillis(1)), ledger.checkpoint("feed"));
        assertEquals(Optional.empty(), ledger.checkpoint("other"), "each feed has its own");
    }

    @Test
    void concurrentCheckpointAdvancesEndAtTheLatest() throws Exception {
        PurchaseLedger ledger = ledger();
        race(8, i -> ledger.advanceCheckpoint("feed", T0.plusSeconds(i)));
        assertEquals(Optional.of(T0.plusSeconds(7)), ledger.checkpoint("feed"));
    }

    @Test
    void hostileIdsAndDurationsAreRefusedNamingTheParameter() {
        PurchaseLedger ledger = ledger();
        assertMessage("invoiceUuid is blank", () -> ledger.claim(" ", "a", T0, LEASE));
        assertMessage("invoiceUuid is blank", () -> ledger.claim("", "a", T0, LEASE));
        assertMessage("owner is blank", () -> ledger.claim("inv", "\t", T0, LEASE));
        assertMessage("invoiceUuid is longer than 200", () -> ledger.claim("u".repeat(201), "a", T0, LEASE));
        assertMessage("invoiceUuid contains a control character: 'a\\u0000b'", () -> ledger.find("a\u0000b"));
        assertMessage("lease must be positive", () -> ledger.claim("inv", "a", T0, Duration.ZERO));
        assertMessage("lease must be positive", () -> ledger.claim("inv", "a", T0, Duration.ofSeconds(-1)));
        assertMessage("feed is missing", () -> ledger.checkpoint(null));
        assertMessage("feed is blank", () -> ledger.advanceCheckpoint("", T0));
        assertEquals(Optional.empty(), ledger.find("inv"), "nothing was stored by a refused call");
    }

    @Test
    void anInvoiceUuidWithSqlInItIsStoredAsAValue() {
        PurchaseLedger ledger = ledger();
        String hostile = "x' OR '1'='1; DROP TABLE purchase_receipt; --";
        assertEquals(Claim.CLAIMED, ledger.claim(hostile, "a", T0, LEASE));
        assertEquals(Claim.CLAIMED, ledger.claim("x", "a", T0, LEASE), "no other row matched the quote");
        assertTrue(ledger.complete(hostile, "a", T0));
        assertEquals(Set.of(hostile), ledger.handled(List.of(hostile, "x")));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    /** What one racer does with its index. */
    @FunctionalInterface
    interface Racer<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code racer} on {@code threads} threads released together by a barrier; their results in index order. */
    static <T> List<T> race(int threads, Racer<T> racer) throws Exception {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<T>> futures = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        start.await();
                        return racer.run(index);
                    }));
                }
                List<T> results = new ArrayList<>();
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
                return results;
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        });
    }
}
