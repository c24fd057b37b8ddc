package io.github.acubepl.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long the client retries a call that may be repeated (GET, PUT, DELETE; a POST
 * only when it provably never left, or for login and validation): on connection failures, 5xx and
 * 429. The wait before retry {@code n} (1-based) is drawn uniformly from
 * {@code [0, min(maxBackoff, initialBackoff × multiplier^(n-1)))} ("full jitter"); on 429 and 503 a
 * {@code Retry-After} header replaces it, capped at {@link #maxRetryAfter()}. Immutable.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
    }

    /** At most 3 attempts; backoff from 500 ms, ×2, capped at 8 s; {@code Retry-After} capped at 30 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).multiplier(multiplier)
                .maxBackoff(maxBackoff).maxRetryAfter(maxRetryAfter);
    }

    /** The most attempts for one call, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The backoff cap before the first retry. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** The factor between consecutive backoff caps. */
    public double multiplier() {
        return multiplier;
    }

    /** The largest backoff cap. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** The longest wait a {@code Retry-After} header can impose; longer requests are cut to this. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts && initialBackoff.equals(p.initialBackoff)
                && Double.compare(multiplier, p.multiplier) == 0 && maxBackoff.equals(p.maxBackoff)
                && maxRetryAfter.equals(p.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialBackoff, multiplier, maxBackoff, maxRetryAfter);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
                + multiplier + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}; {@link #build()} checks the values. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private double multiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The most attempts, the first included (1 = no retry). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The backoff cap before the first retry. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
            return this;
        }

        /** The factor between consecutive backoff caps (at least 1). */
        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /** The largest backoff cap. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
            return this;
        }

        /** The longest wait a {@code Retry-After} header can impose. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalStateException if a value is out of range
         */
        public RetryPolicy build() {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IllegalStateException("maxAttempts must be between 1 and 100: " + maxAttempts);
            }
            if (initialBackoff.isNegative()) {
                throw new IllegalStateException("initialBackoff must not be negative: " + initialBackoff);
            }
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalStateException("multiplier must be a finite number of at least 1: " + multiplier);
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalStateException("maxBackoff " + maxBackoff + " is less than initialBackoff " + initialBackoff);
            }
            if (maxRetryAfter.isNegative()) {
                throw new IllegalStateException("maxRetryAfter must not be negative: " + maxRetryAfter);
            }
            return new RetryPolicy(this);
        }
    }
}
