package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa3.DaneFaKorygowanej;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.model.fa3.RodzajFaktury;
import io.github.acubepl.model.fa3.TypKorekty;
import io.github.acubepl.model.fa3.Wybor1;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What differs between FA(1), FA(2) and FA(3) in the engine: detection, the environment table of
 * FA-TECH-002, and FA(3)'s cap of 50,000 on {@code DaneFaKorygowanej}, enforced by our own code.
 */
class VersionsTest {
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(OfficialSamplesTest.CLOCK).build())
            .build();

    private static byte[] sample(int version, int n) throws IOException {
        for (Path p : KsefFiles.samples(version)) {
            if (p.getFileName().toString().endsWith("_" + n + ".xml") || p.getFileName().toString().endsWith(" "
                    + n + ".xml")) {
                return Files.readAllBytes(p);
            }
        }
        throw new AssertionError("no sample " + n + " of FA(" + version + ")");
    }

    private static List<String> ids(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::ruleId).collect(Collectors.toList());
    }

    // ---- detection ----

    @Test
    void xmlIsDetectedByItsNamespace() throws IOException {
        assertEquals("FA(1)", mapper.read(sample(1, 1)).format().name());
        assertEquals("FA(2)", mapper.read(sample(2, 1)).format().name());
        assertEquals("FA(3)", mapper.read(sample(3, 1)).format().name());
    }

    @Test
    void jsonIsDetectedByItsSystemCodeOrByItsVariantAlone() {
        String json = new String(mapper.toJson(Fa3Fixtures.validInvoice()), StandardCharsets.UTF_8);
        assertEquals("FA(3)", mapper.read(json.getBytes(StandardCharsets.UTF_8)).format().name());
        String variantOnly = json.replace("\"kodSystemowy\" : \"FA (3)\",", "").replace("\"kodSystemowy\": \"FA (3)\",",
                "");
        assertTrue(!variantOnly.contains("kodSystemowy"), variantOnly);
        InvoiceDocument doc = mapper.read(variantOnly.getBytes(StandardCharsets.UTF_8));
        assertEquals("FA(3)", doc.format().name());
        assertEquals(List.of("FA-STRUCT-001"), ids(mapper.validate(doc).errors()), "the missing attribute");
    }

    /** A-Cube's FA(3) XML example says kodSystemowy "FA (2)": the namespace decides, the value is reported. */
    @Test
    void anFa3DocumentWhoseSystemCodeSaysFa2IsFa3WithTheFixedValueReported() throws IOException {
        String xml = new String(sample(3, 1), StandardCharsets.UTF_8).replace("kodSystemowy=\"FA (3)\"",
                "kodSystemowy=\"FA (2)\"");
        InvoiceDocument doc = mapper.read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("FA(3)", doc.format().name());
        ValidationReport report = mapper.validate(doc);
        assertEquals(List.of("FA-STRUCT-011"), ids(report.errors()), report.errors().toString());
        assertEquals("/Faktura/Naglowek/KodFormularza/@kodSystemowy", report.errors().get(0).xpath());
    }

    @Test
    void jsonWhoseSystemCodeAndVariantDisagreeIsReadBySystemCodeAndReported() {
        String json = new String(mapper.toJson(Fa3Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("\"WariantFormularza\" : \"3\"", "\"WariantFormularza\" : \"2\"")
                .replace("\"WariantFormularza\": \"3\"", "\"WariantFormularza\": \"2\"");
        ValidationReport report = mapper.validate(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("FA(3)", report.format());
        assertTrue(report.errors().stream().anyMatch(i -> i.jsonPointer().equals("/Naglowek/WariantFormularza")),
                report.errors().toString());
    }

    @Test
    void anUnknownNamespaceNamesTheThreeKnownVersions() {
        InvoiceReadException e = assertThrows(InvoiceReadException.class, () -> mapper.read(
                "<Faktura xmlns=\"http://crd.gov.pl/wzor/2030/01/01/99999/\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InvoiceReadException.Reason.UNKNOWN_FORMAT, e.reason());
        for (String v : List.of("FA(1)", "FA(2)", "FA(3)")) {
            assertTrue(e.getMessage().contains(v), e.getMessage());
        }
    }

    // ---- FA-TECH-002: one table for every version ----

    @Test
    void fa3IsTakenEverywhereFa2OnlyByTestAndFa1Nowhere() {
        assertEquals(List.of(KsefEnvironment.TEST, KsefEnvironment.DEMO, KsefEnvironment.PRODUCTION),
                KsefEnvironment.accepting("FA(3)"));
        assertEquals(List.of(KsefEnvironment.TEST), KsefEnvironment.accepting("FA(2)"));
        assertEquals(List.of(), KsefEnvironment.accepting("FA(1)"));
        assertEquals(Set.of("FA(2)", "FA(3)"), KsefEnvironment.TEST.acceptedVersions());
    }

    @Test
    void withoutATargetEnvironmentAVersionProductionRefusesIsAWarning() throws IOException {
        ValidationIssue fa1 = mapper.validate(sample(1, 1)).issues("FA-TECH-002").get(0);
        assertEquals(Severity.WARNING, fa1.severity());
        assertEquals("/Naglowek/KodFormularza/kodSystemowy", fa1.jsonPointer());
        assertTrue(fa1.messageEn().startsWith("no KSeF 2.0 environment accepts FA(1) invoices"), fa1.messageEn());

        ValidationIssue fa2 = mapper.validate(sample(2, 1)).issues("FA-TECH-002").get(0);
        assertEquals(Severity.WARNING, fa2.severity());
        assertTrue(fa2.messageEn().startsWith("only KSeF TEST accepts FA(2) invoices"), fa2.messageEn());

        assertEquals(List.of(), mapper.validate(sample(3, 1)).issues("FA-TECH-002"));
    }

    @Test
    void aTargetEnvironmentThatRefusesTheVersionMakesItAnError() throws IOException {
        InvoiceMapper production = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(OfficialSamplesTest.CLOCK)
                        .targetEnvironment(KsefEnvironment.PRODUCTION)
                        .build())
                .build();
        ValidationReport fa2 = production.validate(sample(2, 1));
        assertEquals(List.of("FA-TECH-002"), ids(fa2.errors()), fa2.issues().toString());
        assertTrue(fa2.errors().get(0).messageEn().startsWith("KSeF PRODUCTION does not accept FA(2) invoices"),
                fa2.errors().get(0).messageEn());
        assertTrue(production.validate(sample(3, 1)).issues().isEmpty());

        InvoiceMapper test = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(OfficialSamplesTest.CLOCK)
                        .targetEnvironment(KsefEnvironment.TEST)
                        .build())
                .build();
        assertEquals(List.of(), test.validate(sample(2, 1)).issues("FA-TECH-002"));
        assertEquals(List.of("FA-TECH-002"), ids(test.validate(sample(1, 1)).errors()));

        ValidationContext demo = ValidationContext.builder().clock(OfficialSamplesTest.CLOCK)
                .targetEnvironment(KsefEnvironment.DEMO).build();
        assertEquals(List.of(), mapper.read(sample(3, 1)).validate(demo).issues("FA-TECH-002"));
        assertEquals(Severity.ERROR, mapper.read(sample(2, 1)).validate(demo).issues("FA-TECH-002").get(0).severity());
    }

    // ---- the cap on DaneFaKorygowanej ----

    private static Faktura correctionOf(int invoices) {
        Faktura invoice = Fa3Fixtures.validInvoice();
        invoice.getFa().setRodzajFaktury(RodzajFaktury.KOR);
        invoice.getFa().setPrzyczynaKorekty("rabat za okres");
        invoice.getFa().setTypKorekty(TypKorekty.CORRECTION_ISSUE_DATE);
        List<DaneFaKorygowanej> corrected = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            corrected.add(DaneFaKorygowanej.builder().dataWystFaKorygowanej(LocalDate.parse("2026-10-01"))
                    .nrFaKorygowanej("FV/" + i).nrKSeFN(Wybor1.YES).build());
        }
        invoice.getFa().setDaneFaKorygowanej(corrected);
        return invoice;
    }

    @Test
    void fiftyThousandCorrectedInvoicesAreAllowed() {
        ValidationReport report = mapper.validateModel(correctionOf(50_000));
        assertEquals(List.of(), report.issues("FA-STRUCT-004"), report.toString());
    }

    @Test
    void theFiftyThousandAndFirstCorrectedInvoiceIsOneTooMany() {
        ValidationReport report = mapper.validateModel(correctionOf(50_001));
        List<ValidationIssue> occurs = report.issues("FA-STRUCT-004");
        assertEquals(1, occurs.size(), occurs.toString());
        assertEquals("/Fa/DaneFaKorygowanej/50000", occurs.get(0).jsonPointer());
        assertTrue(occurs.get(0).messageEn().contains("50000"), occurs.get(0).messageEn());
    }

    /** The XSD pass reads the cap as unbounded (OfficialSchema), so the cap is ours to enforce. */
    @Test
    void theCapIsEnforcedByOurValidatorWhereTheXsdPassCannot() {
        InvoiceMapper withXsd = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(OfficialSamplesTest.CLOCK)
                        .schemaDirectory(KsefFiles.dir())
                        .build())
                .build();
        ValidationReport report = withXsd.validateModel(correctionOf(50_001));
        assertEquals(1, report.issues("FA-STRUCT-004").size(), report.toString());
        assertEquals(List.of(), report.issues("FA-XSD-001"));
    }
}
