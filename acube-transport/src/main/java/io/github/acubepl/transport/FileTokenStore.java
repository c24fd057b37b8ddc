package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link TokenStore#file(Path)}: {@code <sha256(key)>.token} files ({@code {"token", "expiresAt"}}),
 * written through a temporary file and an atomic move, locked through {@code <sha256(key)>.lock}.
 * File locks belong to the process, so one in-process lock per lock file guards them too.
 */
final class FileTokenStore implements TokenStore {
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    /** One lock per lock file in this process: the OS lock cannot be taken twice by one process. */
    private static final ConcurrentMap<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path directory;

    FileTokenStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
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

    private Path lockFile(String key) {
        return directory.resolve(fileStem(key) + ".lock");
    }

    @Override
    public Optional<AccessToken> load(String key) {
        Objects.requireNonNull(key, "key");
        Path file = tokenFile(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
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
            ensureDirectory();
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
            Files.deleteIfExists(tokenFile(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the token file " + tokenFile(key), e);
        }
    }

    @Override
    public <T> T withLock(String key, Supplier<T> action) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Path lockFile = lockFile(key);
        ReentrantLock processLock = PROCESS_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        processLock.lock();
        try {
            FileChannel channel;
            try {
                ensureDirectory();
                channel = posix()
                        ? FileChannel.open(lockFile, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                                filePermissions())
                        : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                Log.LOGGER.log(Level.WARNING, () -> "cannot open the lock file " + lockFile
                        + "; going on without a cross-process lock (" + e + ")");
                return action.get();
            }
            try (channel) {
                FileLock lock = channel.lock();
                try {
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

    private void ensureDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            if (posix()) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
                Files.setPosixFilePermissions(directory, DIRECTORY_PERMISSIONS);
            } else {
                Files.createDirectories(directory);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
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
