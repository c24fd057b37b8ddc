package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;

/** Runs {@code acube} in-process with captured streams, and finds the files the tests need. */
final class Cli {
    /**
     * A fixed "now", after the examples' issue date, so that date rules do not depend on the machine. It lies
     * years away from the real date on purpose: code that reads the system clock instead of the terminal's
     * disagrees with it at once (a token looks expired, a signature too old), not on some day in the future.
     */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneId.of("Europe/Warsaw"));

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int exitCode, byte[] stdoutBytes, String stderr) {
        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        /** Bad input must be reported in one line per problem, never with a stack trace. */
        Result assertNoStackTrace() {
            assertFalse(stderr.contains("Exception"), () -> "stderr mentions an exception:\n" + stderr);
            assertFalse(stderr.contains("\tat "), () -> "stderr holds a stack trace:\n" + stderr);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }

    static Result run(String... args) {
        return run(false, args);
    }

    static Result run(boolean debug, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, CLOCK, debug), args);
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code c} is a character a terminal acts on, other than the line feed that ends a line of output:
     * C0 and C1 controls, DEL, line separators and bidirectional controls. No output line may hold one raw.
     */
    static boolean isRawControl(char c) {
        return c != '\n' && (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u2028' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069');
    }

    /** The repository root: the nearest folder, upwards from the working directory, holding {@code examples/}. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/invoice-fa3.json"))) {
                return p;
            }
        }
        return fail("no examples/invoice-fa3.json above " + Path.of("").toAbsolutePath());
    }

    static Path example(String name) {
        return repositoryRoot().resolve("examples").resolve(name);
    }
}
