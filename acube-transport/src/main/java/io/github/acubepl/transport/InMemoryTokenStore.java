package io.github.acubepl.transport;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link TokenStore#inMemory()}: a map, with a lock per key. */
final class InMemoryTokenStore implements TokenStore {
    private final ConcurrentMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Optional<AccessToken> load(String key) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void save(String key, AccessToken token) {
        tokens.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(token, "token"));
    }

    @Override
    public void remove(String key) {
        tokens.remove(Objects.requireNonNull(key, "key"));
    }

    @Override
    public <T> T withLock(String key, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "TokenStore.inMemory[" + tokens.size() + " token(s)]";
    }
}
