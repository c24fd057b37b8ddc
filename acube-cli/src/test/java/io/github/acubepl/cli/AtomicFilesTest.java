package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("new.txt");
        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("old.txt"), "old");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("conversion failed");
        }));
        assertEquals("conversion failed", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void anIoFailureInsideTheContentIsAnIoException() throws IOException {
        Path target = dir.resolve("out.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }));
        assertEquals(List.of(), list());
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(target, out -> out.write('x'));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("x", Files.readString(target));
    }

    /**
     * Review of issue 7's work, finding 3: the temporary file was created under the umask, written, forced and
     * only then given the permissions of the file it replaces, so replacing a 0600 file left its new content
     * readable by others for that window. Seen from inside the writer: the temporary file is never more open.
     */
    @Test
    void aPrivateFilesNewContentIsNeverMoreOpenWhileWritten() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        List<String> seen = new java.util.ArrayList<>();
        AtomicFiles.write(target, out -> {
            out.write("secret".getBytes(StandardCharsets.UTF_8));
            for (Path p : list()) {
                if (!p.equals(target)) {
                    seen.add(p.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
        });
        assertEquals(1, seen.size(), seen::toString);
        assertTrue(seen.get(0).matches("\\.private\\.txt\\.\\d+\\.\\d+\\.tmp r[w-]-------"), seen::toString);
        assertEquals("secret", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    /** A read-only target, forced: its permissions on the temporary file from the start must not stop the write. */
    @Test
    void aForcedReadOnlyTargetIsReplacedAndStaysReadOnly() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("ro.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r-----"));
        AtomicFiles.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(target), list());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
