package io.github.acubepl.testkit;

import io.github.acubepl.testkit.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Compares output with golden files kept under a folder of the test sources (by default
 * {@code src/test/resources}, relative to the module the tests run in). Run the tests with
 * {@code -Dgolden.update=true} to write (or rewrite) the golden files from the current output
 * instead of comparing; review the change before committing it.
 *
 * <pre>{@code
 * GoldenFiles golden = GoldenFiles.testResources(); // src/test/resources; -Dgolden.update=true rewrites
 * golden.assertXmlMatches("golden/small-invoice.xml", mapper.toXml(invoice));
 * }</pre>
 */
public final class GoldenFiles {
    /** The system property that switches comparing to rewriting. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private final Path root;
    private final boolean update;

    private GoldenFiles(Path root, boolean update) {
        this.root = root;
        this.update = update;
    }

    /** Golden files under {@code src/test/resources}. */
    public static GoldenFiles testResources() {
        return in(Path.of("src", "test", "resources"));
    }

    /** Golden files under {@code root}; the update mode is read from {@value #UPDATE_PROPERTY}. */
    public static GoldenFiles in(Path root) {
        return new GoldenFiles(Objects.requireNonNull(root, "root"), Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** The same folder, updating (or comparing) regardless of the system property. */
    public GoldenFiles updating(boolean update) {
        return new GoldenFiles(root, update);
    }

    /** The folder holding the golden files. */
    public Path root() {
        return root;
    }

    /** Whether files are rewritten instead of compared. */
    public boolean isUpdating() {
        return update;
    }

    /** The output equals the golden file byte for byte (line endings CRLF and LF are treated alike). */
    public void assertMatches(String name, byte[] actual) {
        Objects.requireNonNull(actual, "actual");
        Path file = file(name);
        if (writeIfUpdating(file, actual)) {
            return;
        }
        byte[] expected = read(file);
        if (!Arrays.equals(normalize(expected), normalize(actual))) {
            throw new AssertionError("output differs from golden file " + file + " at "
                    + Text.firstDifference(normalize(expected), normalize(actual)) + "; if the change is intended, "
                    + "rerun with -D" + UPDATE_PROPERTY + "=true and review the diff");
        }
    }

    /** The text equals the golden file (UTF-8). */
    public void assertTextMatches(String name, String actual) {
        assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
    }

    /** The XML output is similar to the golden file, as {@link InvoiceInvariants#assertSimilarXml} decides. */
    public void assertXmlMatches(String name, byte[] actual) {
        Objects.requireNonNull(actual, "actual");
        Path file = file(name);
        if (writeIfUpdating(file, actual)) {
            return;
        }
        try {
            InvoiceInvariants.assertSimilarXml(read(file), actual);
        } catch (AssertionError e) {
            throw new AssertionError("output differs from golden file " + file + ": " + e.getMessage()
                    + "\nif the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the diff", e);
        }
    }

    private Path file(String name) {
        Objects.requireNonNull(name, "name");
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IllegalArgumentException("golden file " + name + " lies outside " + root);
        }
        return file;
    }

    private boolean writeIfUpdating(Path file, byte[] actual) {
        if (!update) {
            return false;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, actual);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden file " + file, e);
        }
        return true;
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("golden file " + file.toAbsolutePath() + " does not exist; run the test with -D"
                    + UPDATE_PROPERTY + "=true to create it from the current output");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file, e);
        }
    }

    private static byte[] normalize(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "GoldenFiles[" + root + (update ? ", updating" : "") + "]";
    }
}
