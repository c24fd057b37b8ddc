package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP server on its own, with a handler that echoes the body's size and an allocator a test
 * can make fail: what a failure on the server's I/O thread does to the connection it happened on,
 * to the other clients and to the body budget. Real loopback sockets ({@link RawHttp}); nothing is
 * timed, every outcome is a status, a closed connection or the server's own accounting.
 */
class SandboxServerTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final int HEADER_BYTES = 16 * 1024;
    private static final int MAX_BODY = 1024 * 1024;
    private static final HttpLimits LIMITS = new HttpLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), HEADER_BYTES,
            MAX_BODY, 16, 4L * MAX_BODY);
    private static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final List<SandboxServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.shutdown(Duration.ZERO));
        workers.shutdownNow();
    }

    // --- An OutOfMemoryError on the I/O thread stopped the simulator for good ---

    static List<Arguments> buffersTheServerAllocates() {
        List<Arguments> cases = new ArrayList<>();
        byte[] body = body(300_000);
        cases.add(Arguments.of("a Content-Length body", body.length, contentLength(body)));
        // one chunk of 100 000 bytes: its segment is allocated by its declared size
        cases.add(Arguments.of("the segment of a chunk", 100_000, chunked(body(100_000), 100_000)));
        // three chunks of 40 000 bytes fill two segments of 64 KiB; then the body is assembled into one array
        cases.add(Arguments.of("the assembled chunked body", 120_000, chunked(body(120_000), 40_000)));
        cases.add(Arguments.of("a connection's head buffer", HEADER_BYTES, contentLength(body(10))));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buffersTheServerAllocates")
    void anOutOfMemoryErrorAllocatingABufferIs503AndTheServerServesTheNextClient(String what, int size, byte[] request) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            FailingOnce allocator = new FailingOnce(size, () -> new OutOfMemoryError("Java heap space (simulated)"));
            Echo echo = new Echo();
            SandboxServer server = start(LIMITS, echo, workers, allocator);
            try (RawHttp c = new RawHttp(server.port())) {
                RawHttp.Reply r = c.send(request).read();
                JsonNode problem = r.assertProblem(503);
                assertTrue(problem.get("detail").asText().contains("not enough memory"), problem::toString);
                assertEquals("1", r.header("Retry-After"));
                assertEquals("close", r.header("Connection"));
                assertTrue(c.closedByServer(), "the connection that failed is closed");
            }
            assertTrue(allocator.failed(), "the allocation failed once");
            assertEquals(0, server.budget().held(), "what the failed body had reserved is given back");
            try (RawHttp next = new RawHttp(server.port())) {
                RawHttp.Reply r = next.send(request).read();
                assertEquals(200, r.status(), r::text);
                assertEquals(String.valueOf(declaredSize(what, request)), r.text(), "the next client's body, whole");
            }
            assertEquals(0, server.budget().held(), "every body given back");
            if (!what.contains("head buffer")) {
                assertEquals(List.of(503), echo.answeredByTheServer, "the 503 reached the handler's journal");
            }
        });
    }

    @Test
    void anOutOfMemoryErrorHandingARequestToAWorkerIs503AndTheServerServesTheNextClient() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            AtomicBoolean armed = new AtomicBoolean(true);
            Executor failingOnce = task -> {
                if (armed.compareAndSet(true, false)) {
                    throw new OutOfMemoryError("unable to create native thread (simulated)");
                }
                workers.execute(task);
            };
            SandboxServer server = start(LIMITS, new Echo(), failingOnce, byte[]::new);
            byte[] request = contentLength(body(300_000));
            try (RawHttp c = new RawHttp(server.port())) {
                RawHttp.Reply r = c.send(request).read();
                JsonNode problem = r.assertProblem(503);
                assertTrue(problem.get("detail").asText().contains("not enough memory"), problem::toString);
                assertEquals("1", r.header("Retry-After"));
                assertTrue(c.closedByServer());
            }
            assertEquals(0, server.budget().held(), "the body handed to no worker is given back");
            try (RawHttp next = new RawHttp(server.port())) {
                assertEquals(200, next.send(request).read().status(), "the next client is served");
            }
            assertEquals(0, server.budget().held());
        });
    }

    static List<Arguments> failures() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("an AssertionError", (Supplier<Throwable>) () -> new AssertionError("simulated")));
        cases.add(Arguments.of("a StackOverflowError", (Supplier<Throwable>) StackOverflowError::new));
        cases.add(Arguments.of("a NoClassDefFoundError", (Supplier<Throwable>) () -> new NoClassDefFoundError("simulated")));
        cases.add(Arguments.of("an IllegalStateException", (Supplier<Throwable>) () -> new IllegalStateException("simulated")));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureOnOneConnectionClosesThatConnectionOnly(String what, Supplier<Throwable> failure) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            byte[] body = body(300_000);
            SandboxServer server = start(LIMITS, new Echo(), workers, new FailingOnce(body.length, failure));
            try (RawHttp other = new RawHttp(server.port())) {
                assertEquals(200, other.send(contentLength(body(10))).read().status(), "another client, kept alive");
                try (RawHttp c = new RawHttp(server.port())) {
                    c.send(head(body.length)); // the body's buffer is allocated once the head is read
                    assertEquals(0, c.drainUntilClosed(), "closed without an answer");
                }
                assertEquals(0, server.budget().held(), "what the failed body had reserved is given back");
                RawHttp.Reply r = other.send(contentLength(body)).read();
                assertEquals(200, r.status(), "the other connection is still served");
                assertEquals(String.valueOf(body.length), r.text());
            }
            try (RawHttp next = new RawHttp(server.port())) {
                assertEquals(200, next.send(contentLength(body)).read().status(), "and so is the next client");
            }
            assertEquals(0, server.budget().held());
        });
    }

    @Test
    void aJvmFailureEndsTheServerButFreesItsPortAndItsBuffers() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            byte[] body = body(300_000);
            SandboxServer server = start(LIMITS, new Echo(), workers,
                    new FailingOnce(body.length, () -> new InternalError("simulated")));
            try (RawHttp holding = new RawHttp(server.port())) {
                holding.send(head(2000)); // and none of the body yet
                Fixtures.awaitTrue(() -> server.budget().held() == 2000, "the first body's buffer is reserved");
                try (RawHttp c = new RawHttp(server.port())) {
                    c.send(head(body.length));
                    assertEquals(0, c.drainUntilClosed());
                }
                assertEquals(0, holding.drainUntilClosed(), "every connection is closed");
            }
            assertEquals(0, server.budget().held(), "every buffer is given back");
            Fixtures.awaitTrue(() -> refuses(server.port()), "the port is closed");
        });
    }

    // --- The server thread answered what the handler failed to record, or died on a sweep ---

    @Test
    void aHandlerFailingToRecordATimedOutRequestDoesNotStopTheServer() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            HttpLimits limits = new HttpLimits(Duration.ofMillis(300), Duration.ofSeconds(30), HEADER_BYTES, MAX_BODY, 16,
                    4L * MAX_BODY);
            Echo echo = new Echo();
            echo.failToRecord.set(true);
            SandboxServer server = start(limits, echo, workers, byte[]::new);
            try (RawHttp stalled = new RawHttp(server.port())) {
                stalled.send(head(100)); // and never the body: 408 from the sweep, which the handler fails to record
                RawHttp.Reply r = stalled.read();
                r.assertProblem(408);
                assertTrue(stalled.closedByServer());
            }
            assertEquals(0, server.budget().held());
            try (RawHttp next = new RawHttp(server.port())) {
                assertEquals(200, next.send(contentLength(body(10))).read().status(), "the next client is served");
            }
        });
    }

    // --- A body's reservation was a bare number with two owners: released twice, the server thread died ---

    @Test
    void anExecutorThatRunsATaskAndStillRejectsItDoesNotStopTheServer() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            AtomicInteger tasks = new AtomicInteger();
            Executor runsThenRejects = task -> {
                if (tasks.incrementAndGet() % 2 == 1) {
                    workers.execute(task);
                    return;
                }
                // every second task: run to its end on another thread, then report it rejected anyway
                Thread t = new Thread(task, "runs-then-rejects");
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new RejectedExecutionException("simulated");
            };
            SandboxServer server = start(LIMITS, new Echo(), runsThenRejects, byte[]::new);
            try (RawHttp c = new RawHttp(server.port())) {
                // pipelined: the second request is taken up by the server thread while it finishes the first answer
                byte[] two = concat(contentLength(body(10)), contentLength(body(20)));
                c.send(two);
                assertEquals(200, c.read().status());
                RawHttp.Reply rejected = c.read();
                rejected.assertProblem(503);
                assertTrue(c.closedByServer(), "only the one answer to the rejected request");
            }
            assertEquals(0, server.budget().held(), "the body given back once, not twice");
            try (RawHttp next = new RawHttp(server.port())) {
                assertEquals(200, next.send(contentLength(body(30))).read().status(), "the next client is served");
            }
            assertEquals(0, server.budget().held());
        });
    }

    @Test
    void aReservationGivenBackTwiceIsGivenBackOnce() {
        BodyBudget budget = new BodyBudget(1000, byte[]::new);
        BodyBudget.Reservation a = budget.open();
        BodyBudget.Reservation b = budget.open();
        assertEquals(600, a.allocate(600).length);
        assertEquals(300, b.allocate(300).length);
        a.release();
        a.release();
        assertEquals(300, budget.held(), "b's bytes are still held");
        assertEquals(503, assertThrows(ApiException.class, () -> a.allocate(1)).response().status(),
                "a reservation given back does not grow again");
        b.giveBack(10_000);
        assertEquals(0, budget.held(), "never below nothing");
        b.release();
        assertEquals(0, budget.held());
        assertEquals(900, budget.peak());
        BodyBudget.Reservation c = budget.open();
        assertEquals(503, assertThrows(ApiException.class, () -> c.allocate(1001)).response().status());
        assertEquals(0, budget.held(), "nothing stays reserved for a buffer refused");
    }

    // --- helpers ---

    private SandboxServer start(HttpLimits limits, SandboxServer.Handler handler, Executor executor,
            IntFunction<byte[]> allocator) throws IOException {
        SandboxServer server = SandboxServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits, handler,
                executor, () -> NOW, allocator);
        servers.add(server);
        server.start();
        return server;
    }

    private static boolean refuses(int port) {
        try {
            new RawHttp(port).close();
            return false;
        } catch (UncheckedIOException e) {
            return true;
        }
    }

    /** Allocates as the heap does, except that the first buffer of {@code size} bytes fails with {@code failure}. */
    private static final class FailingOnce implements IntFunction<byte[]> {
        private final int size;
        private final Supplier<Throwable> failure;
        private final AtomicBoolean armed = new AtomicBoolean(true);

        FailingOnce(int size, Supplier<Throwable> failure) {
            this.size = size;
            this.failure = failure;
        }

        @Override
        public byte[] apply(int n) {
            if (n == size && armed.compareAndSet(true, false)) {
                Throwable t = failure.get();
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }
            return new byte[n];
        }

        boolean failed() {
            return !armed.get();
        }
    }

    /** Answers {@code 200} with the body's size as text; keeps the statuses the server answered itself. */
    private static final class Echo implements SandboxServer.Handler {
        final List<Integer> answeredByTheServer = new CopyOnWriteArrayList<>();
        final AtomicBoolean failToRecord = new AtomicBoolean();

        @Override
        public Response handle(RequestHead head, byte[] body) {
            return Response.text(200, Response.TEXT, String.valueOf(body.length));
        }

        @Override
        public Response answered(RequestHead head, long bodySize, Response problem) {
            if (failToRecord.get()) {
                throw new IllegalStateException("simulated: the journal is broken");
            }
            answeredByTheServer.add(problem.status());
            return problem;
        }
    }

    private static byte[] body(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    private static byte[] head(int contentLength) {
        return ("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] contentLength(byte[] body) {
        return concat(head(body.length), body);
    }

    private static byte[] chunked(byte[] body, int chunk) {
        StringBuilder s = new StringBuilder("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int at = 0; at < body.length; at += chunk) {
            int n = Math.min(chunk, body.length - at);
            s.append(Integer.toHexString(n)).append("\r\n").append(new String(body, at, n, StandardCharsets.ISO_8859_1))
                    .append("\r\n");
        }
        return s.append("0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The size of the body a request of {@link #buffersTheServerAllocates} carries. */
    private static int declaredSize(String what, byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n") + 4;
        if (!text.contains("Transfer-Encoding: chunked")) {
            return request.length - headEnd;
        }
        int size = 0;
        int at = headEnd;
        while (true) {
            int eol = text.indexOf("\r\n", at);
            int n = Integer.parseInt(text.substring(at, eol), 16);
            if (n == 0) {
                return size;
            }
            size += n;
            at = eol + 2 + n + 2;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
