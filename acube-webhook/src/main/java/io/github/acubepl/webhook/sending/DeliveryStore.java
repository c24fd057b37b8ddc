package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.WebhookStoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outbox of the {@link DeliveryQueue}. A delivery is written before its first attempt; attempts
 * are claimed under a lease, so a dispatcher crash makes the delivery due again (at-least-once).
 *
 * <p>Transitions: {@code PENDING → IN_FLIGHT} ({@link #claimDue}); then {@code → DELIVERED},
 * {@code → PENDING} or {@code → DEAD}, each only for the claim holding the current
 * {@link Delivery#version() version}; {@code DEAD → PENDING} ({@link #requeue}, a new window).
 *
 * <p>Implementations are thread-safe; with a shared one (JDBC) concurrent claims hand each due
 * delivery to exactly one dispatcher. Failures are {@link WebhookStoreException}s.
 */
public interface DeliveryStore {
    /** Stores a new delivery; {@code false} if its id is taken. */
    boolean add(Delivery delivery);

    /**
     * Claims up to {@code limit} deliveries due at {@code now} ({@code PENDING} with
     * {@code nextAttemptAt <= now}, or {@code IN_FLIGHT} with an expired lease), earliest due first:
     * each becomes {@code IN_FLIGHT} until {@code now + lease}, attempts and version incremented,
     * {@code windowStart} set to {@code now} if it was unset. Returns them as they now are;
     * fewer than {@code limit} means that no more were due (a shared store under heavy contention
     * may rarely answer short; the next call takes the rest).
     */
    List<Delivery> claimDue(Instant now, Duration lease, int limit);

    /** {@code IN_FLIGHT} at {@code version} → {@code DELIVERED}; {@code false} if the claim was lost. */
    boolean delivered(String id, long version, Instant now, int status);

    /** {@code IN_FLIGHT} at {@code version} → {@code PENDING}, due at {@code nextAttemptAt}. */
    boolean retry(String id, long version, Instant nextAttemptAt, @Nullable Integer status, @Nullable String error);

    /** {@code IN_FLIGHT} at {@code version} → {@code DEAD}. */
    boolean dead(String id, long version, Instant now, @Nullable Integer status, @Nullable String error);

    /** The delivery {@code id}. */
    Optional<Delivery> find(String id);

    /** Up to {@code limit} deliveries in {@code state}, oldest first (e.g. the dead letters). */
    List<Delivery> list(Delivery.State state, int limit);

    /** {@code DEAD} → {@code PENDING}, due at {@code now}, attempts reset, a new window; {@code false} if not dead. */
    boolean requeue(String id, Instant now);

    /** Removes {@code DELIVERED} deliveries completed before {@code cutoff}; returns how many. */
    int purge(Instant cutoff);

    /** A new outbox in this process's memory (not durable). */
    static DeliveryStore inMemory() {
        return new InMemoryDeliveryStore();
    }
}
