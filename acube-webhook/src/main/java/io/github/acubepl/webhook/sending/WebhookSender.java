package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.internal.TargetUri;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Objects;

/**
 * Sends one attempt of an outgoing webhook and returns the HTTP status. The
 * {@link DeliveryQueue} counts only {@code 200} as delivered; any other status, and any exception
 * (timeouts, connection errors), is a failed attempt. Redirects must not be followed.
 */
@FunctionalInterface
public interface WebhookSender {
    /**
     * POSTs {@code request} and returns the response status.
     *
     * @throws IOException          on connection failures and timeouts
     * @throws InterruptedException if interrupted while waiting
     */
    int send(Request request) throws IOException, InterruptedException;

    /**
     * A sender over a JDK {@link HttpClient} (HTTP/1.1, connect timeout 10 s, total 30 s, no
     * redirects), made on the first attempt so that an unused sender holds no thread.
     */
    static WebhookSender httpClient() {
        return new HttpClientSender(null);
    }

    /**
     * {@code sender} restricted to loopback targets: {@code localhost}, {@code 127.0.0.0/8} and
     * {@code [::1]}, judged by the URL's literal host (no DNS lookup). An attempt to any other host
     * fails with a {@link java.net.ConnectException} and no I/O: for simulators and tests, which
     * must not reach the network whatever URL was subscribed.
     */
    static WebhookSender loopbackOnly(WebhookSender sender) {
        Objects.requireNonNull(sender, "sender");
        return new WebhookSender() {
            @Override
            public int send(Request request) throws IOException, InterruptedException {
                if (!TargetUri.isLoopback(request.url())) {
                    throw new java.net.ConnectException("not delivered: only loopback webhook URLs are allowed here");
                }
                return sender.send(request);
            }

            @Override
            public String toString() {
                return "loopbackOnly(" + sender + ")";
            }
        };
    }

    /**
     * A sender over {@code client} (configure it with {@code followRedirects(NEVER)}); each request
     * has a total timeout of 30 s.
     */
    static WebhookSender httpClient(HttpClient client) {
        return new HttpClientSender(Objects.requireNonNull(client, "client"));
    }

    /**
     * One attempt: a POST of {@code body} with {@code headers} (signed for this attempt) to
     * {@code url}.
     *
     * @param deliveryId the delivery's id (the same on every attempt; not sent)
     * @param attempt    the attempt's number in its window, from 1
     * @param url        the target URL
     * @param headers    every header to send
     * @param body       the body (copied in and out)
     */
    record Request(String deliveryId, int attempt, String url, WebhookHeaders headers, byte[] body) {
        /** Checks and copies. */
        public Request {
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(headers, "headers");
            body = Objects.requireNonNull(body, "body").clone();
        }

        /** A copy of the body. */
        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Request r && deliveryId.equals(r.deliveryId) && attempt == r.attempt && url.equals(r.url)
                    && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt, url, headers) * 31 + java.util.Arrays.hashCode(body);
        }

        /** Without the body or header values. */
        @Override
        public String toString() {
            return "Request[" + deliveryId + " #" + attempt + " to " + url + ", " + body.length + " bytes]";
        }
    }
}
