package io.github.acubepl.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The KSeF number of KSeF 2.0: {@code {NIP}-{YYYYMMDD}-{12 upper-case hex}-{CRC}}, 35 characters, where
 * {@code CRC} is the CRC-8 of the first 32 characters (polynomial 0x07, initial value 0x00, no
 * reflection, no final XOR) written as two upper-case hex digits. Known answer:
 * {@code 5555555555-20250828-010080615740-E4}.
 *
 * <p>The numbers KSeF 1.0 assigned (36 characters, with a hyphen in the middle of the hex part) do
 * not follow this checksum, and the FA schemas still accept both forms; {@link #assignedByKsef2}
 * tells which numbers can be checked.
 */
public final class KsefNumber {
    /** The 35-character form: an identifier of 10 characters, a date, 12 hex digits, 2 hex digits. */
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{10}-[0-9]{8}-[0-9A-F]{12}-[0-9A-F]{2}");
    /** The day KSeF 2.0 went into production; every number accepted since then is a KSeF 2.0 number. */
    private static final LocalDate KSEF_2 = LocalDate.of(2026, 2, 1);

    private KsefNumber() {
    }

    /**
     * The CRC-8 of {@code text} (its ASCII bytes) as two upper-case hex digits: polynomial 0x07,
     * initial value 0x00, no reflection, no final XOR ("123456789" gives {@code F4}).
     *
     * @param text ASCII text, such as the first 32 characters of a KSeF number
     * @return two hex digits
     * @throws IllegalArgumentException if {@code text} is not ASCII
     */
    public static String checksum(String text) {
        Objects.requireNonNull(text, "text");
        int crc = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("a KSeF number is ASCII");
            }
            crc ^= c;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return String.format(Locale.ROOT, "%02X", crc);
    }

    /**
     * Whether {@code number} has the 35-character form and a correct checksum.
     *
     * @param number the candidate
     * @return {@code true} if valid
     */
    public static boolean isValid(String number) {
        Objects.requireNonNull(number, "number");
        return FORMAT.matcher(number).matches() && checksum(number.substring(0, 32)).equals(number.substring(33));
    }

    /**
     * Whether {@code number}, in either form the schemas accept (35 characters, or 36 with a hyphen
     * after the sixth hex digit), was accepted on or after 1 February 2026, when KSeF 2.0 replaced
     * KSeF 1.0: such a number must pass {@link #isValid} once written in the 35-character form.
     *
     * @param number the candidate
     * @return {@code false} for a KSeF 1.0 number, an earlier date, or text that is not a KSeF number
     */
    public static boolean assignedByKsef2(String number) {
        Objects.requireNonNull(number, "number");
        String canonical = canonical(number);
        if (canonical == null || !FORMAT.matcher(canonical).matches()) {
            return false;
        }
        String d = canonical.substring(11, 19);
        try {
            LocalDate date = LocalDate.parse(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
            return !date.isBefore(KSEF_2);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The 35-character form of {@code number}: itself, or without the hyphen a 36-character number
     * carries after the sixth hex digit; {@code null} for any other length.
     *
     * @param number the candidate
     * @return the 35-character form, or {@code null}
     */
    public static String canonical(String number) {
        Objects.requireNonNull(number, "number");
        if (number.length() == 35) {
            return number;
        }
        if (number.length() == 36 && number.charAt(26) == '-') {
            return number.substring(0, 26) + number.substring(27);
        }
        return null;
    }
}
