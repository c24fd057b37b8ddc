package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a report says which validation layers ran, so "the official XSD pass did not run" is no
 * longer read as "the official XSD found nothing".
 */
class ValidationLayersTest {
    private static final ValidationContext PLAIN = ValidationContext.builder().clock(OfficialSamplesTest.CLOCK).build();
    private static final ValidationContext WITH_XSD = ValidationContext.builder().clock(OfficialSamplesTest.CLOCK)
            .schemaDirectory(KsefFiles.dir()).build();

    @Test
    void withoutASchemaFolderTheReportSaysTheOfficialXsdPassDidNotRun() {
        InvoiceMapper mapper = InvoiceMapper.builder().context(PLAIN).build();
        ValidationReport report = mapper.validateModel(Fa3Fixtures.validInvoice());
        assertTrue(report.isValid(), report::toString);
        assertEquals(EnumSet.of(ValidationLayer.STRUCTURE, ValidationLayer.RULES), report.layers());
        assertFalse(report.ran(ValidationLayer.OFFICIAL_SCHEMA));
        assertTrue(report.toString().contains("[STRUCTURE, RULES]"), report::toString);
    }

    @Test
    void withASchemaFolderTheReportListsTheOfficialXsdPass() {
        InvoiceMapper mapper = InvoiceMapper.builder().context(WITH_XSD).build();
        ValidationReport report = mapper.validateModel(Fa3Fixtures.validInvoice());
        assertEquals(List.of(), report.issues("FA-XSD-001"));
        assertEquals(EnumSet.allOf(ValidationLayer.class), report.layers());
        assertTrue(report.ran(ValidationLayer.OFFICIAL_SCHEMA));
    }

    @Test
    void aContextGivenToOneValidationDecidesItsLayers() {
        InvoiceMapper mapper = InvoiceMapper.builder().context(PLAIN).build();
        InvoiceDocument document = mapper.fromModel(Fa3Fixtures.validInvoice());
        assertFalse(mapper.validate(document).ran(ValidationLayer.OFFICIAL_SCHEMA));
        assertTrue(document.validate(WITH_XSD).ran(ValidationLayer.OFFICIAL_SCHEMA));
        assertSame(PLAIN, mapper.context()); // the engine's default is the context it was given
    }

    /** The engine does not stop at structural errors: the rules still run and say so. */
    @Test
    void structuralErrorsDoNotStopTheBusinessRules() {
        InvoiceMapper mapper = InvoiceMapper.builder().context(PLAIN).build();
        String xml = new String(mapper.toXml(Fa3Fixtures.validInvoice()), StandardCharsets.UTF_8);
        String broken = xml.replace("<NIP>" + Fa3Fixtures.SELLER_NIP + "</NIP>", "<NIP>1234563219</NIP>")
                .replaceFirst("<P_15>[^<]*</P_15>", "");
        ValidationReport report = mapper.validate(broken.getBytes(StandardCharsets.UTF_8));
        assertFalse(report.issues("FA-STRUCT-001").isEmpty(), report.issues()::toString); // P_15 missing
        assertFalse(report.issues("FA-NIP-001").isEmpty(), report.issues()::toString); // a rule still ran
        assertEquals(EnumSet.of(ValidationLayer.STRUCTURE, ValidationLayer.RULES), report.layers());
    }

    @Test
    void aReportKeepsItsOwnCopyOfTheLayers() {
        Set<ValidationLayer> layers = EnumSet.of(ValidationLayer.STRUCTURE);
        ValidationReport report = new ValidationReport("FA(3)", List.of(), layers);
        layers.add(ValidationLayer.RULES);
        assertEquals(Set.of(ValidationLayer.STRUCTURE), report.layers());
        assertThrows(UnsupportedOperationException.class, () -> report.layers().add(ValidationLayer.RULES));
        assertEquals(Set.of(), new ValidationReport("FA(3)", List.of(), Set.of()).layers());
    }
}
