package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.mapping.InvoiceMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

/**
 * The official KSeF files, read in place from the folder the build passes as {@code ksef.dir}, and
 * the shared mapper of the tests. Without the folder a test is skipped with a message, except under
 * {@code CI=true}, where it fails.
 */
final class Ksef {
    /** A clock at the end of {@link Fa1Arbitraries#DEFAULT_TODAY} in Warsaw, so no generated invoice is "future". */
    static final Clock CLOCK = Clock.fixed(Fa1Arbitraries.DEFAULT_TODAY.atTime(23, 0)
            .atZone(ZoneId.of("Europe/Warsaw")).toInstant(), ZoneId.of("Europe/Warsaw"));

    /** The mapper under test: every plug-in, a fixed clock, no XSD pass. */
    static final InvoiceMapper MAPPER = InvoiceMapper.builder().clock(CLOCK).build();

    private Ksef() {
    }

    /** The {@code ksef} folder. */
    static Path dir() {
        Path dir = location();
        if (!Files.isDirectory(dir)) {
            String message = missing(dir);
            if (underCi()) {
                fail(message + "; under CI=true they are required");
            }
            Assumptions.abort(message + "; skipping");
        }
        return dir;
    }

    private static Path location() {
        return Path.of(System.getProperty("ksef.dir", "../../shared/ksef")).toAbsolutePath().normalize();
    }

    private static String missing(Path dir) {
        return "the official KSeF files are not at " + dir + " (set -Dksef.dir=...)";
    }

    private static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips a jqwik container or property when the official files are absent (jqwik would count an
     * aborted try as a rejected one, not as a skip); under {@code CI=true} it does not skip, so the
     * test fails on the first access.
     */
    static final class Required implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            Path dir = location();
            return Files.isDirectory(dir) || underCi() ? SkipResult.doNotSkip()
                    : SkipResult.skip(missing(dir) + "; skipping");
        }
    }

    /** The FA(1) schema folder. */
    static Path fa1SchemaDir() {
        return dir().resolve("fa1/schema");
    }

    /** The FA(1) official schema, compiled once. */
    static OfficialSchema fa1Schema() {
        return OfficialSchema.inFolder(fa1SchemaDir());
    }

    /** The FA(1) samples, sorted by name. */
    static List<Path> fa1Samples() {
        return samples(1);
    }

    /** The official schema of FA({@code version}), compiled once. */
    static OfficialSchema schema(int version) {
        return OfficialSchema.inFolder(dir().resolve("fa" + version + "/schema"));
    }

    /** The samples of FA({@code version}), sorted by name. */
    static List<Path> samples(int version) {
        try (Stream<Path> s = Files.list(dir().resolve("fa" + version + "/samples"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
