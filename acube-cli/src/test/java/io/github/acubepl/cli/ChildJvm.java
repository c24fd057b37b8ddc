package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a separate JVM, on the test class path: for what only a real
 * process shows (its file descriptors, signals, System.exit).
 */
final class ChildJvm {
    /** A hang guard only: a healthy child ends in a second or two, even on a slow machine. */
    static final long DEADLINE_SECONDS = 120;

    private ChildJvm() {
    }

    /** The command line that runs {@code mainClass} with {@code args}. */
    static List<String> command(Class<?> mainClass, String... args) {
        return command(List.of(), mainClass, args);
    }

    /** The command line that runs {@code mainClass} with {@code args}, with these JVM options too. */
    static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** A process builder for {@code mainClass}, with ACUBE_DEBUG unset. */
    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        return builder(List.of(), mainClass, args);
    }

    /** A process builder for {@code mainClass} with these JVM options, with ACUBE_DEBUG unset. */
    static ProcessBuilder builder(List<String> jvmOptions, Class<?> mainClass, String... args) {
        ProcessBuilder b = new ProcessBuilder(command(jvmOptions, mainClass, args));
        Map<String, String> env = b.environment();
        env.remove("ACUBE_DEBUG");
        env.remove("JAVA_TOOL_OPTIONS");
        return b;
    }

    /**
     * Whether {@code env --default-signal} works here (GNU coreutils 8.31 or later): probed once, within the
     * hang guard.
     */
    private static final boolean ENV_RESETS_SIGNALS = probeEnv();

    private static boolean probeEnv() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT,TERM", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@link #builder(Class, String...)} for a child the test stops with SIGINT or SIGTERM. A process inherits
     * ignored signals: a build started in the background by a non-interactive script ({@code mvn verify &})
     * ignores SIGINT, and so would the child JVM, which then never ends on Ctrl-C. Where {@code env
     * --default-signal} exists the child starts through it, with both signals at their defaults whatever this
     * JVM inherited; elsewhere {@link #canBeStoppedBy} says whether the signal can reach the child at all.
     */
    static ProcessBuilder stoppableBySignals(Class<?> mainClass, String... args) {
        ProcessBuilder b = builder(mainClass, args);
        if (ENV_RESETS_SIGNALS) {
            List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,TERM"));
            command.addAll(b.command());
            b.command(command);
        }
        return b;
    }

    /**
     * Whether a child of {@link #stoppableBySignals} runs its shutdown hooks on {@code SIG<name>} (INT or
     * TERM): always where {@code env --default-signal} resets it; else only if this process does not ignore
     * the signal (the SigIgn mask of /proc/self/status), since the child inherits that.
     */
    static boolean canBeStoppedBy(String name) {
        if (ENV_RESETS_SIGNALS) {
            return true;
        }
        int number = switch (name) {
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> throw new IllegalArgumentException("INT or TERM: " + name);
        };
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                    return (ignored & (1L << (number - 1))) == 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: nothing says the signal is ignored
        }
        return true;
    }

    /** What a finished child printed on standard error, and its exit code. */
    record Finished(int exitCode, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stderr\n" + stderr;
        }
    }

    /** Starts {@code b} (standard output as configured there), waits for it, and collects standard error. */
    static Finished run(ProcessBuilder b) {
        b.redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            Process p = b.start();
            p.getOutputStream().close();
            CompletableFuture<String> err = drain(p.getErrorStream());
            if (!p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the child JVM did not end within " + DEADLINE_SECONDS + " s: " + b.command());
            }
            return new Finished(p.exitValue(), err.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stream to its end on a thread of its own (never the common pool, which a blocked read would hold). */
    static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                text.complete(b.toString(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        }, "child-jvm-drain");
        t.setDaemon(true);
        t.start();
        return text;
    }
}
