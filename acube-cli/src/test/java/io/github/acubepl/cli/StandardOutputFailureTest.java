package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, "write failures go unreported": output to a full or closed standard output exited 0 with nothing
 * written, since PrintWriter and PrintStream swallow errors. Every command must exit 2 with "cannot write
 * standard output" instead.
 */
class StandardOutputFailureTest {
    /** A standard output on a full disk: every write and flush fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }
    }

    static Cli.Result runOnAFullDisk(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(new FullDisk(), err, Cli.CLOCK, false), args);
        return new Cli.Result(code, new byte[0], err.toString(StandardCharsets.UTF_8));
    }

    static void assertReported(Cli.Result r) {
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("acube: cannot write standard output: No space left on device"), r::toString);
        r.assertNoStackTrace();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate examples/invoice-fa3.json", "validate --format json examples/invoice-fa3.json",
        "convert examples/invoice-fa3.xml --to json", "convert examples/invoice-fa3.json --to xml", "--help", "--version",
        "help validate", "validate --help", "convert --help", "send --help", "status --help", "sandbox --help",
        "demo --help", "webhook --help", "webhook verify --help", "-V"})
    void aFullStandardOutputIsExit2NotASilentSuccess(String commandLine) {
        List<String> args = new ArrayList<>();
        for (String a : commandLine.split(" ")) {
            args.add(a.startsWith("examples/") ? Cli.repositoryRoot().resolve(a).toString() : a);
        }
        assertReported(runOnAFullDisk(args.toArray(String[]::new)));
    }

    @Test
    void anInvalidInvoiceOnAFullStandardOutputIsExit2Too() throws IOException {
        Path dir = Files.createTempDirectory("acube-full");
        try {
            Path invalid = Invoices.withoutP15(dir.resolve("no-p15.json"));
            assertReported(runOnAFullDisk("validate", invalid.toString()));
        } finally {
            Files.deleteIfExists(dir.resolve("no-p15.json"));
            Files.deleteIfExists(dir);
        }
    }

    /** The real thing: a JVM whose file descriptor 1 is /dev/full. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "convert", "--help", "--version"})
    void aJvmWritingToDevFullExits2(String command) {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
        String example = Cli.example("invoice-fa3.json").toString();
        String[] args = switch (command) {
            case "validate" -> new String[] {"validate", example};
            case "convert" -> new String[] {"convert", example, "--to", "xml"};
            default -> new String[] {command};
        };
        ChildJvm.Finished f = ChildJvm.run(ChildJvm.builder(AcubeCli.class, args).redirectOutput(full));
        assertEquals(2, f.exitCode(), f::toString);
        assertTrue(f.stderr().contains("acube: cannot write standard output: No space left on device"), f::toString);
    }

    /** A JVM started with its standard output closed ({@code >&-}). */
    @Test
    void aJvmWithAClosedStandardOutputExits2() {
        Assumptions.assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh");
        List<String> java = ChildJvm.command(AcubeCli.class, "validate", Cli.example("invoice-fa3.json").toString());
        StringBuilder script = new StringBuilder("exec");
        for (String word : java) {
            script.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        script.append(" >&-");
        ChildJvm.Finished f = ChildJvm.run(new ProcessBuilder("/bin/sh", "-c", script.toString()));
        assertEquals(2, f.exitCode(), f::toString);
        assertTrue(f.stderr().contains("acube: cannot write standard output"), f::toString);
    }
}
