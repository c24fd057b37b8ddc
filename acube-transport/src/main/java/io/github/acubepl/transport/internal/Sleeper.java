package io.github.acubepl.transport.internal;

import java.time.Duration;

/**
 * Waits between retries. Injected so that tests record the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException if the thread was interrupted (the client then gives up)
     */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep(long, int)}. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
