package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa3.DaneFaKorygowanej;
import io.github.acubepl.model.fa3.Fa;
import io.github.acubepl.model.fa3.FaWiersz;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.model.fa3.StawkaPodatku;
import io.github.acubepl.testkit.OfficialFiles;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents the benchmarks measure are what they claim to be: valid FA(3) (against the official
 * XSD and our validator), with consistent totals, and ten times bigger where the parameter says so.
 * No timing is asserted here.
 */
class Fa3InvoicesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    private static final ReadLimits BIG = new ReadLimits(64L * 1024 * 1024, ReadLimits.DEFAULT_MAX_DEPTH);

    private final InvoiceMapper withXsd = InvoiceMapper.builder()
            .limits(BIG)
            .context(ValidationContext.builder().clock(CLOCK).schemaDirectory(OfficialFiles.dir()).build())
            .build();
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .limits(BIG)
            .context(ValidationContext.builder().clock(CLOCK).build())
            .build();

    @Test
    void theKsefNumberChecksumIsTheCrc8OfThePublishedExample() {
        // The example of KSeF's documentation of the number: 5265877635-20250826-0100001AF629-AF.
        assertEquals("5265877635-20250826-0100001AF629-AF",
                Fa3Invoices.ksefNumber("5265877635", LocalDate.parse("2025-08-26"), 0x0100001AF629L));
    }

    @Test
    void theSmallInvoiceIsValidAgainstTheOfficialXsdAndOurValidator() {
        assertNoIssues(withXsd.validateModel(Fa3Invoices.small()));
    }

    @Test
    void aThousandLinesAreValidAgainstTheOfficialXsdWithConsistentTotals() {
        Faktura invoice = Fa3Invoices.withLines(1000);
        assertTotalsConsistent(invoice.getFa());
        assertEquals(1000, invoice.getFa().getFaWiersz().size());
        assertNoIssues(withXsd.validate(withXsd.toXml(invoice)));
    }

    /** 5,000 rather than 50,000 corrected invoices: the same generator, a tenth of the XSD pass's time. */
    @Test
    void aCorrectionOfFiveThousandInvoicesIsValidAgainstTheOfficialXsd() {
        Faktura invoice = Fa3Invoices.correctionOf(5_000);
        List<DaneFaKorygowanej> originals = invoice.getFa().getDaneFaKorygowanej();
        assertEquals(5_000, originals.size());
        assertEquals(2_500, originals.stream().filter(d -> d.getNrKSeFFaKorygowanej() != null).count());
        assertTotalsConsistent(invoice.getFa());
        assertOnlyTheKsefSizeLimit(withXsd.validate(withXsd.toXml(invoice)));
    }

    @Test
    void theBigDocumentsReadFromXmlAndJsonBreakOnlyTheKsefSizeLimit() {
        for (String document : List.of("lines-10000", "corrections-50000")) {
            Faktura invoice = Fa3SizeBenchmark.build(document);
            if (document.startsWith("corrections")) {
                assertEquals(50_000, invoice.getFa().getDaneFaKorygowanej().size());
            } else {
                assertEquals(10_000, invoice.getFa().getFaWiersz().size());
                assertTotalsConsistent(invoice.getFa());
            }
            assertOnlyTheKsefSizeLimit(mapper.validate(mapper.toXml(invoice)));
            assertOnlyTheKsefSizeLimit(mapper.validate(mapper.toJson(invoice)));
        }
    }

    @Test
    void tenTimesTheLinesOrCorrectionsIsAboutTenTimesTheBytes() {
        assertTenfold("lines-1000", "lines-10000");
        assertTenfold("corrections-5000", "corrections-50000");
    }

    private void assertTenfold(String small, String big) {
        Faktura a = Fa3SizeBenchmark.build(small);
        Faktura b = Fa3SizeBenchmark.build(big);
        double xml = (double) mapper.toXml(b).length / mapper.toXml(a).length;
        double json = (double) mapper.toJson(b).length / mapper.toJson(a).length;
        assertTrue(xml > 9.5 && xml < 10.5, big + " against " + small + ": XML bytes ratio " + xml);
        assertTrue(json > 9.5 && json < 10.5, big + " against " + small + ": JSON bytes ratio " + json);
    }

    private static void assertTotalsConsistent(Fa fa) {
        BigDecimal net23 = BigDecimal.ZERO;
        BigDecimal net8 = BigDecimal.ZERO;
        for (FaWiersz line : fa.getFaWiersz()) {
            assertEquals(0, line.getP_8B().multiply(line.getP_9A()).compareTo(line.getP_11()), "line "
                    + line.getNrWierszaFa());
            if (line.getP_12() == StawkaPodatku.RATE_23) {
                net23 = net23.add(line.getP_11());
            } else {
                assertEquals(StawkaPodatku.RATE_8, line.getP_12());
                net8 = net8.add(line.getP_11());
            }
        }
        assertEquals(0, net23.compareTo(fa.getP_13_1()));
        assertEquals(0, net8.compareTo(fa.getP_13_2() == null ? BigDecimal.ZERO : fa.getP_13_2()));
        BigDecimal gross = fa.getP_13_1().add(fa.getP_14_1());
        if (fa.getP_13_2() != null) {
            gross = gross.add(fa.getP_13_2()).add(fa.getP_14_2());
        }
        assertEquals(0, gross.compareTo(fa.getP_15()));
    }

    private static void assertNoIssues(ValidationReport report) {
        assertEquals(List.of(), report.issues(), report.toString());
    }

    /**
     * Over 1,000,000 bytes of XML KSeF refuses the file, and our validator says so once
     * (FA-TECH-001, an error); nothing else may be reported. The 1,000-line invoice is under the
     * limit and gets no issue at all.
     */
    private static void assertOnlyTheKsefSizeLimit(ValidationReport report) {
        List<ValidationIssue> issues = report.issues();
        if (issues.isEmpty()) {
            return;
        }
        assertEquals(1, issues.size(), () -> shorten(report));
        assertEquals("FA-TECH-001", issues.get(0).ruleId(), () -> shorten(report));
        assertTrue(issues.get(0).messageEn().contains("KSeF accepts at most 1000000"), () -> shorten(report));
    }

    private static String shorten(ValidationReport report) {
        String text = report + " " + report.issues();
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }

    @Test
    void theGeneratedXmlIsUtf8WithPolishLetters() {
        String xml = new String(mapper.toXml(Fa3Invoices.small()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("Książka nr 2"), xml);
    }
}
