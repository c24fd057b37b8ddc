package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How {@code --timeout} is spent ({@link ApiOptions.Budget}): pure arithmetic, no clock. */
class ApiOptionsTest {
    /**
     * Review of issue 7's work, finding 8: with {@code --timeout} up to 20 s the connect timeout equalled the
     * per-attempt time, so for a connect that hangs whichever timer fired first decided between "never sent"
     * (exit 4) and "outcome unknown" (exit 5) for a POST. The connect timer now fires well before the attempt's,
     * for every allowed --timeout.
     */
    @Test
    void theConnectTimerFiresBeforeTheAttemptTimer() {
        for (int seconds = ApiOptions.MIN_TIMEOUT; seconds <= ApiOptions.MAX_TIMEOUT; seconds++) {
            ApiOptions.Budget b = ApiOptions.Budget.of(Duration.ofSeconds(seconds));
            String where = "--timeout " + seconds + ": " + b;
            assertTrue(b.connect().compareTo(b.perAttempt().multipliedBy(3).dividedBy(4)) <= 0, where);
            assertTrue(b.connect().compareTo(Duration.ofMillis(300)) >= 0, "time to connect on a slow link: " + where);
            assertTrue(b.connect().compareTo(Duration.ofSeconds(10)) <= 0, where);
            if (b.perAttempt().compareTo(Duration.ofMillis(1334)) >= 0) {
                assertTrue(b.connect().compareTo(Duration.ofSeconds(1)) >= 0, "at least 1 s where it fits: " + where);
            }
            assertTrue(b.pause().plus(b.perAttempt().multipliedBy(2)).compareTo(b.call()) <= 0,
                    "two attempts and the pause fit the budget: " + where);
        }
        ApiOptions.Budget usual = ApiOptions.Budget.of(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(14), usual.perAttempt());
        assertEquals(Duration.ofSeconds(7), usual.connect());
    }
}
