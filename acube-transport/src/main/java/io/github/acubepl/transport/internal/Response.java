package io.github.acubepl.transport.internal;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A status, the headers and the body of an answer.
 *
 * @param status the HTTP status code
 * @param headers the headers
 * @param body the body, or only its first bytes when it was cut (see {@code complete})
 * @param complete whether the body was read to its end; false when it was larger than the client's
 *     {@code maxResponseBytes} (then it is cut, and the exchange was stopped)
 */
public record Response(int status, HttpHeaders headers, byte[] body, boolean complete) {
    /** A complete answer. */
    public Response(int status, HttpHeaders headers, byte[] body) {
        this(status, headers, body, true);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
