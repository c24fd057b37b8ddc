package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Jwt;
import io.github.acubepl.transport.internal.Log;
import io.github.acubepl.transport.internal.Redaction;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The token of one (environment, email): cached in memory and in the {@link TokenStore}, renewed
 * when {@code now + margin >= exp}, obtained by one login however many callers need it at once
 * (single flight: the first caller logs in, the others wait for its result, success or failure).
 */
final class TokenManager {
    /** The platform's token lifetime, assumed when a JWT carries no readable {@code exp}. */
    static final Duration ASSUMED_LIFETIME = Duration.ofHours(24);

    private final String key;
    private final String who;
    private final Credentials credentials;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private final Function<Credentials, String> login;

    private final Object lock = new Object();
    private volatile @Nullable AccessToken current;
    private @Nullable CompletableFuture<AccessToken> flight;
    /** Callers waiting for another caller's login (tests wait for it to reach a count instead of sleeping). */
    private final AtomicInteger waiting = new AtomicInteger();

    TokenManager(Environment environment, Credentials credentials, TokenStore store, Clock clock, Duration margin,
            Function<Credentials, String> login) {
        this.key = key(environment, credentials);
        this.who = Redaction.maskEmail(credentials.email()) + " at " + environment;
        this.credentials = credentials;
        this.store = store;
        this.clock = clock;
        this.margin = margin;
        this.login = login;
    }

    /** The store key: the common URL and the email (lower case), e.g. {@code https://common…|you@example.com}. */
    static String key(Environment environment, Credentials credentials) {
        return environment.commonUrl() + "|" + credentials.email().toLowerCase(Locale.ROOT);
    }

    String key() {
        return key;
    }

    /** A token with more than the margin left: the cached one, the stored one, or a new login. */
    AccessToken token() {
        AccessToken t = current;
        if (t != null && t.isUsableAt(clock.instant(), margin)) {
            return t;
        }
        return obtain(false);
    }

    /** Logs in now, whatever is cached (callers already waiting for a login share it). */
    AccessToken renew() {
        return obtain(true);
    }

    /** Forgets {@code stale} (refused with 401) here and in the store, unless it was already replaced. */
    void invalidate(AccessToken stale) {
        synchronized (lock) {
            AccessToken t = current;
            if (t != null && t.value().equals(stale.value())) {
                current = null;
            }
        }
        try {
            store.withLock(key, () -> {
                Optional<AccessToken> stored = store.load(key);
                if (stored.isPresent() && stored.get().value().equals(stale.value())) {
                    store.remove(key);
                }
                return null;
            });
        } catch (RuntimeException e) {
            Log.LOGGER.log(Level.WARNING, () -> "cannot remove a refused token from " + store + ": " + e);
        }
    }

    private AccessToken obtain(boolean force) {
        CompletableFuture<AccessToken> f;
        boolean leader;
        synchronized (lock) {
            AccessToken t = current;
            if (!force && t != null && t.isUsableAt(clock.instant(), margin)) {
                return t;
            }
            if (flight != null) {
                f = flight;
                leader = false;
            } else {
                f = new CompletableFuture<>();
                flight = f;
                leader = true;
            }
        }
        if (leader) {
            try {
                AccessToken t = withStoreLock(force);
                current = t;
                f.complete(t);
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            } finally {
                synchronized (lock) {
                    flight = null;
                }
            }
        }
        if (!leader) {
            waiting.incrementAndGet();
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcubeConnectionException("interrupted while waiting for the login of " + who, "POST", "/login", 0, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (!leader) {
                waiting.decrementAndGet();
            }
        }
    }

    /** How many callers are waiting for a login that another caller is making. */
    int waiting() {
        return waiting.get();
    }

    private AccessToken withStoreLock(boolean force) {
        return store.withLock(key, () -> loadOrLogin(force));
    }

    private AccessToken loadOrLogin(boolean force) {
        if (!force) {
            Optional<AccessToken> stored;
            try {
                stored = store.load(key);
            } catch (RuntimeException e) {
                // A broken store must not break the client: log in as if nothing were stored.
                Log.LOGGER.log(Level.WARNING, () -> "cannot read the token store " + store + " (" + e + ")");
                stored = Optional.empty();
            }
            if (stored.isPresent() && stored.get().isUsableAt(clock.instant(), margin)) {
                AccessToken reused = stored.get();
                Log.LOGGER.log(Level.DEBUG, () -> "reusing the stored token of " + who + ", valid until "
                        + reused.expiresAt());
                return reused;
            }
        }
        return loginNow();
    }

    private AccessToken loginNow() {
        Log.LOGGER.log(Level.INFO, () -> "logging in as " + who);
        String jwt = login.apply(credentials);
        Instant expiresAt = Jwt.expiry(jwt).orElseGet(() -> {
            Instant assumed = clock.instant().plus(ASSUMED_LIFETIME);
            Log.LOGGER.log(Level.WARNING, () -> "the token of " + who + " has no readable exp; assuming it expires at "
                    + assumed);
            return assumed;
        });
        AccessToken token = new AccessToken(jwt, expiresAt);
        Log.LOGGER.log(Level.INFO, () -> "logged in as " + who + "; the token is valid until " + expiresAt);
        try {
            store.save(key, token);
        } catch (RuntimeException e) {
            Log.LOGGER.log(Level.WARNING, () -> "cannot save the token in " + store + ": " + e);
        }
        return token;
    }
}
