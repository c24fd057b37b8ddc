package io.github.acubepl.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** {@link IdempotencyStore#inMemory()}. */
final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final ConcurrentHashMap<String, Instant> keys = new ConcurrentHashMap<>();

    @Override
    public boolean contains(String key) {
        return keys.containsKey(Objects.requireNonNull(key, "key"));
    }

    @Override
    public boolean record(String key, Instant at) {
        return keys.putIfAbsent(Objects.requireNonNull(key, "key"), Objects.requireNonNull(at, "at")) == null;
    }

    @Override
    public int purge(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        int[] removed = {0};
        keys.entrySet().removeIf(e -> {
            boolean old = e.getValue().isBefore(cutoff);
            if (old) {
                removed[0]++;
            }
            return old;
        });
        return removed[0];
    }

    @Override
    public String toString() {
        return "InMemoryIdempotencyStore[" + keys.size() + " keys]";
    }
}
