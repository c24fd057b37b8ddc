package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * The official KSeF files (schemas and samples of FA(1), FA(2), FA(3)), read in place from the
 * folder named by the system property {@code ksef.dir} (the build sets it), else from
 * {@code ../shared/ksef} or {@code ../../shared/ksef} relative to the working directory, whichever
 * exists. The folder holds {@code fa1}, {@code fa2}, {@code fa3}, each with {@code schema} and
 * {@code samples}.
 *
 * <p>Where the folder is absent, a test that asks for it is skipped with a message saying where it
 * was looked for, except under the environment variable {@code CI=true}, where it fails: CI must
 * never turn green by skipping. For jqwik containers and properties use
 * {@code @AddLifecycleHook(OfficialFiles.Required.class)}, because jqwik counts an aborted try as
 * rejected rather than skipped.
 */
public final class OfficialFiles {
    private static final Map<Integer, OfficialSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OfficialFiles() {
    }

    /** Whether the folder exists. */
    public static boolean present() {
        return Files.isDirectory(location());
    }

    /**
     * The {@code ksef} folder.
     *
     * @throws TestAbortedException if it is absent (the test is skipped)
     * @throws AssertionError if it is absent under {@code CI=true}
     */
    public static Path dir() {
        Path dir = location();
        if (!Files.isDirectory(dir)) {
            String message = missing(dir);
            if (underCi()) {
                throw new AssertionError(message + "; under CI=true they are required");
            }
            throw new TestAbortedException(message + "; skipping");
        }
        return dir;
    }

    /** The schema folder of FA({@code version}), such as {@code ksef/fa3/schema}. */
    public static Path schemaFolder(int version) {
        return dir().resolve("fa" + checked(version) + "/schema");
    }

    /** The main XSD of FA({@code version}), such as {@code schemat_FA(3)_v1-0E.xsd}. */
    public static Path mainXsd(int version) {
        return schemaFolder(version).resolve("schemat_FA(" + version + ")_v1-0E.xsd");
    }

    /** The official schema of FA({@code version}), compiled once per version and reused. */
    public static OfficialSchema schema(int version) {
        Path folder = schemaFolder(version);
        return SCHEMAS.computeIfAbsent(version, v -> OfficialSchema.inFolder(folder));
    }

    /** The samples of FA({@code version}), sorted by file name. */
    public static List<Path> samples(int version) {
        try (Stream<Path> s = Files.list(dir().resolve("fa" + checked(version) + "/samples"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Official sample {@code n} of FA({@code version}). The file names vary between and within the
     * versions ({@code Przykład 1.xml}, {@code FA_3_Przykład_1.xml}, {@code Fa_3_Przykład_14.xml}),
     * and sorting by name puts 10 before 2, so callers name the sample by its number.
     *
     * @throws IllegalArgumentException if the version has no sample of that number
     */
    public static Path sample(int version, int n) {
        Path folder = dir().resolve("fa" + checked(version) + "/samples");
        for (String name : List.of("FA_" + version + "_Przykład_" + n, "Fa_" + version + "_Przykład_" + n,
                "Przykład " + n)) {
            Path p = folder.resolve(name + ".xml");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no sample " + n + " of FA(" + version + ") in " + folder);
    }

    private static int checked(int version) {
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException("no FA(" + version + "); known: 1, 2, 3");
        }
        return version;
    }

    private static Path location() {
        String property = System.getProperty("ksef.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path near = Path.of("../shared/ksef").toAbsolutePath().normalize();
        return Files.isDirectory(near) ? near : Path.of("../../shared/ksef").toAbsolutePath().normalize();
    }

    private static String missing(Path dir) {
        return "the official KSeF files are not at " + dir + " (set -Dksef.dir=...)";
    }

    private static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * A jqwik hook that skips a container or property when the official files are absent; under
     * {@code CI=true} it does not skip, so the test fails on its first access.
     */
    public static final class Required implements SkipExecutionHook {
        /** Used by jqwik. */
        public Required() {
        }

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            Path dir = location();
            return Files.isDirectory(dir) || underCi() ? SkipResult.doNotSkip()
                    : SkipResult.skip(missing(dir) + "; skipping");
        }
    }
}
