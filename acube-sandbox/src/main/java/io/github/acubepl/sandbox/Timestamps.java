package io.github.acubepl.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the simulator writes them: ISO-8601 with an offset, whole seconds ({@code 2025-10-10T00:00:00+00:00}). */
final class Timestamps {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
