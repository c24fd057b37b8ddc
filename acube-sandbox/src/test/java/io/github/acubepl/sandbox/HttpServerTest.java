package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox's own HTTP/1.1 server over real loopback sockets, and the findings of issue 7,
 * section 5 ("a simulator that survives its users"). Timeouts are configured short; what is
 * asserted is the outcome (a status, a closed connection, the server's own accounting), never
 * how long it took. {@link RawHttp} reads wait at most 60 s, as a hang guard.
 */
class HttpServerTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    /** A timeout that only the server's side has to meet (the client stalls on purpose, or never acts). */
    private static final Duration SHORT = Duration.ofMillis(300);
    /**
     * A timeout within which the client must act (send a request once connected, a few
     * milliseconds' work): ample on a machine ten times slower, and no longer, since the test then
     * waits it out.
     */
    private static final Duration CLIENT_TIME = Duration.ofSeconds(5);
    /** An answer larger than the socket buffers of both ends on loopback together. */
    private static final int LARGER_THAN_SOCKET_BUFFERS = 32 * 1024 * 1024;

    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);

    // --- "Slow clients starve the workers" ---

    @Test
    void sixteenSlowClientsDribblingBodiesDoNotStarveTheNextClient() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
                int n = AcubeSandbox.Builder.DEFAULT_THREADS + 2;
                byte[] body = loginBody(sandbox.user());
                List<RawHttp> slow = new ArrayList<>();
                try {
                    for (int i = 0; i < n; i++) {
                        RawHttp c = new RawHttp(sandbox);
                        slow.add(c);
                        c.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: " + body.length));
                        c.send(Arrays.copyOf(body, 1));
                    }
                    // every slow client still owes all but one byte of its body: the next client is answered anyway
                    assertEquals(200, new Client(sandbox).get("/signature-public-key").status());
                    for (int i = 1; i < body.length; i++) {
                        for (RawHttp c : slow) {
                            c.send(new byte[] {body[i]});
                        }
                    }
                    for (RawHttp c : slow) {
                        RawHttp.Reply r = c.read();
                        assertEquals(200, r.status(), r::text);
                        assertTrue(r.json().hasNonNull("token"), r::text);
                    }
                } finally {
                    slow.forEach(RawHttp::close);
                }
            }
        });
    }

    @Test
    void aRequestStalledMidBodyGets408AfterTheRequestTimeout() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).requestTimeout(SHORT).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                c.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: 100") + "{\"email\"");
                RawHttp.Reply r = c.read();
                JsonNode problem = r.assertProblem(408);
                assertTrue(problem.get("detail").asText().contains("300 ms"), problem::toString);
                assertEquals("close", r.header("Connection"));
                assertTrue(c.closedByServer(), "closed after the 408");
                JournalEntry entry = sandbox.journal().entries("POST", "/login").get(0);
                assertEquals(Integer.valueOf(408), entry.status());
                assertNull(entry.bodySha256(), "the body was not read whole");
                assertEquals(0, sandbox.bufferedBodyBytes(), "its buffer is given back");
            }
        });
    }

    @Test
    void aRequestStalledInItsHeadGets408AfterTheRequestTimeout() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).requestTimeout(SHORT).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                c.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n");
                c.read().assertProblem(408);
                assertTrue(c.closedByServer());
            }
        });
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeout() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            // the kept-alive client must send its first request within the idle timeout of connecting: CLIENT_TIME
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).idleTimeout(CLIENT_TIME).build().start();
                    RawHttp silent = new RawHttp(sandbox);
                    RawHttp keptAlive = new RawHttp(sandbox)) {
                keptAlive.send(head("GET", "/signature-public-key", ""));
                assertEquals(200, keptAlive.read().status());
                assertTrue(keptAlive.closedByServer(), "a kept-alive connection with no next request is closed");
                assertTrue(silent.closedByServer(), "a connection that never sends a byte is closed");
                Fixtures.awaitTrue(() -> sandbox.openConnections() == 0, "the server forgets the closed connections");
            }
        });
    }

    @Test
    void aClientThatNeverReadsItsAnswerHoldsNoWorker() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            // the default request timeout (30 s): the other client must be served within it, not the reader cut off
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).threads(1).build().start()) {
                sandbox.faults().on("GET", "/big-answer").respond(503, "x".repeat(LARGER_THAN_SOCKET_BUFFERS));
                try (RawHttp reader = new RawHttp(sandbox); RawHttp other = new RawHttp(sandbox)) {
                    reader.send(head("GET", "/big-answer", ""));
                    Fixtures.awaitTrue(() -> sandbox.journal().count("GET", "/big-answer") == 1,
                            "the one worker thread has answered the reader");
                    // the one worker thread is free while the answer waits for a reader
                    assertEquals(200, other.send(head("GET", "/signature-public-key", "")).read().status());
                    assertEquals(2, sandbox.openConnections(), "served while the reader is still connected, not after it"
                            + " was cut off");
                }
            }
        });
    }

    @Test
    void aClientThatNeverReadsItsAnswerIsCutOffAfterTheRequestTimeout() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            // a short request timeout: the reader's request is one write, so only the server's side is timed
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).requestTimeout(SHORT).build().start();
                    RawHttp reader = new RawHttp(sandbox)) {
                sandbox.faults().on("GET", "/big-answer").respond(503, "x".repeat(LARGER_THAN_SOCKET_BUFFERS));
                reader.send(head("GET", "/big-answer", ""));
                Fixtures.awaitTrue(() -> sandbox.journal().count("GET", "/big-answer") == 1, "the request is answered");
                Fixtures.awaitTrue(() -> sandbox.openConnections() == 0, "the connection of a client not reading is closed");
                long received = reader.drainUntilClosed();
                assertTrue(received < LARGER_THAN_SOCKET_BUFFERS, "the answer was cut off: " + received + " bytes");
            }
        });
    }

    // --- "Parallel large bodies exhaust memory" ---

    @Test
    void largeBodiesBeyondTheBufferBudgetGet503AndTheMemoryHeldIsBounded() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            int max = 64 * 1024;
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(max).maxBufferedBodyBytes(2L * max)
                    .build().start()) {
                byte[] body = padded(loginBody(sandbox.user()), max);
                List<RawHttp> holding = new ArrayList<>();
                try {
                    for (int i = 1; i <= 2; i++) {
                        RawHttp c = new RawHttp(sandbox);
                        holding.add(c);
                        c.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: " + max));
                        c.send(Arrays.copyOf(body, 100));
                        long expected = (long) i * max;
                        Fixtures.awaitTrue(() -> sandbox.bufferedBodyBytes() == expected, "body " + expected / max + " is buffered");
                    }
                    try (RawHttp third = new RawHttp(sandbox)) {
                        third.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: " + max));
                        RawHttp.Reply r = third.read();
                        r.assertProblem(503);
                        assertEquals("1", r.header("Retry-After"));
                        assertTrue(third.closedByServer());
                    }
                    try (RawHttp chunked = new RawHttp(sandbox)) {
                        chunked.send(head("POST", "/login", "Content-Type: application/json\r\nTransfer-Encoding: chunked")
                                + Integer.toHexString(max) + "\r\n");
                        chunked.read().assertProblem(503);
                        assertTrue(chunked.closedByServer());
                    }
                    assertEquals(2L * max, sandbox.peakBufferedBodyBytes(), "never more than the budget");
                    for (RawHttp c : holding) {
                        c.send(Arrays.copyOfRange(body, 100, max));
                        RawHttp.Reply r = c.read();
                        assertEquals(200, r.status(), r::text);
                    }
                } finally {
                    holding.forEach(RawHttp::close);
                }
                Fixtures.awaitTrue(() -> sandbox.bufferedBodyBytes() == 0, "every buffer is given back");
                assertEquals(2, sandbox.journal().entries("POST", "/login").stream()
                        .filter(e -> Integer.valueOf(503).equals(e.status())).count());
                assertEquals(2L * max, sandbox.peakBufferedBodyBytes());
            }
        });
    }

    @Test
    void sixteenParallelLargePostsBeyondTheBudgetGet503NotMemory() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            int max = 256 * 1024;
            int clients = 16;
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(max)
                    .maxBufferedBodyBytes(4L * max).build().start()) {
                byte[] body = padded(loginBody(sandbox.user()), max);
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<RawHttp> connections = new ArrayList<>();
                try {
                    List<Future<RawHttp.Reply>> first = new ArrayList<>();
                    for (int i = 0; i < clients; i++) {
                        RawHttp c = new RawHttp(sandbox);
                        connections.add(c);
                        first.add(pool.submit(() -> c.send(head("POST", "/login", "Content-Type: application/json\r\n"
                                + "Content-Length: " + max + "\r\nExpect: 100-continue")).read()));
                    }
                    // nobody sends a body before every head is answered: four fit in the budget, twelve do not
                    int continued = 0;
                    for (int i = 0; i < clients; i++) {
                        RawHttp.Reply r = first.get(i).get();
                        if (r.status() == 100) {
                            continued++;
                        } else {
                            r.assertProblem(503);
                            assertEquals("1", r.header("Retry-After"));
                        }
                    }
                    assertEquals(4, continued, "as many as the budget holds");
                    assertEquals(4L * max, sandbox.bufferedBodyBytes());
                    for (int i = 0; i < clients; i++) {
                        if (first.get(i).get().status() == 100) {
                            RawHttp.Reply r = connections.get(i).send(body).read();
                            assertEquals(200, r.status(), r::text);
                        }
                    }
                } finally {
                    pool.shutdownNow();
                    connections.forEach(RawHttp::close);
                }
                assertTrue(sandbox.peakBufferedBodyBytes() <= sandbox.maxBufferedBodyBytes(),
                        "held at most " + sandbox.peakBufferedBodyBytes());
                Fixtures.awaitTrue(() -> sandbox.bufferedBodyBytes() == 0, "every buffer is given back");
            }
        });
    }

    @Test
    void invoiceChecksRunAtMostTheConfiguredNumberAtOnce() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).threads(8).maxConcurrentInvoiceChecks(1)
                .build().start()) {
            Client setup = new Client(sandbox).login(sandbox.user());
            Fixtures.register(setup, Fixtures.SELLER_NIP);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> sent = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int n = i;
                    sent.add(pool.submit(() -> Fixtures.send(new Client(sandbox).token(setup.token()),
                            Fixtures.invoice("GATE/" + n))));
                }
                for (Future<String> f : sent) {
                    assertFalse(f.get().isEmpty());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, sandbox.peakConcurrentInvoiceChecks());
        }
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnyOfItIsBuffered() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(1024).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                c.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: 99999999999999999999999"));
                c.read().assertProblem(413);
                assertTrue(c.closedByServer());
                assertEquals(0, sandbox.peakBufferedBodyBytes());
            }
        });
    }

    @Test
    void connectionsOverTheLimitGet503AndAreClosed() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxConnections(2).build().start();
                    RawHttp b = new RawHttp(sandbox)) {
                try (RawHttp a = new RawHttp(sandbox)) {
                    Fixtures.awaitTrue(() -> sandbox.openConnections() == 2, "two connections are open");
                    assertEquals(200, a.send(head("GET", "/signature-public-key", "")).read().status(), "kept alive");
                    try (RawHttp third = new RawHttp(sandbox)) {
                        RawHttp.Reply r = third.read();
                        r.assertProblem(503);
                        assertEquals("1", r.header("Retry-After"));
                        assertTrue(third.closedByServer());
                    }
                }
                Fixtures.awaitTrue(() -> sandbox.openConnections() == 1, "the closed connection is forgotten");
                try (RawHttp next = new RawHttp(sandbox)) {
                    assertEquals(200, next.send(head("GET", "/signature-public-key", "")).read().status());
                }
                assertEquals(200, b.send(head("GET", "/signature-public-key", "")).read().status());
            }
        });
    }

    // --- "Some answers break the API's conventions" ---

    @Test
    void headIsGetWithoutTheBody() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
                String token = login(sandbox);
                for (String path : new String[] {"/signature-public-key", "/legal-entities", "/nope"}) {
                    String auth = "Authorization: Bearer " + token;
                    try (RawHttp c = new RawHttp(sandbox)) {
                        // pipelined: were any body bytes sent after the HEAD answer, the GET's status line would not parse
                        c.send(head("HEAD", path, auth) + head("GET", path, auth));
                        RawHttp.Reply head = c.readHead();
                        RawHttp.Reply get = c.read();
                        assertEquals(get.status(), head.status(), path);
                        assertEquals(without(get.headers(), "date", "x-request-id"), without(head.headers(), "date",
                                "x-request-id"), path);
                        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"), path);
                        assertTrue(get.body().length > 0, path);
                    }
                }
                try (RawHttp c = new RawHttp(sandbox)) {
                    RawHttp.Reply r = c.send(head("HEAD", "/login", "")).readHead();
                    assertEquals(405, r.status(), "a POST-only route");
                    assertEquals("POST", r.header("Allow"));
                    assertEquals(200, c.send(head("GET", "/signature-public-key", "")).read().status(), "no body was sent");
                }
                Client.Reply viaClient = new Client(sandbox).send("HEAD", "/signature-public-key", null, new byte[0], null);
                assertEquals(200, viaClient.status());
                assertEquals(0, viaClient.body().length);
                assertEquals(2, sandbox.journal().count("HEAD", "/signature-public-key"), "HEAD is journalled as HEAD");
            }
        });
    }

    static List<Arguments> malformedRequests() {
        List<Arguments> cases = new ArrayList<>();
        String host = "Host: 127.0.0.1\r\n";
        cases.add(Arguments.of("a malformed percent-escape", "GET /invoices/%zz HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a truncated percent-escape", "GET /invoices/%4 HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a pipe in the path", "GET /a|b HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("braces in the path", "GET /a{b} HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a fragment", "GET /a#b HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a space in the target", "GET /invoices/a b HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a raw non-ASCII byte", "GET /fa\u00e9 HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("an escape that is not UTF-8", "GET /invoices/%C3%28 HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("a relative target", "GET invoices HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("no version", "GET /\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n", 400));
        cases.add(Arguments.of("a method that is not a token", "G(T / HTTP/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("HTTP/2.0 on the wire", "GET / HTTP/2.0\r\n" + host + "\r\n", 505));
        cases.add(Arguments.of("a lower-case version", "GET / http/1.1\r\n" + host + "\r\n", 400));
        cases.add(Arguments.of("no Host in HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", 400));
        cases.add(Arguments.of("two Hosts", "GET / HTTP/1.1\r\n" + host + host + "\r\n", 400));
        cases.add(Arguments.of("a header without a colon", "GET / HTTP/1.1\r\n" + host + "Oops\r\n\r\n", 400));
        cases.add(Arguments.of("white space before the colon", "GET / HTTP/1.1\r\n" + host + "Accept : */*\r\n\r\n", 400));
        cases.add(Arguments.of("line folding", "GET / HTTP/1.1\r\n" + host + "Accept: a\r\n b\r\n\r\n", 400));
        cases.add(Arguments.of("a NUL in a header", "GET / HTTP/1.1\r\n" + host + "Accept: a\u0000b\r\n\r\n", 400));
        cases.add(Arguments.of("a bare CR", "GET / HTTP/1.1\r\n" + host + "Accept: a\rb\r\n\r\n", 400));
        cases.add(Arguments.of("two Content-Lengths", "POST /login HTTP/1.1\r\n" + host
                + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400));
        cases.add(Arguments.of("a Content-Length list", "POST /login HTTP/1.1\r\n" + host + "Content-Length: 2, 2\r\n\r\n{}",
                400));
        cases.add(Arguments.of("a negative Content-Length", "POST /login HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n",
                400));
        cases.add(Arguments.of("Content-Length and chunked", "POST /login HTTP/1.1\r\n" + host
                + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}", 400));
        cases.add(Arguments.of("a transfer coding not ending in chunked", "POST /login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: gzip\r\n\r\n", 400));
        cases.add(Arguments.of("an unsupported transfer coding", "POST /login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501));
        cases.add(Arguments.of("chunked twice", "POST /login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: chunked, chunked\r\n\r\n", 400));
        cases.add(Arguments.of("a malformed chunk size", "POST /login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400));
        cases.add(Arguments.of("chunk data without its CRLF", "POST /login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX", 400));
        cases.add(Arguments.of("an unknown expectation", "POST /login HTTP/1.1\r\n" + host
                + "Content-Length: 2\r\nExpect: 200-ok\r\n\r\n{}", 417));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedRequestLinesUrisAndFramingGetProblemJsonNotHtml(String what, String request, int status) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                RawHttp.Reply r = c.send(request).read();
                JsonNode problem = r.assertProblem(status);
                assertFalse(problem.get("detail").asText().contains("java."), problem::toString);
                assertEquals("close", r.header("Connection"), what);
                assertTrue(c.closedByServer(), "closed: the framing may be lost");
            }
        });
    }

    @Test
    void headersAndRequestLinesOverTheLimitGet431And414() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxHeaderBytes(1024).build().start()) {
                try (RawHttp c = new RawHttp(sandbox)) {
                    c.send(head("GET", "/signature-public-key", "X-Big: " + "a".repeat(2000)));
                    c.read().assertProblem(431);
                    assertTrue(c.closedByServer());
                }
                try (RawHttp c = new RawHttp(sandbox)) {
                    c.send(head("GET", "/" + "a".repeat(2000), ""));
                    c.read().assertProblem(414);
                    assertTrue(c.closedByServer());
                }
                try (RawHttp c = new RawHttp(sandbox)) {
                    assertEquals(200, c.send(head("GET", "/signature-public-key", "X-Fits: " + "a".repeat(500))).read()
                            .status());
                }
            }
        });
    }

    // --- HTTP/1.1 basics ---

    @Test
    void chunkedBodiesWithExtensionsAndTrailersAreRead() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                byte[] body = loginBody(sandbox.user());
                c.send(head("POST", "/login", "Content-Type: application/json\r\nTransfer-Encoding: chunked"));
                int half = body.length / 2;
                c.send(Integer.toHexString(half) + ";note=\"first half\"\r\n");
                for (int i = 0; i < half; i++) {
                    c.send(new byte[] {body[i]}); // dribbled
                }
                c.send("\r\n" + Integer.toHexString(body.length - half).toUpperCase() + "\r\n");
                c.send(Arrays.copyOfRange(body, half, body.length));
                c.send("\r\n0\r\nX-Checksum: none\r\n\r\n");
                RawHttp.Reply r = c.read();
                assertEquals(200, r.status(), r::text);
                assertTrue(r.json().hasNonNull("token"));
                assertEquals(Hashes.sha256Hex(body), sandbox.journal().entries("POST", "/login").get(0).bodySha256(),
                        "the body as sent, without the chunk framing");
                // the connection stays usable after a chunked body
                assertEquals(200, c.send(head("GET", "/signature-public-key", "")).read().status());
                // chunks that straddle the server's segments
                byte[] large = padded(body, 200_000);
                c.send(head("POST", "/login", "Content-Type: application/json\r\nTransfer-Encoding: chunked"));
                for (int at = 0; at < large.length; at += 50_000) {
                    c.send(Integer.toHexString(50_000) + "\r\n").send(Arrays.copyOfRange(large, at, at + 50_000)).send("\r\n");
                }
                assertEquals(200, c.send("0\r\n\r\n").read().status());
                assertEquals(Hashes.sha256Hex(large), sandbox.journal().entries("POST", "/login").get(1).bodySha256());
            }
        });
    }

    @Test
    void aBodyInOneByteChunksCostsItsBytesNotAnArrayPerByte() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                byte[] body = padded(loginBody(sandbox.user()), 20_000);
                StringBuilder chunks = new StringBuilder();
                for (byte b : body) {
                    chunks.append("1\r\n").append((char) b).append("\r\n");
                }
                c.send(head("POST", "/login", "Content-Type: application/json\r\nTransfer-Encoding: chunked")
                        + chunks + "0\r\n\r\n");
                assertEquals(200, c.read().status());
                assertTrue(sandbox.peakBufferedBodyBytes() <= ChunkedBody.SEGMENT + body.length,
                        "one segment and the assembled body: " + sandbox.peakBufferedBodyBytes());
            }
        });
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(1024).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                c.send(head("POST", "/login", "Transfer-Encoding: chunked") + "200\r\n" + "x".repeat(512) + "\r\n"
                        + "201\r\n");
                c.read().assertProblem(413);
                assertTrue(c.closedByServer());
                assertEquals(0, sandbox.bufferedBodyBytes());
            }
        });
    }

    @Test
    void expectContinueGets100ThenTheAnswer() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                byte[] body = loginBody(sandbox.user());
                c.send(head("POST", "/login", "Content-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nExpect: 100-continue"));
                assertEquals(100, c.read().status(), "the interim answer comes before the body is sent");
                RawHttp.Reply r = c.send(body).read();
                assertEquals(200, r.status(), r::text);
            }
        });
    }

    @Test
    void expectContinueOverTheLimitGets413AndNo100() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(1024).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                c.send(head("POST", "/invoices", "Content-Type: application/json\r\nContent-Length: 2048\r\n"
                        + "Expect: 100-continue"));
                c.read().assertProblem(413);
                assertTrue(c.closedByServer());
                JournalEntry entry = sandbox.journal().entries("POST", "/invoices").get(0);
                assertEquals(Integer.valueOf(413), entry.status());
                assertEquals(2048, entry.bodySize());
            }
        });
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                byte[] body = loginBody(sandbox.user());
                c.send(head("GET", "/signature-public-key", "") + head("GET", "/nope", "")
                        + head("POST", "/login", "Content-Type: application/json\r\nContent-Length: " + body.length)
                        + new String(body, StandardCharsets.ISO_8859_1) + head("GET", "/login", ""));
                assertEquals(200, c.read().status());
                assertEquals(404, c.read().status());
                assertEquals(200, c.read().status());
                assertEquals(405, c.read().status());
            }
        });
    }

    @Test
    void aLowerCaseMethodIsAMethodNoRouteKnowsNotGet() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                // methods are case-sensitive (RFC 9110, 9.1): answered as any method the route does not know
                RawHttp.Reply r = c.send("get /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").read();
                JsonNode problem = r.assertProblem(405);
                assertEquals("GET, HEAD", r.header("Allow"));
                assertTrue(problem.get("detail").asText().contains("\"get /signature-public-key\""), problem::toString);
                RawHttp.Reply head = c.send("head /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").read();
                head.assertProblem(405); // with its body: "head" is not HEAD either
                assertEquals(200, c.send(head("GET", "/signature-public-key", "")).read().status(), "still usable");
                assertEquals(List.of("get", "head", "GET"), sandbox.journal().entries("*", "/signature-public-key").stream()
                        .map(JournalEntry::method).toList(), "journalled as sent");
            }
        });
    }

    @Test
    void controlCharactersFromARequestAreEscapedInLogsJournalLinesAndProblems() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            // the log of a handler that fails on a path holding a line feed and an ANSI escape
            Router router = new Router(request -> "");
            router.add("GET", "/boom/{x}", false, call -> {
                throw new IllegalStateException("simulated");
            });
            Dispatcher dispatcher = new Dispatcher(router, new Faults(), new Journal(), clock, new Ids(new Random(7)));
            String target = "/boom/a%0Aforged%20line%1B[31m";
            byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            RequestHead parsed = RequestHead.parse(request, 0, request.length);
            assertEquals("/boom/a\nforged line\u001b[31m", parsed.path(), "accepted, and decoded");
            List<String> logged = logged(Dispatcher.class, () -> assertEquals(500, dispatcher.handle(parsed, new byte[0])
                    .status()));
            assertEquals(1, logged.size(), logged::toString);
            assertFalse(hasControlCharacters(logged.get(0)), logged.get(0));
            assertTrue(logged.get(0).contains("a\\u000Aforged line\\u001B[31m"), logged.get(0));

            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
                // the journal keeps the path as decoded; its line shows it escaped
                assertEquals(404, new Client(sandbox).get("/nope%0A%1B%5B2J").status());
                JournalEntry entry = sandbox.journal().entries("GET", "/nope*").get(0);
                assertEquals("/nope\n\u001b[2J", entry.path());
                assertFalse(hasControlCharacters(entry.toString()), entry.toString());
                // values echoed in problems: a query parameter, a media type
                Client client = new Client(sandbox).login(sandbox.user());
                JsonNode page = client.get("/legal-entities?page=%1B%5B2J%0A").json();
                assertTrue(page.get("detail").asText().contains("\\u001B[2J\\u000A"), page::toString);
                try (RawHttp c = new RawHttp(sandbox)) {
                    c.send(head("POST", "/login", "Content-Type: text/x\u0085\u009b2J\r\nContent-Length: 2") + "{}");
                    JsonNode media = c.read().assertProblem(415);
                    assertTrue(media.get("detail").asText().contains("\\u0085\\u009B"), media::toString);
                    for (JsonNode problem : List.of(page, media)) {
                        assertFalse(hasControlCharacters(problem.get("detail").asText()), problem::toString);
                    }
                }
            }
        });
    }

    @Test
    void http10AndConnectionCloseAreHonoured() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
                try (RawHttp c = new RawHttp(sandbox)) {
                    RawHttp.Reply r = c.send("GET /signature-public-key HTTP/1.0\r\n\r\n").read();
                    assertEquals(200, r.status());
                    assertEquals("close", r.header("Connection"));
                    assertTrue(c.closedByServer(), "HTTP/1.0 closes by default");
                }
                try (RawHttp c = new RawHttp(sandbox)) {
                    String request = "GET /signature-public-key HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
                    RawHttp.Reply r = c.send(request).read();
                    assertEquals("keep-alive", r.header("Connection"));
                    assertEquals(200, c.send(request).read().status());
                }
                try (RawHttp c = new RawHttp(sandbox)) {
                    RawHttp.Reply r = c.send(head("GET", "/signature-public-key", "Connection: close")).read();
                    assertEquals(200, r.status());
                    assertEquals("close", r.header("Connection"));
                    assertTrue(c.closedByServer());
                }
            }
        });
    }

    @Test
    void everyAnswerHasADateOnTheSandboxClockAndContentLength() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start();
                    RawHttp c = new RawHttp(sandbox)) {
                RawHttp.Reply r = c.send(head("GET", "/signature-public-key", "")).read();
                String date = r.header("Date");
                assertTrue(date.matches("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"),
                        "IMF-fixdate: " + date);
                assertEquals(Fixtures.START, Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date)));
                assertEquals(String.valueOf(r.body().length), r.header("Content-Length"));
                assertTrue(r.header("X-Request-Id") != null);
            }
        });
    }

    @Test
    void dropFaultsStillCloseWithoutAnAnswer() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
                sandbox.faults().on("GET", "/signature-public-key").times(2).dropBeforeHandling();
                for (int i = 0; i < 2; i++) {
                    try (RawHttp c = new RawHttp(sandbox)) {
                        c.send(head("GET", "/signature-public-key", ""));
                        assertEquals(0, c.drainUntilClosed(), "not a byte of an answer");
                    }
                }
                assertEquals(2, sandbox.journal().entries("GET", "/signature-public-key").stream()
                        .filter(JournalEntry::dropped).count());
            }
        });
    }

    @Test
    void aChunkedBodyOfTheLargestSizeFitsAnIdleSandboxWhateverBudgetTheBuilderAccepts() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            int max = 256 * 1024;
            int accepted = 0;
            for (long budget : new long[] {max, max + max / 2, 2L * max - 1, 2L * max}) {
                AcubeSandbox built;
                try {
                    built = AcubeSandbox.builder().clock(clock).maxBodyBytes(max).maxBufferedBodyBytes(budget).build();
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().contains("maxBufferedBodyBytes"), e.getMessage());
                    continue;
                }
                accepted++;
                try (AcubeSandbox sandbox = built.start(); RawHttp c = new RawHttp(sandbox)) {
                    byte[] body = padded(loginBody(sandbox.user()), max);
                    // chunks of 10 000 bytes: the body is read into several segments, then assembled
                    c.send(head("POST", "/login", "Content-Type: application/json\r\nTransfer-Encoding: chunked"));
                    for (int at = 0; at < max; at += 10_000) {
                        int n = Math.min(10_000, max - at);
                        c.send(Integer.toHexString(n) + "\r\n").send(Arrays.copyOfRange(body, at, at + n)).send("\r\n");
                    }
                    RawHttp.Reply r = c.send("0\r\n\r\n").read();
                    assertEquals(200, r.status(), () -> "budget " + budget + ": " + r.text());
                    assertTrue(sandbox.peakBufferedBodyBytes() <= budget, "held " + sandbox.peakBufferedBodyBytes());
                    assertTrue(sandbox.peakBufferedBodyBytes() > max, "segments and the assembled body, at once");
                }
            }
            assertTrue(accepted > 0, "the builder accepts some budget");
        });
    }

    @Test
    void theBuilderChecksTheServerLimits() {
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().idleTimeout(Duration.ofSeconds(-1)).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxHeaderBytes(100).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxHeaderBytes(2 << 20).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxConnections(0).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxBufferedBodyBytes(0).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxConcurrentInvoiceChecks(0).build());
        assertThrows(IllegalArgumentException.class, () -> AcubeSandbox.builder().maxBodyBytes((1L << 30) + 1).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AcubeSandbox.builder().maxBodyBytes(2048).maxBufferedBodyBytes(1024).build());
        assertTrue(e.getMessage().contains("maxBufferedBodyBytes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AcubeSandbox.builder().maxBodyBytes(2048).maxBufferedBodyBytes(4095).build());
        assertTrue(e.getMessage().contains("at least twice maxBodyBytes"), e.getMessage());
        AcubeSandbox.builder().maxBodyBytes(2048).maxBufferedBodyBytes(4096).build().close();
        assertThrows(NullPointerException.class, () -> AcubeSandbox.builder().requestTimeout(null));
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).maxBodyBytes(1000).build().start()) {
            assertEquals(AcubeSandbox.Builder.DEFAULT_BODY_BUFFERS * 1000L, sandbox.maxBufferedBodyBytes(),
                    "the default budget follows the body bound");
        }
    }

    // --- helpers ---

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL || Character.getType(ch) == Character.FORMAT);
    }

    /** The messages {@code type}'s logger logs while {@code action} runs (through java.util.logging, the JDK's default). */
    private static List<String> logged(Class<?> type, Runnable action) {
        Logger logger = Logger.getLogger(type.getName());
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        try {
            action.run();
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(parents);
        }
        return messages;
    }

    private static String head(String method, String path, String headers) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (headers.isEmpty() ? "" : headers + "\r\n") + "\r\n";
    }

    private static byte[] loginBody(SandboxUser user) {
        return ("{\"email\":" + Client.quote(user.email()) + ",\"password\":" + Client.quote(user.password()) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code json} followed by spaces up to {@code size} bytes (still the same JSON). */
    private static byte[] padded(byte[] json, int size) {
        byte[] out = Arrays.copyOf(json, size);
        Arrays.fill(out, json.length, size, (byte) ' ');
        return out;
    }

    /** One request on a connection of its own, closed after the answer. */
    private static RawHttp.Reply call(AcubeSandbox sandbox, String method, String path, String token, byte[] json) {
        StringBuilder h = new StringBuilder("Connection: close");
        if (token != null) {
            h.append("\r\nAuthorization: Bearer ").append(token);
        }
        if (json != null) {
            h.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(json.length);
        }
        try (RawHttp c = new RawHttp(sandbox)) {
            c.send(head(method, path, h.toString()));
            if (json != null) {
                c.send(json);
            }
            return c.read();
        }
    }

    private static String login(AcubeSandbox sandbox) {
        RawHttp.Reply r = call(sandbox, "POST", "/login", null, loginBody(sandbox.user()));
        assertEquals(200, r.status(), r::text);
        return r.json().get("token").asText();
    }

    private static Map<String, List<String>> without(Map<String, List<String>> headers, String... names) {
        Map<String, List<String>> out = new LinkedHashMap<>(headers);
        for (String n : names) {
            out.remove(n);
        }
        return out;
    }
}
