package io.github.acubepl.purchases;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PurchaseInvoiceFeed} remembers: which purchase invoices were handled, who is
 * handling one now, and each feed's checkpoint. An SPI like the webhook module's stores: an
 * in-memory form ({@link #inMemory()}) and a JDBC one ({@code io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger})
 * that several instances share.
 *
 * <p>An invoice's receipt moves {@code (none) or RELEASED or an expired IN_PROGRESS → IN_PROGRESS}
 * ({@link #claim}), then {@code → DONE} ({@link #complete}) or {@code → RELEASED} ({@link #release}),
 * each only by the owner holding the claim. {@code DONE} is final. A claim is atomic: of any number
 * of concurrent claims of one invoice, in one process or many, exactly one is
 * {@link Claim#CLAIMED}.
 *
 * <p>Instants are stored at millisecond precision. Ids (invoice uuids, owners, feed names) are
 * non-blank, at most 200 characters, without control characters ({@link IllegalArgumentException}
 * otherwise). Implementations are thread-safe; failures are {@link PurchaseLedgerException}s.
 */
public interface PurchaseLedger {

    /** What {@link #claim} decided. */
    enum Claim {
        /** The caller holds the invoice until the lease ends: it may handle it, then complete or release it. */
        CLAIMED,
        /** The invoice was handled: nothing to do. */
        ALREADY_HANDLED,
        /** Another claim holds the invoice and its lease has not ended. */
        HELD_ELSEWHERE
    }

    /**
     * An invoice's receipt, for tests and operations.
     *
     * @param invoiceUuid the invoice's uuid
     * @param state       where it is
     * @param owner       the owner of the current or last claim
     * @param leaseUntil  when the current claim ends ({@code IN_PROGRESS} only)
     * @param attempts    how many claims were released (failed) so far
     * @param lastError   the error of the last release, short
     * @param handledAt   when it was completed ({@code DONE} only)
     */
    record Receipt(String invoiceUuid, State state, @Nullable String owner, @Nullable Instant leaseUntil,
            int attempts, @Nullable String lastError, @Nullable Instant handledAt) {

        /** Where an invoice is. */
        public enum State {
            /** Claimed: being handled (or its claim's lease ran out, and it is claimable again). */
            IN_PROGRESS,
            /** A claim failed and let it go: claimable again. */
            RELEASED,
            /** Handled: final. */
            DONE
        }

        /** Checks the components. */
        public Receipt {
            Objects.requireNonNull(invoiceUuid, "invoiceUuid");
            Objects.requireNonNull(state, "state");
        }
    }

    /** The checkpoint of feed {@code feed}: the instant its catch-up passes list from; empty before the first. */
    Optional<Instant> checkpoint(String feed);

    /**
     * Moves feed {@code feed}'s checkpoint forward to {@code to}; never back. {@code true} if it moved
     * (there was none, or it was before {@code to}).
     */
    boolean advanceCheckpoint(String feed, Instant to);

    /**
     * Claims invoice {@code invoiceUuid} for {@code owner} until {@code now + lease}, if it is not
     * handled and no unexpired claim holds it (a claim whose lease ends at or before {@code now} has
     * expired, whoever its owner). Atomic.
     *
     * @throws IllegalArgumentException if {@code lease} is not positive or an id is not usable
     */
    Claim claim(String invoiceUuid, String owner, Instant now, Duration lease);

    /**
     * Marks the invoice handled at {@code now}, if {@code owner} still holds the claim (no other claim
     * took it since, even if the lease ran out meanwhile); {@code false} otherwise.
     */
    boolean complete(String invoiceUuid, String owner, Instant now);

    /**
     * Lets the invoice go after a failure, if {@code owner} holds the claim: claimable again at once,
     * its attempts counted and {@code error} kept (short) for operations. Otherwise does nothing.
     */
    void release(String invoiceUuid, String owner, Instant now, String error);

    /** Which of {@code invoiceUuids} are handled ({@code DONE}): one lookup for a listed page. */
    Set<String> handled(Collection<String> invoiceUuids);

    /** The receipt of {@code invoiceUuid}, if it was ever claimed. */
    Optional<Receipt> find(String invoiceUuid);

    /** A new ledger in this process's memory (not durable: for tests and single-process demos). */
    static PurchaseLedger inMemory() {
        return new InMemoryPurchaseLedger();
    }
}
