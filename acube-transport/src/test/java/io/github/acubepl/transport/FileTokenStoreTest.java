package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
            Path lock = dir.resolve(FileTokenStore.fileStem(KEY) + ".lock");
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
            stub.route("POST /login", r -> Reply.json(200, "{\"token\":\"" + Fixtures.jwt("shared") + "\"}").delayed(200));
            AcubeClient first = Fixtures.client(stub, new RecordingSleeper()).tokenStore(TokenStore.file(temp.resolve("t")))
                    .build();
            AcubeClient second = Fixtures.client(stub, new RecordingSleeper()).tokenStore(TokenStore.file(temp.resolve("t")))
                    .build();
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
}
