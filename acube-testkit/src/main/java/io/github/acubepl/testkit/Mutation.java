package io.github.acubepl.testkit;

import java.util.Set;

/**
 * One change to an XML document, such as deleting an element or replacing a value with a tricky
 * one. A mutation is independent of any particular document: it picks its target when applied
 * (deterministically, so applying it twice to the same document gives the same result).
 *
 * @see InvoiceMutations#mutations()
 */
public interface Mutation {
    /** What this mutation does, independent of a document (for example, which kind and which picks). */
    String description();

    /**
     * Applies the mutation.
     *
     * @param xml a well-formed XML document
     * @return the changed document (UTF-8); the unchanged content when the mutation finds no target
     * @throws IllegalArgumentException if {@code xml} is not well-formed
     */
    byte[] apply(byte[] xml);

    /**
     * What this mutation does to {@code xml} in particular, e.g. "replace the text of
     * /Faktura/Fa/P_15 ('123.45') with '1e3'". The default is {@link #description()}.
     */
    default String describe(byte[] xml) {
        return description();
    }

    /**
     * The schema versions this mutation is meant for, such as {@code FA(3)}: a mutation drawing on
     * one version's codes and limits is meant for that version's documents only. The default is
     * every version ({@code FA(1)}, {@code FA(2)}, {@code FA(3)}).
     */
    default Set<String> versions() {
        return Set.of("FA(1)", "FA(2)", "FA(3)");
    }
}
