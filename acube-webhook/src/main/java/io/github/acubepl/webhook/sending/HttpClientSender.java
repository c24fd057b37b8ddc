package io.github.acubepl.webhook.sending;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@link WebhookSender#httpClient()}: the JDK client, 10 s to connect, 30 s in total, no redirects. */
final class HttpClientSender implements WebhookSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(30);
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private volatile @Nullable HttpClient client;

    /** Over {@code client}, or over {@link #defaultClient()} made on the first attempt when {@code null}. */
    HttpClientSender(@Nullable HttpClient client) {
        this.client = client;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = defaultClient();
                    client = c;
                }
            }
        }
        return c;
    }

    static HttpClient defaultClient() {
        // HTTP/1.1 as A-Cube's sender speaks it: no h2c upgrade headers on plain http endpoints.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public int send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(TOTAL_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, List<String>> header : request.headers().toMap().entrySet()) {
            if (RESTRICTED.contains(header.getKey())) {
                continue;
            }
            for (String value : header.getValue()) {
                http.header(header.getKey(), value);
            }
        }
        return client().send(http.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public String toString() {
        return "HttpClientSender";
    }
}
