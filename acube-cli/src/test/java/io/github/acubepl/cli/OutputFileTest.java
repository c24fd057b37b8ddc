package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, "-o replaces what it finds": convert renamed a temporary file over whatever was at OUT, so a
 * device, a FIFO or a symbolic link became a regular file (as root, {@code -o /dev/null} would break
 * /dev/null). Each worst value of OUT, and what must become of it.
 */
class OutputFileTest {
    @TempDir
    Path dir;

    private final Path json = Cli.example("invoice-fa3.json");

    private byte[] expectedXml() throws IOException {
        return Files.readAllBytes(Cli.example("invoice-fa3.xml"));
    }

    private Cli.Result convert(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("convert", json.toString(), "--to", "xml", "-o",
                out.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new)).assertNoStackTrace();
    }

    private static BasicFileAttributes nofollow(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp"))
                    .collect(Collectors.toList());
        }
    }

    private static boolean mkfifo(Path p) throws Exception {
        return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    }

    /**
     * A null device stays a device. As root the test makes its own (mknod in the temporary folder), never
     * touching /dev/null, which a broken build would replace for the whole machine; as anyone else it uses
     * /dev/null, which it cannot replace anyway.
     */
    @Test
    void aNullDeviceIsWrittenInPlaceNotReplaced() throws Exception {
        Path device;
        if ("root".equals(System.getProperty("user.name"))) {
            device = dir.resolve("null");
            Assumptions.assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                    "mknod is not allowed here");
        } else {
            device = Path.of("/dev/null");
            Assumptions.assumeTrue(Files.exists(device), "no /dev/null");
        }
        Cli.Result r = convert(device);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(nofollow(device).isOther(), "still a device, not a regular file");
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aFifoIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Assumptions.assumeTrue(mkfifo(fifo), "no mkfifo");
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(in.readAllBytes());
            } catch (IOException e) {
                read.completeExceptionally(e);
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            Cli.Result r = convert(fifo);
            assertEquals(0, r.exitCode(), r::toString);
            assertArrayEquals(expectedXml(), read.get(60, TimeUnit.SECONDS), "the reader got the whole output");
            assertTrue(nofollow(fifo).isOther(), "still a FIFO, not a regular file");
            assertEquals(List.of(), temporaryFiles());
        } finally {
            Files.newByteChannel(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close(); // frees the reader
        }
    }

    @Test
    void aSymlinkToAFileIsFollowedAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.xml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), Path.of("real.xml"));
        Cli.Result r = convert(link);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(nofollow(link).isSymbolicLink(), "the link stays a link");
        assertArrayEquals(expectedXml(), Files.readAllBytes(real), "the file it names has the output");
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aDanglingSymlinkIsRefusedAndNothingIsCreatedThroughIt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), dir.resolve("elsewhere.xml"));
        Cli.Result r = convert(link);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("link.xml: cannot write: is a symbolic link to a file that does not exist"),
                r::toString);
        assertFalse(Files.exists(dir.resolve("elsewhere.xml"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(nofollow(link).isSymbolicLink());
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Cli.Result r = convert(folder);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("folder: cannot write: is a directory"), r::toString);
        assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(), temporaryFiles());
    }

    /** Refused even for root, for whom every file is writable: its permissions say read-only. */
    @Test
    void aReadOnlyFileIsRefusedUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("ro.xml"), "old");
        Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Cli.Result refused = convert(file);
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.stderr().contains("ro.xml: cannot write: is read-only (use --force to replace it)"),
                refused::toString);
        assertEquals("old", Files.readString(file));

        Cli.Result forced = convert(file, "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertArrayEquals(expectedXml(), Files.readAllBytes(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the replaced file keeps its permissions");
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aPathInAMissingFolderIsRefused() throws Exception {
        Path out = dir.resolve("missing").resolve("out.xml");
        Cli.Result r = convert(out);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("cannot write: the folder " + dir.resolve("missing") + " does not exist"),
                r::toString);
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aPathWithControlCharactersIsWrittenAndShownEscaped() throws Exception {
        Path out = dir.resolve("a\u001b[2J\u0007b.xml");
        Cli.Result written = convert(out);
        assertEquals(0, written.exitCode(), written::toString);
        assertArrayEquals(expectedXml(), Files.readAllBytes(out));

        Path missing = dir.resolve("gone\u001b[2J").resolve("x.xml");
        Cli.Result refused = convert(missing);
        assertEquals(2, refused.exitCode(), refused::toString);
        assertFalse(refused.stderr().chars().anyMatch(c -> Cli.isRawControl((char) c)), refused::toString);
        assertTrue(refused.stderr().contains("gone\\e[2J"), refused::toString);
    }

    @Test
    void aVeryLongFileNameStillGetsATemporaryFile() throws Exception {
        Path out = dir.resolve("ż".repeat(120) + ".xml"); // 244 bytes: legal, but not with a prefix and a suffix
        Cli.Result r = convert(out);
        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(expectedXml(), Files.readAllBytes(out));
        assertEquals(List.of(), temporaryFiles());
    }

    /**
     * Review of issue 7's work, finding 2: {@code -o /dev/stdout} followed /dev/stdout to /proc/self/fd/1 and on
     * to the file the shell had opened, and renamed a temporary file over it: {@code -o /dev/stdout >> app.txt}
     * lost what app.txt held, and the shell went on writing to an unlinked file. Each path to the child's own
     * standard output now writes it in place: the same file (same inode), what it held kept, the output after it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "link to /dev/stdout",
        "link to /proc/self/fd"})
    void standardOutputRedirectedToAFileIsWrittenInPlaceNotReplaced(String how) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/fd/1")), "no /proc/self/fd");
        Path app = Files.writeString(dir.resolve("app.txt"), "before\n");
        Object inode = Files.readAttributes(app, BasicFileAttributes.class).fileKey();
        String out = switch (how) {
            case "link to /dev/stdout" -> Files.createSymbolicLink(dir.resolve("out.xml"), Path.of("/dev/stdout"))
                    .toString();
            case "link to /proc/self/fd" -> Files.createSymbolicLink(dir.resolve("fds"), Path.of("/proc/self/fd"))
                    .resolve("1").toString();
            default -> how;
        };
        ProcessBuilder b = ChildJvm.builder(AcubeCli.class, "convert", json.toString(), "--to", "xml", "-o", out)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(app.toFile()));
        ChildJvm.Finished f;
        try {
            f = ChildJvm.run(b);
        } finally {
            // links out of the temporary folder: removed here, so that its clean-up has nothing to warn about
            Files.deleteIfExists(dir.resolve("out.xml"));
            Files.deleteIfExists(dir.resolve("fds"));
        }
        assertEquals(0, f.exitCode(), f::toString);
        assertEquals(inode, Files.readAttributes(app, BasicFileAttributes.class).fileKey(), "the same file, not a new one");
        byte[] xml = expectedXml();
        byte[] content = Files.readAllBytes(app);
        assertEquals("before\n" + new String(xml, StandardCharsets.UTF_8), new String(content, StandardCharsets.UTF_8));
        assertEquals(List.of(), temporaryFiles());
    }

    /**
     * The shell's own file offset is shared: {@code { acube convert ... -o /dev/stdout; echo after; } > out} has
     * "after" after the invoice, not over its first bytes, since the command writes through its standard output.
     */
    @Test
    void aShellWriteAfterOutputToDevStdoutFollowsIt() throws Exception {
        Path sh = Path.of("/bin/sh");
        Assumptions.assumeTrue(Files.isExecutable(sh) && Files.exists(Path.of("/dev/stdout")), "no /bin/sh or /dev/stdout");
        Path out = dir.resolve("out.txt");
        String child = ChildJvm.command(AcubeCli.class, "convert", json.toString(), "--to", "xml", "-o", "/dev/stdout")
                .stream().map(ApiFailures::shellQuote).collect(Collectors.joining(" "));
        ProcessBuilder b = new ProcessBuilder(sh.toString(), "-c", "{ " + child + "; echo after; } > "
                + ApiFailures.shellQuote(out.toString()));
        b.environment().remove("JAVA_TOOL_OPTIONS");
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        ChildJvm.Finished f = ChildJvm.run(b);
        assertEquals(0, f.exitCode(), f::toString);
        assertEquals(new String(expectedXml(), StandardCharsets.UTF_8) + "after\n", Files.readString(out));
    }

    /** In-process, through /proc/self/fd/N and /dev/fd/N of a file this JVM holds open for appending. */
    @ParameterizedTest(name = "{0}N")
    @ValueSource(strings = {"/proc/self/fd/", "/dev/fd/"})
    void aFileOpenedByTheProcessIsWrittenInPlaceThroughItsDescriptor(String prefix) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc/self/fd");
        Path app = Files.writeString(dir.resolve("app.txt"), "before\n");
        Object inode = Files.readAttributes(app, BasicFileAttributes.class).fileKey();
        try (var channel = java.nio.channels.FileChannel.open(app, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            String fd;
            try (Stream<Path> s = Files.list(fds)) {
                fd = s.filter(p -> {
                    try {
                        return Files.readSymbolicLink(p).equals(app);
                    } catch (IOException e) {
                        return false; // closed meanwhile
                    }
                }).map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
            Cli.Result r = convert(Path.of(prefix + fd));
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(channel.isOpen());
        }
        assertEquals(inode, Files.readAttributes(app, BasicFileAttributes.class).fileKey(), "the same file, not a new one");
        assertEquals("before\n" + new String(expectedXml(), StandardCharsets.UTF_8), Files.readString(app));
        assertEquals(List.of(), temporaryFiles());
    }

    /** Under /dev nothing is ever created: a missing name there is refused, not made a regular file. */
    @Test
    void aMissingNameUnderDevIsRefusedNotCreated() throws IOException {
        Path missing = Path.of("/dev/acube-test-" + ProcessHandle.current().pid());
        try {
            Cli.Result r = convert(missing);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().contains("does not exist (a path under /dev or /proc is written in place, never "
                    + "created)"), r::toString);
            assertFalse(Files.exists(missing, LinkOption.NOFOLLOW_LINKS));
        } finally {
            if (Files.isRegularFile(missing, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(missing); // what a regression would leave in /dev, run as root
            }
        }
    }

    /**
     * The temporary file of a write that a signal stops is deleted by the shutdown hook.
     *
     * <p>Review of issue 7's work, finding 5: the child inherited the signal dispositions of the build, and a
     * build started in the background by a script ({@code mvn verify &}) ignores SIGINT, so the child never
     * ended and the test hung for its whole guard. The child now starts with both signals at their defaults
     * ({@code env --default-signal}); where that is missing, SIGINT is tested only if it can reach the child.
     */
    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalDuringTheWriteLeavesNoTemporaryFile(String signal) throws Exception {
        Assumptions.assumeTrue(ChildJvm.canBeStoppedBy(signal), "SIG" + signal + " is ignored by this process and "
                + "'env --default-signal' is missing: a child JVM would inherit that and never see the signal");
        Path target = dir.resolve("out.xml");
        ProcessBuilder b = ChildJvm.stoppableBySignals(AtomicFilesChild.class, target.toString());
        Process p = b.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return "read failed: " + e;
                }
            }, r -> new Thread(r, "child-stdout").start());
            assertEquals("writing", line.get(ChildJvm.DEADLINE_SECONDS, TimeUnit.SECONDS));
            assertEquals(1, temporaryFiles().size(), "the temporary file exists while writing");
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(ChildJvm.DEADLINE_SECONDS, TimeUnit.SECONDS), "the child ended");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), temporaryFiles(), "the shutdown hook deleted the temporary file");
        assertFalse(Files.exists(target), "and the target was never created");
    }
}
