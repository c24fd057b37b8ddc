package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.transport.internal.Durations;
import io.github.acubepl.transport.internal.Json;
import io.github.acubepl.transport.internal.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@link TokenStore#file(Path)}: {@code <sha256(key)>.token} files ({@code {"token", "expiresAt"}}),
 * written through a temporary file and an atomic move, and one lock file {@code .lock} for the
 * folder. File locks belong to the process, so an in-process lock per lock file guards them too.
 *
 * <p>The folder is checked before anything is read or written there: it must be a real folder (a
 * symbolic link is refused, not followed: whoever could plant one could read the tokens or hand the
 * client a token of their own), owned by the current user, and not a shared folder (sticky bit).
 * A folder open to its group or to others is tightened to owner-only ({@code rwx------}) with one
 * warning; one that cannot be tightened is refused. On file systems without POSIX permissions only
 * the symbolic-link rule applies.
 *
 * <p>Why one lock file for the folder and not one per key: lock files cannot be deleted safely (a
 * process waiting on a deleted file would get a lock nobody else sees), so one per key piled up,
 * one for every account and URL ever tried, even when the login failed. One per folder stays one
 * file; the price is that logins of different accounts sharing a folder wait for each other, which
 * only happens in the rare moment of a login. Lock files of the older per-key scheme are removed.
 */
final class FileTokenStore implements TokenStore {
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    /** The sticky bit of {@code unix:mode}: a folder shared by users, like {@code /tmp}. */
    private static final int STICKY = 01000;
    static final String LOCK_FILE = ".lock";
    private static final Pattern PER_KEY_LOCK = Pattern.compile("[0-9a-f]{64}\\.lock");
    /** One lock per lock file in this process: the OS lock cannot be taken twice by one process. */
    private static final ConcurrentMap<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();
    private static volatile @Nullable UserPrincipal currentUser;

    /** The largest token file read: a JWT and its expiry take a few KB. */
    static final int MAX_TOKEN_FILE_BYTES = 64 * 1024;
    /** How often a waiting process tries the folder's lock again. */
    private static final long LOCK_POLL_MILLIS = 50;

    private final Path directory;
    private final Duration lockWait;
    private volatile boolean perKeyLocksRemoved;

    /**
     * @param lockWait how long to wait for another process's hold on the folder's lock (a login in
     *     progress takes seconds; a process stopped with Ctrl-Z holds it until it goes on)
     */
    FileTokenStore(Path directory, Duration lockWait) {
        this.directory = directory.toAbsolutePath().normalize();
        this.lockWait = lockWait;
    }

    static Path acubeHome(Map<String, String> environment, String userHome) {
        String home = environment.get("ACUBE_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".acube");
    }

    /** The file name stem for a key: the hex SHA-256 of its UTF-8 bytes (never the email in clear). */
    static String fileStem(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    Path tokenFile(String key) {
        return directory.resolve(fileStem(key) + ".token");
    }


    @Override
    public Optional<AccessToken> load(String key) {
        Objects.requireNonNull(key, "key");
        Path file = tokenFile(key);
        byte[] bytes;
        try {
            if (!checkDirectory(false)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                Log.LOGGER.log(Level.WARNING, () -> "ignoring the token file " + file + ": it is not a regular file"
                        + (attributes.isSymbolicLink() ? " but a symbolic link" : "") + "; a new login replaces it");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes(MAX_TOKEN_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_TOKEN_FILE_BYTES) {
                Log.LOGGER.log(Level.WARNING, () -> "ignoring the token file " + file + ": it is larger than "
                        + MAX_TOKEN_FILE_BYTES + " bytes; a new login replaces it");
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file, e);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            String token = Json.text(node, "token");
            String expiresAt = Json.text(node, "expiresAt");
            if (token == null || expiresAt == null || token.isBlank()) {
                Log.LOGGER.log(Level.WARNING, () -> "ignoring the incomplete token file " + file);
                return Optional.empty();
            }
            return Optional.of(new AccessToken(token, Instant.parse(expiresAt)));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            Log.LOGGER.log(Level.WARNING, () -> "ignoring the unreadable token file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    @Override
    public void save(String key, AccessToken token) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("token", token.value());
        node.put("expiresAt", token.expiresAt().toString());
        Path target = tokenFile(key);
        try {
            checkDirectory(true);
            Path temp = posix()
                    ? Files.createTempFile(directory, ".token-", ".tmp", filePermissions())
                    : Files.createTempFile(directory, ".token-", ".tmp");
            try {
                Files.write(temp, Json.MAPPER.writeValueAsBytes(node));
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + target, e);
        }
    }

    @Override
    public void remove(String key) {
        Objects.requireNonNull(key, "key");
        try {
            if (checkDirectory(false)) {
                Files.deleteIfExists(tokenFile(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the token file " + tokenFile(key), e);
        }
    }

    @Override
    public <T> T withLock(String key, Supplier<T> action) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Path lockFile = directory.resolve(LOCK_FILE);
        ReentrantLock processLock = PROCESS_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        processLock.lock();
        try {
            if (processLock.getHoldCount() > 1) {
                return action.get(); // this thread holds the folder's lock already (for another key)
            }
            FileChannel channel;
            try {
                checkDirectory(true);
                channel = posix()
                        ? FileChannel.open(lockFile, Set.<OpenOption>of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                LinkOption.NOFOLLOW_LINKS), filePermissions())
                        : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                Log.LOGGER.log(Level.WARNING, () -> "cannot open the lock file " + lockFile
                        + "; going on without a cross-process lock (" + e + ")");
                return action.get();
            }
            try (channel) {
                FileLock lock = lockWithin(channel, lockFile);
                try {
                    removePerKeyLocks();
                    return action.get();
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile, e);
            }
        } finally {
            processLock.unlock();
        }
    }

    /**
     * The folder's lock, waiting at most {@link #lockWait} for another process to release it; polls
     * rather than blocks, so that the wait is bounded and an interrupt ends it.
     *
     * @throws AcubeException when the wait runs out or the thread is interrupted
     */
    private FileLock lockWithin(FileChannel channel, Path lockFile) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        Log.LOGGER.log(Level.DEBUG, () -> "waiting for the token folder's lock " + lockFile
                + ", held by another process (logging in)");
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AcubeException("interrupted while waiting for the token folder's lock " + lockFile, null,
                        null, e);
            }
            lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AcubeException("another process has held the token folder's lock " + lockFile + " for "
                        + Durations.text(lockWait) + " (a login that takes that long, or a stopped process): "
                        + "try again when it has finished", null, null, null);
            }
        }
    }

    /** Once per store, under the folder's lock: the lock files of the older one-per-key scheme. */
    private void removePerKeyLocks() {
        if (perKeyLocksRemoved) {
            return;
        }
        perKeyLocksRemoved = true;
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory,
                p -> PER_KEY_LOCK.matcher(p.getFileName().toString()).matches())) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            Log.LOGGER.log(Level.DEBUG, () -> "cannot remove old lock files in " + directory + " (" + e + ")");
        }
    }

    /**
     * Checks the folder (see the class comment), creating it owner-only if asked to and missing, and
     * tightening it if it is open to others.
     *
     * @return whether it exists (false only when missing and not to be created)
     * @throws AcubeException if it is a symbolic link, not a folder, not the current user's, shared,
     *     or open to others and cannot be tightened
     */
    private boolean checkDirectory(boolean create) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            if (!create) {
                return false;
            }
            createDirectory();
            attributes = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        if (attributes.isSymbolicLink()) {
            throw refused("is a symbolic link; the client does not follow one to where it keeps its tokens: give "
                    + "the real folder (ACUBE_HOME, or TokenStore.file)");
        }
        if (!attributes.isDirectory()) {
            throw refused("is not a folder");
        }
        if (!posix()) {
            return true;
        }
        PosixFileAttributes posix = Files.readAttributes(directory, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = currentUser(directory);
        if (!posix.owner().equals(me)) {
            throw refused("belongs to " + posix.owner().getName() + ", not to the current user " + me.getName()
                    + "; its owner could read the tokens kept there or plant one: use a folder of your own");
        }
        if (directory.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            Object mode = Files.getAttribute(directory, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m && (m & STICKY) != 0) {
                throw refused("is a shared folder (its sticky bit is set, as on /tmp); use a folder of your own");
            }
        }
        Set<PosixFilePermission> before = posix.permissions();
        if (!DIRECTORY_PERMISSIONS.containsAll(before) || !before.containsAll(DIRECTORY_PERMISSIONS)) {
            String was = PosixFilePermissions.toString(before);
            try {
                Files.setPosixFilePermissions(directory, DIRECTORY_PERMISSIONS);
            } catch (IOException e) {
                throw refused("is open to its group or to others (" + was + ") and cannot be made owner-only ("
                        + e.getMessage() + ")");
            }
            Log.LOGGER.log(Level.WARNING, () -> "the token folder " + directory + " was " + was
                    + "; it is now owner-only (rwx------), so that no one else can read or plant a login token");
        }
        return true;
    }

    private AcubeException refused(String why) {
        return new AcubeException("refusing the token folder " + directory + ": it " + why, null, null, null);
    }

    private void createDirectory() throws IOException {
        try {
            if (posix()) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
                Files.setPosixFilePermissions(directory, DIRECTORY_PERMISSIONS);
            } else {
                Files.createDirectories(directory);
            }
        } catch (FileAlreadyExistsException e) {
            // made by someone else meanwhile, or not a folder: the checks that follow tell
        }
    }

    /**
     * The user this process runs as: looked up by {@code user.name}; where that name is unknown to
     * the system (a container without a passwd entry), the owner of a file made for the purpose.
     */
    static UserPrincipal currentUser(Path near) throws IOException {
        UserPrincipal me = currentUser;
        if (me != null) {
            return me;
        }
        try {
            me = near.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", ""));
        } catch (UserPrincipalNotFoundException e) {
            Path probe = Files.createTempFile("acube-owner-", ".probe");
            try {
                me = Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
        currentUser = me;
        return me;
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> filePermissions() {
        return PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS);
    }

    @Override
    public String toString() {
        return "TokenStore.file[" + directory + "]";
    }
}
