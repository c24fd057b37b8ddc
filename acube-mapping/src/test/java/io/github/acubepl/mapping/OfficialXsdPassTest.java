package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional pass with the official XSD files (--schema-dir). */
class OfficialXsdPassTest {
    private final InvoiceMapper withXsd = InvoiceMapper.builder().clock(Fa1BusinessRulesTest.CLOCK)
            .schemaDirectory(KsefFiles.fa1Schema()).build();

    @Test
    void aValidInvoicePassesTheOfficialXsd() {
        ValidationReport report = withXsd.validateModel(Fa1Fixtures.validInvoice());
        assertTrue(report.issues("FA-XSD-001").isEmpty(), report.issues()::toString);
    }

    @Test
    void theOfficialXsdReportsWhereItFailsAndAgreesWithOurs() {
        String xml = new String(withXsd.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("<P_12>8</P_12>", "<P_12>9</P_12>");
        ValidationReport report = withXsd.validate(xml.getBytes(StandardCharsets.UTF_8));
        List<ValidationIssue> xsd = report.issues("FA-XSD-001");
        assertFalse(xsd.isEmpty());
        assertTrue(xsd.stream().anyMatch(i -> i.xpath().equals("/Faktura/Fa/FaWiersze/FaWiersz[3]/P_12")),
                xsd::toString);
        assertTrue(xsd.get(0).messageEn().startsWith("official XSD: cvc-"), xsd.get(0).messageEn());
        assertEquals("/Faktura/Fa/FaWiersze/FaWiersz[3]/P_12", report.issues("FA-STRUCT-008").get(0).xpath());
    }

    @Test
    void theXsdPassAlsoChecksJsonInput() {
        String json = new String(withXsd.toJson(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("\"P_12\": \"8\"", "\"P_12\": \"9\"");
        ValidationReport report = withXsd.validate(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.issues("FA-XSD-001").stream()
                .anyMatch(i -> i.jsonPointer().equals("/Fa/FaWiersze/FaWiersz/2/P_12")), report.issues()::toString);
    }

    /** Found by the differential test: JDK 17 lacks the message for this error and threw instead. */
    @Test
    void anErrorTheJdkCannotDescribeIsStillReported() {
        io.github.acubepl.model.fa1.Faktura invoice = Fa1Fixtures.validInvoice();
        for (int i = 0; i < 13; i++) {
            invoice.getFa().addDodatkowyOpis(io.github.acubepl.model.fa1.KluczWartosc.builder().klucz("k" + i)
                    .wartosc("v").build());
        }
        ValidationReport report = withXsd.validateModel(invoice);
        assertFalse(report.issues("FA-XSD-001").isEmpty(), report.issues()::toString);
        assertFalse(report.issues("FA-STRUCT-004").isEmpty(), report.issues()::toString);
    }

    /** Found by the differential test: the JDK's compiled grammar is not safe for concurrent validation. */
    @Test
    void concurrentValidationsWithTheXsdPassDoNotInterfere() throws Exception {
        byte[] xml = withXsd.toXml(Fa1Fixtures.validInvoice());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ValidationReport>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> withXsd.validate(xml)));
            }
            for (java.util.concurrent.Future<ValidationReport> f : results) {
                assertEquals(List.of(), f.get().issues("FA-XSD-001"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderWithoutTheSchemaIsAClearError(@TempDir Path empty) {
        InvoiceMapper mapper = InvoiceMapper.builder().schemaDirectory(empty).build();
        AcubeMappingException e = assertThrows(AcubeMappingException.class,
                () -> mapper.validateModel(Fa1Fixtures.validInvoice()));
        assertTrue(e.getMessage().contains("schemat_FA(1)_v1-0E.xsd") && e.getMessage().contains(empty.toString()),
                e.getMessage());
    }

    @Test
    void schemaImportsOutsideTheFolderAreRefused(@TempDir Path dir) throws IOException {
        Path schemas = Files.createDirectory(dir.resolve("schemas"));
        Files.writeString(dir.resolve("outside.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
        Files.writeString(schemas.resolve("schemat_FA(1)_v1-0E.xsd"),
                "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                        + "targetNamespace=\"http://crd.gov.pl/wzor/2021/11/29/11089/\">"
                        + "<xs:include schemaLocation=\"../outside.xsd\"/></xs:schema>");
        InvoiceMapper mapper = InvoiceMapper.builder().schemaDirectory(schemas).build();
        AcubeMappingException e = assertThrows(AcubeMappingException.class,
                () -> mapper.validateModel(Fa1Fixtures.validInvoice()));
        assertTrue(e.getMessage().contains("outside.xsd"), e.getMessage());
    }
}
