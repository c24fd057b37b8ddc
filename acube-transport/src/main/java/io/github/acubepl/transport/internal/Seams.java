package io.github.acubepl.transport.internal;

import io.github.acubepl.transport.AcubeClient;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link AcubeClient.Builder} that are not API: how to wait between retries,
 * the jitter source, the monotonic ticker deadlines are measured with, and the table of path
 * templates. Tests replace them (record the waits instead of sleeping, move time by hand, point a
 * call at another path); callers of the library have no reason to, so the builder does not show
 * them. This package is not exported: only code on the class path (the repository's own tests)
 * reaches it.
 */
public final class Seams {
    private static volatile @Nullable Function<AcubeClient.Builder, Seams> access;

    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private LongSupplier ticker = System::nanoTime;
    private Endpoints endpoints = Endpoints.defaults();

    /** The defaults: real sleeping, random jitter, {@link System#nanoTime()}, the documented paths. */
    public Seams() {
    }

    /** A copy (for {@code AcubeClient.newBuilder()}). */
    public Seams copy() {
        Seams c = new Seams();
        c.sleeper = sleeper;
        c.jitter = jitter;
        c.ticker = ticker;
        c.endpoints = endpoints;
        return c;
    }

    /**
     * Called once by {@link AcubeClient.Builder}'s class initialiser, to hand out its seams.
     *
     * @throws IllegalStateException if called again
     */
    public static synchronized void register(Function<AcubeClient.Builder, Seams> builderSeams) {
        if (access != null) {
            throw new IllegalStateException("the builder's seams are registered already");
        }
        access = Objects.requireNonNull(builderSeams, "builderSeams");
    }

    /** The seams of {@code builder}: changes apply to the clients it builds from now on. */
    public static Seams of(AcubeClient.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        Function<AcubeClient.Builder, Seams> a = access;
        if (a == null) {
            throw new IllegalStateException("AcubeClient.Builder did not register its seams");
        }
        return a.apply(builder);
    }

    /** How to wait between retries (default {@link Sleeper#system()}). */
    public Seams sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /** The jitter source: values in [0, 1) that scale each backoff; must be thread-safe. */
    public Seams jitter(DoubleSupplier jitter) {
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        return this;
    }

    /** The monotonic nanosecond counter deadlines are measured with (tests move it by hand). */
    public Seams ticker(LongSupplier ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        return this;
    }

    /** The path templates (default {@link Endpoints#defaults()}). */
    public Seams endpoints(Endpoints endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        return this;
    }

    /** How to wait between retries. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The jitter source. */
    public DoubleSupplier jitter() {
        return jitter;
    }

    /** The monotonic ticker. */
    public LongSupplier ticker() {
        return ticker;
    }

    /** The path templates. */
    public Endpoints endpoints() {
        return endpoints;
    }
}
