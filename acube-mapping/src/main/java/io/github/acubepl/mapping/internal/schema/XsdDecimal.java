package io.github.acubepl.mapping.internal.schema;

import java.math.BigDecimal;

/**
 * A parsed {@code xsd:decimal} (or integer) lexical value, with the digit counts the
 * {@code totalDigits} and {@code fractionDigits} facets are checked against.
 *
 * <p>Digit counting follows the JDK's Xerces: leading zeros of the integer part and trailing
 * zeros of the fraction part are not counted.
 */
public final class XsdDecimal {
    private final BigDecimal value;
    private final int totalDigits;
    private final int fractionDigits;

    private XsdDecimal(BigDecimal value, int totalDigits, int fractionDigits) {
        this.value = value;
        this.totalDigits = totalDigits;
        this.fractionDigits = fractionDigits;
    }

    public BigDecimal value() {
        return value;
    }

    public int totalDigits() {
        return totalDigits;
    }

    public int fractionDigits() {
        return fractionDigits;
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
        int intDigits = intEnd - actualIntStart;
        int fracDigits = significantFracEnd - fracStart;
        StringBuilder canonical = new StringBuilder(len + 1);
        if (first == '-') {
            canonical.append('-');
        }
        canonical.append(intDigits == 0 ? "0" : s.substring(actualIntStart, intEnd));
        if (fracDigits > 0) {
            canonical.append('.').append(s, fracStart, significantFracEnd);
        }
        return new XsdDecimal(new BigDecimal(canonical.toString()), intDigits + fracDigits, fracDigits);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
