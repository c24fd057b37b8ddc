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
