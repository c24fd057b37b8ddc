package io.github.acubepl.sandbox;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's HTTP/1.1 server on {@code java.nio}. One thread does all socket I/O without
 * blocking: it accepts, reads each request's head and body into that connection's buffers, and
 * hands only complete requests to the worker {@link Executor}; it writes the answers back the same
 * way. A slow or stalled client therefore costs a buffer and a deadline, never a worker thread, and
 * so does a client that does not read its answer.
 *
 * <p>Bounds ({@link HttpLimits}): a request must arrive whole (head and body) within the request
 * timeout, else {@code 408}; its answer must be written within the same time, else the connection
 * is closed; a connection waiting for a request is closed after the idle timeout; a head over the
 * header limit is {@code 431} ({@code 414} if the request line alone is); a body over the body
 * limit is {@code 413} before any of it is buffered; a body's buffer is allocated by its declared
 * length once reserved from a {@link BodyBudget} shared by all connections, else {@code 503} with
 * {@code Retry-After}; a connection over the connection limit gets {@code 503} and is closed.
 * Every error the server produces itself is an {@code application/problem+json} answer, and the
 * connection is closed after it wherever the request's framing may be lost (half-closed first, and
 * read for a moment, so that the client receives the answer rather than a reset).
 *
 * <p>HTTP/1.1: {@code Content-Length} and chunked bodies, {@code Expect: 100-continue},
 * persistent connections and {@code Connection: close}, HTTP/1.0, pipelined requests answered
 * in order (one at a time per connection), {@code HEAD} (the answer's headers with no body), a
 * {@code Date} header on the sandbox clock. TCP_NODELAY is set on every connection: an answer is
 * one gathering write, and an interim {@code 100 Continue} must not wait for a delayed ACK.
 *
 * <p>Failures stay with their connection. Running out of heap ({@link OutOfMemoryError}) while a
 * request is read, on its body's buffer or anywhere else, lets go of the body, gives back its
 * reservation and answers {@code 503} with {@code Retry-After}; so does running out while handing
 * the request to a worker, or allocating a new connection's buffer. Any other failure while
 * serving a connection closes that connection only (its reservation given back), and the server
 * thread goes on serving the others. Only an error of the JVM itself ends it (see {@link #fatal}).
 * Every close and release path is idempotent and does not throw.
 */
final class SandboxServer {
    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    private static final long NONE = Long.MAX_VALUE;
    /** How long a connection closed after an error is still read (and discarded) so that the client gets the answer. */
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long ACCEPT_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** How long the server thread pauses after a failure outside any connection, so that one that repeats does not spin. */
    private static final long FAILURE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final byte[] NO_BUFFER = new byte[0];
    private static final long STOP_JOIN_MILLIS = 5_000;
    private static final int READS_PER_EVENT = 16;
    private static final int BACKLOG = 128;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Set<String> FRAMING_HEADERS = Set.of("connection", "content-length", "date", "transfer-encoding",
            "content-type", "keep-alive");

    /** What the server serves. */
    interface Handler {
        /**
         * Answers a complete request, on a worker thread.
         *
         * @return the answer, or {@code null} to close the connection without one
         */
        @Nullable Response handle(RequestHead head, byte[] body);

        /**
         * As {@link #handle(RequestHead, byte[])}, knowing the connection the request came on.
         *
         * @param connection the connection's number: 1 for the first one accepted, then +1
         * @return the answer, {@code null} to close the connection without one, or {@link Response#STALL}
         *     to keep it open and never answer
         */
        default @Nullable Response handle(RequestHead head, byte[] body, long connection) {
            return handle(head, body);
        }

        /**
         * The server answers a request itself ({@code 408}, {@code 413}, {@code 503}, …) once its head
         * was read; called on the server thread, quickly.
         *
         * @param bodySize the body's size as declared, or as far as read
         * @return the answer to send (the problem, with anything the handler adds)
         */
        Response answered(RequestHead head, long bodySize, Response problem);
    }

    /** STALLED: reads and discards, never answers nor closes (see {@link Response#STALL}), until the client closes. */
    private enum Phase { HEAD, BODY, CHUNKED, HANDLING, WRITING, LINGER, STALLED }

    private final HttpLimits limits;
    private final Handler handler;
    private final Executor workers;
    private final Supplier<Instant> clock;
    private final IntFunction<byte[]> allocator;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final SelectionKey listenerKey;
    private final int port;
    private final BodyBudget budget;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** The server thread's own: every open connection. */
    private final Set<Connection> connections = new LinkedHashSet<>();
    private final AtomicInteger open = new AtomicInteger();
    /** How many connections were accepted (and served or refused) since the start; numbers them. */
    private final AtomicLong accepted = new AtomicLong();
    private final ByteBuffer discard = ByteBuffer.allocate(16 * 1024);
    private final Object inFlightLock = new Object();
    private int inFlight;
    private int rejecting;
    private long acceptPausedUntil;
    private boolean acceptPaused;
    private volatile boolean stopping;

    private SandboxServer(HttpLimits limits, Handler handler, Executor workers, Supplier<Instant> clock,
            IntFunction<byte[]> allocator, Selector selector, ServerSocketChannel listener) throws IOException {
        this.limits = limits;
        this.handler = handler;
        this.workers = workers;
        this.clock = clock;
        this.allocator = allocator;
        this.selector = selector;
        this.listener = listener;
        this.port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        this.budget = new BodyBudget(limits.maxBufferedBodyBytes(), allocator);
        this.listenerKey = listener.register(selector, SelectionKey.OP_ACCEPT);
        this.thread = new Thread(this::run, "acube-sandbox-http-io-" + port);
        this.thread.setDaemon(true);
    }

    /**
     * Binds {@code address}; {@link #start()} then serves.
     *
     * @param workers runs {@link Handler#handle} (never on the calling thread: the server thread must not block)
     * @param clock the time written in {@code Date} headers
     * @throws IOException if the address cannot be bound
     */
    static SandboxServer bind(InetSocketAddress address, HttpLimits limits, Handler handler, Executor workers,
            Supplier<Instant> clock) throws IOException {
        return bind(address, limits, handler, workers, clock, byte[]::new);
    }

    /**
     * As {@link #bind(InetSocketAddress, HttpLimits, Handler, Executor, Supplier)}, with the
     * allocator of the server's buffers (each connection's head buffer and the request bodies): a
     * test passes one that fails, to see the server survive it.
     */
    static SandboxServer bind(InetSocketAddress address, HttpLimits limits, Handler handler, Executor workers,
            Supplier<Instant> clock, IntFunction<byte[]> allocator) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel listener = null;
        try {
            listener = ServerSocketChannel.open();
            listener.bind(address, BACKLOG);
            listener.configureBlocking(false);
            return new SandboxServer(limits, handler, workers, clock, allocator, selector, listener);
        } catch (IOException | RuntimeException e) {
            if (listener != null) {
                listener.close();
            }
            selector.close();
            throw e;
        }
    }

    /** Starts accepting and serving on the server thread. */
    void start() {
        thread.start();
    }

    int port() {
        return port;
    }

    /** How many connections were accepted since the start (whether served or refused). */
    long acceptedConnections() {
        return accepted.get();
    }

    /** The connections open now (not counting those being refused for being over the limit). */
    int openConnections() {
        return open.get();
    }

    BodyBudget budget() {
        return budget;
    }

    /** The {@code 503} problem for a busy server: {@code Retry-After: 1}, then the connection closes. */
    static ApiException busy(String why) {
        return new ApiException(ApiException.problem(503, "The sandbox is busy: " + why + "; retry later.")
                .withHeader("Retry-After", "1").withHeader("Connection", "close"));
    }

    /** The {@code 503} problem for a request the heap cannot hold now (see {@link #busy}); logged. */
    static ApiException outOfMemory() {
        logQuietly(Level.WARNING, "acube-sandbox: out of memory reading a request; answered 503 (give the JVM more heap"
                + " with -Xmx, or lower maxBufferedBodyBytes)", null);
        return busy("there is not enough memory for this request");
    }

    /**
     * Whether a failure must end the server thread rather than only the connection it came from: an
     * error of the JVM itself ({@link InternalError}, {@link UnknownError}), after which nothing the
     * thread does can be trusted. Running out of heap or stack is not fatal: it is caught where it
     * happened, the connection's buffers are let go and the others are served. ({@code Thread.stop}
     * is never used on the server thread, so there is no {@code ThreadDeath} to let through.)
     */
    static boolean fatal(Throwable t) {
        return t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError) && !(t instanceof StackOverflowError);
    }

    /**
     * Waits up to {@code grace} for the requests being handled and their answers being written, then
     * closes every connection and the port, and ends the server thread. The caller stops handing
     * out new work first (the handler answers {@code 503} meanwhile).
     */
    void shutdown(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    inFlightLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stopping = true;
        selector.wakeup();
        try {
            thread.join(STOP_JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(Level.WARNING, "acube-sandbox: the HTTP server thread did not end; closing its port anyway");
        }
        closeQuietly(listener); // done already by the server thread unless it never ran or is stuck
        try {
            selector.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    private void run() {
        try {
            while (!stopping) {
                try {
                    turn();
                } catch (IOException | ClosedSelectorException e) {
                    if (!stopping) {
                        logQuietly(Level.ERROR, "acube-sandbox: the HTTP server stopped: " + e, null);
                    }
                    return;
                } catch (Throwable t) {
                    if (fatal(t)) {
                        throw t;
                    }
                    // outside any connection (a connection's own failures are handled in guarded)
                    logQuietly(Level.ERROR, "acube-sandbox: unexpected failure in the HTTP server; it goes on", t);
                    LockSupport.parkNanos(FAILURE_PAUSE_NANOS);
                }
            }
        } catch (Throwable t) {
            logQuietly(Level.ERROR, "acube-sandbox: the HTTP server failed and stopped", t);
            throw t;
        } finally {
            // without allocating: this may run because the heap is full
            Iterator<Connection> all = connections.iterator();
            while (all.hasNext()) {
                Connection c = all.next();
                all.remove();
                c.close();
            }
            closeQuietly(listener);
            try {
                selector.close();
            } catch (IOException | RuntimeException e) {
                // nothing more to do
            }
        }
    }

    /** One turn of the loop: expire, wait for events, run the workers' answers, serve the ready connections. */
    private void turn() throws IOException {
        long timeout = sweep(System.nanoTime());
        selector.select(timeout);
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run(); // guarded: see post
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            process(key);
        }
    }

    /** One step of one connection's work on the server thread. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /**
     * Runs a step of {@code c}'s; whatever it throws closes {@code c} (giving back its body's
     * reservation) and no other connection. Running out of memory while a request is read is
     * answered {@code 503} instead, once its body is let go: the heap is as likely to run out on
     * the next small allocation as on the body's buffer itself. Only a {@link #fatal} error goes
     * on, to end the thread.
     */
    private void guarded(Connection c, Step step) {
        try {
            step.run();
        } catch (IOException e) {
            c.close(); // the client went away
        } catch (Throwable t) {
            if (t instanceof OutOfMemoryError && c.refuseForMemory()) {
                return;
            }
            c.close();
            if (fatal(t)) {
                throw t;
            }
            if (t instanceof OutOfMemoryError) {
                logQuietly(Level.WARNING, "acube-sandbox: out of memory serving a connection; it was closed (give the JVM"
                        + " more heap with -Xmx, or lower maxBufferedBodyBytes)", null);
            } else {
                logQuietly(Level.ERROR, "acube-sandbox: unexpected failure on a connection; it was closed", t);
            }
        }
    }

    private void process(SelectionKey key) {
        if (key == listenerKey) {
            try {
                accept();
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // e.g. too many open files: stop accepting for a moment instead of spinning
                logQuietly(Level.WARNING, "acube-sandbox: cannot accept a connection: " + e, null);
                acceptPaused = true;
                acceptPausedUntil = System.nanoTime() + ACCEPT_PAUSE_NANOS;
                if (listenerKey.isValid()) {
                    listenerKey.interestOps(0);
                }
            }
            return;
        }
        if (!(key.attachment() instanceof Connection c)) {
            key.cancel(); // a connection that failed while it was being set up
            return;
        }
        guarded(c, () -> {
            if (key.isValid() && key.isWritable()) {
                c.flush();
            }
            if (key.isValid() && key.isReadable()) {
                c.onReadable();
            }
        });
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            try {
                admit(channel);
            } catch (Throwable t) {
                closeQuietly(channel); // before a Connection took it over
                if (fatal(t)) {
                    throw t;
                }
                if (!(t instanceof IOException)) {
                    logQuietly(Level.WARNING, "acube-sandbox: cannot take a connection: " + t, null);
                }
            }
        }
    }

    /** Sets up a connection just accepted: served, or answered 503 when over the limit or out of memory. */
    private void admit(SocketChannel channel) throws IOException {
        boolean over = open.get() >= limits.maxConnections();
        if (over && rejecting >= limits.maxConnections()) {
            closeQuietly(channel);
            return;
        }
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ApiException refusal = over ? busy("too many connections are open") : null;
        byte[] in = NO_BUFFER;
        if (refusal == null) {
            try {
                in = allocator.apply(limits.maxHeaderBytes());
            } catch (OutOfMemoryError e) {
                refusal = outOfMemory();
            }
        }
        SelectionKey key = channel.register(selector, 0);
        Connection c = new Connection(channel, key, refusal != null, in, accepted.incrementAndGet());
        key.attach(c);
        connections.add(c);
        if (refusal != null) {
            rejecting++;
            Response answer = refusal.response();
            guarded(c, () -> c.send(answer, true, null));
        } else {
            open.incrementAndGet();
            guarded(c, c::waitForRequest);
        }
    }

    /** Expires the connections whose deadline has passed; returns the milliseconds to the next deadline ({@code 0}: none). */
    private long sweep(long now) {
        if (acceptPaused && now - acceptPausedUntil >= 0) {
            acceptPaused = false;
            listenerKey.interestOps(SelectionKey.OP_ACCEPT);
        }
        long next = acceptPaused ? acceptPausedUntil : NONE;
        for (Connection c : new ArrayList<>(connections)) {
            if (c.deadline != NONE && now - c.deadline >= 0) {
                guarded(c, c::expire);
            }
            if (!c.closed && c.deadline != NONE && (next == NONE || c.deadline - next < 0)) {
                next = c.deadline;
            }
        }
        if (next == NONE) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(next - now) + 1);
    }

    private void post(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    private void inFlightStarted() {
        synchronized (inFlightLock) {
            inFlight++;
        }
    }

    private void inFlightEnded() {
        synchronized (inFlightLock) {
            inFlight--;
            inFlightLock.notifyAll();
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException | RuntimeException e) {
            // nothing more to do
        }
    }

    /** Logs; a log that fails (out of memory, a broken handler) does not stop the server. */
    private static void logQuietly(Level level, String message, @Nullable Throwable t) {
        try {
            if (t == null) {
                LOG.log(level, message);
            } else {
                LOG.log(level, message, t);
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // the log is best effort
        }
    }

    private static String human(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** One connection; touched by the server thread only. */
    private final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        final boolean overLimit;
        final byte[] in;
        /** 1 for the first connection accepted, then +1. */
        final long number;
        int inStart;
        int inEnd;
        int scanFrom;
        Phase phase = Phase.HEAD;
        long deadline = NONE;
        boolean requestStarted;
        @Nullable RequestHead head;
        RequestHead.@Nullable Framing framing;
        byte @Nullable [] body;
        int bodyFilled;
        @Nullable ChunkedBody chunked;
        /** The budget held by the body being read; handed to the worker with the request. */
        BodyBudget.@Nullable Reservation reservation;
        @Nullable RequestHead answering;
        boolean keepAlive;
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        boolean closeAfterWrite;
        boolean counted;
        boolean closed;

        /**
         * @param overLimit whether the connection is only answered 503 (over the limit, or no memory for its buffer)
         * @param in its head buffer (of the header limit; empty when it is only answered 503)
         * @param number its number
         */
        Connection(SocketChannel channel, SelectionKey key, boolean overLimit, byte[] in, long number) {
            this.channel = channel;
            this.key = key;
            this.overLimit = overLimit;
            this.in = in;
            this.number = number;
        }

        /** Waits for the first byte of the next request, for at most the idle timeout. */
        void waitForRequest() {
            phase = Phase.HEAD;
            requestStarted = false;
            answering = null;
            deadline = System.nanoTime() + limits.idleTimeout().toNanos();
            updateInterest();
            if (inEnd > inStart) {
                startRequest();
                processInput();
            }
        }

        private void startRequest() {
            if (!requestStarted) {
                requestStarted = true;
                deadline = System.nanoTime() + limits.requestTimeout().toNanos();
            }
        }

        void onReadable() throws IOException {
            for (int reads = 0; reads < READS_PER_EVENT && !closed; reads++) {
                int n;
                if (phase == Phase.LINGER || phase == Phase.STALLED) {
                    discard.clear();
                    n = channel.read(discard);
                } else if (phase == Phase.BODY) {
                    byte[] b = body;
                    n = channel.read(ByteBuffer.wrap(b, bodyFilled, b.length - bodyFilled));
                    if (n > 0) {
                        bodyFilled += n;
                        if (bodyFilled == b.length) {
                            complete();
                        }
                    }
                } else if (phase == Phase.HEAD || phase == Phase.CHUNKED) {
                    compact();
                    n = channel.read(ByteBuffer.wrap(in, inEnd, in.length - inEnd));
                    if (n > 0) {
                        inEnd += n;
                        startRequest();
                        processInput();
                    }
                } else {
                    return;
                }
                if (n < 0) {
                    close(); // the client closed: nothing (more) to answer
                    return;
                }
                if (n == 0 || !reading()) {
                    return;
                }
            }
        }

        private boolean reading() {
            return phase == Phase.HEAD || phase == Phase.BODY || phase == Phase.CHUNKED || phase == Phase.LINGER
                    || phase == Phase.STALLED;
        }

        private void compact() {
            if (inStart > 0) {
                System.arraycopy(in, inStart, in, 0, inEnd - inStart);
                inEnd -= inStart;
                scanFrom = Math.max(0, scanFrom - inStart);
                inStart = 0;
            }
        }

        /** Makes what progress the buffered bytes allow. */
        void processInput() {
            try {
                while (!closed) {
                    if (phase == Phase.HEAD) {
                        if (!readHead()) {
                            return;
                        }
                    } else if (phase == Phase.BODY) {
                        byte[] b = body;
                        int n = Math.min(inEnd - inStart, b.length - bodyFilled);
                        System.arraycopy(in, inStart, b, bodyFilled, n);
                        inStart += n;
                        bodyFilled += n;
                        if (bodyFilled == b.length) {
                            complete();
                        }
                        return;
                    } else if (phase == Phase.CHUNKED) {
                        ChunkedBody c = chunked;
                        inStart += c.feed(in, inStart, inEnd);
                        if (c.done()) {
                            body = c.body();
                            complete();
                        }
                        return;
                    } else {
                        return;
                    }
                }
            } catch (ApiException e) {
                fail(e.response());
            }
        }

        /** Reads a head if the buffer holds one and sets up its body; {@code false} if more bytes are needed. */
        private boolean readHead() {
            while (inStart < inEnd && (in[inStart] == '\r' || in[inStart] == '\n')) {
                inStart++; // empty lines before a request line are ignored (RFC 9112, 2.2)
            }
            int end = headEnd();
            if (end < 0) {
                compact();
                if (inEnd == in.length) {
                    boolean lineEnded = false;
                    for (int i = 0; i < inEnd && !lineEnded; i++) {
                        lineEnded = in[i] == '\n';
                    }
                    throw new ApiException(lineEnded
                            ? ApiException.problem(431, "The request header section exceeds the limit of "
                                    + limits.maxHeaderBytes() + " bytes.")
                            : ApiException.problem(414, "The request line exceeds the limit of "
                                    + limits.maxHeaderBytes() + " bytes."));
                }
                return false;
            }
            RequestHead h = RequestHead.parse(in, inStart, end);
            inStart = end;
            scanFrom = end;
            head = h;
            RequestHead.Framing f = h.framing(limits.maxBodyBytes());
            framing = f;
            if (f.contentLength() == 0) {
                body = new byte[0];
                complete();
                return true;
            }
            BodyBudget.Reservation r = budget.open();
            reservation = r;
            if (f.chunked()) {
                chunked = new ChunkedBody(limits.maxBodyBytes(), limits.maxHeaderBytes(), r);
                phase = Phase.CHUNKED;
            } else {
                body = r.allocate((int) f.contentLength());
                bodyFilled = 0;
                phase = Phase.BODY;
            }
            if (f.expectContinue() && inStart == inEnd) {
                out.add(ByteBuffer.wrap(CONTINUE));
                flushQuietly();
            }
            updateInterest();
            return true;
        }

        /** The index just past the empty line that ends the head, or {@code -1}. */
        private int headEnd() {
            for (int i = Math.max(scanFrom, inStart); i < inEnd; i++) {
                if (in[i] != '\n') {
                    continue;
                }
                if (i + 1 < inEnd && in[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < inEnd && in[i + 1] == '\r' && in[i + 2] == '\n') {
                    return i + 3;
                }
                if (i + 1 >= inEnd || i + 2 >= inEnd && in[i + 1] == '\r') {
                    scanFrom = i;
                    return -1;
                }
            }
            scanFrom = inEnd;
            return -1;
        }

        /** Hands the complete request to a worker; this connection reads nothing more until it is answered. */
        private void complete() {
            RequestHead h = head;
            RequestHead.Framing f = framing;
            byte[] b = body;
            BodyBudget.Reservation r = reservation; // stays this connection's (released if it closes) until a worker has it
            head = null;
            framing = null;
            body = null;
            chunked = null;
            answering = h;
            keepAlive = f.keepAlive();
            phase = Phase.HANDLING;
            deadline = NONE;
            updateInterest();
            counted = true;
            inFlightStarted();
            try {
                workers.execute(() -> work(h, b, r));
            } catch (RejectedExecutionException | OutOfMemoryError e) {
                releaseBody();
                counted = false;
                inFlightEnded();
                ApiException refusal = e instanceof OutOfMemoryError ? outOfMemory() : busy("no worker thread is free");
                send(answered(h, b.length, refusal.response()), true, h);
                return;
            }
            reservation = null; // the worker's now: it gives it back once the request is handled
        }

        /** On a worker thread. */
        private void work(RequestHead h, byte[] b, BodyBudget.@Nullable Reservation r) {
            Response response = null;
            try {
                response = handler.handle(h, b, number);
            } catch (RuntimeException | Error e) {
                logQuietly(Level.WARNING, "acube-sandbox: unexpected failure while answering "
                        + RequestHead.quote(h.method() + " " + h.path(), Dispatcher.MAX_LOGGED_REQUEST), e);
            } finally {
                if (r != null) {
                    r.release(); // idempotent: whoever gives it back first
                }
                Response answer = response;
                post(() -> guarded(this, () -> answer(h, answer)));
            }
        }

        /** On the server thread: sends the worker's answer to {@code h}, or closes the connection for a drop. */
        private void answer(RequestHead h, @Nullable Response response) {
            if (closed || phase != Phase.HANDLING || answering != h) {
                return; // an answer nobody waits for any more
            }
            if (response == null) {
                close();
                return;
            }
            if (response == Response.STALL) {
                stall();
                return;
            }
            boolean close = !keepAlive || "close".equalsIgnoreCase(header(response, "Connection"));
            send(response, close, answering);
        }

        /** Answers an error the server found itself, journalled if the head was read; then the connection closes. */
        private void fail(Response problem) {
            RequestHead h = head;
            long size = h == null ? 0 : bodySize(h);
            releaseBody();
            Response r = h == null ? problem : answered(h, size, problem);
            send(r, true, h);
        }

        /**
         * After running out of memory: if a request is being read, lets go of its body and answers
         * {@code 503}; {@code false} if no request is being read, or the answer fails as well.
         */
        boolean refuseForMemory() {
            boolean reading = phase == Phase.HEAD && requestStarted || phase == Phase.BODY || phase == Phase.CHUNKED;
            if (closed || !reading) {
                return false;
            }
            releaseBody(); // first: its memory is what the answer needs
            try {
                fail(outOfMemory().response());
                return true;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return false;
            }
        }

        /** The handler's version of a problem the server answers itself; the bare problem if the handler fails. */
        private Response answered(RequestHead h, long size, Response problem) {
            try {
                return handler.answered(h, size, problem);
            } catch (RuntimeException e) {
                logQuietly(Level.ERROR, "acube-sandbox: a request the server answered itself could not be recorded", e);
                return problem;
            }
        }

        private long bodySize(RequestHead h) {
            if (chunked != null) {
                return chunked.received();
            }
            String declared = h.headers().first("Content-Length");
            try {
                return declared == null ? 0 : Long.parseLong(declared);
            } catch (NumberFormatException e) {
                return bodyFilled;
            }
        }

        /** Lets go of the body being read and gives back its reservation; idempotent, never throws. */
        private void releaseBody() {
            BodyBudget.Reservation r = reservation;
            reservation = null;
            chunked = null;
            body = null;
            if (r != null) {
                r.release();
            }
        }

        /** Queues an answer; the connection is reading nothing meanwhile. */
        void send(Response response, boolean close, @Nullable RequestHead h) {
            if (closed) {
                return;
            }
            head = null;
            framing = null;
            for (ByteBuffer b : encode(response, close, h)) {
                out.add(b);
            }
            closeAfterWrite = close;
            phase = Phase.WRITING;
            deadline = System.nanoTime() + limits.requestTimeout().toNanos();
            updateInterest();
            flushQuietly();
        }

        private void flushQuietly() {
            try {
                flush();
            } catch (IOException e) {
                close();
            }
        }

        void flush() throws IOException {
            while (!out.isEmpty()) {
                channel.write(out.toArray(new ByteBuffer[0]));
                while (!out.isEmpty() && !out.peekFirst().hasRemaining()) {
                    out.removeFirst();
                }
                if (!out.isEmpty()) {
                    updateInterest(); // the socket's buffer is full: wait until it is writable
                    return;
                }
            }
            written();
        }

        private void written() {
            if (phase != Phase.WRITING) {
                updateInterest(); // an interim 100 Continue went out
                return;
            }
            if (counted) {
                counted = false;
                inFlightEnded();
            }
            if (closeAfterWrite) {
                linger();
            } else {
                waitForRequest();
            }
        }

        /** Keeps the connection open without a deadline, discarding what comes, until the client closes it. */
        private void stall() {
            phase = Phase.STALLED;
            inStart = 0;
            inEnd = 0;
            deadline = NONE;
            if (counted) {
                counted = false;
                inFlightEnded(); // nothing is being answered: shutting down need not wait for it
            }
            updateInterest();
        }

        /** Half-closes, then reads and discards for a moment so that the client reads the answer rather than a reset. */
        private void linger() {
            phase = Phase.LINGER;
            inStart = 0;
            inEnd = 0;
            try {
                channel.shutdownOutput();
            } catch (IOException e) {
                close();
                return;
            }
            deadline = System.nanoTime() + Math.min(LINGER_NANOS, limits.idleTimeout().toNanos());
            updateInterest();
        }

        void expire() {
            switch (phase) {
                case HEAD:
                    if (requestStarted) {
                        fail(timeout());
                    } else {
                        close(); // idle
                    }
                    break;
                case BODY:
                case CHUNKED:
                    fail(timeout());
                    break;
                default:
                    close(); // an answer not taken in time, or the end of lingering
            }
        }

        private Response timeout() {
            return ApiException.problem(408, "The request was not received completely within "
                    + human(limits.requestTimeout()) + ".").withHeader("Connection", "close");
        }

        private void updateInterest() {
            if (closed || !key.isValid()) {
                return;
            }
            int ops = out.isEmpty() ? 0 : SelectionKey.OP_WRITE;
            if (phase == Phase.HEAD || phase == Phase.BODY || phase == Phase.CHUNKED || phase == Phase.LINGER
                    || phase == Phase.STALLED) {
                ops |= SelectionKey.OP_READ;
            }
            key.interestOps(ops);
        }

        /** Closes the connection and gives back what it holds; idempotent, never throws. */
        void close() {
            if (closed) {
                return;
            }
            closed = true;
            deadline = NONE;
            releaseBody();
            if (counted) {
                counted = false;
                inFlightEnded();
            }
            key.cancel();
            closeQuietly(channel);
            connections.remove(this);
            if (overLimit) {
                rejecting--;
            } else {
                open.decrementAndGet();
            }
        }

        private ByteBuffer[] encode(Response r, boolean close, @Nullable RequestHead h) {
            int status = r.status();
            boolean bodiless = status / 100 == 1 || status == 204 || status == 304;
            StringBuilder s = new StringBuilder(256);
            s.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            line(s, "Date", HTTP_DATE.format(clock.get()));
            if (r.contentType() != null) {
                line(s, "Content-Type", r.contentType());
            }
            for (Map.Entry<String, String> e : r.headers().entrySet()) {
                if (!FRAMING_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                    line(s, e.getKey(), e.getValue());
                }
            }
            byte[] b = r.body();
            if (!bodiless) {
                line(s, "Content-Length", Integer.toString(b.length));
            }
            if (close) {
                line(s, "Connection", "close");
            } else if (h != null && h.minorVersion() == 0) {
                line(s, "Connection", "keep-alive");
            }
            s.append("\r\n");
            ByteBuffer headBytes = ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.ISO_8859_1));
            boolean noBody = bodiless || b.length == 0 || h != null && h.method().equals("HEAD");
            return noBody ? new ByteBuffer[] {headBytes} : new ByteBuffer[] {headBytes, ByteBuffer.wrap(b)};
        }
    }

    private static @Nullable String header(Response r, String name) {
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A header line; characters that could end or corrupt the line are replaced. */
    private static void line(StringBuilder s, String name, String value) {
        s.append(name).append(": ");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            s.append(c < 0x20 && c != '\t' || c == 0x7F || c > 0xFF ? '?' : c);
        }
        s.append("\r\n");
    }

    private static String reason(int status) {
        switch (status) {
            case 100: return "Continue";
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 304: return "Not Modified";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 406: return "Not Acceptable";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 410: return "Gone";
            case 413: return "Content Too Large";
            case 414: return "URI Too Long";
            case 415: return "Unsupported Media Type";
            case 417: return "Expectation Failed";
            case 422: return "Unprocessable Content";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            case 505: return "HTTP Version Not Supported";
            default: return "";
        }
    }
}
