package io.github.acubepl.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the simulated KSeF takes, on the sandbox clock: from {@code in_queue} to
 * {@code processing}, from {@code processing} to the outcome ({@code valid} or {@code invalid}),
 * and from {@code valid} to the UPO being available.
 *
 * @param toProcessing from acceptance by the platform ({@code in_queue}) to {@code processing}
 * @param toOutcome from {@code processing} to {@code valid} or {@code invalid}
 * @param toUpo from {@code valid} to the UPO being downloadable
 */
public record KsefDelays(Duration toProcessing, Duration toOutcome, Duration toUpo) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a delay is negative
     */
    public KsefDelays {
        check(toProcessing, "toProcessing");
        check(toOutcome, "toOutcome");
        check(toUpo, "toUpo");
    }

    private static void check(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }

    /** The contract's defaults: 2 s to {@code processing}, 2 s more to the outcome, the UPO 1 s after {@code valid}. */
    public static KsefDelays defaults() {
        return new KsefDelays(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** The time from acceptance to the outcome. */
    public Duration toDecision() {
        return toProcessing.plus(toOutcome);
    }

    /** The time from acceptance to the UPO of an invoice that turns {@code valid}. */
    public Duration total() {
        return toProcessing.plus(toOutcome).plus(toUpo);
    }
}
