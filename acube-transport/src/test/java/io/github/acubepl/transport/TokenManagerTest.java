package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token lifecycle without HTTP: a counting login function. */
class TokenManagerTest {
    private final AtomicInteger logins = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Fixtures.NOW);

    /** Runs before each login returns (the concurrency test holds the login there). */
    private volatile Runnable duringLogin = () -> { };

    private TokenManager manager(TokenStore store) {
        return new TokenManager(Environment.SANDBOX, Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD), store, clock,
                Duration.ofMinutes(5), c -> {
                    duringLogin.run();
                    return Fixtures.jwt(clock.instant().plus(Duration.ofDays(1)), "login-" + logins.incrementAndGet());
                });
    }

    /** Waits (60 s at most) until {@code count} callers wait for the login in flight. */
    static void awaitWaiting(TokenManager tm, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (tm.waiting() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + tm.waiting() + " of " + count + " callers joined the login in flight");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // poll, with the deadline above
        }
    }

    @Test
    void theKeyIsTheCommonUrlAndTheEmail() {
        assertEquals("https://common-sandbox.api.acubeapi.com|jan.kowalski@example.com",
                TokenManager.key(Environment.SANDBOX, Credentials.of("Jan.Kowalski@Example.com", "x")));
        assertNotEquals(TokenManager.key(Environment.SANDBOX, Credentials.of("a@b.pl", "x")),
                TokenManager.key(Environment.PRODUCTION, Credentials.of("a@b.pl", "x")));
    }

    @Test
    void concurrentCallersShareOneLogin() throws Exception {
        TokenManager tm = manager(TokenStore.inMemory());
        // the first caller's login returns only once the 99 others wait for it: the race is arranged, not slept for
        duringLogin = () -> awaitWaiting(tm, 99);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tm.token();
                }));
            }
            start.countDown();
            AccessToken first = results.get(0).get(30, TimeUnit.SECONDS);
            for (Future<AccessToken> f : results) {
                assertSame(first, f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, logins.get());
    }

    @Test
    void aTokenIsRenewedWhenNowPlusTheMarginReachesExp() {
        TokenManager tm = manager(TokenStore.inMemory());
        AccessToken t = tm.token();
        clock.set(t.expiresAt().minus(Duration.ofMinutes(5)).minusSeconds(1));
        assertSame(t, tm.token());
        clock.set(t.expiresAt().minus(Duration.ofMinutes(5)));
        assertNotEquals(t, tm.token());
        assertEquals(2, logins.get());
    }

    @Test
    void invalidatingForgetsTheTokenOnceEvenForManyCallers() {
        TokenStore store = TokenStore.inMemory();
        TokenManager tm = manager(store);
        AccessToken stale = tm.token();
        tm.invalidate(stale);
        AccessToken fresh = tm.token();
        tm.invalidate(stale); // a late caller with the old token must not throw away the new one
        assertSame(fresh, tm.token());
        assertEquals(fresh, store.load(tm.key()).orElseThrow());
        assertEquals(2, logins.get());
    }

    @Test
    void renewLogsInEvenWithAValidToken() {
        TokenManager tm = manager(TokenStore.inMemory());
        AccessToken t = tm.token();
        assertNotEquals(t, tm.renew());
        assertEquals(2, logins.get());
    }

    @Test
    void aFailingStoreDoesNotBreakLogin() {
        TokenStore broken = new TokenStore() {
            @Override
            public java.util.Optional<AccessToken> load(String key) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
            }

            @Override
            public void save(String key, AccessToken token) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
            }

            @Override
            public void remove(String key) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
            }
        };
        TokenManager tm = manager(broken);
        AccessToken t = tm.token();
        assertSame(t, tm.token());
        tm.invalidate(t);
        assertEquals(1, logins.get());
    }
}
