package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        client = new Client(sandbox).login(sandbox.user());
        Fixtures.register(client, Fixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void respondWithAStatusAndAProblemBodyOnTheNextNRequests() {
        Faults.ArmedFault fault = sandbox.faults().on("GET", "/legal-entities").times(2).respond(500, "boom");
        for (int i = 0; i < 2; i++) {
            Client.Reply r = client.get("/legal-entities");
            assertEquals(500, r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("boom", r.json().get("detail").asText());
        }
        assertEquals(200, client.get("/legal-entities").status());
        assertEquals(2, fault.triggered());
        assertEquals(0, fault.remaining());
        assertTrue(sandbox.faults().armed().isEmpty());
    }

    @Test
    void aRespondFaultDoesNotHandleTheRequest() {
        sandbox.faults().on("POST", "/invoices").respond(502);
        assertEquals(502, client.post("/invoices", "application/json", Fixtures.bytes(Fixtures.invoice())).status());
        assertTrue(sandbox.store().invoices().isEmpty());
    }

    @Test
    void tooManyRequestsAndServiceUnavailableCarryRetryAfterSeconds() {
        sandbox.faults().on("GET", "/invoices").tooManyRequests(Duration.ofSeconds(3));
        Client.Reply r429 = client.get("/invoices");
        assertEquals(429, r429.status());
        assertEquals("3", r429.header("Retry-After").orElseThrow());

        sandbox.faults().on("GET", "/invoices").serviceUnavailable(Duration.ofMillis(1500));
        Client.Reply r503 = client.get("/invoices");
        assertEquals(503, r503.status());
        assertEquals("2", r503.header("Retry-After").orElseThrow(), "rounded up to whole seconds");
        assertTrue(r503.contentType().startsWith("application/problem+json"));
        assertEquals(200, client.get("/invoices").status());
    }

    @Test
    void delayWaitsThenHandles() {
        sandbox.faults().on("GET", "/legal-entities").delay(Duration.ofMillis(400));
        long t0 = System.nanoTime();
        Client.Reply r = client.get("/legal-entities");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.status());
        assertEquals(1, r.json().size());
        assertTrue(millis >= 390, "delayed by " + millis + " ms");
        assertEquals("delay PT0.4S", sandbox.journal().entries("GET", "/legal-entities").get(0).fault());
    }

    @Test
    void dropBeforeHandlingGivesNoResponseAndChangesNothing() {
        sandbox.faults().on("POST", "/invoices").dropBeforeHandling();
        IOException e = assertThrows(IOException.class, () -> client.trySend("POST", "/invoices", "application/json",
                Fixtures.bytes(Fixtures.invoice()), "application/json"));
        assertTrue(e.getMessage() != null, e::toString);
        assertTrue(sandbox.store().invoices().isEmpty(), "not handled");
        JournalEntry entry = sandbox.journal().entries("POST", "/invoices").get(0);
        assertTrue(entry.dropped());
        assertNull(entry.status());
        assertEquals("dropped", entry.outcome());
        assertEquals("drop before handling", entry.fault());
    }

    @Test
    void dropAfterHandlingCreatesTheInvoiceButTheClientSeesNoResponse() throws Exception {
        sandbox.faults().on("POST", "/invoices").dropAfterHandling();
        byte[] body = Fixtures.bytes(Fixtures.invoice());
        assertThrows(IOException.class, () -> client.trySend("POST", "/invoices", "application/json", body,
                "application/json"));
        List<SandboxInvoice> invoices = sandbox.store().invoices();
        assertEquals(1, invoices.size(), "the server did the work");
        assertEquals(1, client.get("/invoices").json().size(), "and it is visible to the client");
        JournalEntry entry = sandbox.journal().entries("POST", "/invoices").get(0);
        assertTrue(entry.dropped());
        assertEquals("drop after handling", entry.fault());
        assertEquals(sha256Hex(body), entry.bodySha256());

        clock.advance(sandbox.ksefDelays().total());
        assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(invoices.get(0).uuid()).orElseThrow().status(),
                "its lifecycle runs as usual");
    }

    @Test
    void theJdkClientRetriesADroppedGetOnceByItself() {
        // java.net.http retries an idempotent request once when the connection closes before any
        // response byte (ConnectionExpiredException), so one drop is invisible to a GET; two are not.
        sandbox.faults().on("GET", "/signature-public-key").dropBeforeHandling();
        assertEquals(200, client.get("/signature-public-key").status());
        assertEquals(2, sandbox.journal().count("GET", "/signature-public-key"), "the drop, then the JDK's retry");

        sandbox.faults().on("GET", "/signature-public-key").times(2).dropBeforeHandling();
        assertThrows(IOException.class, () -> client.trySend("GET", "/signature-public-key", null, new byte[0],
                "application/json"));
        assertEquals(4, sandbox.journal().count("GET", "/signature-public-key"));
        assertTrue(sandbox.journal().entries("GET", "/signature-public-key").get(3).dropped());
    }

    /** Polls the sandbox's own accounting (no clock involved) until it holds, for at most 60 s. */
    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(10);
        }
    }

    private String rawPost(String path, byte[] body) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + client.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    }

    @Test
    void aStalledRequestIsJournalledNeitherHandledNorAnsweredAndItsConnectionStaysOpenUntilTheClientCloses()
            throws Exception {
        Faults.ArmedFault fault = sandbox.faults().on("POST", "/invoices").stall();
        byte[] body = Fixtures.bytes(Fixtures.invoice());
        int before = sandbox.openConnections();
        try (RawHttp raw = new RawHttp(sandbox)) {
            raw.send(rawPost("/invoices", body)).send(body);
            await("the stalled POST is journalled", () -> sandbox.journal().count("POST", "/invoices") == 1);
            assertTrue(raw.silentFor(500), "no answer, and the connection is not closed");
            assertEquals(before + 1, sandbox.openConnections(), "the stalled connection is held open");
            raw.send(rawPost("/invoices", body)).send(body);
            assertTrue(raw.silentFor(500), "what comes later on it is not answered either");
        }
        await("the server closes the stalled connection once the client has", () -> sandbox.openConnections() == before);
        assertEquals(1, sandbox.journal().count("POST", "/invoices"), "the later request was read and discarded");
        JournalEntry entry = sandbox.journal().entries("POST", "/invoices").get(0);
        assertNull(entry.status());
        assertEquals("stall", entry.fault());
        assertEquals(sha256Hex(body), entry.bodySha256());
        assertTrue(sandbox.store().invoices().isEmpty(), "not handled");
        assertEquals(1, fault.triggered());
        assertEquals(200, client.get("/invoices").status(), "other connections are served");
    }

    @Test
    void stallOpenConnectionsSilencesAPooledConnectionWhileAFreshOneIsServed() throws Exception {
        long acceptedBefore = sandbox.connectionsAccepted();
        try (RawHttp pooled = new RawHttp(sandbox)) {
            byte[] body = Fixtures.bytes(Fixtures.invoice());
            pooled.send(rawPost("/invoices", body)).send(body);
            assertEquals(201, pooled.read().status(), "served while it was alive");
            await("the connection is counted", () -> sandbox.connectionsAccepted() == acceptedBefore + 1);

            assertEquals(acceptedBefore + 1, sandbox.faults().stallOpenConnections());
            pooled.send(rawPost("/invoices", body)).send(body);
            assertTrue(pooled.silentFor(500), "the old connection never answers and is not closed");
            await("the swallowed POST is journalled", () -> sandbox.journal().count("POST", "/invoices") == 2);
            JournalEntry swallowed = sandbox.journal().entries("POST", "/invoices").get(1);
            assertNull(swallowed.status());
            assertEquals("stalled connection", swallowed.fault());
            assertEquals(1, sandbox.store().invoices().size(), "the swallowed POST was not handled");

            try (RawHttp fresh = new RawHttp(sandbox)) {
                fresh.send(rawPost("/invoices", body)).send(body);
                assertEquals(201, fresh.read().status(), "a fresh connection is served");
            }
            assertEquals(acceptedBefore + 2, sandbox.connectionsAccepted());
            assertEquals(2, sandbox.store().invoices().size());
        }
    }

    @Test
    void resetEndsTheStallForConnectionsThatHaveNotSentYet() {
        try (RawHttp pooled = new RawHttp(sandbox)) {
            pooled.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(200, pooled.read().status());
            sandbox.faults().stallOpenConnections();
            sandbox.resetFaults();
            pooled.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(200, pooled.read().status());
        }
    }

    @Test
    void aStalledConnectionDoesNotHoldUpClosingTheSandbox() throws Exception {
        sandbox.faults().on("GET", "/signature-public-key").stall();
        try (RawHttp raw = new RawHttp(sandbox)) {
            raw.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            await("the stalled GET is journalled", () -> sandbox.journal().count("GET", "/signature-public-key") == 1);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), sandbox::close,
                    "closing hung on the stalled connection");
            assertTrue(raw.closedByServer(), "closing the sandbox closes the stalled connection");
        }
    }

    @Test
    void faultsFireBeforeAuthenticationAndRouting() {
        sandbox.faults().onAnyMethod("/nowhere/**").times(2).respond(503);
        assertEquals(503, new Client(sandbox).get("/nowhere/at/all").status());
        assertEquals(503, new Client(sandbox).postJson("/nowhere/x", "{}").status());
        assertEquals(404, new Client(sandbox).get("/nowhere/x").status());
    }

    @Test
    void globsMatchOneOrManySegments() {
        sandbox.faults().on("GET", "/invoices/*").always().respond(418);
        assertEquals(418, client.get("/invoices/abc").status());
        assertEquals(404, client.get("/invoices/abc/upo").status(), "* stays within a segment");
        assertEquals(200, client.get("/invoices").status());
        sandbox.resetFaults();
        sandbox.faults().on("get", "/invoices/**").times(3).respond(418);
        assertEquals(418, client.get("/invoices/abc/upo").status());
        assertEquals(418, client.get("/invoices/abc").status());
        assertEquals(200, client.get("/invoices").status(), "** needs the slash before it");
        assertEquals(1, sandbox.faults().armed().get(0).remaining());
    }

    @Test
    void theEarliestMatchingFaultFiresFirstAndMethodsMustMatch() {
        sandbox.faults().on("GET", "/invoices").respond(500);
        sandbox.faults().on("*", "/invoices").respond(501);
        assertEquals(501, client.post("/invoices", "text/plain", new byte[] {1}).status(), "the GET fault skips a POST");
        assertEquals(500, client.get("/invoices").status());
        assertEquals(200, client.get("/invoices").status());
    }

    @Test
    void disarmAndReset() {
        Faults.ArmedFault f = sandbox.faults().on("GET", "/invoices").always().respond(500);
        f.disarm();
        assertEquals(200, client.get("/invoices").status());
        sandbox.faults().on("GET", "/invoices").always().respond(500);
        sandbox.faults().on("GET", "/webhooks").always().dropBeforeHandling();
        assertEquals(2, sandbox.faults().armed().size());
        sandbox.resetFaults();
        assertTrue(sandbox.faults().armed().isEmpty());
        assertEquals(200, client.get("/invoices").status());
    }

    @Test
    void armingIsChecked() {
        Faults faults = sandbox.faults();
        assertThrows(IllegalArgumentException.class, () -> faults.on("GET", "/x").times(0));
        assertThrows(IllegalArgumentException.class, () -> faults.on("GET", "/x").respond(200));
        assertThrows(IllegalArgumentException.class, () -> faults.on("GET", "invoices"));
        assertThrows(IllegalArgumentException.class, () -> faults.on(" ", "/x"));
        assertThrows(IllegalArgumentException.class, () -> faults.on("GET", "/x").delay(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> faults.on("GET", "/x").tooManyRequests(Duration.ofSeconds(-1)));
        assertTrue(faults.armed().isEmpty());
        assertFalse(faults.on("GET", "/x").dropAfterHandling().toString().isEmpty());
    }

    @Test
    void theJournalRecordsEveryRequest() throws Exception {
        sandbox.journal().clear();
        byte[] body = Fixtures.bytes(Fixtures.invoice());
        client.post("/invoices", "application/json", body);
        client.get("/invoices?status=valid&page=1");
        new Client(sandbox).get("/invoices");
        client.get("/nowhere");
        clock.advance(Duration.ofSeconds(7));
        sandbox.faults().on("GET", "/webhooks").serviceUnavailable(Duration.ofSeconds(1));
        client.get("/webhooks");

        List<JournalEntry> all = sandbox.journal().entries();
        assertEquals(5, all.size(), all::toString);
        JournalEntry post = all.get(0);
        assertEquals("POST", post.method());
        assertEquals("/invoices", post.path());
        assertEquals("", post.query());
        assertEquals(sha256Hex(body), post.bodySha256());
        assertEquals(body.length, post.bodySize());
        assertEquals(Integer.valueOf(201), post.status());
        assertEquals(Fixtures.START, post.time());
        assertNull(post.fault());
        assertEquals("status=valid&page=1", all.get(1).query());
        assertEquals(sha256Hex(new byte[0]), all.get(1).bodySha256());
        assertEquals(Integer.valueOf(401), all.get(2).status());
        assertEquals(Integer.valueOf(404), all.get(3).status());
        assertEquals(Fixtures.START.plusSeconds(7), all.get(4).time());
        assertEquals("respond 503 Retry-After 1", all.get(4).fault());
        assertEquals(1, sandbox.journal().count("POST", "/invoices"));
        assertEquals(2, sandbox.journal().count("GET", "/invoices**"));
        assertEquals(5, sandbox.journal().count("*", "/**"));
        assertTrue(all.get(0).requestId().length() == 36);
    }

    @Test
    void theJournalShowsTheSamePostNeverArrivedTwice() {
        byte[] a = Fixtures.bytes(Fixtures.invoice("J/1"));
        byte[] b = Fixtures.bytes(Fixtures.invoice("J/2"));
        client.post("/invoices", "application/json", a);
        client.post("/invoices", "application/json", b);
        List<String> hashes = sandbox.journal().entries("POST", "/invoices").stream().map(JournalEntry::bodySha256)
                .toList();
        assertEquals(hashes.size(), hashes.stream().distinct().count());
    }

    @Test
    void theRequestIdIsSentBack() {
        Client.Reply r = client.get("/invoices");
        String id = r.header("X-Request-Id").orElseThrow();
        assertEquals(id, sandbox.journal().entries("GET", "/invoices").get(0).requestId());
    }

    static String sha256Hex(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }
}
