package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);

    @Test
    void bodiesOverTheLimitAre413() {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(1024).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Client.Reply r = client.post("/invoices", "application/json", new byte[2048]);
            assertEquals(413, r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            JournalEntry entry = sandbox.journal().entries("POST", "/invoices").get(0);
            assertEquals(Integer.valueOf(413), entry.status());
            assertNull(entry.bodySha256());
            assertEquals(200, new Client(sandbox).login(sandbox.user()).get("/invoices").status(), "still serving");
        }
    }

    @Test
    void theDefaultLimitIs16MiB() {
        assertEquals(16L * 1024 * 1024, AcubeSandbox.Builder.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void unknownPathsAre404Problems() {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Client anonymous = new Client(sandbox);
            for (String path : new String[] {"/", "/nope", "/invoices/", "/legal-entities/x/y", "/api/invoices"}) {
                Client.Reply r = anonymous.get(path);
                assertEquals(404, r.status(), path);
                assertTrue(r.contentType().startsWith("application/problem+json"), path);
                assertEquals("Not Found", r.json().get("detail").asText());
            }
        }
    }

    @Test
    void baseUriIsLoopbackAndOnlyLoopbackIsBound() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            URI base = sandbox.baseUri();
            assertEquals("http://127.0.0.1:" + sandbox.port(), base.toString());
            assertTrue(sandbox.port() > 0);
            InetAddress external = nonLoopbackAddress();
            if (external != null) {
                assertThrows(IOException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(external, sandbox.port()), 2000);
                    }
                }, "not reachable on " + external);
            }
        }
    }

    @Test
    void aFixedPortAndABusyPort() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).port(port).build().start()) {
            assertEquals(port, sandbox.port());
            AcubeSandbox second = AcubeSandbox.builder().clock(clock).port(port).build();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, second::start);
            assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
            second.close();
        }
    }

    @Test
    void closeReleasesThePortAndIsIdempotent() throws Exception {
        AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
        int port = sandbox.port();
        sandbox.close();
        sandbox.close();
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        });
        assertThrows(IllegalStateException.class, sandbox::start);
        assertThrows(IllegalStateException.class, sandbox::baseUri);
    }

    @Test
    void closeWaitsForARequestInFlight() throws Exception {
        AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
        sandbox.faults().on("GET", "/signature-public-key").delay(Duration.ofMillis(500));
        Client client = new Client(sandbox);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Client.Reply> slow = pool.submit(() -> client.get("/signature-public-key"));
            Fixtures.awaitTrue(() -> sandbox.faults().armed().isEmpty(), "the request reached the delay fault");
            sandbox.close();
            assertEquals(200, slow.get().status(), "the request in flight was answered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void startTwiceIsAnError() {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            assertThrows(IllegalStateException.class, sandbox::start);
            assertTrue(sandbox.toString().contains("127.0.0.1"));
        }
    }

    @Test
    void builderChecksItsConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().port(70_000).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxBodyBytes(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> AcubeSandbox.builder().user("a@b.c", "x").user("a@b.c", "y").build());
        assertThrows(IllegalArgumentException.class, () -> new SandboxUser(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new SandboxUser("a@b.c", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new KsefDelays(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> AcubeSandbox.builder().clock(null));
        assertThrows(IllegalStateException.class, () -> AcubeSandbox.builder().build().baseUri());
    }

    @Test
    void concurrentSendsAreAllAcceptedAndProcessed() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).threads(8).build().start()) {
            Client setup = new Client(sandbox).login(sandbox.user());
            Fixtures.register(setup, Fixtures.SELLER_NIP);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> sent = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    sent.add(pool.submit(() -> Fixtures.send(new Client(sandbox).token(setup.token()),
                            Fixtures.invoice("C/" + n))));
                }
                Set<String> uuids = Collections.synchronizedSet(new HashSet<>());
                for (Future<String> f : sent) {
                    uuids.add(f.get());
                }
                assertEquals(40, uuids.size());
            } finally {
                pool.shutdownNow();
            }
            clock.advance(sandbox.ksefDelays().total());
            assertEquals(40, sandbox.store().invoices().stream()
                    .filter(i -> i.status() == SandboxInvoice.Status.VALID && i.upoAvailable()).count());
            assertEquals(40 * 4, sandbox.store().invoiceChanges().size());
        }
    }

    @Test
    void anExternalExecutorIsUsedAndLeftRunning() throws Exception {
        ExecutorService mine = Executors.newFixedThreadPool(2);
        try {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).executor(mine).build().start()) {
                assertEquals(200, new Client(sandbox).get("/signature-public-key").status());
            }
            assertFalse(mine.isShutdown());
        } finally {
            mine.shutdownNow();
        }
    }

    @Test
    void aSeededRandomGivesRepeatableIds() {
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START))
                    .random(new java.util.SplittableRandom(42)).build().start()) {
                Client c = new Client(sandbox).login(sandbox.user());
                runs.add(Fixtures.register(c, Fixtures.SELLER_NIP));
            }
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(4, java.util.UUID.fromString(runs.get(0)).version());
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }
}
