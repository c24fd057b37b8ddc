package io.github.acubepl.webhook.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the {@link DeliveryQueue} attempts a delivery (docs/webhooks.md §8): a fixed interval
 * until a deadline, anchored on the first attempt {@code t0}. {@code due(n) = t0 + n × interval};
 * the deadline {@code t0 + window} is inclusive; a late attempt is followed by the first grid slot
 * after it (missed slots are not replayed). A-Cube-style: {@link #standard()} = every 15 minutes
 * for 8 hours, at most 33 attempts.
 *
 * <pre>{@code RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ofHours(8))}</pre>
 */
public final class RetrySchedule {
    private static final RetrySchedule STANDARD = fixedInterval(Duration.ofMinutes(15)).until(Duration.ofHours(8));

    private final Duration interval;
    private final Duration window;

    private RetrySchedule(Duration interval, Duration window) {
        this.interval = interval;
        this.window = window;
    }

    /** Every 15 minutes for 8 hours. */
    public static RetrySchedule standard() {
        return STANDARD;
    }

    /** A schedule with attempts every {@code interval} (positive); finish it with {@link Builder#until}. */
    public static Builder fixedInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
        return new Builder(interval);
    }

    /** The interval between due times. */
    public Duration interval() {
        return interval;
    }

    /** The window after {@code t0} in which attempts may be due (inclusive). */
    public Duration window() {
        return window;
    }

    /** {@code t0 + n × interval}. */
    public Instant due(Instant t0, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return t0.plus(interval.multipliedBy(n));
    }

    /** The deadline {@code t0 + window}: an attempt due exactly then still runs. */
    public Instant deadline(Instant t0) {
        return t0.plus(window);
    }

    /** The most attempts a window can hold: {@code 1 + floor(window / interval)}. */
    public int maxAttempts() {
        return (int) Math.min(Integer.MAX_VALUE, 1 + window.dividedBy(interval));
    }

    /**
     * The next due time after an attempt made at {@code attemptAt}: the first {@code due(m)} later
     * than it, if that is not after the deadline; empty when the window is over.
     */
    public Optional<Instant> nextAfter(Instant t0, Instant attemptAt) {
        Objects.requireNonNull(t0, "t0");
        Objects.requireNonNull(attemptAt, "attemptAt");
        Instant next;
        if (attemptAt.isBefore(t0)) {
            next = t0;
        } else {
            long elapsedSlots = Duration.between(t0, attemptAt).dividedBy(interval);
            next = t0.plus(interval.multipliedBy(elapsedSlots + 1));
        }
        return next.isAfter(deadline(t0)) ? Optional.empty() : Optional.of(next);
    }

    @Override
    public String toString() {
        return "RetrySchedule[every " + interval + " until " + window + "]";
    }

    /** The second half of {@link RetrySchedule#fixedInterval(Duration)}. */
    public static final class Builder {
        private final Duration interval;

        private Builder(Duration interval) {
            this.interval = interval;
        }

        /** The window after the first attempt in which attempts are made (inclusive; not negative). */
        public RetrySchedule until(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) {
                throw new IllegalArgumentException("the window must not be negative: " + window);
            }
            return new RetrySchedule(interval, window);
        }
    }
}
