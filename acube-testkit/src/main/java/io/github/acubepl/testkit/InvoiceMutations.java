package io.github.acubepl.testkit;

import io.github.acubepl.testkit.internal.DomMutation;
import io.github.acubepl.testkit.internal.TrickyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Single structural mutations of a serialized FA XML document, for mutation and differential
 * testing: delete, duplicate, swap, move, insert or rename an element, replace an element's text
 * with a tricky lexical value, remove, change or add an attribute, insert text or markup.
 *
 * <p>Mutations work on a DOM of the document, parsed with the JDK parser hardened (secure
 * processing, no DOCTYPE, no external entities). A mutation picks its target in the document it is
 * applied to, so {@link #mutations()} can be combined freely with any arbitrary of documents:
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void aMutatedDocumentGetsAReportOrAReadError(@ForAll("fa3Documents") byte[] xml,
 *         @ForAll("fa3Mutations") Mutation mutation) {
 *     byte[] mutated = mutation.apply(xml);
 *     try {
 *         ValidationReport report = mapper.validate(mutated);
 *         report.errors().forEach(e -> assertFalse(e.ruleId().isBlank(), mutation.describe(xml)));
 *     } catch (InvoiceReadException notAnInvoiceAnyMore) {
 *         assertFalse(notAnInvoiceAnyMore.getMessage().isBlank(), mutation.describe(xml));
 *     }
 * }
 *
 * @Provide
 * Arbitrary<byte[]> fa3Documents() {
 *     return Fa3Arbitraries.documents(NOW);
 * }
 *
 * @Provide
 * Arbitrary<Mutation> fa3Mutations() {
 *     return InvoiceMutations.mutations("FA(3)");
 * }
 * }</pre>
 *
 * <p>Many mutations leave a document valid (a value replaced by an equivalent lexical form, two
 * equal siblings swapped, a comment inserted); that is intended: a differential test needs valid
 * and invalid documents near the border.
 */
public final class InvoiceMutations {
    private static final int PICKS = 1 << 20;

    /** The kinds of mutation. */
    public enum Kind {
        /** Delete an element (never the root). */
        DELETE_ELEMENT,
        /** Insert a deep copy of an element right after it. */
        DUPLICATE_ELEMENT,
        /** Swap an element with its next sibling element. */
        SWAP_ADJACENT,
        /** Move an element to another position among its siblings. */
        MOVE_ELEMENT,
        /**
         * Insert an element at some position of some parent: a copy of another element of the
         * document, an undeclared name, a declared name in no or another namespace, or an empty one.
         */
        INSERT_ELEMENT,
        /** Rename an element: to another name of the document, another case, or another namespace. */
        RENAME_ELEMENT,
        /**
         * Replace the text of an element without child elements with a tricky value (see
         * {@link #trickyValues()}) or a variant of its current value (padded, signed, repeated…).
         */
        REPLACE_TEXT,
        /** Remove an attribute. */
        REMOVE_ATTRIBUTE,
        /** Change an attribute's value. */
        CHANGE_ATTRIBUTE,
        /** Add an attribute: undeclared, declared elsewhere, {@code xsi:*}, {@code xml:lang}, or foreign. */
        ADD_ATTRIBUTE,
        /** Insert a text node (letters, non-breaking or other Unicode spaces, XML whitespace) anywhere. */
        INSERT_TEXT,
        /** Insert a comment or processing instruction, or wrap or split a value with CDATA, a comment or a PI. */
        INSERT_MARKUP
    }

    private InvoiceMutations() {
    }

    /** Mutations of every kind, value replacements the most frequent. */
    public static Arbitrary<Mutation> mutations() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, of(Kind.REPLACE_TEXT)),
                Tuple.of(8, of(Kind.DELETE_ELEMENT)),
                Tuple.of(7, of(Kind.DUPLICATE_ELEMENT)),
                Tuple.of(7, of(Kind.SWAP_ADJACENT)),
                Tuple.of(7, of(Kind.MOVE_ELEMENT)),
                Tuple.of(9, of(Kind.INSERT_ELEMENT)),
                Tuple.of(6, of(Kind.RENAME_ELEMENT)),
                Tuple.of(3, of(Kind.REMOVE_ATTRIBUTE)),
                Tuple.of(6, of(Kind.CHANGE_ATTRIBUTE)),
                Tuple.of(7, of(Kind.ADD_ATTRIBUTE)),
                Tuple.of(4, of(Kind.INSERT_TEXT)),
                Tuple.of(6, of(Kind.INSERT_MARKUP)));
    }

    /**
     * Mutations for documents of one version: every kind, as {@link #mutations()}, and value
     * replacements that also draw on the version's own codes and limits (a code valid only in
     * another version, the version's bounds of the creation time). Each knows its version
     * ({@link Mutation#versions()}).
     *
     * @param version {@code FA(1)}, {@code FA(2)} or {@code FA(3)}
     */
    public static Arbitrary<Mutation> mutations(String version) {
        TrickyValues.forVersion(version);
        Set<String> only = Set.of(version);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, PICKS);
        int[] weights = {8, 7, 7, 7, 9, 6, 30, 3, 6, 7, 4, 6};
        List<Arbitrary<Mutation>> weighted = new ArrayList<>();
        Kind[] all = Kind.values();
        for (int i = 0; i < all.length; i++) {
            Kind kind = all[i];
            Arbitrary<Mutation> one = Combinators.combine(pick, pick, pick, pick)
                    .as((t, p, c, v) -> new DomMutation(kind, t, p, c, v, only));
            for (int w = 0; w < weights[i]; w++) {
                weighted.add(one);
            }
        }
        return Arbitraries.oneOf(weighted);
    }

    /** Mutations of the given kinds only, equally often. */
    public static Arbitrary<Mutation> mutations(Kind first, Kind... more) {
        List<Arbitrary<? extends Mutation>> arbitraries = new ArrayList<>();
        arbitraries.add(of(Objects.requireNonNull(first, "first")));
        for (Kind k : more) {
            arbitraries.add(of(Objects.requireNonNull(k, "kind")));
        }
        return Arbitraries.oneOf(arbitraries);
    }

    private static Arbitrary<Mutation> of(Kind kind) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, PICKS);
        return Combinators.combine(pick, pick, pick, pick).as((t, p, c, v) -> new DomMutation(kind, t, p, c, v));
    }

    /**
     * The fixed corpus of tricky lexical values used by {@link Kind#REPLACE_TEXT}: empty and
     * whitespace-only strings, Unicode spaces and digits, signs, leading zeros, exponents, decimal
     * commas, digit counts at and past the schema's limits, strings at and one past every
     * {@code maxLength}, impossible and boundary dates, date-times with and without zones and with
     * {@code 24:00:00} or leap seconds, codes in the wrong case, NIPs and accounts with separators.
     */
    public static List<String> trickyValues() {
        return TrickyValues.TEXT;
    }
}
