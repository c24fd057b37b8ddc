package io.github.acubepl.webhook.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link DeliveryStore#inMemory()}: one lock around a map. */
final class InMemoryDeliveryStore implements DeliveryStore {
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Delivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        return deliveries.putIfAbsent(delivery.id(), delivery) == null;
    }

    @Override
    public synchronized List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        List<Delivery> due = new ArrayList<>();
        for (Delivery d : deliveries.values()) {
            if ((d.state() == Delivery.State.PENDING && !d.nextAttemptAt().isAfter(now))
                    || (d.state() == Delivery.State.IN_FLIGHT && d.leaseUntil() != null && !d.leaseUntil().isAfter(now))) {
                due.add(d);
            }
        }
        due.sort(Comparator.comparing(Delivery::nextAttemptAt).thenComparing(Delivery::id));
        List<Delivery> claimed = new ArrayList<>();
        for (Delivery d : due.subList(0, Math.min(limit, due.size()))) {
            Delivery c = d.claimed(now, now.plus(lease));
            deliveries.put(c.id(), c);
            claimed.add(c);
        }
        return claimed;
    }

    @Override
    public synchronized boolean delivered(String id, long version, Instant now, int status) {
        return move(id, version, Delivery.State.DELIVERED, null, status, null, now);
    }

    @Override
    public synchronized boolean retry(String id, long version, Instant nextAttemptAt, @Nullable Integer status,
            @Nullable String error) {
        return move(id, version, Delivery.State.PENDING, nextAttemptAt, status, error, null);
    }

    @Override
    public synchronized boolean dead(String id, long version, Instant now, @Nullable Integer status,
            @Nullable String error) {
        return move(id, version, Delivery.State.DEAD, null, status, error, now);
    }

    private boolean move(String id, long version, Delivery.State state, @Nullable Instant next,
            @Nullable Integer status, @Nullable String error, @Nullable Instant completed) {
        Delivery d = deliveries.get(id);
        if (d == null || d.state() != Delivery.State.IN_FLIGHT || d.version() != version) {
            return false;
        }
        deliveries.put(id, d.moved(state, d.attempts(), d.windowStart(), next != null ? next : d.nextAttemptAt(),
                status, error, completed));
        return true;
    }

    @Override
    public synchronized Optional<Delivery> find(String id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public synchronized List<Delivery> list(Delivery.State state, int limit) {
        return deliveries.values().stream().filter(d -> d.state() == state)
                .sorted(Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id)).limit(limit).toList();
    }

    @Override
    public synchronized boolean requeue(String id, Instant now) {
        Delivery d = deliveries.get(id);
        if (d == null || d.state() != Delivery.State.DEAD) {
            return false;
        }
        deliveries.put(id, d.moved(Delivery.State.PENDING, 0, null, now, d.lastStatus(), d.lastError(), null));
        return true;
    }

    @Override
    public synchronized int purge(Instant cutoff) {
        int before = deliveries.size();
        deliveries.values().removeIf(d -> d.state() == Delivery.State.DELIVERED && d.completedAt() != null
                && d.completedAt().isBefore(cutoff));
        return before - deliveries.size();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryDeliveryStore[" + deliveries.size() + " deliveries]";
    }
}
