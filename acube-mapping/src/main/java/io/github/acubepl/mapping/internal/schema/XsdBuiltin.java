package io.github.acubepl.mapping.internal.schema;

/** The built-in XSD types the FA schemas derive from. */
public enum XsdBuiltin {
    STRING("string", WhiteSpace.PRESERVE, Family.STRING, null, null),
    NORMALIZED_STRING("normalizedString", WhiteSpace.REPLACE, Family.STRING, null, null),
    TOKEN("token", WhiteSpace.COLLAPSE, Family.STRING, null, null),
    DECIMAL("decimal", WhiteSpace.COLLAPSE, Family.DECIMAL, null, null),
    INTEGER("integer", WhiteSpace.COLLAPSE, Family.INTEGER, null, null),
    NON_NEGATIVE_INTEGER("nonNegativeInteger", WhiteSpace.COLLAPSE, Family.INTEGER, XsdDecimal.of("0"), null),
    INT("int", WhiteSpace.COLLAPSE, Family.INTEGER, XsdDecimal.of(Integer.toString(Integer.MIN_VALUE)),
            XsdDecimal.of(Integer.toString(Integer.MAX_VALUE))),
    BYTE("byte", WhiteSpace.COLLAPSE, Family.INTEGER, XsdDecimal.of(Byte.toString(Byte.MIN_VALUE)),
            XsdDecimal.of(Byte.toString(Byte.MAX_VALUE))),
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
    private final XsdDecimal min;
    private final XsdDecimal max;

    XsdBuiltin(String xsdName, WhiteSpace whiteSpace, Family family, XsdDecimal min, XsdDecimal max) {
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
    XsdDecimal min() {
        return min;
    }

    /** Upper bound of a built-in integer type's value space, or {@code null}. */
    XsdDecimal max() {
        return max;
    }
}
