package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Log;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP client a {@link Transport} sends through, and with it the pooled connections, replaced
 * by a fresh one when they may be dead (see docs/api-contract.md, "Long-lived connections"): after
 * an exchange failed on I/O (no answer in time, a reset, an early end of stream), after the pool
 * was idle for longer than the idle limit, and on {@link AcubeClient#reconnect()}. A CDN may
 * half-close a connection silently; the JDK client keeps it pooled (HTTP/2 multiplexes every call
 * over one), so without this a long-running client can fail every call until it is restarted.
 *
 * <p>Rebuilding once per failure, not once per failed thread: each exchange holds the
 * {@link Generation} it was sent on and reports a failure against it; only a report against the
 * current generation replaces it, so several threads failing on the same dead pool rebuild it
 * once. In-flight exchanges on an old generation finish or fail on it by themselves.
 *
 * <p>Releasing the old client: JDK 17's {@link HttpClient} has no {@code close()}. The old one is
 * simply dropped: its exchanges in flight complete, its idle connections are closed by the JDK
 * when its keep-alive timer expires, and its selector thread ends once the client is unreachable
 * and has nothing in flight (the JDK stops it when the client is garbage collected). Nothing here
 * keeps a reference to it.
 *
 * <p>An HTTP client given by the application ({@code AcubeClient.Builder.httpClient}) is never
 * replaced: its connections are the application's to manage ({@code factory} is {@code null}).
 * Idleness is measured on the client's ticker, never on the wall clock. Thread-safe.
 */
final class HttpConnections {
    private final @Nullable Supplier<HttpClient> factory;
    private final LongSupplier ticker;
    private volatile Generation current;
    /** Exchanges in flight on any generation: a pool busy with a long exchange is not idle. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** When the last exchange began or ended (ticker nanoseconds). */
    private final AtomicLong lastActivity;

    /** One HTTP client and its number (1 for the first, +1 for each rebuild). */
    static final class Generation {
        final HttpClient http;
        final long number;

        private Generation(HttpClient http, long number) {
            this.http = http;
            this.number = number;
        }
    }

    /**
     * @param factory makes a fresh HTTP client; {@code null} when the application gave its own (never replaced)
     * @param first the client to start with
     * @param ticker a monotonic nanosecond counter
     */
    HttpConnections(@Nullable Supplier<HttpClient> factory, HttpClient first, LongSupplier ticker) {
        this.factory = factory;
        this.ticker = ticker;
        this.current = new Generation(first, 1);
        this.lastActivity = new AtomicLong(ticker.getAsLong());
    }

    /** Whether the client is replaced when it may be dead (it is ours, not the application's). */
    boolean replaceable() {
        return factory != null;
    }

    /**
     * The generation to send an exchange on, first rebuilt if the pool has been idle for
     * {@code maxIdleNanos} or more; pair with {@link #done()}.
     */
    Generation begin(long maxIdleNanos) {
        Generation g = current;
        long now = ticker.getAsLong();
        long idle = now - lastActivity.get();
        if (factory != null && inFlight.get() == 0 && idle >= maxIdleNanos) {
            g = replace(g, "the connections were idle for " + idle / 1_000_000_000L + " s");
        }
        inFlight.incrementAndGet();
        lastActivity.set(now);
        return g;
    }

    /** Ends an exchange begun with {@link #begin(long)}. */
    void done() {
        lastActivity.set(ticker.getAsLong());
        inFlight.decrementAndGet();
    }

    /**
     * An exchange sent on {@code failed} met an I/O failure ({@code why}, no secrets): the pool may
     * be dead. Rebuilds it unless another thread already did since.
     */
    void failed(Generation failed, String why) {
        if (factory != null) {
            replace(failed, "an exchange failed: " + why);
        }
    }

    /** Replaces the client now (for {@link AcubeClient#reconnect()}); nothing for an application's client. */
    void reconnect() {
        if (factory != null) {
            synchronized (this) {
                replace(current, "a reconnect was asked for");
            }
        }
    }

    /** The HTTP client in use now (tests). */
    HttpClient current() {
        return current.http;
    }

    /** The current generation's number (tests). */
    long generation() {
        return current.number;
    }

    /** Replaces {@code seen} by a fresh client, unless it is no longer current; returns the current one. */
    private synchronized Generation replace(Generation seen, String why) {
        Generation g = current;
        if (g != seen || factory == null) {
            return g;
        }
        Generation fresh = new Generation(factory.get(), g.number + 1);
        current = fresh;
        lastActivity.set(ticker.getAsLong());
        Log.LOGGER.log(Level.INFO, () -> "opening fresh HTTP connections (" + why + "); calls already on the old "
                + "ones finish on them");
        return fresh;
    }
}
