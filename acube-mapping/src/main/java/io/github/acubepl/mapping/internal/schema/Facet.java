package io.github.acubepl.mapping.internal.schema;

/** The kinds of constraint a simple value can break; each maps to one structural rule. */
public enum Facet {
    /** Not a value of the built-in type at all (not a number, not a date, …). */
    LEXICAL,
    LENGTH,
    PATTERN,
    ENUMERATION,
    DIGITS,
    RANGE,
    FIXED
}
