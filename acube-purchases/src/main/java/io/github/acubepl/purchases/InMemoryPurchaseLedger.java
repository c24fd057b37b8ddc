package io.github.acubepl.purchases;

import io.github.acubepl.purchases.internal.Ledgers;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link PurchaseLedger#inMemory()}: maps guarded by this object's lock. */
final class InMemoryPurchaseLedger implements PurchaseLedger {
    private final Map<String, Receipt> receipts = new HashMap<>();
    private final Map<String, Instant> checkpoints = new HashMap<>();

    @Override
    public synchronized Optional<Instant> checkpoint(String feed) {
        return Optional.ofNullable(checkpoints.get(Ledgers.id(feed, "feed")));
    }

    @Override
    public synchronized boolean advanceCheckpoint(String feed, Instant to) {
        Ledgers.id(feed, "feed");
        Instant at = Ledgers.millis(Objects.requireNonNull(to, "to"));
        Instant current = checkpoints.get(feed);
        if (current != null && !current.isBefore(at)) {
            return false;
        }
        checkpoints.put(feed, at);
        return true;
    }

    @Override
    public synchronized Claim claim(String invoiceUuid, String owner, Instant now, Duration lease) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        Instant at = Ledgers.millis(Objects.requireNonNull(now, "now"));
        Instant until = Ledgers.millis(at.plus(Ledgers.positive(lease, "lease")));
        Receipt r = receipts.get(invoiceUuid);
        if (r != null && r.state() == Receipt.State.DONE) {
            return Claim.ALREADY_HANDLED;
        }
        if (r != null && r.state() == Receipt.State.IN_PROGRESS && r.leaseUntil() != null && r.leaseUntil().isAfter(at)) {
            return Claim.HELD_ELSEWHERE;
        }
        receipts.put(invoiceUuid, new Receipt(invoiceUuid, Receipt.State.IN_PROGRESS, owner, until,
                r == null ? 0 : r.attempts(), r == null ? null : r.lastError(), null));
        return Claim.CLAIMED;
    }

    @Override
    public synchronized boolean complete(String invoiceUuid, String owner, Instant now) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        Instant at = Ledgers.millis(Objects.requireNonNull(now, "now"));
        Receipt r = receipts.get(invoiceUuid);
        if (r == null || r.state() != Receipt.State.IN_PROGRESS || !owner.equals(r.owner())) {
            return false;
        }
        receipts.put(invoiceUuid, new Receipt(invoiceUuid, Receipt.State.DONE, owner, null, r.attempts(), r.lastError(), at));
        return true;
    }

    @Override
    public synchronized void release(String invoiceUuid, String owner, Instant now, String error) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(error, "error");
        Receipt r = receipts.get(invoiceUuid);
        if (r == null || r.state() != Receipt.State.IN_PROGRESS || !owner.equals(r.owner())) {
            return;
        }
        receipts.put(invoiceUuid, new Receipt(invoiceUuid, Receipt.State.RELEASED, owner, null, r.attempts() + 1,
                Ledgers.error(error), null));
    }

    @Override
    public synchronized Set<String> handled(Collection<String> invoiceUuids) {
        Set<String> done = new LinkedHashSet<>();
        for (String uuid : Objects.requireNonNull(invoiceUuids, "invoiceUuids")) {
            Receipt r = receipts.get(Objects.requireNonNull(uuid, "invoiceUuid"));
            if (r != null && r.state() == Receipt.State.DONE) {
                done.add(uuid);
            }
        }
        return done;
    }

    @Override
    public synchronized Optional<Receipt> find(String invoiceUuid) {
        return Optional.ofNullable(receipts.get(Ledgers.id(invoiceUuid, "invoiceUuid")));
    }

    @Override
    public String toString() {
        return "PurchaseLedger.inMemory()";
    }
}
