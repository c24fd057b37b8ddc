package io.github.acubepl.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the client keeps its login tokens, one per key. The client's key is the environment's
 * common URL and the account's email ({@code https://common-sandbox.api.acubeapi.com|you@example.com});
 * implementations must treat it as personal data (the file store names files by its hash).
 *
 * <p>Implementations must be thread-safe. The client calls {@link #withLock(String, Supplier)}
 * around "load, and if missing or expiring, log in and save", so that clients sharing one store
 * (in one process or, for a file store, in several) log in once between them.
 */
public interface TokenStore {

    /** The token saved under {@code key}, if any (expired or not: the client checks). */
    Optional<AccessToken> load(String key);

    /** Saves (replaces) the token under {@code key}. */
    void save(String key, AccessToken token);

    /** Removes the token under {@code key}, if any. */
    void remove(String key);

    /**
     * Runs {@code action} while holding this store's lock for {@code key}, excluding other holders
     * of the same key. The default runs it without a lock, which is right for a store used by one
     * client only.
     */
    default <T> T withLock(String key, Supplier<T> action) {
        Objects.requireNonNull(key, "key");
        return action.get();
    }

    /** A store in memory: tokens live as long as the store. Clients sharing it log in once. */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /**
     * A store of files in {@code directory} (created {@code rwx------} if missing): one file per key,
     * named by the SHA-256 of the key, written atomically with permissions {@code rw-------}, and one
     * lock file ({@code .lock}) so that separate processes (runs of the CLI) reuse one token.
     *
     * <p>The folder is checked before each use. It must be a folder of the current user, not a
     * symbolic link (refused rather than followed; its parents may be links) and not a shared folder
     * with the sticky bit. A folder open to its group or to others is made owner-only, with one
     * warning in the log; if that is impossible, or any other rule is broken, the store refuses with
     * an {@link AcubeException} saying why (the client's call then fails with it). On file systems
     * without POSIX permissions only the link rule applies.
     */
    static TokenStore file(Path directory) {
        return file(directory, DEFAULT_LOCK_WAIT);
    }

    /** How long {@link #file(Path)} waits for another process's hold on the folder's lock: 2 minutes. */
    Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(2);

    /**
     * {@link #file(Path)}, waiting at most {@code lockWait} for another process that holds the
     * folder's lock (one logging in, or one stopped with Ctrl-Z while it did); then the call fails
     * with an {@link AcubeException} saying so, instead of waiting for ever.
     */
    static TokenStore file(Path directory, Duration lockWait) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative: " + lockWait);
        }
        return new FileTokenStore(directory, lockWait);
    }

    /**
     * {@link #file(Path)} in the {@code tokens} folder of the A-Cube home: the directory named by the
     * environment variable {@code ACUBE_HOME}, else {@code ~/.acube}.
     */
    static TokenStore fileInAcubeHome() {
        return file(FileTokenStore.acubeHome(System.getenv(), System.getProperty("user.home", ".")).resolve("tokens"));
    }
}
