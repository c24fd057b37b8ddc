package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import io.github.acubepl.transport.internal.Log;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest extends TokenStoreContract {
    @TempDir
    Path temp;

    @Override
    TokenStore store() {
        return TokenStore.file(temp.resolve("tokens"));
    }

    @Override
    TokenStore sameStorage(TokenStore store) {
        return TokenStore.file(temp.resolve("tokens"));
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void filesAreNamedByTheKeysHashAndReadableByTheOwnerOnly() throws Exception {
        Path dir = temp.resolve("a").resolve("tokens");
        TokenStore store = TokenStore.file(dir);
        store.save(KEY, TOKEN);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        Path file = dir.resolve(FileTokenStore.fileStem(KEY) + ".token");
        assertEquals(List.of(file), files, "one file, no temporary left over");
        assertTrue(file.getFileName().toString().matches("[0-9a-f]{64}\\.token"));
        assertFalse(file.toString().contains("kowalski"));
        String content = Files.readString(file);
        assertFalse(content.contains("kowalski"), content);
        if (posix(dir)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            store.withLock(KEY, () -> null);
            Path lock = dir.resolve(FileTokenStore.LOCK_FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)));
        }
    }

    @Test
    void anUnreadableFileIsIgnored() throws Exception {
        TokenStore store = store();
        store.save(KEY, TOKEN);
        Path file = temp.resolve("tokens").resolve(FileTokenStore.fileStem(KEY) + ".token");
        Files.writeString(file, "{\"token\":\"x\",\"expiresAt\":\"yesterday\"}", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), store.load(KEY));
        Files.writeString(file, "not json", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), store.load(KEY));
        Files.writeString(file, "{}", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), store.load(KEY));
    }

    /** A token file that is a link (to anything) or a device is not read: a new login replaces it. */
    @Test
    void aTokenFileThatIsASymbolicLinkOrHugeIsIgnoredNotFollowed() throws Exception {
        TokenStore store = store();
        store.save(KEY, TOKEN);
        Path file = temp.resolve("tokens").resolve(FileTokenStore.fileStem(KEY) + ".token");
        Path elsewhere = temp.resolve("planted.json");
        Files.writeString(elsewhere, "{\"token\":\"planted\",\"expiresAt\":\"2031-03-15T09:26:53Z\"}");
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere);
        List<LogRecord> log = logOf(() -> assertEquals(Optional.empty(), store.load(KEY)));
        assertTrue(log.stream().anyMatch(r -> r.getMessage().contains("symbolic link")), log::toString);
        Files.delete(file);
        if (Files.isReadable(Path.of("/dev/zero"))) {
            Files.createSymbolicLink(file, Path.of("/dev/zero"));
            assertEquals(Optional.empty(), store.load(KEY), "not read, so no end of /dev/zero to wait for");
            Files.delete(file);
        }
        Files.writeString(file, "{\"token\":\"" + "x".repeat(FileTokenStore.MAX_TOKEN_FILE_BYTES)
                + "\",\"expiresAt\":\"2031-03-15T09:26:53Z\"}");
        assertEquals(Optional.empty(), store.load(KEY), "larger than any token file");
        store.save(KEY, TOKEN);
        assertEquals(Optional.of(TOKEN), store.load(KEY), "a new login replaces it");
    }

    @Test
    void theAcubeHomeComesFromTheEnvironment() {
        assertEquals(Path.of("/srv/acube"), FileTokenStore.acubeHome(Map.of("ACUBE_HOME", "/srv/acube"), "/home/u"));
        assertEquals(Path.of("/home/u", ".acube"), FileTokenStore.acubeHome(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u", ".acube"), FileTokenStore.acubeHome(Map.of("ACUBE_HOME", " "), "/home/u"));
    }

    @Test
    void twoClientsSharingTheFilesLogInOnce() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            AcubeClient first = Fixtures.client(stub, new RecordingSleeper()).tokenStore(TokenStore.file(temp.resolve("t")))
                    .build();
            AcubeClient second = Fixtures.client(stub, new RecordingSleeper()).tokenStore(TokenStore.file(temp.resolve("t")))
                    .build();
            // answered once 4 callers of each client wait for their client's login (the other client's
            // leader then waits for the folder's lock): arranged, not slept for
            stub.route("POST /login", r -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (first.tokenManager().waiting() + second.tokenManager().waiting() < 8) {
                    assertTrue(System.nanoTime() < deadline, "the callers never joined the logins");
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // poll, with the deadline above
                }
                return Reply.json(200, "{\"token\":\"" + Fixtures.jwt("shared") + "\"}");
            });
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Webhook>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    AcubeClient c = i % 2 == 0 ? first : second;
                    results.add(pool.submit(() -> {
                        start.await();
                        return c.webhooks().get("wh-1");
                    }));
                }
                start.countDown();
                for (Future<Webhook> f : results) {
                    assertEquals("wh-1", f.get(30, TimeUnit.SECONDS).uuid());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stub.count("POST", "/login"));
            // a later run (a new client, as in a new CLI process) reuses the saved token
            Fixtures.client(stub, new RecordingSleeper()).tokenStore(TokenStore.file(temp.resolve("t"))).build()
                    .webhooks().get("wh-1");
            assertEquals(1, stub.count("POST", "/login"));
        }
    }

    @Test
    void aStoredTokenWithLessThanTheMarginLeftIsNotReused() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            TokenStore store = TokenStore.file(temp.resolve("t"));
            String key = TokenManager.key(stub.environment(), Credentials.of(Fixtures.EMAIL, "x"));
            AccessToken old = new AccessToken(Fixtures.jwt(Fixtures.NOW.plus(Duration.ofMinutes(4)), "old"),
                    Fixtures.NOW.plus(Duration.ofMinutes(4)));
            store.save(key, old);
            Fixtures.client(stub, new RecordingSleeper()).tokenStore(store).build().webhooks().get("wh-1");
            assertEquals(1, stub.count("POST", "/login"));
            assertFalse(stub.journal().get(1).header("Authorization").contains(old.value()));
            AccessToken saved = store.load(key).orElseThrow();
            assertEquals(Fixtures.NOW.plus(Duration.ofDays(1)), saved.expiresAt());
        }
    }

    @Test
    void aStoredTokenRefusedWith401IsReplacedInTheStore() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            String stale = Fixtures.jwt("stale");
            stub.route("GET /webhooks/wh-1", r -> r.header("Authorization").contains(stale)
                    ? Reply.json(401, "{\"code\":401,\"message\":\"Invalid JWT Token\"}")
                    : Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            TokenStore store = TokenStore.file(temp.resolve("t"));
            String key = TokenManager.key(stub.environment(), Credentials.of(Fixtures.EMAIL, "x"));
            store.save(key, new AccessToken(stale, Fixtures.NOW.plus(Duration.ofDays(1))));
            Fixtures.client(stub, new RecordingSleeper()).tokenStore(store).build().webhooks().get("wh-1");
            assertEquals(1, stub.count("POST", "/login"));
            assertFalse(store.load(key).orElseThrow().value().equals(stale));
        }
    }

    /** Captures the client's log records while {@code action} runs. */
    private static List<LogRecord> logOf(ThrowingRunnable action) throws Exception {
        LogCapture capture = new LogCapture();
        List<LogRecord> records = capture.records;
        Logger logger = Logger.getLogger(Log.NAME);
        java.util.logging.Level level = logger.getLevel();
        logger.setLevel(java.util.logging.Level.ALL);
        logger.addHandler(capture);
        try {
            action.run();
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
        return records;
    }

    /** A step that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aGroupOrWorldWritableTokenFolderIsTightenedWithOneWarning() throws Exception {
        Path dir = temp.resolve("open").resolve("tokens");
        Files.createDirectories(dir);
        assumeTrue(posix(dir), "POSIX permissions");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        TokenStore store = TokenStore.file(dir);
        List<LogRecord> log = logOf(() -> {
            store.save(KEY, TOKEN);
            assertEquals(Optional.of(TOKEN), store.load(KEY));
            store.withLock(KEY, () -> null);
        });
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        List<LogRecord> warnings = log.stream().filter(r -> r.getLevel() == java.util.logging.Level.WARNING).toList();
        assertEquals(1, warnings.size(), "one warning, for the one change");
        String warning = warnings.get(0).getMessage();
        assertEquals("the token folder " + dir.toAbsolutePath() + " was rwxrwxrwx; it is now owner-only (rwx------), "
                + "so that no one else can read or plant a login token", warning);
        assertFalse(warning.contains(TOKEN.value()));

        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Optional.of(TOKEN), TokenStore.file(dir).load(KEY));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), "readable by "
                + "others is not owner-only either");
    }

    @Test
    void aTokenFolderOfAnotherUserIsRefusedAndNothingIsWrittenThere() throws Exception {
        assumeTrue(root(), "only root can give a folder to another user");
        Path dir = temp.resolve("theirs").resolve("tokens");
        Files.createDirectories(dir);
        assumeTrue(posix(dir), "POSIX permissions");
        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(dir, nobody);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        TokenStore store = TokenStore.file(dir);
        for (Executable step : List.<Executable>of(() -> store.save(KEY, TOKEN), () -> store.load(KEY),
                () -> store.remove(KEY), () -> store.withLock(KEY, () -> {
                    throw new AssertionError("the action must not run");
                }))) {
            AcubeException e = assertThrows(AcubeException.class, step);
            assertTrue(e.getMessage().startsWith("refusing the token folder " + dir.toAbsolutePath() + ": it belongs to "
                    + "nobody, not to the current user root"), e.getMessage());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), "left as it was");
    }

    @Test
    void aTokenFolderThatIsASymbolicLinkIsRefusedNotFollowed() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("tokens"), real);
        TokenStore store = TokenStore.file(link);
        AcubeException e = assertThrows(AcubeException.class, () -> store.save(KEY, TOKEN));
        assertTrue(e.getMessage().endsWith("it is a symbolic link; the client does not follow one to where it keeps its "
                + "tokens: give the real folder (ACUBE_HOME, or TokenStore.file)"), e.getMessage());
        assertThrows(AcubeException.class, () -> store.load(KEY));
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(List.of(), files.toList());
        }
        assertEquals(Optional.empty(), TokenStore.file(real).load(KEY));
    }

    @Test
    void aSharedFolderWithTheStickyBitIsRefusedNotTightened() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("shared"));
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("unix"), "unix:mode");
        Files.setAttribute(dir, "unix:mode", 01777);
        AcubeException e = assertThrows(AcubeException.class, () -> TokenStore.file(dir).save(KEY, TOKEN));
        assertTrue(e.getMessage().endsWith("it is a shared folder (its sticky bit is set, as on /tmp); use a folder of "
                + "your own"), e.getMessage());
        assertEquals(01777, (int) (Integer) Files.getAttribute(dir, "unix:mode") & 07777, "left as it was");
    }

    @Test
    void lockFilesDoNotPileUpOnePerAccountTried() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("many"));
        Path older = dir.resolve(FileTokenStore.fileStem("an account of an older version") + ".lock");
        Files.createFile(older);
        TokenStore store = TokenStore.file(dir);
        for (int i = 0; i < 30; i++) {
            String key = "http://127.0.0.1:" + (40000 + i) + "|user" + i + "@example.com";
            // a login that fails, as for every wrong password or unreachable URL tried
            assertThrows(IllegalStateException.class, () -> store.withLock(key, () -> {
                throw new IllegalStateException("login refused");
            }));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve(FileTokenStore.LOCK_FILE)), files.toList(),
                    "one lock file for the folder; the older per-key ones removed");
        }
    }
}
