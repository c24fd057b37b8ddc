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
        return dir().resolve("fa1/schema");
    }

    /** The FA(1) sample files, sorted by name. */
    public static List<Path> fa1Samples() {
        try (Stream<Path> s = Files.list(dir().resolve("fa1/samples"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
