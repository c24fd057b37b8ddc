package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.internal.Digests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do; each implementation's test extends this. */
abstract class IdempotencyStoreContract {
    static final Instant T0 = Instant.parse("2031-03-14T09:26:53Z");

    /** A new, empty store. */
    abstract IdempotencyStore store() throws Exception;

    /** Another instance over the same storage (a second receiver), or the same instance where there is none. */
    abstract IdempotencyStore sameStorage(IdempotencyStore store) throws Exception;

    @Test
    void recordsOnceAndRemembers() throws Exception {
        IdempotencyStore store = store();
        String key = Digests.dedupKey(Fixtures.HELLO);
        assertFalse(store.contains(key));
        assertTrue(store.record(key, T0));
        assertTrue(store.contains(key));
        assertFalse(store.record(key, T0.plusSeconds(5)));
        assertTrue(sameStorage(store).contains(key));
        assertFalse(sameStorage(store).record(key, T0));
    }

    @Test
    void purgeRemovesOnlyKeysOlderThanTheCutoff() throws Exception {
        IdempotencyStore store = store();
        store.record("old", T0);
        store.record("edge", T0.plus(Duration.ofDays(1)));
        store.record("new", T0.plus(Duration.ofDays(8)));
        assertEquals(1, store.purge(T0.plus(Duration.ofDays(1))));
        assertFalse(store.contains("old"));
        assertTrue(store.contains("edge"));
        assertTrue(store.contains("new"));
        assertEquals(0, store.purge(T0));
    }

    @Test
    void twoReceiversRacingOnOneKeyExactlyOneWins() throws Exception {
        IdempotencyStore a = store();
        IdempotencyStore b = sameStorage(a);
        for (int round = 0; round < 5; round++) {
            String key = "race-" + round;
            List<Boolean> won = Concurrently.run(12, i -> () -> (i % 2 == 0 ? a : b).record(key, T0));
            assertEquals(1, won.stream().filter(w -> w).count(), "round " + round + ": " + won);
        }
    }
}
