package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the official schemas and samples, read in place from the folder the build passes as
 * {@code ksef.dir}. Where the folder is absent the calling test is skipped with a message, except
 * under {@code CI=true}, where it fails.
 *
 * <p>The same rules as {@code io.github.acubepl.testkit.OfficialFiles}, the helper every module
 * downstream of acube-testkit uses. This copy stays because acube-testkit depends on acube-mapping,
 * so acube-mapping's tests cannot depend on acube-testkit (Maven refuses the cycle, test scope
 * included).
 */
public final class KsefFiles {
    private KsefFiles() {
    }

    /** The {@code ksef} folder. */
    public static Path dir() {
        String property = System.getProperty("ksef.dir", "../../shared/ksef");
        Path dir = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = "the official KSeF files are not at " + dir + " (set -Dksef.dir=...)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; under CI=true they are required");
            }
            Assumptions.abort(message + "; skipping");
        }
        return dir;
    }

    /** The FA(1) schema folder. */
    public static Path fa1Schema() {
        return schema(1);
    }

    /** The FA(1) sample files, sorted by name. */
    public static List<Path> fa1Samples() {
        return samples(1);
    }

    /** The schema folder of FA({@code version}), such as {@code ksef/fa3/schema}. */
    public static Path schema(int version) {
        return dir().resolve("fa" + version + "/schema");
    }

    /** The main official XSD of FA({@code version}). */
    public static Path mainXsd(int version) {
        return schema(version).resolve("schemat_FA(" + version + ")_v1-0E.xsd");
    }

    /** The sample files of FA({@code version}), sorted by name. */
    public static List<Path> samples(int version) {
        try (Stream<Path> s = Files.list(dir().resolve("fa" + version + "/samples"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples of every version: FA(1), then FA(2), then FA(3). */
    public static List<Path> allSamples() {
        List<Path> all = new java.util.ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            all.addAll(samples(v));
        }
        return all;
    }

    /** The version of a sample file, from its folder ({@code ksef/fa3/samples/...} is 3). */
    public static int versionOf(Path sample) {
        String folder = sample.getParent().getParent().getFileName().toString();
        return Integer.parseInt(folder.substring(2));
    }
}
