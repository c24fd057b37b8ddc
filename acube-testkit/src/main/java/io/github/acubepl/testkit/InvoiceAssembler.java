package io.github.acubepl.testkit;

import io.github.acubepl.testkit.internal.FaXmlAssembler;

/**
 * Turns an {@link InvoicePlan} into the XML of one FA schema version: elements in schema order,
 * the version's spelling of every code, totals per rate computed from the lines. The result is
 * valid against that version's official XSD for every plan {@link InvoicePlans} generates; parts of
 * a plan the version has no place for are left out.
 *
 * <pre>{@code
 * byte[] xml = InvoiceAssembler.fa3().toXml(plan);
 * Faktura invoice = mapper.readModel(xml, io.github.acubepl.model.fa3.Faktura.class);
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

    /** The FA(2) assembler. */
    static InvoiceAssembler fa2() {
        return FaXmlAssembler.FA2;
    }

    /** The FA(3) assembler. */
    static InvoiceAssembler fa3() {
        return FaXmlAssembler.FA3;
    }
}
