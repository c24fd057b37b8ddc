package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Minimal reproducers of the disagreements the differential tests found between {@code acube-mapping}
 * and the official XSD, kept as regression tests now that they are fixed. A new finding that cannot
 * be fixed at once goes here as an expected failure ({@link #knownBug}): it passes while the bug is
 * there and fails once it is fixed, asking to turn it into a plain assertion.
 */
class DifferentialFindingsTest {
    private static final String NS = "http://crd.gov.pl/wzor/2021/11/29/11089/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static byte[] smallInvoiceWith(String from, String to) {
        String xml = new String(Ksef.MAPPER.toXml(GoldenFilesTest.smallInvoice()), StandardCharsets.UTF_8);
        assertTrue(xml.contains(from), from);
        return xml.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }

    private static List<ValidationIssue> structuralErrors(byte[] xml) {
        ValidationReport report = Ksef.MAPPER.validate(Ksef.MAPPER.read(xml));
        return report.errors().stream().filter(i -> i.ruleId().startsWith("FA-STRUCT-")).toList();
    }

    /** Passes while {@code correct} fails; fails (asking to drop the wrapper) once it passes. */
    private static void knownBug(String bug, Executable correct) {
        try {
            correct.execute();
        } catch (Throwable stillThere) {
            System.out.println("known bug still present: " + bug + " (" + stillThere + ")");
            return;
        }
        fail("fixed: " + bug + " — replace knownBug(...) by the plain assertion");
    }

    /** Regression: an xsi:type QName with a declared prefix made validate() throw (fixed in acube-mapping). */
    @Test
    void xsiTypeWithAPrefixedQNameOnASimpleElementDoesNotMakeValidateThrow() {
        byte[] xml = smallInvoiceWith("<P_15>", "<P_15 xmlns:xsi=\"" + XSI + "\" xmlns:tns=\"" + NS
                + "\" xsi:type=\"tns:TKwotowy\">");
        assertEquals(List.of(), Ksef.fa1Schema().errors(xml), "the official XSD accepts the document");
        structuralErrors(xml);
        Ksef.MAPPER.read(xml).toModel(io.github.acubepl.model.fa1.Faktura.class);
    }

    @Test
    void xsiTypeNamingTheDeclaredTypeIsValidPerTheXsd() {
        byte[] simple = smallInvoiceWith("<P_15>", "<P_15 xmlns:xsi=\"" + XSI + "\" xsi:type=\"TKwotowy\">");
        byte[] complex = smallInvoiceWith("<Adres>", "<Adres xmlns:xsi=\"" + XSI + "\" xsi:type=\"TAdres\">");
        assertEquals(List.of(), Ksef.fa1Schema().errors(simple), "the official XSD accepts xsi:type on P_15");
        assertEquals(List.of(), Ksef.fa1Schema().errors(complex), "the official XSD accepts xsi:type on Adres");
        assertEquals(List.of(), structuralErrors(simple), "xsi:type naming P_15's declared type");
        assertEquals(List.of(), structuralErrors(complex), "xsi:type=\"TAdres\" on Adres");
    }

    @Test
    void xsiSchemaLocationKeepsItsNamespaceInJson() {
        byte[] xml = smallInvoiceWith("<Faktura xmlns=\"" + NS + "\">", "<Faktura xmlns=\"" + NS + "\" xmlns:xsi=\""
                + XSI + "\" xsi:schemaLocation=\"" + NS + " schemat.xsd\">");
        assertEquals(List.of(), Ksef.fa1Schema().errors(xml), "the official XSD accepts xsi:schemaLocation");
        assertEquals(List.of(), structuralErrors(xml), "so do we");
        assertEquals(List.of(), Ksef.fa1Schema().errors(Ksef.MAPPER.read(Ksef.MAPPER.read(xml).toJson()).toXml()),
                "XML → JSON → XML keeps xsi:schemaLocation an attribute");
    }

    @Test
    void theOptionalXsdPassReportsAnElementThatOccursTooOften() {
        io.github.acubepl.model.fa1.Faktura invoice = GoldenFilesTest.smallInvoice();
        for (int i = 0; i < 13; i++) {
            io.github.acubepl.model.fa1.KluczWartosc kv = new io.github.acubepl.model.fa1.KluczWartosc();
            kv.setKlucz("k" + i);
            kv.setWartosc("v");
            invoice.getFa().addDodatkowyOpis(kv);
        }
        byte[] xml = Ksef.MAPPER.toXml(invoice);
        assertTrue(!Ksef.fa1Schema().errors(xml).isEmpty(), "13 DodatkowyOpis are invalid (maxOccurs 12)");
        io.github.acubepl.mapping.InvoiceMapper withXsd = io.github.acubepl.mapping.InvoiceMapper.builder()
                .context(io.github.acubepl.mapping.ValidationContext.builder().clock(Ksef.CLOCK)
                        .schemaDirectory(Ksef.fa1SchemaDir()).build())
                .build();
        assertTrue(!withXsd.validate(xml).issues("FA-XSD-001").isEmpty(),
                "FA-XSD-001 reported although JDK 17 lacks the message for cvc-complex-type.2.4.d.1");
    }
}
