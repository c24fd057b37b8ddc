package io.github.acubepl.webhook.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interval-plus-deadline schedule of docs/webhooks.md §8. */
class RetryScheduleTest {
    private static final Instant T0 = Instant.parse("2031-03-14T09:26:53Z");
    private static final RetrySchedule S = RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ofHours(8));

    private static Instant min(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    @Test
    void dueTimesAreAnchoredOnTheFirstAttempt() {
        assertEquals(T0, S.due(T0, 0));
        assertEquals(min(15), S.due(T0, 1));
        assertEquals(min(480), S.due(T0, 32));
        assertEquals(min(480), S.deadline(T0));
    }

    @Test
    void atMost33Attempts() {
        assertEquals(33, S.maxAttempts());
        assertEquals(33, RetrySchedule.standard().maxAttempts());
        assertEquals(1, RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ZERO).maxAttempts());
        assertEquals(3, RetrySchedule.fixedInterval(Duration.ofMinutes(7)).until(Duration.ofMinutes(20)).maxAttempts());
    }

    @Test
    void theDeadlineIsInclusive() {
        assertEquals(Optional.of(min(480)), S.nextAfter(T0, min(465)));
        assertEquals(Optional.empty(), S.nextAfter(T0, min(480)));
    }

    @Test
    void aLateAttemptIsFollowedByTheNextGridSlotNotABurst() {
        assertEquals(Optional.of(min(105)), S.nextAfter(T0, min(100)));
        assertEquals(Optional.of(min(30)), S.nextAfter(T0, min(15)));
        assertEquals(Optional.of(min(30)), S.nextAfter(T0, min(15).plusSeconds(30)), "a slow attempt does not shift the grid");
        assertEquals(Optional.of(min(480)), S.nextAfter(T0, min(470)), "the deadline slot still runs");
        assertEquals(Optional.empty(), S.nextAfter(T0, min(481)));
    }

    @Test
    void invalidSchedulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.fixedInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> RetrySchedule.fixedInterval(Duration.ofMinutes(1)).until(Duration.ofMinutes(-1)));
    }
}
