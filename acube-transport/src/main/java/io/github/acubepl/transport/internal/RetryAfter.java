package io.github.acubepl.transport.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP-date (relative to the given now). */
public final class RetryAfter {
    private static final long MAX_SECONDS = 365L * 24 * 3600;

    private RetryAfter() {
    }

    public static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (v.length() > 12) {
                return Optional.of(Duration.ofSeconds(MAX_SECONDS));
            }
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(v), MAX_SECONDS)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
