package io.github.acubepl.mapping.internal.schema;

/** A term of a content model with its occurrence bounds: an element declaration or a model group. */
public sealed interface Particle permits ElementDecl, ModelGroup {
    /** Used as {@link #maxOccurs()} for {@code maxOccurs="unbounded"}. */
    int UNBOUNDED = Integer.MAX_VALUE;

    int minOccurs();

    int maxOccurs();

    /** A copy with other occurrence bounds. */
    Particle occurs(int min, int max);
}
