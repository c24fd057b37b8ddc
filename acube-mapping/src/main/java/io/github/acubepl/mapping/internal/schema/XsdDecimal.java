package io.github.acubepl.mapping.internal.schema;

import java.math.BigDecimal;

/**
 * A parsed {@code xsd:decimal} (or integer) lexical value, with the digit counts the
 * {@code totalDigits} and {@code fractionDigits} facets are checked against.
 *
 * <p>Digit counting follows the JDK's Xerces: leading zeros of the integer part and trailing
 * zeros of the fraction part are not counted.
 *
 * <p>Everything here is lexical and linear in the length of the value: no {@link BigDecimal} is
 * made, so a value of millions of digits costs what reading it costs (converting such a string to
 * a {@code BigDecimal} takes time quadratic in its length). Comparisons work on the digit strings.
 */
public final class XsdDecimal implements Comparable<XsdDecimal> {
    private final boolean negative;
    /** The integer digits without leading zeros ({@code ""} for 0). */
    private final String integerDigits;
    /** The fraction digits without trailing zeros ({@code ""} for none). */
    private final String fractionDigits;
    /** How many fraction digits the value was written with, trailing zeros included. */
    private final int writtenFractionDigits;

    private XsdDecimal(boolean negative, String integerDigits, String fractionDigits, int writtenFractionDigits) {
        this.negative = negative && !(integerDigits.isEmpty() && fractionDigits.isEmpty());
        this.integerDigits = integerDigits;
        this.fractionDigits = fractionDigits;
        this.writtenFractionDigits = writtenFractionDigits;
    }

    /** The number of significant digits ({@code totalDigits} facet). */
    public int totalDigits() {
        return integerDigits.length() + fractionDigits.length();
    }

    /** The number of digits after the point, trailing zeros aside ({@code fractionDigits} facet). */
    public int fractionDigits() {
        return fractionDigits.length();
    }

    /** -1, 0 or 1. */
    public int signum() {
        if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
            return 0;
        }
        return negative ? -1 : 1;
    }

    /**
     * The value as a {@link BigDecimal}. Costs time quadratic in the number of digits: call it only
     * for a value whose digit count a facet has already bounded.
     */
    public BigDecimal toBigDecimal() {
        return new BigDecimal(canonical());
    }

    /** The canonical lexical form: no plus sign, no leading or trailing zeros, at least one digit. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(totalDigits() + 3);
        if (negative) {
            sb.append('-');
        }
        sb.append(integerDigits.isEmpty() ? "0" : integerDigits);
        if (!fractionDigits.isEmpty()) {
            sb.append('.').append(fractionDigits);
        }
        return sb.toString();
    }

    /**
     * Plain notation with the scale the value was written with, but at most {@code maxScale} digits
     * after the point unless more are significant: no sign for positive numbers and zero, no
     * leading zeros, {@code 0} before a leading point. {@code +0001.50} with a cap of 2 or more is
     * {@code 1.50}; {@code 4200.000000} with a cap of 2 is {@code 4200.00}. Linear in the length of
     * the result, which is at most {@link #totalDigits()} + {@code maxScale} + 3 characters.
     */
    public String plain(int maxScale) {
        int scale = plainScale(maxScale);
        StringBuilder sb = new StringBuilder(integerDigits.length() + scale + 3);
        if (negative) {
            sb.append('-');
        }
        sb.append(integerDigits.isEmpty() ? "0" : integerDigits);
        if (scale > 0) {
            sb.append('.').append(fractionDigits);
            for (int i = fractionDigits.length(); i < scale; i++) {
                sb.append('0');
            }
        }
        return sb.toString();
    }

    private int plainScale(int maxScale) {
        return Math.max(fractionDigits.length(), Math.min(writtenFractionDigits, Math.max(0, maxScale)));
    }

    /**
     * Whether {@code text} is exactly {@link #plain(int) plain(maxScale)}, found without building
     * that string (most values of a document are written plainly already).
     *
     * @param text the text to compare
     * @param maxScale as for {@link #plain(int)}
     * @return whether the two are the same characters
     */
    public boolean isPlain(String text, int maxScale) {
        int scale = plainScale(maxScale);
        int length = (negative ? 1 : 0) + Math.max(1, integerDigits.length()) + (scale > 0 ? 1 + scale : 0);
        if (text.length() != length) {
            return false;
        }
        int p = 0;
        if (negative && text.charAt(p++) != '-') {
            return false;
        }
        if (integerDigits.isEmpty()) {
            if (text.charAt(p++) != '0') {
                return false;
            }
        } else if (text.regionMatches(p, integerDigits, 0, integerDigits.length())) {
            p += integerDigits.length();
        } else {
            return false;
        }
        if (scale > 0) {
            if (text.charAt(p++) != '.' || !text.regionMatches(p, fractionDigits, 0, fractionDigits.length())) {
                return false;
            }
            for (p += fractionDigits.length(); p < length; p++) {
                if (text.charAt(p) != '0') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code new BigDecimal(plain(maxScale))}, made from the digits directly when they fit a
     * {@code long} (every amount of an FA invoice does), without the intermediate strings.
     *
     * @param maxScale as for {@link #plain(int)}
     * @return the value with the scale {@link #plain(int)} writes
     */
    public BigDecimal toBigDecimal(int maxScale) {
        int scale = plainScale(maxScale);
        if (integerDigits.length() + scale > 18) {
            return new BigDecimal(plain(maxScale));
        }
        long unscaled = 0;
        for (int i = 0; i < integerDigits.length(); i++) {
            unscaled = unscaled * 10 + (integerDigits.charAt(i) - '0');
        }
        for (int i = 0; i < scale; i++) {
            unscaled = unscaled * 10 + (i < fractionDigits.length() ? fractionDigits.charAt(i) - '0' : 0);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** Numeric order, computed on the digits (linear in their number). */
    @Override
    public int compareTo(XsdDecimal other) {
        int s = signum();
        int os = other.signum();
        if (s != os) {
            return Integer.compare(s, os);
        }
        if (s == 0) {
            return 0;
        }
        int magnitude = compareMagnitude(other);
        return s > 0 ? magnitude : -magnitude;
    }

    private int compareMagnitude(XsdDecimal other) {
        if (integerDigits.length() != other.integerDigits.length()) {
            return Integer.compare(integerDigits.length(), other.integerDigits.length());
        }
        int c = integerDigits.compareTo(other.integerDigits); // same length: lexical order is numeric order
        if (c == 0) {
            // Left-aligned fraction digits without trailing zeros: lexical order is numeric order
            // (a longer string with an equal prefix has a non-zero digit more).
            c = fractionDigits.compareTo(other.fractionDigits);
        }
        return Integer.signum(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XsdDecimal && compareTo((XsdDecimal) o) == 0;
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }

    /**
     * Parses a collapsed lexical value: {@code (+|-)?([0-9]+(.[0-9]*)?|.[0-9]+)} for decimals,
     * {@code (+|-)?[0-9]+} for integers. Returns {@code null} when the value is not lexically valid.
     */
    public static XsdDecimal parse(String s, boolean integer) {
        int len = s.length();
        if (len == 0) {
            return null;
        }
        int intStart = 0;
        char first = s.charAt(0);
        if (first == '+' || first == '-') {
            intStart = 1;
        }
        int actualIntStart = intStart;
        while (actualIntStart < len && s.charAt(actualIntStart) == '0') {
            actualIntStart++;
        }
        int intEnd = actualIntStart;
        while (intEnd < len && isDigit(s.charAt(intEnd))) {
            intEnd++;
        }
        int fracStart = intEnd;
        int fracEnd = intEnd;
        if (intEnd < len) {
            if (s.charAt(intEnd) != '.' || integer) {
                return null;
            }
            fracStart = intEnd + 1;
            fracEnd = len;
        }
        if (intStart == intEnd && fracStart == fracEnd) {
            return null;
        }
        for (int i = fracStart; i < fracEnd; i++) {
            if (!isDigit(s.charAt(i))) {
                return null;
            }
        }
        int significantFracEnd = fracEnd;
        while (significantFracEnd > fracStart && s.charAt(significantFracEnd - 1) == '0') {
            significantFracEnd--;
        }
        return new XsdDecimal(first == '-', s.substring(actualIntStart, intEnd),
                s.substring(fracStart, significantFracEnd), fracEnd - fracStart);
    }

    /** Parses a value known to be valid (a facet bound or a built-in limit from our schema encoding). */
    static XsdDecimal of(String lexical) {
        XsdDecimal d = parse(lexical, false);
        if (d == null) {
            throw new IllegalArgumentException("not a decimal: " + lexical);
        }
        return d;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
