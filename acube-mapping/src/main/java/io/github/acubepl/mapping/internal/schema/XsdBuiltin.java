package io.github.acubepl.mapping.internal.schema;

import java.math.BigDecimal;

/** The built-in XSD types the FA schemas derive from. */
public enum XsdBuiltin {
    STRING("string", WhiteSpace.PRESERVE, Family.STRING, null, null),
    NORMALIZED_STRING("normalizedString", WhiteSpace.REPLACE, Family.STRING, null, null),
    TOKEN("token", WhiteSpace.COLLAPSE, Family.STRING, null, null),
    DECIMAL("decimal", WhiteSpace.COLLAPSE, Family.DECIMAL, null, null),
    INTEGER("integer", WhiteSpace.COLLAPSE, Family.INTEGER, null, null),
    NON_NEGATIVE_INTEGER("nonNegativeInteger", WhiteSpace.COLLAPSE, Family.INTEGER, BigDecimal.ZERO, null),
    INT("int", WhiteSpace.COLLAPSE, Family.INTEGER, BigDecimal.valueOf(Integer.MIN_VALUE),
            BigDecimal.valueOf(Integer.MAX_VALUE)),
    BYTE("byte", WhiteSpace.COLLAPSE, Family.INTEGER, BigDecimal.valueOf(Byte.MIN_VALUE),
            BigDecimal.valueOf(Byte.MAX_VALUE)),
    DATE("date", WhiteSpace.COLLAPSE, Family.DATE, null, null),
    DATE_TIME("dateTime", WhiteSpace.COLLAPSE, Family.DATE_TIME, null, null);

    /** What kind of value space a built-in type has. */
    public enum Family {
        STRING, DECIMAL, INTEGER, DATE, DATE_TIME;

        /** Whether values of this family are numbers (written as JSON numbers when not enumerated). */
        public boolean numeric() {
            return this == DECIMAL || this == INTEGER;
        }
    }

    private final String xsdName;
    private final WhiteSpace whiteSpace;
    private final Family family;
    private final BigDecimal min;
    private final BigDecimal max;

    XsdBuiltin(String xsdName, WhiteSpace whiteSpace, Family family, BigDecimal min, BigDecimal max) {
        this.xsdName = xsdName;
        this.whiteSpace = whiteSpace;
        this.family = family;
        this.min = min;
        this.max = max;
    }

    public String xsdName() {
        return xsdName;
    }

    public WhiteSpace whiteSpace() {
        return whiteSpace;
    }

    public Family family() {
        return family;
    }

    /** Lower bound of a built-in integer type's value space, or {@code null}. */
    BigDecimal min() {
        return min;
    }

    /** Upper bound of a built-in integer type's value space, or {@code null}. */
    BigDecimal max() {
        return max;
    }
}
