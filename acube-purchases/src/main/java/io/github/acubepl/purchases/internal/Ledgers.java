package io.github.acubepl.purchases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the ledgers share: argument checks and the stored precision. */
public final class Ledgers {
    /** The longest error text a ledger keeps. */
    public static final int MAX_ERROR = 500;

    private Ledgers() {
    }

    /** {@link Text#id}. */
    public static String id(@Nullable String value, String parameter) {
        return Text.id(value, parameter);
    }

    /** {@code d} if positive; {@link IllegalArgumentException} naming {@code parameter} otherwise. */
    public static Duration positive(@Nullable Duration d, String parameter) {
        Objects.requireNonNull(d, parameter);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(parameter + " must be positive: " + d);
        }
        return d;
    }

    /** {@code instant} truncated to the stored precision (milliseconds). */
    public static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** An error text as stored: at most {@link #MAX_ERROR} characters. */
    public static String error(String error) {
        String s = Text.shortText(error, MAX_ERROR);
        return s == null ? "" : s;
    }
}
