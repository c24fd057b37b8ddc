package io.github.acubepl.mapping.internal.schema;

/**
 * Why a simple value is not valid for a {@link SimpleType}: which facet, and an English and
 * Polish explanation that names the offending value and the limit.
 */
public record SimpleTypeViolation(Facet facet, String messageEn, String messagePl) {
}
