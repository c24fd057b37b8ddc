package io.github.acubepl.mapping.internal.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An XSD simple type: a built-in type or a restriction of another simple type (facets checked
 * step by step along the derivation chain, as XSD does), or a union of member types.
 */
public final class SimpleType {
    private final String name;
    private final XsdBuiltin builtin;
    private final SimpleType base;
    private final List<SimpleType> members;
    private final WhiteSpace whiteSpace;
    private final Integer length;
    private final Integer minLength;
    private final Integer maxLength;
    private final List<String> patternSources;
    private final List<Pattern> patterns;
    private final List<String> enumeration;
    private final List<XsdDecimal> numericEnumeration;
    private final String minInclusive;
    private final String maxInclusive;
    private final String minExclusive;
    private final String maxExclusive;
    private final Integer totalDigits;
    private final Integer fractionDigits;

    private SimpleType(Builder b) {
        this.name = b.name;
        this.base = b.base;
        this.members = List.copyOf(b.members);
        this.builtin = b.base != null ? b.base.builtin : b.builtin;
        WhiteSpace inherited = b.base != null ? b.base.whiteSpace : b.builtin != null ? b.builtin.whiteSpace() : null;
        this.whiteSpace = b.whiteSpace != null ? b.whiteSpace : inherited;
        this.length = b.length;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.patternSources = List.copyOf(b.patterns);
        List<Pattern> compiled = new ArrayList<>();
        for (String p : b.patterns) {
            compiled.add(XsdRegex.compile(p));
        }
        this.patterns = List.copyOf(compiled);
        this.enumeration = b.enumeration == null ? null : List.copyOf(b.enumeration);
        if (this.enumeration != null && builtin != null && builtin.family().numeric()) {
            List<XsdDecimal> values = new ArrayList<>();
            for (String v : enumeration) {
                values.add(XsdDecimal.of(v));
            }
            this.numericEnumeration = List.copyOf(values);
        } else {
            this.numericEnumeration = null;
        }
        this.minInclusive = b.minInclusive;
        this.maxInclusive = b.maxInclusive;
        this.minExclusive = b.minExclusive;
        this.maxExclusive = b.maxExclusive;
        this.totalDigits = b.totalDigits;
        this.fractionDigits = b.fractionDigits;
    }

    /** Starts a restriction of a built-in type. */
    public static Builder restrict(String name, XsdBuiltin builtin) {
        Builder b = new Builder(name);
        b.builtin = Objects.requireNonNull(builtin, "builtin");
        return b;
    }

    /** Starts a restriction of another simple type. */
    public static Builder restrict(String name, SimpleType base) {
        Builder b = new Builder(name);
        b.base = Objects.requireNonNull(base, "base");
        return b;
    }

    /** A union: a value is valid when any member type accepts it. */
    public static SimpleType union(String name, SimpleType... members) {
        Builder b = new Builder(name);
        b.members.addAll(Arrays.asList(members));
        return new SimpleType(b);
    }

    /** The type's name in the schema, or a description for an anonymous type. */
    public String name() {
        return name;
    }

    /** The built-in type at the root of the derivation chain ({@code null} for a union). */
    public XsdBuiltin builtin() {
        return builtin;
    }

    /** Whether some step of the derivation chain enumerates the allowed values. */
    public boolean enumerated() {
        return enumeration != null || (base != null && base.enumerated());
    }

    /** The allowed values of the most derived enumeration, or an empty list. */
    public List<String> enumerationValues() {
        if (enumeration != null) {
            return enumeration;
        }
        return base != null ? base.enumerationValues() : List.of();
    }

    /** Whether values are JSON numbers in A-Cube's convention (non-enumerated decimal or integer types). */
    public boolean jsonNumber() {
        return builtin != null && builtin.family().numeric() && !enumerated();
    }

    /** The whitespace normalisation applied to a value before it is checked. */
    public WhiteSpace whiteSpace() {
        return whiteSpace == null ? WhiteSpace.PRESERVE : whiteSpace;
    }

    public Integer maxLength() {
        return maxLength != null ? maxLength : base != null ? base.maxLength() : null;
    }

    public Integer minLength() {
        return minLength != null ? minLength : base != null ? base.minLength() : null;
    }

    public List<String> patternSources() {
        return patternSources;
    }

    public SimpleType base() {
        return base;
    }

    public List<SimpleType> members() {
        return members;
    }

    public String minInclusive() {
        return minInclusive;
    }

    public String maxInclusive() {
        return maxInclusive;
    }

    public String minExclusive() {
        return minExclusive;
    }

    public Integer totalDigits() {
        return totalDigits;
    }

    public Integer fractionDigits() {
        return fractionDigits;
    }

    /**
     * For a numeric type, the plain notation of a value that {@link #check} accepted, with its
     * trailing zeros cut to the type's {@code fractionDigits} (none for integers): {@code 4200.000}
     * of an amount type is {@code 4200.00}, {@code +0001.5} is {@code 1.5}. Its length is bounded
     * by the type's digit facets, however long the value was written, so the model and the rules
     * never see millions of zeros. {@code null} for other types, or when nothing would change.
     */
    public String boundedNumber(String raw) {
        if (builtin == null || !builtin.family().numeric() || !members.isEmpty()) {
            return null;
        }
        String value = normalize(raw);
        boolean integer = builtin.family() == XsdBuiltin.Family.INTEGER;
        XsdDecimal d = XsdDecimal.parse(value, integer);
        if (d == null) {
            return null;
        }
        int scale = 0;
        if (!integer) {
            scale = Integer.MAX_VALUE;
            for (SimpleType t = this; t != null; t = t.base) {
                if (t.fractionDigits != null) {
                    scale = Math.min(scale, t.fractionDigits);
                }
            }
            if (scale == Integer.MAX_VALUE) {
                scale = d.fractionDigits(); // no facet: the significant digits only
            }
        }
        return d.isPlain(raw, scale) ? null : d.plain(scale);
    }

    public Integer length() {
        return length;
    }

    /** Normalises a raw lexical value as this type's whitespace facet says. */
    public String normalize(String raw) {
        return whiteSpace().apply(raw);
    }

    /**
     * Checks a raw lexical value (as it appears in the document). Returns {@code null} when it is
     * valid, else the first violation found.
     */
    public SimpleTypeViolation check(String raw) {
        return check(raw, null);
    }

    /**
     * {@link #check(String)}, matching patterns with the matchers of {@code matchers} (one run's,
     * on one thread) instead of a new matcher per value.
     *
     * @param raw the value as it appears in the document
     * @param matchers the run's matchers, or {@code null} for new ones
     * @return the first violation, or {@code null} when the value is valid
     */
    public SimpleTypeViolation check(String raw, Matchers matchers) {
        if (!members.isEmpty()) {
            SimpleTypeViolation first = null;
            for (SimpleType member : members) {
                SimpleTypeViolation v = member.check(raw, matchers);
                if (v == null) {
                    return null;
                }
                if (first == null) {
                    first = v;
                }
            }
            return first;
        }
        String value = normalize(raw);
        Object parsed = parseBuiltin(value);
        if (parsed == null) {
            return new SimpleTypeViolation(Facet.LEXICAL,
                    "value '" + Text.shorten(value) + "' is not a valid " + builtin.xsdName(),
                    "wartość '" + Text.shorten(value) + "' nie jest poprawną wartością typu " + builtin.xsdName());
        }
        return checkChain(value, parsed, matchers);
    }

    private SimpleTypeViolation checkChain(String value, Object parsed, Matchers matchers) {
        if (base != null) {
            SimpleTypeViolation v = base.checkChain(value, parsed, matchers);
            if (v != null) {
                return v;
            }
        }
        return checkOwnFacets(value, parsed, matchers);
    }

    private Object parseBuiltin(String value) {
        switch (builtin.family()) {
            case DECIMAL:
                return XsdDecimal.parse(value, false);
            case INTEGER: {
                XsdDecimal d = XsdDecimal.parse(value, true);
                if (d == null) {
                    return null;
                }
                return d;
            }
            case DATE:
                return XsdDateTime.parseDate(value);
            case DATE_TIME:
                return XsdDateTime.parseDateTime(value);
            default:
                return value;
        }
    }

    private SimpleTypeViolation checkOwnFacets(String value, Object parsed, Matchers matchers) {
        // The value is shortened for a message only when there is one: most values are valid.
        if (base == null && builtin.min() != null && parsed instanceof XsdDecimal) {
            XsdDecimal v = (XsdDecimal) parsed;
            if (v.compareTo(builtin.min()) < 0 || builtin.max() != null && v.compareTo(builtin.max()) > 0) {
                return range(Text.shorten(value), "outside the range of " + builtin.xsdName(),
                        "poza zakresem typu " + builtin.xsdName());
            }
        }
        if (builtin.family() == XsdBuiltin.Family.STRING) {
            int len = value.length();
            if (length != null && len != length) {
                return new SimpleTypeViolation(Facet.LENGTH,
                        "value '" + Text.shorten(value) + "' has " + len + " characters; exactly " + length
                                + " required",
                        "wartość '" + Text.shorten(value) + "' ma " + len + " znaków; wymagane dokładnie "
                                + length);
            }
            if (minLength != null && len < minLength) {
                return new SimpleTypeViolation(Facet.LENGTH,
                        len == 0 ? "value is empty; at least " + minLength + " character(s) required"
                                : "value '" + Text.shorten(value) + "' has " + len + " characters; at least "
                                        + minLength + " required",
                        len == 0 ? "wartość jest pusta; wymagany co najmniej " + minLength + " znak(ów)"
                                : "wartość '" + Text.shorten(value) + "' ma " + len
                                        + " znaków; wymagane co najmniej " + minLength);
            }
            if (maxLength != null && len > maxLength) {
                return new SimpleTypeViolation(Facet.LENGTH,
                        "value '" + Text.shorten(value) + "' has " + len + " characters; at most " + maxLength
                                + " allowed",
                        "wartość '" + Text.shorten(value) + "' ma " + len + " znaków; dozwolone najwyżej "
                                + maxLength);
            }
        }
        if (!patterns.isEmpty()) {
            boolean any = false;
            for (Pattern p : patterns) {
                if (Matchers.matches(matchers, p, value)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                String pattern = String.join(" | ", patternSources);
                return new SimpleTypeViolation(Facet.PATTERN,
                        "value '" + Text.shorten(value) + "' does not match the pattern " + pattern,
                        "wartość '" + Text.shorten(value) + "' nie pasuje do wzorca " + pattern);
            }
        }
        if (enumeration != null && !inEnumeration(value, parsed)) {
            String allowed = enumeration.size() <= 12 ? String.join(", ", enumeration)
                    : String.join(", ", enumeration.subList(0, 12)) + ", … (" + enumeration.size() + " values)";
            return new SimpleTypeViolation(Facet.ENUMERATION,
                    "value '" + Text.shorten(value) + "' is not one of the allowed values: " + allowed,
                    "wartość '" + Text.shorten(value) + "' nie należy do dozwolonych wartości: " + allowed);
        }
        if (parsed instanceof XsdDecimal) {
            XsdDecimal d = (XsdDecimal) parsed;
            if (totalDigits != null && d.totalDigits() > totalDigits) {
                return new SimpleTypeViolation(Facet.DIGITS,
                        "value '" + Text.shorten(value) + "' has " + d.totalDigits() + " digits; at most " + totalDigits
                                + " allowed",
                        "wartość '" + Text.shorten(value) + "' ma " + d.totalDigits() + " cyfr; dozwolone najwyżej "
                                + totalDigits);
            }
            if (fractionDigits != null && d.fractionDigits() > fractionDigits) {
                return new SimpleTypeViolation(Facet.DIGITS,
                        "value '" + Text.shorten(value) + "' has " + d.fractionDigits() + " decimal places; at most "
                                + fractionDigits + " allowed",
                        "wartość '" + Text.shorten(value) + "' ma " + d.fractionDigits()
                                + " miejsc po przecinku; dozwolone najwyżej " + fractionDigits);
            }
        }
        SimpleTypeViolation r = checkBound(value, parsed, minInclusive, true, true);
        if (r == null) {
            r = checkBound(value, parsed, maxInclusive, false, true);
        }
        if (r == null) {
            r = checkBound(value, parsed, minExclusive, true, false);
        }
        if (r == null) {
            r = checkBound(value, parsed, maxExclusive, false, false);
        }
        return r;
    }

    private boolean inEnumeration(String value, Object parsed) {
        if (numericEnumeration != null && parsed instanceof XsdDecimal) {
            XsdDecimal v = (XsdDecimal) parsed;
            for (XsdDecimal e : numericEnumeration) {
                if (e.compareTo(v) == 0) {
                    return true;
                }
            }
            return false;
        }
        return enumeration.contains(value);
    }

    private SimpleTypeViolation checkBound(String value, Object parsed, String bound, boolean lower,
            boolean inclusive) {
        if (bound == null) {
            return null;
        }
        int c;
        if (parsed instanceof XsdDecimal) {
            c = ((XsdDecimal) parsed).compareTo(XsdDecimal.of(bound));
        } else if (parsed instanceof XsdDateTime) {
            XsdDateTime limit = builtin.family() == XsdBuiltin.Family.DATE ? XsdDateTime.parseDate(bound)
                    : XsdDateTime.parseDateTime(bound);
            c = XsdDateTime.compare((XsdDateTime) parsed, limit);
        } else {
            return null;
        }
        boolean ok;
        if (c == XsdDateTime.INDETERMINATE) {
            ok = false;
        } else if (lower) {
            ok = inclusive ? c >= 0 : c > 0;
        } else {
            ok = inclusive ? c <= 0 : c < 0;
        }
        if (ok) {
            return null;
        }
        String en;
        String pl;
        if (lower) {
            en = inclusive ? "is before the minimum " + bound : "must be greater than " + bound;
            pl = inclusive ? "jest mniejsza niż minimum " + bound : "musi być większa niż " + bound;
        } else {
            en = inclusive ? "is after the maximum " + bound : "must be less than " + bound;
            pl = inclusive ? "jest większa niż maksimum " + bound : "musi być mniejsza niż " + bound;
        }
        if (c == XsdDateTime.INDETERMINATE) {
            en += " (a value without a time zone cannot be ordered against it)";
            pl += " (wartości bez strefy czasowej nie da się z nią porównać)";
        }
        return range(Text.shorten(value), en, pl);
    }

    private static SimpleTypeViolation range(String shown, String en, String pl) {
        return new SimpleTypeViolation(Facet.RANGE, "value '" + shown + "' " + en, "wartość '" + shown + "' " + pl);
    }

    @Override
    public String toString() {
        return "SimpleType[" + name + "]";
    }

    /** Builds a restriction; facets follow XSD names. */
    public static final class Builder {
        private final String name;
        private XsdBuiltin builtin;
        private SimpleType base;
        private final List<SimpleType> members = new ArrayList<>();
        private WhiteSpace whiteSpace;
        private Integer length;
        private Integer minLength;
        private Integer maxLength;
        private final List<String> patterns = new ArrayList<>();
        private List<String> enumeration;
        private String minInclusive;
        private String maxInclusive;
        private String minExclusive;
        private String maxExclusive;
        private Integer totalDigits;
        private Integer fractionDigits;

        private Builder(String name) {
            this.name = name;
        }

        public Builder whiteSpace(WhiteSpace ws) {
            this.whiteSpace = ws;
            return this;
        }

        public Builder length(int n) {
            this.length = n;
            return this;
        }

        public Builder minLength(int n) {
            this.minLength = n;
            return this;
        }

        public Builder maxLength(int n) {
            this.maxLength = n;
            return this;
        }

        /** Adds alternative patterns of one derivation step (a value must match one of them). */
        public Builder pattern(String... alternatives) {
            patterns.addAll(Arrays.asList(alternatives));
            return this;
        }

        /** The allowed values, separated by {@code |}. */
        public Builder enumeration(String values) {
            this.enumeration = Arrays.asList(values.split("\\|", -1));
            return this;
        }

        public Builder minInclusive(String v) {
            this.minInclusive = v;
            return this;
        }

        public Builder maxInclusive(String v) {
            this.maxInclusive = v;
            return this;
        }

        public Builder minExclusive(String v) {
            this.minExclusive = v;
            return this;
        }

        public Builder maxExclusive(String v) {
            this.maxExclusive = v;
            return this;
        }

        public Builder totalDigits(int n) {
            this.totalDigits = n;
            return this;
        }

        public Builder fractionDigits(int n) {
            this.fractionDigits = n;
            return this;
        }

        public SimpleType build() {
            return new SimpleType(this);
        }
    }
}
