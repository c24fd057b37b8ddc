package io.github.acubepl.sandbox;

import java.time.Duration;

/**
 * The bounds of one sandbox's HTTP server (see {@link AcubeSandbox.Builder} for each).
 *
 * @param requestTimeout from the first byte of a request to its complete body, and again for
 *     writing its answer
 * @param idleTimeout how long a connection may wait for the first byte of a request
 * @param maxHeaderBytes the largest request line plus header section (and chunked trailer)
 * @param maxBodyBytes the largest request body
 * @param maxConnections the most connections served at once
 * @param maxBufferedBodyBytes the most request-body bytes buffered over all connections
 */
record HttpLimits(Duration requestTimeout, Duration idleTimeout, int maxHeaderBytes, long maxBodyBytes,
        int maxConnections, long maxBufferedBodyBytes) {
}
