package io.github.acubepl.benchmarks;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.render.InvoiceRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rendering speed: a one-page invoice (the official {@code FA_3_Przykład_1.xml}) and a 1,000-line
 * FA(3) invoice ({@link Fa3Invoices#withLines(int)}) to HTML and to PDF, both with the KOD I block,
 * next to a baseline in the same run: the full validation of the same bytes ({@code acube
 * validate}). Machines here are shared and noisy, so read the results as ratios to the baseline;
 * {@link #main} runs the benchmark and prints them.
 *
 * <p>Run from the repository root (the official sample is read from {@code -Dksef.dir}, else
 * {@code ../shared/ksef}, as {@link SpeedDocuments#ksefDir()} says):
 * {@code java -cp acube-benchmarks/target/benchmarks.jar io.github.acubepl.benchmarks.RenderBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderBenchmark {
    /** {@code sample-1}: the official FA(3) sample 1 (one page); {@code lines-1000}: 1,000 lines. */
    @Param({"sample-1", "lines-1000"})
    public String document;

    private InvoiceMapper mapper;
    private InvoiceRenderer renderer;
    private byte[] xml;

    /** Reads or builds the invoice once per trial. */
    @Setup
    public void setUp() {
        mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC))
                        .build())
                .build();
        renderer = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).mapper(mapper).build();
        switch (document) {
            case "sample-1":
                xml = officialSample();
                break;
            case "lines-1000":
                xml = mapper.toXml(Fa3Invoices.withLines(1000));
                break;
            default:
                throw new IllegalArgumentException("unknown document: " + document);
        }
    }

    /** Baseline: reads and fully validates the same bytes. */
    @Benchmark
    public ValidationReport baselineValidate() {
        return mapper.validate(xml);
    }

    /** The self-contained HTML with KOD I. */
    @Benchmark
    public String html() {
        return renderer.html(xml);
    }

    /** The A4 PDF with KOD I and the embedded font. */
    @Benchmark
    public byte[] pdf() {
        return renderer.pdf(xml);
    }

    /** The bytes of {@code fa3/samples/FA_3_Przykład_1.xml} under {@link SpeedDocuments#ksefDir()}. */
    static byte[] officialSample() {
        Path sample = SpeedDocuments.ksefDir().resolve(Path.of("fa3", "samples", "FA_3_Przykład_1.xml"));
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("the official FA(3) sample 1 is not in " + sample.getParent()
                    + ": the official KSeF files are looked for in -Dksef.dir, else in ../shared/ksef from the "
                    + "working directory");
        }
        try {
            return Files.readAllBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs this benchmark with JMH's command-line options, then prints each operation's time as a
     * ratio to the baseline of the same document.
     *
     * @param args JMH options, such as {@code -f 1 -wi 2 -i 3}
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException if the options are not JMH's
     */
    public static void main(String... args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(RenderBenchmark.class.getName() + "\\.")
                .build()).run();
        System.out.println(ratios(results));
    }

    /** "document: html 1.2 ms = 3.4 x baseline" lines, one per operation. */
    static String ratios(Collection<RunResult> results) {
        Map<String, Map<String, Double>> scores = new TreeMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            scores.computeIfAbsent(r.getParams().getParam("document"), d -> new TreeMap<>())
                    .put(operation, r.getPrimaryResult().getScore());
        }
        StringBuilder out = new StringBuilder("Ratios to baselineValidate of the same document (lower is faster):\n");
        scores.forEach((doc, ops) -> {
            Double base = ops.get("baselineValidate");
            ops.forEach((op, score) -> out.append(String.format("  %-10s %-16s %9.3f ms  %s%n", doc, op, score,
                    base == null || op.equals("baselineValidate") ? "" : String.format("%.2f x", score / base))));
        });
        return out.toString();
    }
}
