package io.github.acubepl.webhook;

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

/** {@link InboxStore#inMemory()}: one lock around a map. */
final class InMemoryInboxStore implements InboxStore {
    private final Map<String, InboxEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(InboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return entries.putIfAbsent(entry.key(), entry) == null;
    }

    @Override
    public synchronized List<InboxEntry> claimDue(Instant now, Duration lease, int limit) {
        List<InboxEntry> due = new ArrayList<>();
        for (InboxEntry e : entries.values()) {
            if (isDue(e, now)) {
                due.add(e);
            }
        }
        due.sort(Comparator.comparing(InboxEntry::nextAttemptAt).thenComparing(InboxEntry::key));
        List<InboxEntry> claimed = new ArrayList<>();
        for (InboxEntry e : due.subList(0, Math.min(limit, due.size()))) {
            InboxEntry c = e.claimed(now.plus(lease));
            entries.put(c.key(), c);
            claimed.add(c);
        }
        return claimed;
    }

    private static boolean isDue(InboxEntry e, Instant now) {
        return (e.state() == InboxEntry.State.PENDING && !e.nextAttemptAt().isAfter(now))
                || (e.state() == InboxEntry.State.IN_PROGRESS && e.leaseUntil() != null && !e.leaseUntil().isAfter(now));
    }

    @Override
    public synchronized boolean complete(String key, long version, Instant now) {
        return move(key, version, InboxEntry.State.DONE, null, now, null);
    }

    @Override
    public synchronized boolean retry(String key, long version, Instant nextAttemptAt, String error) {
        return move(key, version, InboxEntry.State.PENDING, nextAttemptAt, null, error);
    }

    @Override
    public synchronized boolean fail(String key, long version, Instant now, String error) {
        return move(key, version, InboxEntry.State.FAILED, null, now, error);
    }

    private boolean move(String key, long version, InboxEntry.State state, @Nullable Instant next,
            @Nullable Instant completed, @Nullable String error) {
        InboxEntry e = entries.get(key);
        if (e == null || e.state() != InboxEntry.State.IN_PROGRESS || e.version() != version) {
            return false;
        }
        entries.put(key, e.moved(state, e.attempts(), next != null ? next : e.nextAttemptAt(),
                error != null ? error : e.lastError(), completed));
        return true;
    }

    @Override
    public synchronized Optional<InboxEntry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized List<InboxEntry> list(InboxEntry.State state, int limit) {
        return entries.values().stream().filter(e -> e.state() == state)
                .sorted(Comparator.comparing(InboxEntry::receivedAt).thenComparing(InboxEntry::key))
                .limit(limit).toList();
    }

    @Override
    public synchronized boolean requeue(String key, Instant now) {
        InboxEntry e = entries.get(key);
        if (e == null || e.state() != InboxEntry.State.FAILED) {
            return false;
        }
        entries.put(key, e.moved(InboxEntry.State.PENDING, 0, now, e.lastError(), null));
        return true;
    }

    @Override
    public synchronized int purge(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(e -> e.state() == InboxEntry.State.DONE && e.completedAt() != null
                && e.completedAt().isBefore(cutoff));
        return before - entries.size();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryInboxStore[" + entries.size() + " entries]";
    }
}
