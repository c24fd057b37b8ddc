package io.github.acubepl.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Prints the ratios of a {@link ValidationSpeedBenchmark} run (JMH's {@code -rf json} result): per
 * version and size, each operation's score, its ratio to {@code staxCopy}, to {@code jsonFloor}
 * and to the peers, its allocation per operation ({@code -prof gc}) and that as a multiple of the
 * document's size, then issue 11's targets, each met (✓) or not (✗), or not measured (–).
 *
 * <p>Run: {@code java -cp acube-benchmarks/target/benchmarks.jar io.github.acubepl.benchmarks.RatioReport
 * acube-benchmarks/target/speed.json}
 */
public final class RatioReport {
    /** The operations in the order they are printed. */
    static final List<String> OPERATIONS = List.of("staxCopy", "jsonFloor", "peersXsdPlusJaxb", "validateXml",
            "validateXmlTwoThreads", "jsonToValidatedXml", "xmlToJson", "modelToXml");

    /** The size of a document in its two forms. */
    record DocumentSize(long xml, long json) {
    }

    /** One benchmark's result: mean time per operation in µs and bytes allocated per operation (NaN when absent). */
    private record Score(double micros, double allocated) {
    }

    private RatioReport() {
    }

    /**
     * Prints the report of a result file.
     *
     * @param args the JMH result in JSON ({@code -rf json -rff FILE})
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RatioReport JMH-RESULT.json");
            System.exit(2);
            return;
        }
        InvoiceMapper mapper = InvoiceMapper.builder().limits(ReadLimits.defaults()).build();
        Map<String, DocumentSize> sizes = new TreeMap<>();
        System.out.print(render(Files.readAllBytes(Path.of(args[0])), (version, size) -> sizes.computeIfAbsent(
                version + "/" + size, k -> {
                    SpeedDocuments doc = SpeedDocuments.of(version, size, mapper, false);
                    return new DocumentSize(doc.xml().length, doc.json().length);
                })));
    }

    /**
     * The report of a JMH result.
     *
     * @param jmhJson the result JMH wrote with {@code -rf json}
     * @param sizes the size of the document of a version and size
     * @return the report, lines ending in {@code \n}
     * @throws IOException if the result is not JSON
     */
    static String render(byte[] jmhJson, BiFunction<Integer, String, DocumentSize> sizes) throws IOException {
        JsonNode root = new ObjectMapper().readTree(jmhJson);
        // version -> size -> operation -> score, in the order of first appearance.
        Map<Integer, Map<String, Map<String, Score>>> runs = new TreeMap<>();
        for (JsonNode result : root) {
            String benchmark = result.path("benchmark").asText();
            if (!benchmark.contains("ValidationSpeedBenchmark.")) {
                continue;
            }
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int version = Integer.parseInt(result.path("params").path("version").asText());
            String size = result.path("params").path("size").asText();
            JsonNode primary = result.path("primaryMetric");
            double micros = primary.path("score").asDouble() * toMicros(primary.path("scoreUnit").asText());
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            double allocated = alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble();
            runs.computeIfAbsent(version, v -> new LinkedHashMap<>()).computeIfAbsent(size, s -> new LinkedHashMap<>())
                    .put(operation, new Score(micros, allocated));
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, Map<String, Map<String, Score>>> v : runs.entrySet()) {
            for (Map.Entry<String, Map<String, Score>> s : v.getValue().entrySet()) {
                table(out, v.getKey(), s.getKey(), s.getValue(), sizes.apply(v.getKey(), s.getKey()));
            }
            targets(out, v.getKey(), v.getValue(), sizes);
        }
        return out.toString();
    }

    private static void table(StringBuilder out, int version, String size, Map<String, Score> scores,
            DocumentSize doc) {
        out.append(String.format(Locale.ROOT, "%nFA(%d) %s: XML %,d bytes, JSON %,d bytes%n", version, size, doc.xml(),
                doc.json()));
        out.append(String.format(Locale.ROOT, "%-22s %12s %9s %9s %9s %12s %8s%n", "operation", "time/op",
                "×stax", "×jsonFl", "×peers", "alloc/op", "×doc"));
        Score stax = scores.get("staxCopy");
        Score json = scores.get("jsonFloor");
        Score peers = scores.get("peersXsdPlusJaxb");
        for (String op : OPERATIONS) {
            Score s = scores.get(op);
            if (s == null) {
                continue;
            }
            long docSize = jsonInput(op) ? doc.json() : doc.xml();
            out.append(String.format(Locale.ROOT, "%-22s %12s %9s %9s %9s %12s %8s%n", op, time(s.micros()),
                    ratio(s, stax), ratio(s, json), ratio(s, peers), bytes(s.allocated()),
                    Double.isNaN(s.allocated()) ? "–" : String.format(Locale.ROOT, "%.1f", s.allocated() / docSize)));
        }
        List<String> missing = OPERATIONS.stream().filter(op -> !scores.containsKey(op)).toList();
        if (!missing.isEmpty()) {
            out.append("not in the result (failed, e.g. out of memory, or not run): ")
                    .append(String.join(", ", missing)).append('\n');
        }
    }

    private static void targets(StringBuilder out, int version, Map<String, Map<String, Score>> bySize,
            BiFunction<Integer, String, DocumentSize> sizes) {
        out.append(String.format(Locale.ROOT, "%nFA(%d): issue 11's targets%n", version));
        Map<String, Score> sample = bySize.getOrDefault("sample", Map.of());
        target(out, "one page: validateXml ≥ 2× the peers' throughput", time(sample, "peersXsdPlusJaxb"),
                time(sample, "validateXml"), 2.0, true);
        target(out, "one page: validateXml within 1.5× staxCopy", time(sample, "validateXml"),
                time(sample, "staxCopy"), 1.5, false);
        target(out, "one page: jsonToValidatedXml within 3× jsonFloor", time(sample, "jsonToValidatedXml"),
                time(sample, "jsonFloor"), 3.0, false);
        for (String big : List.of("lines-10000", SpeedDocuments.LIMIT)) {
            Map<String, Score> s = bySize.get(big);
            if (s == null) {
                out.append("  – ").append(big).append(": not measured in this run\n");
                continue;
            }
            DocumentSize doc = sizes.apply(version, big);
            target(out, big + ": validateXml within 1.5× staxCopy", time(s, "validateXml"), time(s, "staxCopy"), 1.5,
                    false);
            target(out, big + ": jsonToValidatedXml within 3× jsonFloor", time(s, "jsonToValidatedXml"),
                    time(s, "jsonFloor"), 3.0, false);
            target(out, big + ": validateXml allocates at most 3× the XML", alloc(s, "validateXml"), doc.xml(), 3.0,
                    false);
            target(out, big + ": jsonToValidatedXml allocates at most 5× the JSON", alloc(s, "jsonToValidatedXml"),
                    doc.json(), 5.0, false);
        }
        for (Map.Entry<String, Map<String, Score>> s : bySize.entrySet()) {
            // Average time per operation on each thread: two threads' throughput is 2 / t2, one's 1 / t1.
            target(out, s.getKey() + ": two threads ≥ 1.8× one thread's throughput",
                    2 * time(s.getValue(), "validateXml"), time(s.getValue(), "validateXmlTwoThreads"), 1.8, true);
        }
        out.append("  – ./acube validate of one invoice, whole process, ≤ 0.4 s: not a JMH measure (see the README)\n");
    }

    /**
     * One target line: {@code a / b} against {@code limit}, at least it when {@code atLeast}, else at most.
     */
    private static void target(StringBuilder out, String what, double a, double b, double limit, boolean atLeast) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            out.append("  – ").append(what).append(": not measured\n");
            return;
        }
        double r = a / b;
        boolean met = atLeast ? r >= limit : r <= limit;
        out.append(String.format(Locale.ROOT, "  %s %s: %.2f×%n", met ? "✓" : "✗", what, r));
    }

    /** Whether an operation reads the JSON (its allocation is set against the JSON's size). */
    private static boolean jsonInput(String operation) {
        return operation.equals("jsonFloor") || operation.equals("jsonToValidatedXml");
    }

    private static double time(Map<String, Score> scores, String op) {
        Score s = scores.get(op);
        return s == null ? Double.NaN : s.micros();
    }

    private static double alloc(Map<String, Score> scores, String op) {
        Score s = scores.get(op);
        return s == null ? Double.NaN : s.allocated();
    }

    private static String ratio(Score s, Score base) {
        return base == null ? "–" : String.format(Locale.ROOT, "%.2f", s.micros() / base.micros());
    }

    private static String time(double micros) {
        if (micros >= 10_000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1000);
        }
        if (micros >= 1_000) {
            return String.format(Locale.ROOT, "%.2f ms", micros / 1000);
        }
        return String.format(Locale.ROOT, "%.1f µs", micros);
    }

    private static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "–";
        }
        if (b >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", b / (1024 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f KB", b / 1024);
    }

    private static double toMicros(String unit) {
        switch (unit) {
            case "ns/op":
                return 0.001;
            case "us/op":
                return 1;
            case "ms/op":
                return 1000;
            case "s/op":
                return 1_000_000;
            default:
                throw new IllegalArgumentException("not an average-time unit: " + unit);
        }
    }
}
