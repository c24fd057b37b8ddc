package io.github.acubepl.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A hostile HTTP/1.1 peer on 127.0.0.1 written on plain sockets, for what a well-behaved server
 * never does: answer one byte per second, stream an endless body, announce a huge body, or accept
 * and say nothing. Each connection's script runs on its own thread; the server records how each
 * connection ended, so that a test can check that the client really closed it.
 */
final class RawServer implements AutoCloseable {
    /** What a connection does once the request has been read. */
    @FunctionalInterface
    interface Script {
        void run(Connection c) throws Exception;
    }

    /** One accepted connection. */
    static final class Connection {
        final String requestLine;
        private final Socket socket;
        private final OutputStream out;
        private final AtomicLong written;

        Connection(String requestLine, Socket socket, AtomicLong written) throws IOException {
            this.requestLine = requestLine;
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.written = written;
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            written.addAndGet(bytes.length);
        }

        /** Blocks until the client closes the connection (a read gives end of stream or fails). */
        void awaitClientClose() throws IOException {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // a request on a kept-alive connection would be ignored: the scripts answer once
            }
        }
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Script script;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** How each connection ended, in the order they were accepted. */
    private final List<CompletableFuture<String>> endings = new CopyOnWriteArrayList<>();
    private final AtomicLong written = new AtomicLong();

    RawServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    Environment environment() {
        return Environment.custom(uri(), uri());
    }

    /** The request lines received ({@code "GET /webhooks/wh-1 HTTP/1.1"}). */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The bytes all scripts managed to write. */
    long written() {
        return written.get();
    }

    /**
     * How connection {@code index} (from 0) ended, waiting up to 60 s for it to end: {@code "closed"}
     * when the script saw the client close it, or the failure its write met (a reset, a broken pipe).
     */
    String ending(int index) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (endings.size() <= index) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("connection " + index + " was never accepted (" + endings.size() + " were)");
            }
            Thread.sleep(10);
        }
        return endings.get(index).get(60, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return;
            }
            CompletableFuture<String> ending = new CompletableFuture<>();
            endings.add(ending);
            threads.execute(() -> serve(socket, ending));
        }
    }

    private void serve(Socket socket, CompletableFuture<String> ending) {
        try (socket) {
            String requestLine = readRequest(socket.getInputStream());
            if (requestLine == null) {
                throw new IOException("closed before the end of the headers");
            }
            requests.add(requestLine);
            script.run(new Connection(requestLine, socket, written));
            ending.complete("closed");
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            ending.complete(m.contains("reset") || m.contains("broken pipe") || m.contains("closed") ? "closed"
                    : "failed: " + e);
        } catch (InterruptedException e) {
            ending.complete("interrupted (the test ended first)");
        } catch (Exception e) {
            ending.complete("failed: " + e);
        }
    }

    /**
     * Reads the request line, the headers and a body of {@code Content-Length} bytes; returns the
     * request line, or {@code null} if the connection ends before the end of the headers.
     */
    static @Nullable String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            head.write(c);
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        long length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).strip());
            }
        }
        in.readNBytes((int) length);
        return text.substring(0, text.indexOf("\r\n"));
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
