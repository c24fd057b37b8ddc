package io.github.acubepl.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox: verified webhooks are stored here before the receiver answers 200, and a
 * worker ({@link WebhookDispatcher#processDue()}) claims and handles them. A crash between storing
 * and handling loses nothing: a claim is a lease, and an expired lease makes the entry due again.
 *
 * <p>Transitions: {@code PENDING → IN_PROGRESS} ({@link #claimDue}); then {@code → DONE}
 * ({@link #complete}), {@code → PENDING} ({@link #retry}) or {@code → FAILED} ({@link #fail}), each
 * only for the claim holding the current {@link InboxEntry#version() version}; {@code FAILED →
 * PENDING} ({@link #requeue}).
 *
 * <p>Implementations are thread-safe; a shared one (JDBC) lets several receiver instances and
 * workers share one inbox: concurrent {@link #add}s of one key store it once, and concurrent claims
 * hand each due entry to exactly one claimant. Failures are {@link WebhookStoreException}s.
 */
public interface InboxStore {
    /** Stores {@code entry} unless its key is present; {@code true} if stored (false: a duplicate). */
    boolean add(InboxEntry entry);

    /**
     * Claims up to {@code limit} entries due at {@code now} ({@code PENDING} with
     * {@code nextAttemptAt <= now}, or {@code IN_PROGRESS} with an expired lease), oldest due first:
     * each becomes {@code IN_PROGRESS} until {@code now + lease}, its attempts and version
     * incremented. Returns the claimed entries as they now are;
     * fewer than {@code limit} means that no more were due (a shared store under heavy contention
     * may rarely answer short; the next call takes the rest).
     */
    List<InboxEntry> claimDue(Instant now, Duration lease, int limit);

    /** {@code IN_PROGRESS} at {@code version} → {@code DONE}; {@code false} if the claim was lost. */
    boolean complete(String key, long version, Instant now);

    /** {@code IN_PROGRESS} at {@code version} → {@code PENDING}, due at {@code nextAttemptAt}. */
    boolean retry(String key, long version, Instant nextAttemptAt, String error);

    /** {@code IN_PROGRESS} at {@code version} → {@code FAILED} (gave up). */
    boolean fail(String key, long version, Instant now, String error);

    /** The entry under {@code key}. */
    Optional<InboxEntry> find(String key);

    /** Up to {@code limit} entries in {@code state}, oldest received first (e.g. the failed ones). */
    List<InboxEntry> list(InboxEntry.State state, int limit);

    /** {@code FAILED} → {@code PENDING}, due at {@code now}, attempts reset; {@code false} if not failed. */
    boolean requeue(String key, Instant now);

    /** Removes {@code DONE} entries completed before {@code cutoff}; returns how many. */
    int purge(Instant cutoff);

    /** A new inbox in this process's memory (not durable: for tests and single-process demos). */
    static InboxStore inMemory() {
        return new InMemoryInboxStore();
    }
}
