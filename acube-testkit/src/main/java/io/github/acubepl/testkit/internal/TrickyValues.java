package io.github.acubepl.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lexical values that tend to split validators: whitespace, signs and leading zeros, exponents,
 * decimal commas, non-ASCII digits, lengths at and one past every limit of the FA schemas, digit
 * counts at and past {@code totalDigits}/{@code fractionDigits}, impossible and boundary dates,
 * date-times with and without zones, codes in the wrong case, NIPs and accounts with separators.
 * Not part of the API.
 */
public final class TrickyValues {
    /** Every maxLength (and some minLength) of the FA(1) schema set. */
    static final int[] LENGTHS = {1, 2, 3, 8, 9, 10, 13, 16, 20, 30, 36, 50, 56, 65, 81, 240, 255, 256, 512, 3500};

    /** Fixed values for attributes. */
    public static final List<String> ATTRIBUTE = List.of("", " ", "FA (1)", "FA (2)", "FA (3)", "FA(1)", "FA  (1)",
            " FA (1)", "FA (1) ", "FA (1)\t", "fa (1)", "FA\u00a0(1)", "FA (١)", "1-0E", "1-0e", " 1-0E", "1-0E ",
            "1-0", "1.0E", "FA", "1", "x");

    static final List<String> WHITESPACE = List.of("", " ", "\t", "\n", "  \t\n ", "\r\n", "\u00a0", "\u2028", "\u2029",
            "\u3000", "\ufeff", "\u200b", "\u0085", "\u0080", "\ufffd", "\ud83d\ude00", "a\u0301");
    static final List<String> NUMBERS = List.of("0", "1", "2", "3", "7", "-1", "+1", "01", "001", "+01", "1.0", "1.00",
            "1.000", "-0", "+0", "0.00", "-0.00", "00", ".5", "5.", "-.5", "+.5", ".", "-", "+", "1e3", "1E3", "1e-2",
            "1,5", "1 000", "1_000", "0x10", "Infinity", "-INF", "INF", "NaN", "12.345", "12.500", "12.5000000",
            "0.001", "0.000001", "0.0000001", "1.999999", "100", "100.0", "100.000001", "100.01", "99.999999", "-100",
            "101", "0.1e1");
    static final List<String> DIGIT_COUNTS = List.of("123456789012345678", "1234567890123456789", "9999999999999999.99",
            "99999999999999999.99", "-9999999999999999.99", "1234567890123456.78", "12345678901234567.8",
            "10000000000000000", "0000000000000000000001.00", "1234567890123456789012", "12345678901234567890123",
            "1234567890123456.123456", "1234567890123456.1234567", "99999999999999", "100000000000000",
            "00000000000000000099999999999999", "123456789", "1234567890", "123.456789", "123.4567891", "1.123456",
            "1.1234567");
    static final List<String> UNICODE_DIGITS = List.of("\u0663", "\uff13", "\u0661\u0662\u0663", "\u00b2", "\u09e9",
            "1\u0660", "\uff10\uff11-\uff10\uff10\uff11");
    static final List<String> DATES = List.of("2022-02-29", "2024-02-29", "2022-13-01", "2022-00-10", "2022-04-31",
            "2022-01-32", "2005-12-31", "2006-01-01", "2016-06-30", "2016-07-01", "2021-12-31", "2022-01-01",
            "2050-01-01", "2050-01-02", "2050-12-31", "2051-01-01", "1899-12-31", "1900-01-01", "2024-02-29Z",
            "2024-02-29+01:00", "2024-02-29-14:00", "2024-1-1", "20240101", "2024/01/01", "-2024-01-01", "12024-01-01",
            "0000-01-01", "2024-02-29T00:00:00", " 2024-02-29", "2024-02-29 ");
    static final List<String> DATE_TIMES = List.of("2024-01-01T10:00:00Z", "2024-01-01T10:00:00",
            "2024-01-01T10:00:00+14:00", "2024-01-01T10:00:00+14:01", "2024-01-01T10:00:00-14:00",
            "2024-01-01T10:00:00-14:01", "2024-01-01T10:00:00+13:60", "2024-01-01T10:00:00+1:00",
            "2024-01-01T10:00:00+00:00", "2024-01-01T10:00:00-00:00", "2024-01-01T24:00:00Z", "2024-01-01T24:00:01Z",
            "2024-01-01T23:59:60Z", "2024-01-01T10:00:00.123456789Z", "2024-01-01T10:00:00.5+01:00",
            "2024-01-01T10:00:00.Z", "2024-01-01T10:00Z", "2024-01-01 10:00:00Z", "2024-01-01t10:00:00z",
            "2021-09-30T23:59:59Z", "2021-10-01T00:00:00Z", "2021-12-31T23:59:59Z", "2021-12-31T23:59:59.999Z",
            "2022-01-01T00:00:00Z", "2021-12-31T23:00:00-01:00", "2022-01-01T00:30:00+01:00", "2021-12-31T24:00:00Z",
            "2021-12-31T23:00:00", "2021-12-31T09:00:00", "2050-01-01T23:59:59Z", "2050-01-01T23:59:59.000Z",
            "2050-01-01T23:59:59.0000001Z", "2050-01-01T24:00:00Z", "2050-01-02T00:00:00+01:00", "2050-01-02T00:00:00Z",
            "2050-01-01T23:59:59", "2050-01-02T10:00:00", "2050-01-02T14:00:00", "2050-01-01T10:00:00-14:00",
            "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "2024-02-30T10:00:00Z");
    static final List<String> CODES = List.of("vat", "Vat", "VAT ", " VAT", "VAT\u00a0", "kor", "KOR_zal", "pl", "Pl",
            "PL ", "pln", "Pln", "PLN\t", "eur", "EUR ", "ZW", "Zw", "OO", "NP", "np ", "gtu_01", "GTU_1", "GTU_14",
            "GTU_01 ", "FA", "fa", "FA ", "EL", "GR", "XI", "PL", "DE", "XX", "23", "24", "23%", "0.23", "23.0", "08",
            "8.0", "+8", "wsto_ee", "WSTO_EE ", "I_42", "I_63", "TT_D");
    static final List<String> IDENTIFIERS = List.of("123-456-32-18", "123 456 32 18", "1234563218", "1234563219",
            "0234563218", "1004563218", "1010000000", "PL1234563218", "123456321", "12345632189", " 1234563218",
            "1234563218 ", "\uff11234563218", "00-001", "00001", "00 001", "0-0001", "00-0001",
            "\u0660\u0660-\u0660\u0660\u0661", "61109010140000071219812874", "6110901014000007121981287",
            "611090101400000712198128744", "PL61109010140000071219812874", "61 1090 1014 0000 0712 1981 2874",
            "BPKOPLPW", "BPKOPLPWXXX", "bpkoplpw", "BPKOPLPWX", "BPKOPL1W", "a@b", "@b", "a@", "ab", "a b@c", "a@b@c",
            "1234563218-20220101-ABCDEF-ABCDEF-AB", "1234563218-20220101-ABCDEF-ABCDEF-ab",
            "1234563218-20220101-ABCDEFABCDEF-AB", "1234563218-20191231-ABCDEF-ABCDEF-AB",
            "M123456789-20240229-000000-000000-00", "ABC1234567-20241301-000000-000000-00");

    /** Strings at and one past every length limit, with and without spaces, and beyond the BMP. */
    static final List<String> LENGTH_VALUES = lengths();

    /** Fixed values for element text: all the sections. */
    public static final List<String> TEXT = all();

    private TrickyValues() {
    }

    private static List<String> lengths() {
        List<String> v = new ArrayList<>();
        for (int n : LENGTHS) {
            v.add(repeat("a", n));
            v.add(repeat("a", n + 1));
        }
        Collections.addAll(v, repeat("ab ", 86).strip(), " " + repeat("a", 256) + " ", repeat("a", 128) + "  "
                + repeat("a", 127), repeat("a", 257) + " ", repeat("\ud83d\ude00", 128), repeat("\ud83d\ude00", 129),
                repeat("\ud83d\ude00", 25) + "a", repeat("\ud83d\ude00", 26), repeat("\ud83d\ude00", 8),
                repeat("\ud83d\ude00", 9), repeat("ż", 257), repeat("x\n", 1751), repeat("1", 26),
                repeat("A", 30), repeat("A", 31));
        return List.copyOf(v);
    }

    private static List<String> all() {
        List<String> v = new ArrayList<>();
        for (List<String> section : List.of(WHITESPACE, NUMBERS, DIGIT_COUNTS, UNICODE_DIGITS, DATES, DATE_TIMES, CODES,
                IDENTIFIERS, LENGTH_VALUES)) {
            v.addAll(section);
        }
        return List.copyOf(v);
    }

    /**
     * Values specific to one version: codes valid in another version only (FA(3)'s {@code 0 KR} and
     * {@code np I} in FA(2), FA(2)'s {@code 0} and {@code np} in FA(3)), the bounds of the version's
     * creation time and its own lengths, variants and attachment column types.
     *
     * @param version {@code FA(1)}, {@code FA(2)} or {@code FA(3)}
     */
    public static List<String> forVersion(String version) {
        return switch (version) {
            case "FA(1)" -> List.of("1", "2", "3", "FA (2)", "0 KR", "np", "np I", "2021-12-31T23:59:59Z",
                    "2022-01-01T00:00:00Z", "2022-01-01T00:00:00+01:00");
            case "FA(2)" -> List.of("1", "3", "0 KR", "0 WDT", "0 EX", "np I", "np II", "0", "np", "11", "2",
                    "2021-12-31T23:59:59Z", "2022-01-01T00:00:00Z", "2022-01-01T00:59:59+01:00", "x".repeat(256),
                    "x".repeat(257), "A".repeat(32), "A".repeat(33), "PL", "DE");
            case "FA(3)" -> List.of("1", "2", "0", "np", "0 KR", "0 WDT", "0 EX", "np I", "np II", "11", "12",
                    "2025-08-31T23:59:59Z", "2025-09-01T00:00:00Z", "2025-09-01T00:59:59+01:00", "x".repeat(512),
                    "x".repeat(513), "A".repeat(34), "A".repeat(35), "txt", "TXT", "dec", "decimal", "datetime",
                    "123abcdefghij", "12abcdefghijk", "123abcdefghi", "https://a.pl/?IPKSeF=123abcdefghij");
            default -> throw new IllegalArgumentException("no FA version '" + version + "'");
        };
    }

    /**
     * Values for replacing {@code current}: variants of it, then the sections that suit its shape
     * (date, date-time, number, code, text), then whitespace and non-ASCII digits.
     */
    public static List<String> forValue(String current) {
        List<String> v = new ArrayList<>(derived(current));
        String c = current.strip();
        if (c.matches("\\d{4}-\\d{2}-\\d{2}")) {
            v.addAll(DATES);
        } else if (c.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            v.addAll(DATE_TIMES);
        } else if (c.matches("-?\\d+(\\.\\d+)?")) {
            v.addAll(NUMBERS);
            v.addAll(DIGIT_COUNTS);
            if (c.length() >= 8) {
                v.addAll(IDENTIFIERS);
            }
        } else if (c.matches("[A-Za-z0-9_ ()-]{1,16}")) {
            v.addAll(CODES);
            v.addAll(IDENTIFIERS);
        } else {
            v.addAll(LENGTH_VALUES);
        }
        v.addAll(WHITESPACE);
        v.addAll(UNICODE_DIGITS);
        return v;
    }


    /** Values derived from the current value: the same with a twist. */
    public static List<String> derived(String current) {
        String v = current;
        List<String> out = new ArrayList<>();
        Collections.addAll(out, v, " " + v, v + " ", "\t" + v + "\n", "\u00a0" + v, v + "\u00a0", v + v,
                v.toUpperCase(java.util.Locale.ROOT), v.toLowerCase(java.util.Locale.ROOT), "+" + v, "-" + v,
                "0" + v, v + "0", v + ".0", v + ".000", v + ".001", v + "x", withoutLastCharacter(v), v.replace('.', ','), v.replace(" ", "  "), v + "Z", v + "+01:00",
                spaced(v, 3, ' '), spaced(v, 3, '-'), digitsAs(v, '\uff10'), digitsAs(v, '\u0660'),
                padTo(v, 257), padTo(v, 513));
        return out;
    }

    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder(s.length() * n);
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    /** The value without its last character (a whole code point: a surrogate pair is never split). */
    private static String withoutLastCharacter(String v) {
        return v.isEmpty() ? "x" : v.substring(0, v.offsetByCodePoints(v.length(), -1));
    }

    /** A separator after every {@code every} code points (never between the halves of a surrogate pair). */
    private static String spaced(String v, int every, char sep) {
        StringBuilder sb = new StringBuilder();
        int[] codePoints = v.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (i > 0 && i % every == 0) {
                sb.append(sep);
            }
            sb.appendCodePoint(codePoints[i]);
        }
        return sb.toString();
    }

    private static String digitsAs(String v, char zero) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return sb.toString();
    }

    private static String padTo(String v, int length) {
        if (v.isEmpty()) {
            return repeat("x", length);
        }
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(v);
        }
        String s = sb.substring(0, length);
        return Character.isHighSurrogate(s.charAt(length - 1)) ? s.substring(0, length - 1) + "x" : s;
    }
}
