package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import io.github.acubepl.transport.internal.CappedBody;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Servers that try to hold the client hostage (issue 7, section 4): a body at one byte per second,
 * an endless body, a huge announced body, a server that accepts and never answers, headers and
 * then silence. Each call ends by its configured deadline with the documented exception, the
 * client never buffers more than its cap, and the connection is really closed (the server sees it).
 * Deadlines here are short; the 60 s guard only catches a hang, it measures nothing.
 */
class HostileServerTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String INVOICE_JSON = "{\"Podmiot1\":{\"DaneIdentyfikacyjne\":{\"NIP\":\"5260250274\"}},"
            + "\"Fa\":{\"P_2\":\"FV/2031/03/007\"}}";

    /** A client of {@code server} that already holds a token, so that every request goes to the script. */
    private static AcubeClient.Builder client(RawServer server, RecordingSleeper sleeper) {
        Credentials credentials = Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD);
        TokenStore tokens = TokenStore.inMemory();
        tokens.save(TokenManager.key(server.environment(), credentials),
                new AccessToken(Fixtures.jwt("held"), Fixtures.NOW.plus(Duration.ofDays(1))));
        return AcubeClient.builder().environment(server.environment()).credentials(credentials).tokenStore(tokens)
                .clock(Fixtures.CLOCK).sleeper(sleeper).jitter(() -> 0.5);
    }

    private static <T> T guarded(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG_GUARD, call, "the call hung");
    }

    private static void oneBytePerSecond(RawServer.Connection c, String status) throws Exception {
        c.write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        for (int i = 0; i < 100_000; i++) {
            c.write(new byte[] {' '});
            Thread.sleep(1000); // the peer's pace, not a race: the client must give up long before the end
        }
    }

    private static void endless(RawServer.Connection c, String status) throws Exception {
        c.write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) '[');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        while (true) {
            c.write(head);
            c.write(chunk);
            c.write("\r\n");
        }
    }

    @Test
    void aServerSendingOneBytePerSecondEndsWithinTheCallDeadline() throws Exception {
        try (RawServer server = new RawServer(c -> oneBytePerSecond(c, "200 OK"))) {
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = client(server, sleeper).callTimeout(Duration.ofSeconds(2)).build();
            AcubeConnectionException e = guarded(() -> assertThrows(AcubeConnectionException.class,
                    () -> client.webhooks().get("wh-1")));
            assertTrue(e.getMessage().startsWith("GET /webhooks/wh-1 failed after 1 attempt(s): no complete answer "
                    + "within 2 s (the call deadline, callTimeout); the server had begun a 200 answer, but its body "
                    + "was still coming"), e.getMessage());
            assertInstanceOf(HttpTimeoutException.class, e.getCause());
            assertEquals(1, e.attempts());
            assertEquals(List.of(), sleeper.waits, "no retry after the deadline");
            assertEquals("closed", server.ending(0), "the client closed the connection");
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void theRequestTimeoutCoversTheBodyOfEachAttempt() throws Exception {
        try (RawServer server = new RawServer(c -> oneBytePerSecond(c, "200 OK"))) {
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = client(server, sleeper).requestTimeout(Duration.ofSeconds(1)).build();
            AcubeConnectionException e = guarded(() -> assertThrows(AcubeConnectionException.class,
                    () -> client.webhooks().get("wh-1")));
            assertEquals(3, e.attempts());
            assertTrue(e.getMessage().contains("no complete answer within 1 s (the request timeout, requestTimeout)"),
                    e.getMessage());
            assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.waits);
            for (int i = 0; i < 3; i++) {
                assertEquals("closed", server.ending(i), "connection " + i);
            }
        }
    }

    @Test
    void aSlowBodyAnsweringThePostOfAnInvoiceIsOutcomeUnknownAndNotRepeated() throws Exception {
        try (RawServer server = new RawServer(c -> oneBytePerSecond(c, "201 Created"))) {
            AcubeClient client = client(server, new RecordingSleeper()).callTimeout(Duration.ofSeconds(2)).build();
            AcubeOutcomeUnknownException e = guarded(() -> assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson(INVOICE_JSON.getBytes(StandardCharsets.UTF_8))));
            assertTrue(e.getMessage().contains("it was sent, but no complete answer within 2 s"), e.getMessage());
            assertEquals("5260250274", e.sellerNip().orElseThrow());
            assertEquals("FV/2031/03/007", e.invoiceNumber().orElseThrow());
            assertEquals("closed", server.ending(0));
            assertEquals(List.of("POST /invoices HTTP/1.1"), server.requests());
        }
    }

    @Test
    void anEndlessBodyIsCutAtMaxResponseBytes() throws Exception {
        try (RawServer server = new RawServer(c -> endless(c, "200 OK"))) {
            AcubeClient client = client(server, new RecordingSleeper()).maxResponseBytes(4096).build();
            AcubeApiException e = guarded(() -> assertThrows(AcubeApiException.class, () -> client.webhooks().get("wh-1")));
            assertEquals(200, e.status());
            assertTrue(e.getMessage().startsWith("GET /webhooks/wh-1 answered 200 with an answer that went on past the "
                    + "limit, more than the client accepts (maxResponseBytes 4096 bytes); it was not read: [[["),
                    e.getMessage());
            assertTrue(e.body().length() <= 4096 + 100, "the kept body is a prefix: " + e.body().length());
            assertEquals("closed", server.ending(0), "the client closed the connection instead of reading on");
            assertEquals(1, server.requests().size(), "a body too large is not a reason to retry");
        }
    }

    @Test
    void aContentLengthAboveTheCapFailsAtOnce() throws Exception {
        try (RawServer server = new RawServer(c -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n[");
            c.awaitClientClose(); // nothing more: only the announced length can end the call early
        })) {
            AcubeClient client = client(server, new RecordingSleeper()).callTimeout(Duration.ofMinutes(10)).build();
            AcubeApiException e = guarded(() -> assertThrows(AcubeApiException.class, () -> client.webhooks().get("wh-1")));
            assertEquals(200, e.status());
            assertTrue(e.getMessage().contains("announced 1000000000 bytes, more than the client accepts "
                    + "(maxResponseBytes 33554432 bytes)"), e.getMessage());
            assertEquals("closed", server.ending(0));
        }
    }

    @Test
    void anInvoiceAcceptedWithAnEndlessAnswerIsOutcomeUnknownWithItsKeys() throws Exception {
        try (RawServer server = new RawServer(c -> endless(c, "201 Created"))) {
            AcubeClient client = client(server, new RecordingSleeper()).maxResponseBytes(4096).build();
            AcubeOutcomeUnknownException e = guarded(() -> assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson(INVOICE_JSON.getBytes(StandardCharsets.UTF_8))));
            assertEquals(201, e.status().getAsInt());
            assertTrue(e.getMessage().contains("it answered 201, so it probably took effect, but the answer went on past "
                    + "the limit"), e.getMessage());
            assertEquals("5260250274", e.sellerNip().orElseThrow());
            assertEquals("FV/2031/03/007", e.invoiceNumber().orElseThrow());
            assertEquals("closed", server.ending(0));
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void aSilentServerEndsTheCallAtItsDeadline() throws Exception {
        try (RawServer server = new RawServer(RawServer.Connection::awaitClientClose)) {
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = client(server, sleeper).callTimeout(Duration.ofSeconds(2)).build();
            AcubeConnectionException e = guarded(() -> assertThrows(AcubeConnectionException.class,
                    () -> client.webhooks().get("wh-1")));
            assertTrue(e.getMessage().endsWith("no complete answer within 2 s (the call deadline, callTimeout); "
                    + "no answer had begun"), e.getMessage());
            assertEquals("closed", server.ending(0), "the server saw the client close the connection");
            assertEquals(List.of(), sleeper.waits);
        }
    }

    @Test
    void aSilentServerLeavesThePostOfAnInvoiceOutcomeUnknownAtTheDeadline() throws Exception {
        try (RawServer server = new RawServer(RawServer.Connection::awaitClientClose)) {
            AcubeClient client = client(server, new RecordingSleeper()).callTimeout(Duration.ofSeconds(2)).build();
            AcubeOutcomeUnknownException e = guarded(() -> assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson(INVOICE_JSON.getBytes(StandardCharsets.UTF_8))));
            assertTrue(e.status().isEmpty());
            assertTrue(e.getMessage().contains("no complete answer within 2 s"), e.getMessage());
            assertEquals("closed", server.ending(0));
            assertEquals(List.of("POST /invoices HTTP/1.1"), server.requests(), "sent once, never repeated");
        }
    }

    @Test
    void headersThenSilenceEndAtTheCallDeadline() throws Exception {
        try (RawServer server = new RawServer(c -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            c.awaitClientClose();
        })) {
            AcubeClient client = client(server, new RecordingSleeper()).callTimeout(Duration.ofSeconds(2)).build();
            AcubeConnectionException e = guarded(() -> assertThrows(AcubeConnectionException.class,
                    () -> client.legalEntities().get("le-1")));
            assertTrue(e.getMessage().contains("the server had begun a 200 answer, but its body was still coming"),
                    e.getMessage());
            assertEquals("closed", server.ending(0));
        }
    }

    @Test
    void aRetryPauseThatWouldPassTheCallDeadlineIsNotTaken() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(503, "{\"title\":\"Service Unavailable\"}")
                    .header("Retry-After", "7"));
            AtomicLong ticker = new AtomicLong();
            List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .sleeper(d -> {
                        waits.add(d);
                        ticker.addAndGet(d.toNanos());
                    })
                    .ticker(ticker::get)
                    .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
                    .callTimeout(Duration.ofSeconds(10)).build();
            client.login();
            AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.webhooks().get("wh-1"));
            assertEquals(503, e.status());
            assertEquals(List.of(Duration.ofSeconds(7)), waits, "7 s fit in 10 s; another 7 s would not");
            assertEquals(2, stub.count("GET", "/webhooks/wh-1"));
            assertTrue(e.getMessage().endsWith("not retried: waiting 7 s would pass the call deadline (callTimeout 10 s)"),
                    e.getMessage());
        }
    }

    @Test
    void aBackoffAfterAFailedConnectionThatWouldPassTheCallDeadlineIsNotTaken() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.dropped());
            AtomicLong ticker = new AtomicLong();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .sleeper(d -> ticker.addAndGet(d.toNanos()))
                    .ticker(ticker::get)
                    .jitter(() -> 0.999)
                    .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofSeconds(4))
                            .maxBackoff(Duration.ofSeconds(4)).build())
                    .callTimeout(Duration.ofSeconds(10)).build();
            client.login();
            AcubeConnectionException e = assertThrows(AcubeConnectionException.class, () -> client.webhooks().get("wh-1"));
            assertEquals(3, e.attempts(), "two pauses of 3.996 s fit in 10 s, a third would not");
            assertTrue(e.getMessage().contains("no attempt was left before the call deadline (callTimeout 10 s)"),
                    e.getMessage());
        }
    }

    @Test
    void theBodyHandlerNeverBuffersPastTheCapAndCancelsAtOnce() throws Exception {
        CappedBody handler = new CappedBody(4096);
        java.net.http.HttpResponse.BodySubscriber<CappedBody.Body> subscriber = handler.apply(new java.net.http.HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public java.net.http.HttpHeaders headers() {
                return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
            }

            @Override
            public java.net.http.HttpClient.Version version() {
                return java.net.http.HttpClient.Version.HTTP_1_1;
            }
        });
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        subscriber.onSubscribe(new java.util.concurrent.Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        });
        int offered = 0;
        while (!cancelled.get() && offered < 1000) {
            subscriber.onNext(List.of(java.nio.ByteBuffer.wrap(new byte[1000])));
            offered++;
        }
        assertEquals(5, offered, "cancelled by the buffer that crossed 4096 bytes, not later");
        CappedBody.Body body = subscriber.getBody().toCompletableFuture().get();
        assertFalse(body.complete());
        assertEquals(4096, body.bytes().length);
    }

    @Test
    void theBuilderChecksTheNewLimits() {
        AcubeClient.Builder b = AcubeClient.builder().credentials(Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> b.callTimeout(Duration.ZERO).maxResponseBytes(0).build());
        assertTrue(e.getMessage().contains("callTimeout must be positive: PT0S"), e.getMessage());
        assertTrue(e.getMessage().contains("maxResponseBytes must be between 1 and"), e.getMessage());
        assertFalse(e.getMessage().contains(Fixtures.PASSWORD));
    }
}
