package io.github.acubepl.testkit;

import io.github.acubepl.testkit.internal.Fa1XmlAssembler;
import io.github.acubepl.testkit.internal.FaXmlAssembler;

/**
 * Turns an {@link InvoicePlan} into the XML of one FA schema version: elements in schema order,
 * the version's spelling of every code, totals per rate computed from the lines. The result is
 * valid against that version's official XSD for every plan {@link InvoicePlans} generates; parts of
 * a plan the version has no place for are left out.
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void onePlanWritesAsFa2AndAsFa3(@ForAll("plans") InvoicePlan plan) {
 *     ValidationReport fa2 = mapper.validate(InvoiceAssembler.fa2().toXml(plan));
 *     ValidationReport fa3 = mapper.validate(InvoiceAssembler.fa3().toXml(plan));
 *     assertEquals("FA(2)", fa2.format());
 *     assertEquals("FA(3)", fa3.format());
 *     InvoiceInvariants.assertNoErrors(fa2);
 *     InvoiceInvariants.assertNoErrors(fa3);
 * }
 *
 * @Provide
 * Arbitrary<InvoicePlan> plans() {
 *     return InvoicePlans.plans(NOW); // issued at or before NOW
 * }
 * }</pre>
 */
public interface InvoiceAssembler {
    /** The schema version this assembler writes, such as {@code "FA(3)"}. */
    String version();

    /**
     * The document of this version for {@code plan}, as UTF-8 XML.
     *
     * @param plan what the invoice contains
     * @return a new array on each call
     */
    byte[] toXml(InvoicePlan plan);

    /**
     * The FA(1) assembler. FA(1) lacks places for several parts of a plan; it writes each to the
     * nearest FA(1) construct or leaves it out: the three zero rates become {@code 0} with
     * {@code P_12_Procedura} 1/2/3 and one {@code P_13_6}, the two "np" rates {@code np} with
     * {@code P_12_Procedura} 4/5 in {@code P_13_5}, reverse charge goes to {@code P_13_4} with no VAT,
     * free-text addresses become {@code AdresPol}/{@code AdresZagr} with placeholders for the house
     * number and postal code, roles 7..11 become roles 5 or 2 or {@code RolaInna}, a line before a
     * correction becomes a negative storno line, and the attachment, {@code ZaliczkaCzesciowa},
     * {@code JST}/{@code GV}, {@code IDNabywcy}, {@code P_11Vat} and {@code IPKSeF} are left out.
     * FA(1) is no longer accepted by any KSeF environment; use it for tests of readers and converters.
     */
    static InvoiceAssembler fa1() {
        return Fa1XmlAssembler.FA1;
    }

    /** The FA(2) assembler. */
    static InvoiceAssembler fa2() {
        return FaXmlAssembler.FA2;
    }

    /** The FA(3) assembler. */
    static InvoiceAssembler fa3() {
        return FaXmlAssembler.FA3;
    }
}
