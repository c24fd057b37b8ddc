package io.github.acubepl.transport;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A status, the headers and the body of an answer. */
record Response(int status, HttpHeaders headers, byte[] body) {
    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
