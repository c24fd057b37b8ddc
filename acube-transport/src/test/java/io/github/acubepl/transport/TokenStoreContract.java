package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} must do; each implementation's test extends this. */
abstract class TokenStoreContract {
    static final String KEY = "https://common-sandbox.api.acubeapi.com|jan.kowalski@example.com";
    static final AccessToken TOKEN = new AccessToken(Fixtures.jwt("a"), Fixtures.NOW.plus(java.time.Duration.ofDays(1)));

    /** A new, empty store. */
    abstract TokenStore store() throws Exception;

    /** A second store instance over the same storage, or the same instance where there is none. */
    abstract TokenStore sameStorage(TokenStore store) throws Exception;

    @Test
    void aMissingKeyLoadsNothing() throws Exception {
        assertEquals(Optional.empty(), store().load(KEY));
    }

    @Test
    void whatIsSavedIsLoadedAndRemoved() throws Exception {
        TokenStore store = store();
        store.save(KEY, TOKEN);
        assertEquals(Optional.of(TOKEN), store.load(KEY));
        assertEquals(Optional.of(TOKEN), sameStorage(store).load(KEY));
        assertEquals(Optional.empty(), store.load(KEY + "x"));
        AccessToken newer = new AccessToken(Fixtures.jwt("b"), TOKEN.expiresAt().plusSeconds(60));
        store.save(KEY, newer);
        assertEquals(Optional.of(newer), store.load(KEY));
        store.remove(KEY);
        assertEquals(Optional.empty(), store.load(KEY));
        store.remove(KEY);
    }

    @Test
    void theLockExcludesOtherHoldersOfTheSameKey() throws Exception {
        TokenStore store = store();
        TokenStore other = sameStorage(store);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                TokenStore s = i % 2 == 0 ? store : other;
                results.add(pool.submit(() -> {
                    start.await();
                    return s.withLock(KEY, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return 1;
                    });
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertEquals(1, f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, most.get());
    }

    @Test
    void theLockIsReentrantEnoughForLoadAndSaveInside() throws Exception {
        TokenStore store = store();
        assertTrue(store.withLock(KEY, () -> {
            store.save(KEY, TOKEN);
            return store.load(KEY).isPresent();
        }));
    }
}
