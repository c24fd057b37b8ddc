package io.github.acubepl.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the target's
 * folder, is forced to disk, and is then renamed over the target in one atomic step. On any failure
 * the temporary file is deleted and a target that existed before is left untouched.
 */
final class AtomicFiles {
    private static final int MAX_ATTEMPTS = 100;

    /** Produces the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException if the target is a folder, or the file cannot be written or renamed
     * @throws RuntimeException whatever {@code content} throws, after cleaning up
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new FileSystemException(target.toString(), null, "not a file path");
        }
        Path temp = createTemp(folder, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                try {
                    content.writeTo(out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A new, empty file next to the target, created with the default permissions (the umask applies),
     * named {@code .<name>.<pid>.<n>.tmp} so that a leftover from a crash is easy to recognise.
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve("." + name + "." + pid + "." + attempt + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt + 1 >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new file the permissions of the file it replaces, where the file system has them. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new file keeps the default permissions
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the name marks it as a leftover
        }
    }
}
