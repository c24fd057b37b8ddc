package io.github.acubepl.transport.internal;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations in words for messages: {@code 300 ms}, {@code 1.5 s}, {@code 2 min}. */
public final class Durations {
    private Durations() {
    }

    public static String text(Duration d) {
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + " ms";
        }
        if (d.toSecondsPart() == 0 && d.toMillisPart() == 0 && d.toMinutes() > 0 && d.toHours() == 0) {
            return d.toMinutes() + " min";
        }
        if (d.compareTo(Duration.ofHours(1)) >= 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0
                && d.toMillisPart() == 0) {
            return d.toHours() + " h";
        }
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
