package io.github.acubepl.mapping.internal.schema;

import java.util.List;

/** An {@code xsd:sequence} or {@code xsd:choice} of particles. */
public record ModelGroup(Kind kind, List<Particle> particles, int minOccurs, int maxOccurs) implements Particle {
    /** The compositor. */
    public enum Kind {
        SEQUENCE, CHOICE
    }

    public ModelGroup {
        particles = List.copyOf(particles);
    }

    @Override
    public ModelGroup occurs(int min, int max) {
        return new ModelGroup(kind, particles, min, max);
    }
}
