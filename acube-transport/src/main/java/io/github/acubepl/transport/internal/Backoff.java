package io.github.acubepl.transport.internal;

import io.github.acubepl.transport.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The waits a {@link RetryPolicy} prescribes: full-jitter exponential backoff and capped
 * {@code Retry-After}. The policy is a value; this is its arithmetic.
 */
public final class Backoff {
    private Backoff() {
    }

    /**
     * The cap of the backoff before retry {@code retry} (1-based):
     * {@code min(maxBackoff, initialBackoff × multiplier^(retry-1))}.
     *
     * @throws IllegalArgumentException if {@code retry} is below 1
     */
    public static Duration cap(RetryPolicy policy, int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1: " + retry);
        }
        double nanos = policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), retry - 1.0);
        return nanos >= policy.maxBackoff().toNanos() ? policy.maxBackoff() : Duration.ofNanos((long) nanos);
    }

    /**
     * The wait before retry {@code retry} (1-based) for a jitter value {@code random} in [0, 1):
     * {@code cap(retry) × random}. Values outside [0, 1) are clamped.
     */
    public static Duration wait(RetryPolicy policy, int retry, double random) {
        double r = Double.isNaN(random) ? 0 : Math.min(Math.max(random, 0), Math.nextDown(1.0));
        return Duration.ofNanos((long) (cap(policy, retry).toNanos() * r));
    }

    /** The wait for a {@code Retry-After} of {@code requested}: at most {@code maxRetryAfter}, never negative. */
    public static Duration retryAfter(RetryPolicy policy, Duration requested) {
        Objects.requireNonNull(requested, "requested");
        if (requested.isNegative()) {
            return Duration.ZERO;
        }
        return requested.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : requested;
    }
}
