package io.github.acubepl.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A timestamp as A-Cube sends it, in either of its two formats: ISO-8601 with an offset
 * ({@code 2025-10-10T00:00:00+00:00}) or {@code yyyy-MM-dd HH:mm:ss} with no zone
 * ({@code 2022-10-07 11:59:12}). The raw string is always kept. A zone-less value is never given a
 * zone silently: converting it to an instant needs a {@link ZoneId} from the caller. Equal by raw
 * string.
 */
public final class AcubeTimestamp {
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();
    private static final DateTimeFormatter SPACE_SEPARATED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().toFormatter();

    private final String raw;
    private final @Nullable OffsetDateTime withOffset;
    private final @Nullable LocalDateTime local;

    private AcubeTimestamp(String raw, @Nullable OffsetDateTime withOffset, @Nullable LocalDateTime local) {
        this.raw = raw;
        this.withOffset = withOffset;
        this.local = local;
    }

    /** Parses {@code raw}; never fails: an unreadable value keeps only its raw string. */
    public static AcubeTimestamp parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String s = raw.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON}) {
            try {
                return new AcubeTimestamp(raw, OffsetDateTime.parse(s, f), null);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {SPACE_SEPARATED, DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                return new AcubeTimestamp(raw, null, LocalDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return new AcubeTimestamp(raw, null, null);
    }

    /** The string as received. */
    public String raw() {
        return raw;
    }

    /** Whether the value could be parsed in one of the two formats. */
    public boolean isParsed() {
        return withOffset != null || local != null;
    }

    /** Whether the value carries an offset (and so names an instant). */
    public boolean hasOffset() {
        return withOffset != null;
    }

    /** The value with its offset, if it has one. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return Optional.ofNullable(withOffset);
    }

    /** The date and time as written, without zone or offset, if the value could be parsed. */
    public Optional<LocalDateTime> localDateTime() {
        return withOffset != null ? Optional.of(withOffset.toLocalDateTime()) : Optional.ofNullable(local);
    }

    /** The instant, only for a value with an offset; zone-less values need {@link #toInstant(ZoneId)}. */
    public Optional<Instant> toInstant() {
        return withOffset == null ? Optional.empty() : Optional.of(withOffset.toInstant());
    }

    /**
     * The instant: from the value's own offset if it has one, else reading the zone-less value in
     * {@code zoneIfAbsent} (for legacy A-Cube values that is most likely {@code Europe/Warsaw}, but
     * the caller decides).
     */
    public Optional<Instant> toInstant(ZoneId zoneIfAbsent) {
        Objects.requireNonNull(zoneIfAbsent, "zoneIfAbsent");
        if (withOffset != null) {
            return Optional.of(withOffset.toInstant());
        }
        return local == null ? Optional.empty() : Optional.of(local.atZone(zoneIfAbsent).toInstant());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AcubeTimestamp t && raw.equals(t.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** The raw string. */
    @Override
    public String toString() {
        return raw;
    }
}
