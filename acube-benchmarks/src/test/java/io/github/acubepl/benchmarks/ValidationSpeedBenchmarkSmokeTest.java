package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.testkit.OfficialFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CI's smoke test of {@link ValidationSpeedBenchmark}: for FA(1) and FA(3), the official sample and
 * 100 lines, the set-up (which runs and checks every operation once) and then each benchmark method
 * once, directly, not through JMH: the benchmark works, without spending CI's minutes on timing.
 * No timing is asserted.
 */
class ValidationSpeedBenchmarkSmokeTest {
    @ParameterizedTest(name = "FA({0}) {1}")
    @CsvSource({"1, sample", "1, lines-100", "3, sample", "3, lines-100"})
    void everyOperationDoesItsWorkOnce(int version, String size) throws Exception {
        System.setProperty("ksef.dir", OfficialFiles.dir().toString());
        ValidationSpeedBenchmark bench = new ValidationSpeedBenchmark();
        bench.version = version;
        bench.size = size;
        bench.setUp();
        long xml = bench.document().xml().length;
        long json = bench.document().json().length;
        assertTrue(xml > 1000 && json > 1000, "documents of " + xml + " and " + json + " bytes");

        assertWritesAbout(xml, bench.staxCopy(), "staxCopy");
        assertWritesAbout(json, bench.jsonFloor(), "jsonFloor");
        assertEquals("Faktura", bench.peersXsdPlusJaxb().getClass().getSimpleName());
        for (ValidationReport report : new ValidationReport[] {bench.validateXml(), bench.validateXmlTwoThreads()}) {
            assertTrue(report.format().contains("(" + version + ")"), report.format());
            assertEquals(0, report.errors().size(), report.toString());
        }
        assertWritesAbout(xml, bench.jsonToValidatedXml(), "jsonToValidatedXml");
        assertWritesAbout(json, bench.xmlToJson(), "xmlToJson");
        assertWritesAbout(xml, bench.modelToXml(), "modelToXml");
    }

    /**
     * Over KSeF's 1,000,000 bytes the report adds FA-TECH-001 and still runs every rule: the 10,000
     * lines measure the full validation, not an early refusal. One line's net amount changed makes
     * its rate group's total wrong (FA-SUM-001), which only a pass over all the lines finds.
     */
    @ParameterizedTest(name = "FA({0})")
    @CsvSource({"1", "3"})
    void aLineTotalBrokenInTenThousandLinesIsFoundBesideTheSizeLimit(int version) {
        InvoiceMapper mapper = InvoiceMapper.builder().limits(ReadLimits.defaults()).build();
        String xml = new String(SpeedDocuments.of(version, "lines-10000", mapper, false).xml(), StandardCharsets.UTF_8);
        int at = xml.lastIndexOf("<P_11>") + "<P_11>".length();
        String broken = xml.substring(0, at) + "1" + xml.substring(at);

        List<String> clean = ruleIds(mapper.validate(xml.getBytes(StandardCharsets.UTF_8)).errors());
        List<String> errors = ruleIds(mapper.validate(broken.getBytes(StandardCharsets.UTF_8)).errors());
        assertEquals(List.of("FA-TECH-001"), clean);
        // FA(1) also checks the lines' control sum (FA-SUM-004), which the same change breaks.
        assertEquals(version == 1 ? List.of("FA-SUM-001", "FA-SUM-004", "FA-TECH-001")
                : List.of("FA-SUM-001", "FA-TECH-001"), errors);
    }

    private static List<String> ruleIds(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::ruleId).sorted().distinct().collect(Collectors.toList());
    }

    private static void assertWritesAbout(long expected, long written, String operation) {
        assertTrue(written > expected / 2 && written < expected * 2,
                operation + " wrote " + written + " bytes for a document of " + expected);
    }
}
