package io.github.acubepl.mapping.internal.schema;

import java.util.List;

/** Compact constructors for writing a schema down in Java, mirroring the XSD. */
public final class SchemaDsl {
    private SchemaDsl() {
    }

    /** A required, single element. */
    public static ElementDecl el(String name, SimpleType type) {
        return new ElementDecl(name, type, 1, 1, null, null);
    }

    /** A required, single element. */
    public static ElementDecl el(String name, ComplexType type) {
        return new ElementDecl(name, type, 1, 1, null, null);
    }

    public static ModelGroup seq(Particle... particles) {
        return new ModelGroup(ModelGroup.Kind.SEQUENCE, List.of(particles), 1, 1);
    }

    public static ModelGroup choice(Particle... particles) {
        return new ModelGroup(ModelGroup.Kind.CHOICE, List.of(particles), 1, 1);
    }

    public static AttributeDecl attr(String name, SimpleType type, boolean required, String fixed) {
        return new AttributeDecl(name, type, required, fixed);
    }

    /** {@code maxOccurs="unbounded"}. */
    public static final int UNBOUNDED = Particle.UNBOUNDED;
}
