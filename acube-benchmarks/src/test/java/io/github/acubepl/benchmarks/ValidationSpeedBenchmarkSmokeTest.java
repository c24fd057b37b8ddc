package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.testkit.OfficialFiles;
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

    private static void assertWritesAbout(long expected, long written, String operation) {
        assertTrue(written > expected / 2 && written < expected * 2,
                operation + " wrote " + written + " bytes for a document of " + expected);
    }
}
