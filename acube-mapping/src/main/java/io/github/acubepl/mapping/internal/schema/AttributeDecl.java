package io.github.acubepl.mapping.internal.schema;

/** An attribute declaration (unqualified, as in every FA schema). */
public record AttributeDecl(String name, SimpleType type, boolean required, String fixed) {
}
