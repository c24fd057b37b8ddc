package io.github.acubepl.mapping.internal.schema;

import java.util.Objects;

/**
 * A local element declaration: its name, its type (a {@link SimpleType} or a {@link ComplexType}),
 * its occurrence bounds and an optional fixed or default value.
 */
public final class ElementDecl implements Particle {
    private final String name;
    private final Object type;
    private final int minOccurs;
    private final int maxOccurs;
    private final String fixed;
    private final String defaultValue;

    ElementDecl(String name, Object type, int minOccurs, int maxOccurs, String fixed, String defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        if (!(type instanceof SimpleType) && !(type instanceof ComplexType)) {
            throw new IllegalArgumentException("type of " + name + " must be a SimpleType or ComplexType");
        }
        this.type = type;
        this.minOccurs = minOccurs;
        this.maxOccurs = maxOccurs;
        this.fixed = fixed;
        this.defaultValue = defaultValue;
    }

    public String name() {
        return name;
    }

    /** The simple type, or {@code null} when the element has a complex type. */
    public SimpleType simpleType() {
        return type instanceof SimpleType ? (SimpleType) type : null;
    }

    /** The complex type, or {@code null} when the element has a simple type. */
    public ComplexType complexType() {
        return type instanceof ComplexType ? (ComplexType) type : null;
    }

    /** The simple type of the element's text: its own simple type or its complex type's simple content. */
    public SimpleType textType() {
        if (type instanceof SimpleType) {
            return (SimpleType) type;
        }
        return ((ComplexType) type).simpleContent();
    }

    @Override
    public int minOccurs() {
        return minOccurs;
    }

    @Override
    public int maxOccurs() {
        return maxOccurs;
    }

    /** Whether the element may occur more than once (a JSON array in A-Cube's convention). */
    public boolean repeatable() {
        return maxOccurs > 1;
    }

    public String fixed() {
        return fixed;
    }

    public String defaultValue() {
        return defaultValue;
    }

    @Override
    public ElementDecl occurs(int min, int max) {
        return new ElementDecl(name, type, min, max, fixed, defaultValue);
    }

    /** A copy with a fixed value. */
    public ElementDecl fixed(String value) {
        return new ElementDecl(name, type, minOccurs, maxOccurs, value, defaultValue);
    }

    /** A copy with a default value. */
    public ElementDecl defaultValue(String value) {
        return new ElementDecl(name, type, minOccurs, maxOccurs, fixed, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
