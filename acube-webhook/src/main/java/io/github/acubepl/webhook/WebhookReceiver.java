package io.github.acubepl.webhook;

import com.sun.net.httpserver.HttpHandler;
import io.github.acubepl.webhook.WebhookResponse.Outcome;
import io.github.acubepl.webhook.internal.Log;
import io.github.acubepl.webhook.internal.TargetUri;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The receiving end of A-Cube webhooks, framework-neutral: give it the endpoint, method, headers and
 * raw body of a request and answer what it returns. {@link #httpHandler()} does the same for the
 * JDK {@code HttpServer}.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder()
 *         .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(pem)).build())
 *         .dispatcher(WebhookDispatcher.builder().inbox(inboxStore).catchAll(this::onEvent).build())
 *         .endpoint(WebhookEndpoint.of("invoice-sender", "https://hooks.example.com/acube/invoice-sender"))
 *         .build();
 * WebhookResponse r = receiver.receive("invoice-sender", request.method(), headers, rawBody);
 * }</pre>
 *
 * Status codes: 200 handled, queued or duplicate; 401 verification failed (a short fixed body; the
 * reason is logged through {@code System.Logger} without body or header values); 503 key or store
 * unavailable; 413 body over the cap (1 MiB by default); 405 not a POST; 500 handler failure
 * (inline mode); 404 unknown endpoint. The signature is checked against the endpoint's configured
 * public URL, never the request's host or forwarded headers.
 */
public final class WebhookReceiver {
    private static final System.Logger LOG = Log.LOGGER;
    /** The default body cap: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private final WebhookVerifier verifier;
    private final WebhookDispatcher dispatcher;
    private final Map<String, WebhookEndpoint> byName;
    private final Map<String, WebhookEndpoint> byUrl;
    private final Map<String, WebhookEndpoint> byPath;
    private final int maxBodyBytes;

    private WebhookReceiver(WebhookVerifier verifier, WebhookDispatcher dispatcher, List<WebhookEndpoint> endpoints,
            int maxBodyBytes) {
        this.verifier = verifier;
        this.dispatcher = dispatcher;
        this.maxBodyBytes = maxBodyBytes;
        Map<String, WebhookEndpoint> names = new LinkedHashMap<>();
        Map<String, WebhookEndpoint> urls = new LinkedHashMap<>();
        Map<String, WebhookEndpoint> paths = new LinkedHashMap<>();
        for (WebhookEndpoint e : endpoints) {
            names.put(e.name(), e);
            urls.put(e.publicUrl(), e);
            paths.put(e.localPath(), e);
        }
        this.byName = Map.copyOf(names);
        this.byUrl = Map.copyOf(urls);
        this.byPath = Map.copyOf(paths);
    }

    /** A builder; a verifier, a dispatcher and at least one endpoint are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Receives one request.
     *
     * @param endpoint the endpoint's name or its configured public URL
     * @param method   the request method
     * @param headers  the request headers
     * @param body     the raw body as received (the caller enforces its own read cap; larger bodies
     *                 answer 413 here too)
     */
    public WebhookResponse receive(String endpoint, String method, WebhookHeaders headers, byte[] body) {
        Objects.requireNonNull(endpoint, "endpoint");
        WebhookEndpoint target = byName.get(endpoint);
        if (target == null) {
            target = byUrl.get(normalizedOrSame(endpoint));
        }
        if (target == null) {
            return WebhookResponse.of(Outcome.NOT_FOUND);
        }
        return receive(target, null, method, headers, body);
    }

    WebhookResponse receive(WebhookEndpoint endpoint, @Nullable String rawQuery, String method, WebhookHeaders headers,
            byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (!"POST".equals(method)) {
            return WebhookResponse.of(Outcome.METHOD_NOT_ALLOWED);
        }
        if (body.length > maxBodyBytes) {
            return WebhookResponse.of(Outcome.TOO_LARGE);
        }
        try {
            verifier.verify(method, endpoint.target().withQueryIfAbsent(rawQuery), headers, body);
        } catch (WebhookVerificationException e) {
            LOG.log(e.reason().httpStatus() == 503 ? System.Logger.Level.ERROR : System.Logger.Level.WARNING,
                    "webhook on endpoint {0} rejected with {1}: {2}", endpoint.name(), e.reason().httpStatus(),
                    e.getMessage());
            return WebhookResponse.verificationFailed(e.reason());
        }
        return dispatcher.accept(endpoint, headers, body);
    }

    /**
     * A handler for the JDK {@code HttpServer}: mount it on a context covering the endpoints' local
     * paths (e.g. {@code server.createContext("/", receiver.httpHandler())}); it picks the endpoint
     * by exact path, reads at most the body cap (413 beyond, without reading the rest), and answers
     * with a short {@code text/plain} body.
     */
    public HttpHandler httpHandler() {
        return new ReceiverHttpHandler(this);
    }

    /** The configured endpoints. */
    public List<WebhookEndpoint> endpoints() {
        return List.copyOf(byName.values());
    }

    /** The body cap in bytes. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The dispatcher (for its worker: {@link WebhookDispatcher#processDue()}). */
    public WebhookDispatcher dispatcher() {
        return dispatcher;
    }

    @Nullable WebhookEndpoint endpointForPath(String path) {
        return byPath.get(path);
    }

    private static String normalizedOrSame(String url) {
        try {
            return TargetUri.parse(url).targetUri();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Configures a {@link WebhookReceiver}. */
    public static final class Builder {
        private @Nullable WebhookVerifier verifier;
        private @Nullable WebhookDispatcher dispatcher;
        private final List<WebhookEndpoint> endpoints = new ArrayList<>();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /** The verifier (required). */
        public Builder verifier(WebhookVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /** The dispatcher (required). */
        public Builder dispatcher(WebhookDispatcher dispatcher) {
            this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
            return this;
        }

        /** Adds an endpoint (one per registered URL and type). */
        public Builder endpoint(WebhookEndpoint endpoint) {
            endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /** The body cap in bytes (default 1 MiB). */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** The receiver; missing or conflicting settings are an {@link IllegalStateException}. */
        public WebhookReceiver build() {
            if (verifier == null) {
                throw new IllegalStateException("a verifier is required");
            }
            if (dispatcher == null) {
                throw new IllegalStateException("a dispatcher is required");
            }
            if (endpoints.isEmpty()) {
                throw new IllegalStateException("at least one endpoint is required");
            }
            if (maxBodyBytes < 1) {
                throw new IllegalStateException("maxBodyBytes must be positive");
            }
            checkUnique("name", endpoints.stream().map(WebhookEndpoint::name).toList());
            checkUnique("public URL", endpoints.stream().map(WebhookEndpoint::publicUrl).toList());
            checkUnique("local path", endpoints.stream().map(WebhookEndpoint::localPath).toList());
            return new WebhookReceiver(verifier, dispatcher, endpoints, maxBodyBytes);
        }

        private static void checkUnique(String what, List<String> values) {
            List<String> seen = new ArrayList<>();
            for (String v : values) {
                if (seen.contains(v)) {
                    throw new IllegalStateException("two endpoints have the same " + what + ": " + v);
                }
                seen.add(v);
            }
        }
    }
}
