package io.github.acubepl.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes an output file ({@code -o OUT}, {@code demo --out}) without ever replacing what it did not
 * create. What happens depends on what is at OUT:
 *
 * <ul>
 *   <li>nothing, or a regular file: the content goes to a temporary file in the same folder
 *       ({@code .<name>.<pid>.<n>.tmp}), is forced to disk and renamed over OUT in one atomic step:
 *       OUT appears whole or not at all, and an existing OUT keeps its permissions, which the
 *       temporary file has from its creation (the content is never more open than OUT was). A
 *       read-only file is refused unless forced;</li>
 *   <li>a symbolic link: followed to the file it names, to which the rules apply (the link stays a
 *       link); a link to nothing is refused, since writing through it would create a file elsewhere;</li>
 *   <li>a device, a FIFO or a socket (such as {@code /dev/null}, or a named pipe): written in place,
 *       never replaced; the content is made in full first, so that a failed conversion writes
 *       nothing. A FIFO waits for a reader;</li>
 *   <li>a path under /dev or /proc, or one whose links lead through there (such as {@code /dev/stdout},
 *       {@code /dev/fd/3} or {@code /proc/self/fd/3}, which name a file the shell opened for this
 *       process): written in place, a regular file appended to, as {@code >>} does; never renamed
 *       over (that would unlink the shell's file) and never created. ({@link #isStandardOutput} lets a
 *       command write its own standard output instead.)</li>
 *   <li>a folder, or a path in a folder that does not exist: refused.</li>
 * </ul>
 *
 * A temporary file still open when the JVM is stopped (Ctrl-C, SIGTERM) is deleted by a shutdown hook.
 */
final class AtomicFiles {
    private static final int MAX_ATTEMPTS = 100;
    /** The most UTF-8 bytes of the target's name kept in a temporary file's name (names are at most 255 bytes). */
    private static final int MAX_NAME_BYTES = 100;
    /** The most symbolic links followed (Linux's own limit). */
    private static final int MAX_HOPS = 40;
    private static final Path DEV = Path.of("/dev");
    private static final Path PROC = Path.of("/proc");
    /** A file descriptor of this process, as the paths to it read once their folders are resolved. */
    private static final Pattern DESCRIPTOR = Pattern.compile("/(?:dev/fd|proc/(?:self|thread-self|(\\d+)(?:/task/\\d+)?)"
            + "/fd)/(\\d+)");

    /** Temporary files not yet renamed or deleted: what the shutdown hook removes. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /** Produces the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** {@link #write(Path, boolean, Content)} that refuses to replace a read-only file. */
    static void write(Path target, Content content) throws IOException {
        write(target, false, content);
    }

    /**
     * Writes what {@code content} produces to {@code target}, by the rules of the class comment.
     *
     * @param force whether a read-only regular file may be replaced
     * @throws IOException if the target is refused (its message says why) or cannot be written
     * @throws RuntimeException whatever {@code content} throws, after cleaning up
     */
    static void write(Path target, boolean force, Content content) throws IOException {
        if (chain(target).special()) {
            special(target, force, content);
            return;
        }
        Path path = resolve(target);
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null) {
            replace(target, path, content);
        } else if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        } else if (attributes.isRegularFile()) {
            if (!force && readOnly(path)) {
                throw new FileSystemException(target.toString(), null, "is read-only (use --force to replace it)");
            }
            replace(target, path, content);
        } else {
            inPlace(path, content, false);
        }
    }

    /**
     * Whether {@code target} names this process's standard output (file descriptor 1), as {@code /dev/stdout},
     * {@code /dev/fd/1} or {@code /proc/self/fd/1} do, directly or through symbolic links: the caller then
     * writes to its standard output itself, sharing the shell's file offset (a later write of the shell to
     * the same file then follows the output instead of overwriting it).
     */
    static boolean isStandardOutput(Path target) {
        return chain(target).descriptor() == 1;
    }

    /**
     * What {@code target} leads to, link by link (each one's folder resolved as well): whether any step lies
     * under /dev or /proc, and the file descriptor of this process it names, if any ({@code -1}).
     */
    private record Chain(boolean special, int descriptor) {
    }

    private static Chain chain(Path target) {
        Path p = target.toAbsolutePath();
        boolean special = false;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            p = withRealFolder(p);
            special |= p.startsWith(DEV) || p.startsWith(PROC);
            int descriptor = descriptor(p);
            if (descriptor >= 0) {
                return new Chain(true, descriptor);
            }
            if (!Files.isSymbolicLink(p)) {
                break;
            }
            Path link;
            try {
                link = Files.readSymbolicLink(p);
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
            Path folder = p.getParent();
            p = folder == null ? link : folder.resolve(link);
        }
        return new Chain(special, -1);
    }

    /** {@code p} with its folder's real path (links and {@code ..} resolved), or as it is if that is missing. */
    private static Path withRealFolder(Path p) {
        Path folder = p.getParent();
        Path name = p.getFileName();
        if (folder == null || name == null) {
            return p;
        }
        try {
            return folder.toRealPath().resolve(name);
        } catch (IOException e) {
            return p.normalize();
        }
    }

    /** The descriptor of this process that {@code p} names ({@code /dev/stdout}, {@code /proc/self/fd/3}), or -1. */
    private static int descriptor(Path p) {
        String s = p.toString();
        switch (s) {
            case "/dev/stdin":
                return 0;
            case "/dev/stdout":
                return 1;
            case "/dev/stderr":
                return 2;
            default:
                break;
        }
        Matcher m = DESCRIPTOR.matcher(s);
        if (!m.matches() || m.group(1) != null && !m.group(1).equals(Long.toString(ProcessHandle.current().pid()))) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A target under /dev or /proc, or reached through a link there ({@code /dev/stdout}, {@code /dev/fd/3},
     * {@code /proc/self/fd/3}): written in place, never renamed over nor created, since the file finally
     * named may be one a shell opened for this process ({@code -o /dev/stdout >> app.txt}). A regular file is
     * appended to, as a shell's {@code >>} does, and as {@code >} leaves it (empty) at the start.
     */
    private static void special(Path target, boolean force, Content content) throws IOException {
        Path path = target.toAbsolutePath();
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null) {
            throw new FileSystemException(target.toString(), null, "does not exist (a path under /dev or /proc is "
                    + "written in place, never created)");
        }
        if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (attributes.isRegularFile() && !force && readOnly(path)) {
            throw new FileSystemException(target.toString(), null, "is read-only (use --force to write it)");
        }
        inPlace(path, content, attributes.isRegularFile());
    }

    /**
     * The path to write: {@code target} made absolute, symbolic links followed to the file they name.
     *
     * @throws FileSystemException for a link to nothing, or a loop of links
     */
    private static Path resolve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.exists(absolute)) {
                // A link the kernel resolves but no path names, such as /dev/stdout on a pipe: use it as it is.
                return absolute;
            }
            throw new FileSystemException(target.toString(), null,
                    "is a symbolic link to a file that does not exist; give the file itself");
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, "is a symbolic link that cannot be followed"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        }
    }

    /** The attributes of what is at {@code path} (links followed), or {@code null} if there is nothing. */
    private static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Read-only: not writable for this process, or with no write permission for anyone (which root, for
     * whom everything is writable, must respect as well).
     */
    private static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Nothing or a regular file at {@code path}: a temporary file in its folder, renamed over it. */
    private static void replace(Path target, Path path, Content content) throws IOException {
        Path folder = path.getParent();
        if (folder == null) {
            throw new FileSystemException(target.toString(), null, "not a file path");
        }
        if (!Files.isDirectory(folder)) {
            throw new FileSystemException(target.toString(), null, Files.exists(folder)
                    ? "is in " + folder + ", which is not a folder" : "the folder " + folder + " does not exist");
        }
        Temp created = createTemp(folder, path.getFileName().toString(), permissionsOf(path));
        Path temp = created.path();
        boolean moved = false;
        try {
            try (FileChannel channel = created.channel()) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                try {
                    content.writeTo(out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.flush();
                channel.force(true);
            }
            keepPermissions(path, temp);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
            PENDING.remove(temp);
        }
    }

    /**
     * A device, FIFO or socket, or a file reached through /dev or /proc: the whole content, written into it
     * (appended to a regular file); the node itself is left alone.
     */
    private static void inPlace(Path path, Content content, boolean append) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            content.writeTo(buffer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (OutputStream out = append ? Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(path, StandardOpenOption.WRITE)) {
            buffer.writeTo(out);
        }
    }

    /** A temporary file, and the channel it was created with (open for writing, whatever its permissions). */
    private record Temp(Path path, FileChannel channel) {
    }

    /**
     * The permissions of the file to be replaced, or {@code null} if there is none (or the file system has
     * no POSIX permissions).
     */
    private static @Nullable Set<PosixFilePermission> permissionsOf(Path target) {
        try {
            return Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? Files.getPosixFilePermissions(target) : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * A new, empty file next to the target, named {@code .<name>.<pid>.<n>.tmp} so that a leftover from a
     * crash is easy to recognise, and registered for deletion should the JVM be stopped before it is
     * renamed. It is created with the permissions of the file it replaces ({@code permissions}, the umask
     * applying as well), never more open: replacing a 0600 file never shows its new content to others,
     * not even while it is written. With no file to replace it gets the default permissions.
     */
    private static Temp createTemp(Path folder, String name, @Nullable Set<PosixFilePermission> permissions)
            throws IOException {
        Cleanup.installOnce();
        long pid = ProcessHandle.current().pid();
        String shortName = prefix(name);
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve("." + shortName + "." + pid + "." + attempt + ".tmp");
            PENDING.add(temp);
            try {
                // Kept open: a read-only target's permissions (0444, say) would forbid opening it again.
                FileChannel channel = permissions == null ? FileChannel.open(temp, options)
                        : FileChannel.open(temp, options, PosixFilePermissions.asFileAttribute(permissions));
                return new Temp(temp, channel);
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp); // someone else's: never to be deleted by us
                if (attempt + 1 >= MAX_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
    }

    /** At most {@value #MAX_NAME_BYTES} UTF-8 bytes of {@code name}, whole characters only. */
    private static String prefix(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length();) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_NAME_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString();
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

    /** The shutdown hook that deletes temporary files still pending when the JVM stops (Ctrl-C, SIGTERM). */
    private static final class Cleanup {
        static {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicFiles::deleteQuietly),
                        "acube-temporary-files"));
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the caller's own cleanup has to do
            }
        }

        private Cleanup() {
        }

        /** Initialises the class, and with it the hook, once. */
        static void installOnce() {
            // the static initialiser does the work
        }
    }
}
