package io.github.acubepl.it;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@code HttpServer} on {@code 127.0.0.1} and a free port, with a thread pool of its own, for
 * the webhook receivers and the front proxies of the end-to-end tests. The handler is mounted after
 * the port is known (a receiver's public URL contains it). {@link #close()} stops both.
 */
final class LoopbackServer implements AutoCloseable {
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds a free loopback port and starts serving (404 until {@link #handle} mounts a handler). */
    static LoopbackServer start(String name) {
        // As the sandbox does: without TCP_NODELAY every answer waits ~40 ms for a delayed ACK. The
        // JDK reads the property once, when the first server of the JVM is created.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on loopback", e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new LoopbackServer(server, executor);
    }

    /** Serves every path with {@code handler}; returns this server. */
    LoopbackServer handle(HttpHandler handler) {
        server.createContext("/", handler);
        return this;
    }

    /** {@code http://127.0.0.1:N} (no trailing slash). */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@link #base()} followed by {@code path}. */
    String url(String path) {
        return base() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "LoopbackServer[" + base() + "]";
    }
}
