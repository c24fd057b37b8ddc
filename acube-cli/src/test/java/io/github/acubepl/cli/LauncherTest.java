package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./acube} launcher, run for real (bash) from a copy in a folder of its own that looks freshly
 * built, so that it never builds: {@code JAVA_HOME} points to a fake {@code java} that writes down its
 * arguments and then starts the real JVM with the same JVM options and {@code -version}, which shows whether
 * those options let a JVM start at all. A fake {@code mvn} first on the PATH tells if a build was tried.
 */
class LauncherTest {
    /** Far from today, like every fixed time of the tests; only the order of these times matters. */
    private static final Instant BUILT = Instant.parse("2031-03-14T09:26:53Z");

    @TempDir
    Path root;

    private Path args;
    private Path mavenCalled;

    @BeforeEach
    void aBuiltCopyOfTheLauncher() throws IOException {
        Path bash = Path.of("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash), "no /bin/bash");
        Path launcher = Files.copy(Cli.repositoryRoot().resolve("acube"), root.resolve("acube"));
        executable(launcher);
        // What the launcher's stale() checks: a stamp newer than every watched file, and a class path of jars that exist.
        Path target = Files.createDirectories(root.resolve("acube-cli/target"));
        Path pom = Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = Files.write(target.resolve("acube-cli.jar"), new byte[0]);
        Files.writeString(target.resolve("acube.classpath"), jar + "\n");
        Path stamp = Files.write(target.resolve("acube-launcher.stamp"), new byte[0]);
        for (Path p : List.of(pom, jar, root, target.getParent(), target, target.resolve("acube.classpath"))) {
            Files.setLastModifiedTime(p, FileTime.from(BUILT));
        }
        Files.setLastModifiedTime(stamp, FileTime.from(BUILT.plusSeconds(60)));
        // No examples/ folder: the launcher makes no class-data archive (that would run the JVM more than once).

        args = root.resolve("java-args.txt");
        mavenCalled = root.resolve("mvn-called.txt");
        Path fakeJava = Files.writeString(Files.createDirectories(root.resolve("jdk/bin")).resolve("java"), String.join("\n",
                "#!/bin/bash",
                "printf '%s\\n' \"$@\" >\"$ACUBE_TEST_ARGS\"",
                "opts=()",
                "for a in \"$@\"; do [[ $a == -cp ]] && break; opts+=(\"$a\"); done",
                "exec \"$ACUBE_TEST_REAL_JAVA\" \"${opts[@]}\" -version",
                ""));
        executable(fakeJava);
        Path fakeMaven = Files.writeString(Files.createDirectories(root.resolve("bin")).resolve("mvn"), String.join("\n",
                "#!/bin/sh",
                "echo called >\"$ACUBE_TEST_MVN\"",
                "exit 1",
                ""));
        executable(fakeMaven);
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What one launch passed to java, what the real JVM then said, and how it ended. */
    record Launch(int exitCode, List<String> javaArgs, String stderr) {
        List<String> heapOptions() {
            return javaArgs.stream().filter(a -> a.startsWith("-Xm") || a.contains("HeapSize"))
                    .collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "exit " + exitCode + ", java " + javaArgs + "\n--- stderr\n" + stderr;
        }
    }

    private Launch launch(Map<String, String> env, String... command) throws IOException {
        List<String> line = new java.util.ArrayList<>(List.of("/bin/bash", root.resolve("acube").toString()));
        line.addAll(List.of(command));
        ProcessBuilder b = new ProcessBuilder(line).directory(root.toFile());
        Map<String, String> e = b.environment();
        for (String name : List.of("ACUBE_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            e.remove(name);
        }
        e.put("JAVA_HOME", root.resolve("jdk").toString());
        e.put("PATH", root.resolve("bin") + ":" + e.getOrDefault("PATH", "/usr/bin:/bin"));
        e.put("ACUBE_TEST_ARGS", args.toString());
        e.put("ACUBE_TEST_MVN", mavenCalled.toString());
        e.put("ACUBE_TEST_REAL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        e.putAll(env);
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        ChildJvm.Finished f = ChildJvm.run(b);
        assertFalse(Files.exists(mavenCalled), () -> "the launcher tried to build: " + f);
        List<String> passed = Files.exists(args) ? Files.readAllLines(args, StandardCharsets.UTF_8) : List.of();
        return new Launch(f.exitCode(), passed, f.stderr());
    }

    /**
     * Review of issue 7's work, finding 6: {@code ACUBE_JAVA_OPTS=-Xms1g ./acube sandbox} did not start ("Initial
     * heap size set to a larger value than the maximum heap size"): the launcher capped the heap at 512 MB and
     * looked only for a maximum of the user's own. An initial or minimum size above the cap now raises the cap
     * to it, wherever it is given; the JVM starts.
     */
    @ParameterizedTest(name = "{0}={1} {2}")
    @CsvSource({
        "ACUBE_JAVA_OPTS, -Xms1g, sandbox, -Xmx1073741824",
        "ACUBE_JAVA_OPTS, -Xms1g, demo, -Xmx1073741824",
        "ACUBE_JAVA_OPTS, -XX:InitialHeapSize=768m, sandbox, -Xmx805306368",
        "JAVA_TOOL_OPTIONS, -XX:MinHeapSize=600m, sandbox, -Xmx629145600",
        "JDK_JAVA_OPTIONS, -Xms2G, sandbox, -Xmx2147483648",
        "ACUBE_JAVA_OPTS, -Xms64m -Xms1g, sandbox, -Xmx1073741824"})
    void anInitialHeapAboveTheCapRaisesTheCapAndTheJvmStarts(String variable, String value, String command,
            String cap) throws IOException {
        Launch l = launch(Map.of(variable, value), command, "--port", "0");
        assertEquals(0, l.exitCode(), l::toString);
        assertTrue(l.heapOptions().contains(cap), l::toString);
        assertFalse(l.heapOptions().contains("-Xmx512m"), l::toString);
        assertFalse(l.stderr().contains("Error occurred during initialization of VM"), l::toString);
    }

    /** The cap itself: 512 MB for the simulator's commands, kept under a small initial size, none for the others. */
    @Test
    void theSimulatorsCommandsAreCappedAt512MbAndTheOthersAreNot() throws IOException {
        Launch sandbox = launch(Map.of(), "sandbox");
        assertEquals(0, sandbox.exitCode(), sandbox::toString);
        assertEquals(List.of("-Xmx512m"), sandbox.heapOptions(), sandbox::toString);

        Launch small = launch(Map.of("ACUBE_JAVA_OPTS", "-Xms64m"), "demo");
        assertEquals(0, small.exitCode(), small::toString);
        assertEquals(List.of("-Xmx512m", "-Xms64m"), small.heapOptions(), small::toString);

        Launch own = launch(Map.of("ACUBE_JAVA_OPTS", "-Xmx2g -Xms1g"), "sandbox");
        assertEquals(0, own.exitCode(), own::toString);
        assertEquals(List.of("-Xmx2g", "-Xms1g"), own.heapOptions(), "the user's own maximum, no cap: " + own);

        Launch validate = launch(Map.of("ACUBE_JAVA_OPTS", "-Xms1g"), "validate", "x.json");
        assertEquals(0, validate.exitCode(), validate::toString);
        assertEquals(List.of("-Xms1g"), validate.heapOptions(), validate::toString);
    }

    /** A size the launcher cannot read drops its cap: the JVM judges the option (and says what is wrong). */
    @Test
    void anInitialHeapSizeTheLauncherCannotReadDropsTheCap() throws IOException {
        Launch l = launch(Map.of("ACUBE_JAVA_OPTS", "-Xms1gb"), "sandbox");
        assertEquals(List.of("-Xms1gb"), l.heapOptions(), l::toString);
        assertEquals(1, l.exitCode(), l::toString);
        assertTrue(l.stderr().contains("Invalid initial heap size"), l::toString);
    }
}
