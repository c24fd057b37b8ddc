package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One raw TCP connection to a sandbox, for what an HTTP client library would not send or would
 * hide: malformed request lines, dribbled bodies, pipelining, interim answers, closed connections.
 * Every read waits at most {@value #HANG_GUARD_MILLIS} ms (a hang guard, not a measurement).
 */
final class RawHttp implements AutoCloseable {
    static final int HANG_GUARD_MILLIS = 60_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(AcubeSandbox sandbox) {
        this(sandbox.port());
    }

    RawHttp(int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), HANG_GUARD_MILLIS);
            socket.setSoTimeout(HANG_GUARD_MILLIS);
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes ASCII text as is (write "\r\n" where CRLF is meant). */
    RawHttp send(String ascii) {
        return send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one answer whose body is framed by Content-Length (none for HEAD, 1xx, 204, 304). */
    Reply read() {
        return read(false);
    }

    /** Reads one answer to a HEAD request: the headers only. */
    Reply readHead() {
        return read(true);
    }

    private Reply read(boolean headRequest) {
        try {
            String statusLine = line();
            if (statusLine == null) {
                fail("the connection was closed before an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            assertTrue(parts.length >= 2 && parts[0].equals("HTTP/1.1"), "status line: " + statusLine);
            int status = Integer.parseInt(parts[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            String h;
            while ((h = line()) != null && !h.isEmpty()) {
                int colon = h.indexOf(':');
                assertTrue(colon > 0, "header line: " + h);
                headers.computeIfAbsent(h.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).strip());
            }
            byte[] body = new byte[0];
            boolean bodiless = headRequest || status / 100 == 1 || status == 204 || status == 304;
            List<String> length = headers.get("content-length");
            if (!bodiless && length != null) {
                body = in.readNBytes(Integer.parseInt(length.get(0)));
            }
            return new Reply(status, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server has closed the connection: the next read ends (or is reset) with no more bytes. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // a reset is a close too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the server sends nothing and keeps the connection open for {@code millis}: a read
     * that waits so long ends by the read timeout, not with a byte or the end of the stream. (A
     * lower bound on the silence, not a measurement of the server.)
     */
    boolean silentFor(int millis) {
        try {
            socket.setSoTimeout(millis);
            try {
                return in.read() == -2; // never: a byte or the end means it was not silent
            } catch (SocketTimeoutException e) {
                return true;
            } finally {
                socket.setSoTimeout(HANG_GUARD_MILLIS);
            }
        } catch (SocketException e) {
            return false; // reset
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and counts bytes until the server closes the connection. */
    long drainUntilClosed() {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            int r;
            while ((r = in.read(buffer)) >= 0) {
                n += r;
            }
        } catch (SocketTimeoutException e) {
            fail("the server did not close the connection within the hang guard");
        } catch (SocketException e) {
            // reset: closed as well
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    void setReceiveBuffer(int bytes) {
        try {
            socket.setReceiveBufferSize(bytes);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** An answer as received. */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null ? null : v.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Client.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + text(), e);
            }
        }

        /** Asserts a problem answer of the simulator's shape with this status. */
        JsonNode assertProblem(int expectedStatus) {
            assertEquals(expectedStatus, status, this::text);
            String type = header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"), "Content-Type: " + type + ": " + text());
            JsonNode p = json();
            assertEquals(ApiException.PROBLEM_TYPE, p.path("type").asText(), text());
            assertEquals(ApiException.PROBLEM_TITLE, p.path("title").asText(), text());
            assertTrue(!p.path("detail").asText().isEmpty(), text());
            return p;
        }
    }
}
