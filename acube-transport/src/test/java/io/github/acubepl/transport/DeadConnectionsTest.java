package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A client that runs for weeks recovers from connections that died silently (issue 10, item 6;
 * a KSeF client lost six days to a CDN that half-closed its one pooled connection): after a call
 * fails on I/O the next one uses fresh connections, a call after a long idle period does too, and
 * {@link AcubeClient#reconnect()} asks for it. The peer keeps connections alive and can make the
 * ones open now swallow requests without answering or closing ({@link KeptAliveServer}). A POST
 * that met a dead connection is still never repeated. Attempts time out after 2 s; the 60 s guard
 * only catches a hang.
 */
class DeadConnectionsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A client of {@code server} holding a token (no login), attempts limited to 2 s. */
    private static AcubeClient.Builder client(KeptAliveServer server) {
        Credentials credentials = Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD);
        TokenStore tokens = TokenStore.inMemory();
        tokens.save(TokenManager.key(server.environment(), credentials),
                new AccessToken(Fixtures.jwt("held"), Fixtures.NOW.plus(Duration.ofDays(1))));
        return AcubeClient.builder().environment(server.environment()).credentials(credentials).tokenStore(tokens)
                .clock(Fixtures.CLOCK).sleeper(new RecordingSleeper()).jitter(() -> 0.5)
                .requestTimeout(Duration.ofSeconds(2));
    }

    private static Webhook create(AcubeClient client) {
        return client.webhooks().create("le-1", WebhookType.LEGACY_INVOICE_SENDER, URI.create("https://erp.example.com/1"));
    }

    private static <T> T guarded(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG_GUARD, call, "the call hung");
    }

    /** Two calls in flight at once, each answered only once both arrived: the pool then holds two connections. */
    private void twoPooledConnections(KeptAliveServer server, AcubeClient client) throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        server.beforeAnswer(c -> {
            both.countDown();
            assertTrue(both.await(60, TimeUnit.SECONDS), "the second call never arrived");
        });
        List<Future<Webhook>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(threads.submit(() -> client.webhooks().get("wh-1")));
        }
        for (Future<Webhook> call : calls) {
            assertEquals("wh-1", call.get(60, TimeUnit.SECONDS).uuid());
        }
        server.beforeAnswer(c -> { });
        assertEquals(2, server.accepted());
    }

    @Test
    void afterAPostFailedOnADeadPooledConnectionTheNextPostDoesNotGoIntoAnotherDeadOne() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).build();
            twoPooledConnections(server, client);
            server.stallOpenConnections(); // both pooled connections die silently

            AcubeOutcomeUnknownException unknown = guarded(() -> assertThrows(AcubeOutcomeUnknownException.class,
                    () -> create(client)));
            assertTrue(unknown.getMessage().startsWith("POST /webhooks: the outcome is unknown: it was sent, but no "
                    + "complete answer within 2 s (the request timeout, requestTimeout); no answer had begun."),
                    unknown.getMessage());
            Webhook created = guarded(() -> create(client)); // without a rebuild: into the other dead connection

            assertEquals("wh-1", created.uuid());
            assertEquals(3, server.accepted(), "the second POST opened a fresh connection");
            List<String> posts = server.received().stream().filter(r -> r.contains("POST")).toList();
            assertEquals(2, posts.size(), posts::toString);
            assertTrue(posts.get(0).endsWith("(stalled)"), posts::toString);
            assertEquals("3: POST /webhooks HTTP/1.1", posts.get(1), "the failed POST was not repeated");
        }
    }

    @Test
    void aPostAfterTheIdleLimitGoesOnAFreshConnectionNotIntoTheOneThatDiedWhileIdle() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AtomicLong ticker = new AtomicLong(-7_000_000_000_000L); // any origin: only differences count
            AcubeClient client = client(server).ticker(ticker::get).connectionMaxIdle(Duration.ofMinutes(2)).build();
            assertEquals("wh-1", guarded(() -> client.webhooks().get("wh-1")).uuid());
            server.stallOpenConnections(); // dies while idle in the pool
            ticker.addAndGet(Duration.ofMinutes(2).toNanos());

            Webhook created = guarded(() -> create(client)); // without the idle limit: outcome unknown

            assertEquals("wh-1", created.uuid());
            assertEquals(List.of("1: GET /webhooks/wh-1 HTTP/1.1", "2: POST /webhooks HTTP/1.1"), server.received());
            assertEquals(2, client.connectionGeneration());
        }
    }

    @Test
    void aCallWithinTheIdleLimitReusesThePooledConnection() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AtomicLong ticker = new AtomicLong(Long.MAX_VALUE - Duration.ofMinutes(1).toNanos()); // wraps: differences still count
            AcubeClient client = client(server).ticker(ticker::get).connectionMaxIdle(Duration.ofMinutes(2)).build();
            guarded(() -> client.webhooks().get("wh-1"));
            ticker.addAndGet(Duration.ofMinutes(2).toNanos() - 1);
            guarded(() -> create(client));

            assertEquals(1, server.accepted(), "one connection, reused");
            assertEquals(1, client.connectionGeneration());
        }
    }

    @Test
    void severalThreadsFailingOnTheSameDeadConnectionsRebuildThemOnce() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).build();
            int n = 4;
            CountDownLatch all = new CountDownLatch(n);
            server.beforeAnswer(c -> { // every POST is sent on the first client before any fails
                all.countDown();
                assertTrue(all.await(60, TimeUnit.SECONDS), "not every POST arrived");
                throw new IOException("closing without an answer");
            });
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(threads.submit(() -> assertThrows(AcubeOutcomeUnknownException.class, () -> create(client))));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }

            assertEquals(2, client.connectionGeneration(), "four failures on one generation, one rebuild");
            assertEquals(n, server.count("POST /webhooks"), "none repeated");
            server.beforeAnswer(c -> { });
            assertEquals("wh-1", guarded(() -> create(client)).uuid());
        }
    }

    @Test
    void reconnectOpensAFreshConnectionForTheNextCall() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).build();
            guarded(() -> client.webhooks().get("wh-1"));
            guarded(() -> client.webhooks().get("wh-1"));
            assertEquals(1, server.accepted());

            client.reconnect();
            guarded(() -> client.webhooks().get("wh-1"));

            assertEquals(2, server.accepted());
            assertEquals(2, client.connectionGeneration());
        }
    }

    @Test
    void aCallInFlightDuringAReconnectFinishesOnTheOldConnection() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).requestTimeout(Duration.ofSeconds(60)).build();
            CountDownLatch arrived = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            server.beforeAnswer(c -> {
                arrived.countDown();
                assertTrue(release.await(60, TimeUnit.SECONDS));
            });
            Future<Webhook> inFlight = threads.submit(() -> create(client));
            assertTrue(arrived.await(60, TimeUnit.SECONDS), "the POST never arrived");

            client.reconnect();
            release.countDown();

            assertEquals("wh-1", inFlight.get(60, TimeUnit.SECONDS).uuid());
            server.beforeAnswer(c -> { });
            guarded(() -> client.webhooks().get("wh-1"));
            assertEquals(List.of("1: POST /webhooks HTTP/1.1", "2: GET /webhooks/wh-1 HTTP/1.1"), server.received());
        }
    }

    /** The name of the JDK's selector thread of {@code http} ({@code HttpClientImpl@hash(7)} runs {@code HttpClient-7-SelectorManager}). */
    private static String selectorThread(HttpClient http) {
        String s = http.toString();
        return "HttpClient-" + s.substring(s.lastIndexOf('(') + 1, s.lastIndexOf(')')) + "-SelectorManager";
    }

    private static boolean alive(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName));
    }

    @Test
    void replacedHttpClientsLetTheirThreadsEnd() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).build();
            List<String> replaced = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                guarded(() -> client.webhooks().get("wh-1"));
                replaced.add(selectorThread(client.currentHttpClient()));
                client.reconnect();
            }
            guarded(() -> client.webhooks().get("wh-1"));
            String current = selectorThread(client.currentHttpClient());
            assertTrue(alive(replaced.get(0)), "the JDK names its selector threads as expected: " + replaced.get(0));

            // JDK 17's HttpClient has no close(): a replaced one is dropped, and the JDK ends its
            // selector thread once it is unreachable and idle. Poll (with a deadline) while asking for GC.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (replaced.stream().anyMatch(DeadConnectionsTest::alive)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("the replaced clients' threads still run after 60 s: "
                            + replaced.stream().filter(DeadConnectionsTest::alive).toList());
                }
                System.gc();
                Thread.sleep(50);
            }
            assertTrue(alive(current), "the client in use keeps its thread");
            assertEquals(6, client.connectionGeneration());
        }
    }

    @Test
    void anApplicationsHttpClientIsNeverReplaced() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient client = client(server).httpClient(HttpClient.newHttpClient()).build();
            guarded(() -> client.webhooks().get("wh-1"));
            client.reconnect();
            guarded(() -> client.webhooks().get("wh-1"));
            assertEquals(1, server.accepted(), "reconnect() leaves it alone");

            server.stallOpenConnections();
            guarded(() -> assertThrows(AcubeOutcomeUnknownException.class, () -> create(client)));
            assertEquals(1, client.connectionGeneration(), "so does a failure");
        }
    }

    @Test
    void clientsBuiltFromOneAnotherShareTheirConnectionsAndReconnectTogether() throws Exception {
        try (KeptAliveServer server = new KeptAliveServer()) {
            AcubeClient first = client(server).build();
            AcubeClient second = first.newBuilder().build();
            AcubeClient own = first.newBuilder().connectTimeout(Duration.ofSeconds(9)).build();

            first.reconnect();

            assertEquals(2, second.connectionGeneration());
            assertEquals(1, own.connectionGeneration(), "another connect timeout, other connections");
        }
    }

    @Test
    void aConnectionIdleLimitThatIsNotPositiveIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AcubeClient.builder()
                .credentials(Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD)).connectionMaxIdle(Duration.ZERO).build());
        assertEquals("cannot build the A-Cube client: connectionMaxIdle must be positive: PT0S", e.getMessage());
    }
}
