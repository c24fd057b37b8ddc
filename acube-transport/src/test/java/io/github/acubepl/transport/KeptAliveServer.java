package io.github.acubepl.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 peer on 127.0.0.1 that keeps connections alive (many requests per connection, as a
 * real API does), numbers them, and can make the ones open now die silently, as a CDN or NAT that
 * drops a connection without telling either end: a request on such a connection is read and never
 * answered, and the connection is never closed. Connections opened later are served. It answers
 * {@code GET /webhooks/...} with a webhook and {@code POST /webhooks} with {@code 201} and one.
 */
final class KeptAliveServer implements AutoCloseable {
    /** Runs on a connection's thread before each answer (a test holds answers with it). */
    @FunctionalInterface
    interface BeforeAnswer {
        void run(int connection) throws Exception;
    }

    static final String WEBHOOK = "{\"uuid\":\"wh-1\",\"legalEntityUUID\":\"le-1\",\"legalEntityName\":\"ACME\","
            + "\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"https://erp.example.com/1\"}";

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** "connection number: request line", and " (stalled)" when it was not answered. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int stalledUpTo;
    private volatile BeforeAnswer beforeAnswer = c -> { };

    KeptAliveServer() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    Environment environment() {
        URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort());
        return Environment.custom(uri, uri);
    }

    /** How many connections were accepted. */
    int accepted() {
        return accepted.get();
    }

    /** Every request received, in order: {@code "2: POST /webhooks HTTP/1.1"}, {@code " (stalled)"} appended if unanswered. */
    List<String> received() {
        return List.copyOf(received);
    }

    /** How many requests with this request-line prefix ({@code "POST /webhooks"}) were received, answered or not. */
    long count(String prefix) {
        return received.stream().filter(r -> r.substring(r.indexOf(": ") + 2).startsWith(prefix)).count();
    }

    /** Makes every connection accepted so far die silently; later ones are served. */
    void stallOpenConnections() {
        stalledUpTo = accepted.get();
    }

    void beforeAnswer(BeforeAnswer hook) {
        this.beforeAnswer = hook;
    }

    /** Closes every connection accepted so far (the client sees the end of the stream). */
    void closeOpenConnections() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return;
            }
            int number = accepted.incrementAndGet();
            sockets.add(socket);
            threads.execute(() -> serve(socket, number));
        }
    }

    private void serve(Socket socket, int number) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = RawServer.readRequest(in)) != null) {
                if (number <= stalledUpTo) {
                    received.add(number + ": " + line + " (stalled)");
                    continue; // read, never answered, never closed
                }
                received.add(number + ": " + line);
                beforeAnswer.run(number);
                String status = line.startsWith("POST ") ? "201 Created" : "200 OK";
                byte[] body = WEBHOOK.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            }
        } catch (Exception e) {
            // the client or the test closed it
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeOpenConnections();
        threads.shutdownNow();
    }
}
