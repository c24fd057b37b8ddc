package io.github.acubepl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ratio report of a hand-written JMH result ({@code speed-fixture.json}: FA(1), the sample and
 * 10,000 lines, round numbers): the ratios, the allocation against the document's size, and each
 * target met or not. No timing is measured here.
 */
class RatioReportTest {
    private static final RatioReport.DocumentSize SAMPLE = new RatioReport.DocumentSize(5_000, 4_000);
    private static final RatioReport.DocumentSize LINES = new RatioReport.DocumentSize(2_000_000, 2_000_000);

    private static String report() throws IOException {
        try (InputStream in = RatioReportTest.class.getResourceAsStream("/speed-fixture.json")) {
            return RatioReport.render(in.readAllBytes(), (version, size) -> {
                assertEquals(1, version);
                return size.equals("sample") ? SAMPLE : LINES;
            });
        }
    }

    private static String line(String report, String start) {
        List<String> lines = report.lines().map(String::strip).filter(l -> l.startsWith(start)).toList();
        assertEquals(1, lines.size(), () -> "one line starting with " + start + " in\n" + report);
        return lines.get(0);
    }

    @Test
    void eachOperationIsAScoreAndItsRatiosToTheFloorsAndThePeers() throws IOException {
        String all = report();
        assertTrue(all.contains("FA(1) sample: XML 5,000 bytes, JSON 4,000 bytes"), all);
        String report = all.substring(0, all.indexOf("FA(1) lines-10000"));
        // validateXml 200 µs: 2× staxCopy (100), 5× jsonFloor (40), 0.4× the peers (500); 100,000 B = 20× 5,000.
        assertEquals(List.of("validateXml", "200.0", "µs", "2.00", "5.00", "0.40", "97.7", "KB", "20.0"),
                List.of(line(report, "validateXml ").strip().split("\\s+")));
        // The JSON path's allocation is set against the JSON's size: 200,000 B / 4,000 B.
        assertTrue(line(report, "jsonToValidatedXml ").endsWith(" 50.0"), report);
    }

    @Test
    void scoresInMillisecondsAndMicrosecondsAreComparedInOneUnit() throws IOException {
        String report = report();
        // 10,000 lines: jsonToValidatedXml given as 120,000 µs/op, jsonFloor as 30 ms/op.
        String tenThousand = report.substring(report.indexOf("FA(1) lines-10000"));
        assertEquals(List.of("jsonToValidatedXml", "120.0", "ms", "2.00", "4.00", "–", "11.4", "MB", "6.0"),
                List.of(line(tenThousand, "jsonToValidatedXml ").strip().split("\\s+")));
    }

    @Test
    void eachTargetIsMetOrNotWithItsRatio() throws IOException {
        String report = report();
        assertEquals("✓ one page: validateXml ≥ 2× the peers' throughput: 2.50×",
                line(report, "✓ one page: validateXml ≥ 2×"));
        assertEquals("✗ one page: validateXml within 1.5× staxCopy: 2.00×", line(report, "✗ one page: validateXml"));
        assertEquals("✓ one page: jsonToValidatedXml within 3× jsonFloor: 2.50×", line(report, "✓ one page: json"));
        assertEquals("✓ lines-10000: validateXml within 1.5× staxCopy: 1.33×", line(report, "✓ lines-10000: validateXml w"));
        assertEquals("✗ lines-10000: jsonToValidatedXml within 3× jsonFloor: 4.00×",
                line(report, "✗ lines-10000: jsonToValidatedXml w"));
        assertEquals("✓ lines-10000: validateXml allocates at most 3× the XML: 3.00×",
                line(report, "✓ lines-10000: validateXml allocates"));
        assertEquals("✗ lines-10000: jsonToValidatedXml allocates at most 5× the JSON: 6.00×",
                line(report, "✗ lines-10000: jsonToValidatedXml allocates"));
        // Two threads: 2 × 200 / 110 = 3.64 on the sample; 2 × 80 / 100 = 1.60 on 10,000 lines.
        assertEquals("✓ sample: two threads ≥ 1.8× one thread's throughput: 3.64×", line(report, "✓ sample: two"));
        assertEquals("✗ lines-10000: two threads ≥ 1.8× one thread's throughput: 1.60×",
                line(report, "✗ lines-10000: two"));
        assertTrue(report.contains("– limit-16MiB: not measured in this run"), report);
    }

    @Test
    void operationsMissingFromTheResultAreNamed() throws IOException {
        String report = report();
        String tenThousand = report.substring(report.indexOf("FA(1) lines-10000"));
        assertEquals("not in the result (failed, e.g. out of memory, or not run): peersXsdPlusJaxb, xmlToJson, "
                + "modelToXml", line(tenThousand, "not in the result"));
    }

    @Test
    void otherBenchmarksInTheResultAreLeftOut() throws IOException {
        String report = report();
        assertFalse(report.contains("floorStaxXml"), report);
        assertFalse(report.contains("lines-1000:"), report);
    }
}
