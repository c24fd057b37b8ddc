package io.github.acubepl.webhook;

import java.time.Instant;

/**
 * The dedup keys of webhooks already handled (inline mode). Keys are kept for a retention period
 * (7 days by default, longer than the 24 h signature age so that a replay is either stale or a
 * duplicate) and then {@linkplain #purge(Instant) purged}.
 *
 * <p>Implementations are thread-safe; a shared one (JDBC) makes several receiver instances agree:
 * of two concurrent {@link #record} calls for one key, exactly one returns {@code true}. Failures
 * are {@link WebhookStoreException}s (receivers answer 503).
 */
public interface IdempotencyStore {
    /** Whether {@code key} was recorded (and not yet purged). */
    boolean contains(String key);

    /** Records {@code key} at {@code at} if absent; {@code true} if this call recorded it. */
    boolean record(String key, Instant at);

    /** Removes the keys recorded before {@code cutoff}; returns how many. */
    int purge(Instant cutoff);

    /** A new store in this process's memory (lost on restart). */
    static IdempotencyStore inMemory() {
        return new InMemoryIdempotencyStore();
    }
}
