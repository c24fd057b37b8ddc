package io.github.acubepl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources (the {@code fa1}, {@code fa2}, {@code fa3} model packages and the schema
 * encodings {@code Fa1Schema}, {@code Fa2Schema}, {@code Fa3Schema} of {@code acube-mapping}) are
 * exactly what {@code tools/codegen/fa_codegen.py} writes from the official schemas: the test runs
 * the generator into a temporary folder and compares file by file, so a hand edit, a stale
 * regeneration or a changed docs-en.json fails the build.
 *
 * <p>It needs {@code python3} and the official files ({@code ksef.dir}); without them it is skipped
 * with a message, except under {@code CI=true}, where it fails.
 */
class GeneratedSourcesTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> MODEL_PACKAGES = List.of("fa1", "fa2", "fa3");

    @Test
    void theCommittedSourcesAreWhatTheGeneratorWritesFromTheOfficialSchemas(@TempDir Path out) throws Exception {
        Path ksef = ksefDir();
        String python = python();
        Process p = new ProcessBuilder(python, REPOSITORY.resolve("tools/codegen/fa_codegen.py").toString(), "all",
                "--ksef-dir", ksef.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("generator.log").toFile()).start();
        // A hang guard only: the generator takes seconds.
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the generator did not finish within 10 minutes");
        }
        String log = Files.readString(out.resolve("generator.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "the generator failed:\n" + log);
        assertTrue(!log.contains("warning:"), () -> "the generator warned:\n" + log);

        Map<String, Path> expected = new TreeMap<>();
        Map<String, Path> actual = new TreeMap<>();
        for (String pkg : MODEL_PACKAGES) {
            String model = "acube-model/src/main/java/io/github/acubepl/model/" + pkg;
            collect(out, model, expected, f -> true);
            collect(REPOSITORY, model, actual, f -> true);
            String schema = "acube-mapping/src/main/java/io/github/acubepl/mapping/internal/" + pkg;
            String schemaClass = "F" + pkg.substring(1) + "Schema.java";
            collect(out, schema, expected, f -> f.equals(schemaClass));
            collect(REPOSITORY, schema, actual, f -> f.equals(schemaClass));
        }
        assertTrue(expected.size() > 100, "the generator wrote only " + expected.keySet());
        assertEquals(expected.keySet(), actual.keySet(), "generated files differ from the committed ones; "
                + "regenerate with: python3 tools/codegen/fa_codegen.py all");
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, Path> e : expected.entrySet()) {
            if (Files.mismatch(e.getValue(), actual.get(e.getKey())) != -1) {
                differing.add(e.getKey());
            }
        }
        assertEquals(List.of(), differing, "these files differ from what the generator writes; regenerate with: "
                + "python3 tools/codegen/fa_codegen.py all");
    }

    private static void collect(Path root, String folder, Map<String, Path> into,
            java.util.function.Predicate<String> name) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                if (name.test(f.getFileName().toString())) {
                    into.put(folder + "/" + f.getFileName(), f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of acube-testkit's OfficialFiles.dir(): acube-testkit depends on this module, so its tests cannot use it (cycle). */
    private static Path ksefDir() {
        Path dir = Path.of(System.getProperty("ksef.dir", "../../shared/ksef")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            skipOrFail("the official KSeF files are not at " + dir + " (set -Dksef.dir=...)");
        }
        return dir;
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not on the PATH: try the next name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        skipOrFail("python3 is not on the PATH; the generator check needs it");
        throw new AssertionError("unreachable");
    }

    private static void skipOrFail(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; under CI=true it is required");
        }
        Assumptions.abort(message + "; skipping");
    }
}
