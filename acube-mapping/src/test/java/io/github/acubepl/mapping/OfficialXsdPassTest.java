package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional pass with the official XSD files (--schema-dir), for FA(1), FA(2) and FA(3). */
class OfficialXsdPassTest {
    private final InvoiceMapper withXsd = InvoiceMapper.builder()
            .context(ValidationContext.builder()
                    .clock(Fa1BusinessRulesTest.CLOCK)
                    .schemaDirectory(KsefFiles.fa1Schema())
                    .build())
            .build();

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

    /**
     * The unmodified FA(3) schema set, as it is on disk, with secure processing on: the JDK refused
     * its maxOccurs="50000" ("more than 10,000 nodes"), and without the limit it took over 580 s to
     * validate one invoice. Relaxed in memory, it compiles and validates at once.
     */
    @Test
    void theFa3SchemaOnDiskCompilesAndValidatesWithSecureProcessingOn() throws IOException {
        byte[] sample = Files.readAllBytes(KsefFiles.samples(3).get(0));
        byte[] broken = new String(sample, StandardCharsets.UTF_8).replace("<P_12>23</P_12>", "<P_12>0</P_12>")
                .getBytes(StandardCharsets.UTF_8);
        // A hang guard only (the unrelaxed schema did not finish in 580 s); it takes well under a second.
        List<List<String>> verdicts = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            OfficialSchema fa3 = OfficialSchema.inFolder(KsefFiles.schema(3));
            return List.of(fa3.errors(sample), fa3.errors(broken));
        });
        assertEquals(List.of(), verdicts.get(0));
        assertFalse(verdicts.get(1).isEmpty());
    }

    /** Only a maxOccurs above the JDK limit is relaxed: FA(3)'s 10,000 lines stay a cap of the XSD pass. */
    @Test
    void theRelaxedFa3SchemaStillCapsTheLinesAtTenThousand() {
        io.github.acubepl.model.fa3.Faktura invoice = Fa3Fixtures.validInvoice();
        List<io.github.acubepl.model.fa3.FaWiersz> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 10_001; i++) {
            lines.add(Fa3Fixtures.line(i, "x", "1", "1", "1", io.github.acubepl.model.fa3.StawkaPodatku.RATE_23));
        }
        invoice.getFa().setFaWiersz(lines);
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Fa1BusinessRulesTest.CLOCK)
                        .schemaDirectory(KsefFiles.schema(3))
                        .build())
                .build();
        ValidationReport report = mapper.validateModel(invoice);
        assertEquals(1, report.issues("FA-STRUCT-004").size(), report.toString());
        assertFalse(report.issues("FA-XSD-001").isEmpty(), report.toString());
    }

    @Test
    void theFa2AndFa3XsdPassReportsWhereItFailsForXmlAndJson() throws IOException {
        InvoiceMapper fa3 = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Fa1BusinessRulesTest.CLOCK)
                        .schemaDirectory(KsefFiles.schema(3))
                        .build())
                .build();
        String xml = new String(fa3.toXml(Fa3Fixtures.withAttachment()), StandardCharsets.UTF_8)
                .replace("<P_12>0 KR</P_12>", "<P_12>0</P_12>");
        ValidationReport report = fa3.validate(xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.issues("FA-XSD-001").stream().anyMatch(i -> i.xpath().equals("/Faktura/Fa/FaWiersz[3]/P_12")),
                report.issues()::toString);
        assertEquals("/Faktura/Fa/FaWiersz[3]/P_12", report.issues("FA-STRUCT-008").get(0).xpath());

        String json = new String(fa3.toJson(Fa3Fixtures.withAttachment()), StandardCharsets.UTF_8)
                .replace("\"Typ\": \"dec\"", "\"Typ\": \"decimal\"");
        ValidationReport fromJson = fa3.validate(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(fromJson.issues("FA-XSD-001").stream().anyMatch(i -> i.jsonPointer()
                .equals("/Zalacznik/BlokDanych/0/Tabela/0/TNaglowek/Kol/1")), fromJson.issues()::toString);

        InvoiceMapper fa2 = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Fa1BusinessRulesTest.CLOCK)
                        .schemaDirectory(KsefFiles.schema(2))
                        .build())
                .build();
        byte[] sample = Files.readAllBytes(KsefFiles.samples(2).get(0));
        assertEquals(List.of(), fa2.validate(sample).issues("FA-XSD-001"));
        byte[] broken = new String(sample, StandardCharsets.UTF_8).replace("<KodWaluty>PLN</KodWaluty>",
                "<KodWaluty>XCG</KodWaluty>").getBytes(StandardCharsets.UTF_8);
        assertFalse(fa2.validate(broken).issues("FA-XSD-001").isEmpty());
    }

    /** --schema-dir ../shared/ksef: the folder holding the version folders serves every version. */
    @Test
    void theFolderHoldingTheVersionFoldersServesEveryVersion() throws IOException {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Fa1BusinessRulesTest.CLOCK)
                        .schemaDirectory(KsefFiles.dir())
                        .build())
                .build();
        assertEquals(List.of(), mapper.validateModel(Fa1Fixtures.validInvoice()).issues("FA-XSD-001"));
        assertEquals(List.of(), mapper.validateModel(Fa3Fixtures.withAttachment()).issues("FA-XSD-001"));
        assertEquals(List.of(), mapper.validate(Files.readAllBytes(KsefFiles.samples(2).get(0))).issues("FA-XSD-001"));
        String fa1 = new String(mapper.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("<P_12>8</P_12>", "<P_12>0 KR</P_12>");
        assertFalse(mapper.validate(fa1.getBytes(StandardCharsets.UTF_8)).issues("FA-XSD-001").isEmpty(),
                "FA(1) checked against its own schema");
    }

    @Test
    void aVersionSchemaFolderServesOnlyItsVersionAndSaysWhereItLooked() {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().schemaDirectory(KsefFiles.schema(1)).build())
                .build();
        AcubeMappingException e = assertThrows(AcubeMappingException.class,
                () -> mapper.validateModel(Fa3Fixtures.validInvoice()));
        assertTrue(e.getMessage().contains("schemat_FA(3)_v1-0E.xsd") && e.getMessage().contains("fa3/schema")
                && e.getMessage().contains(KsefFiles.schema(1).toString()), e.getMessage());
    }

    @Test
    void aFolderWithoutTheSchemaIsAClearError(@TempDir Path empty) {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().schemaDirectory(empty).build())
                .build();
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
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().schemaDirectory(schemas).build())
                .build();
        AcubeMappingException e = assertThrows(AcubeMappingException.class,
                () -> mapper.validateModel(Fa1Fixtures.validInvoice()));
        assertTrue(e.getMessage().contains("outside.xsd"), e.getMessage());
    }
}
