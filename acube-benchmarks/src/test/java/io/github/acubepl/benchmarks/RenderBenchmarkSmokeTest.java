package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every benchmark method of {@link RenderBenchmark} runs once and gives what it measures. */
class RenderBenchmarkSmokeTest {
    @ParameterizedTest
    @ValueSource(strings = {"sample-1", "lines-1000"})
    void everyBenchmarkMethodRunsOnce(String document) {
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
