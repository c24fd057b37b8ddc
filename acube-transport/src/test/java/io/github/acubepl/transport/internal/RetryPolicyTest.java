package io.github.acubepl.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acubepl.transport.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void theDefaultsAreThreeAttemptsFrom500MsDoublingUpTo8s() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(3, p.maxAttempts());
        assertEquals(Duration.ofMillis(500), Backoff.cap(p, 1));
        assertEquals(Duration.ofMillis(1000), Backoff.cap(p, 2));
        assertEquals(Duration.ofMillis(4000), Backoff.cap(p, 4));
        assertEquals(Duration.ofSeconds(8), Backoff.cap(p, 5));
        assertEquals(Duration.ofSeconds(8), Backoff.cap(p, 60));
    }

    @Test
    void fullJitterScalesTheCap() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(Duration.ZERO, Backoff.wait(p, 1, 0.0));
        assertEquals(Duration.ofMillis(250), Backoff.wait(p, 1, 0.5));
        assertEquals(Duration.ofMillis(750), Backoff.wait(p, 2, 0.75));
        assertEquals(Duration.ZERO, Backoff.wait(p, 3, -1));
        assertEquals(Duration.ZERO, Backoff.wait(p, 3, Double.NaN));
        assertEquals(true, Backoff.wait(p, 3, 5.0).compareTo(Backoff.cap(p, 3)) < 0);
        assertThrows(IllegalArgumentException.class, () -> Backoff.wait(p, 0, 0.5));
    }

    @Test
    void retryAfterIsCapped() {
        RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();
        assertEquals(Duration.ofSeconds(3), Backoff.retryAfter(p, Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(10), Backoff.retryAfter(p, Duration.ofHours(1)));
        assertEquals(Duration.ZERO, Backoff.retryAfter(p, Duration.ofSeconds(-3)));
    }

    @Test
    void theBuilderChecksItsValues() {
        assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().maxAttempts(0).build());
        assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().multiplier(0.5).build());
        assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().multiplier(Double.NaN).build());
        assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(9)).build());
        assertEquals(1, RetryPolicy.none().maxAttempts());
        assertEquals(RetryPolicy.defaults(), RetryPolicy.defaults().toBuilder().build());
    }

    @Test
    void retryAfterHeadersAreDeltaSecondsOrHttpDates() {
        Instant now = Instant.parse("2031-03-14T09:26:53Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Fri, 14 Mar 2031 09:27:23 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 14 Mar 2031 08:26:53 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", now));
        assertEquals(Optional.empty(), RetryAfter.parse("", now));
        assertEquals(Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999999999", now));
    }
}
