package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.testkit.OfficialFiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CI's smoke test of {@link RenderBenchmark}: for the official sample and 1,000 lines, the set-up and
 * each benchmark method once, directly, not through JMH. No timing is asserted.
 */
class RenderBenchmarkSmokeTest {
    @ParameterizedTest
    @ValueSource(strings = {"sample-1", "lines-1000"})
    void everyBenchmarkMethodRunsOnce(String document) {
        System.setProperty("ksef.dir", OfficialFiles.dir().toString());
        RenderBenchmark b = new RenderBenchmark();
        b.document = document;
        b.setUp();
        assertTrue(b.baselineValidate().isValid(), "the baseline validates a valid invoice");
        String html = b.html();
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("https://qr-test.ksef.mf.gov.pl/invoice/"),
                "HTML with KOD I");
        byte[] pdf = b.pdf();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }
}
