package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.WebhookVerificationException.Reason.KEY_UNAVAILABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.internal.Log;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KeyResolver} that fetches A-Cube's public key from its {@code signature-public-key}
 * endpoint ({@code {"public_key": "…"}}, no credentials) and caches it (docs/webhooks.md §5).
 *
 * <ul>
 *   <li>The key is fetched once, on the first {@link #resolve} (or {@link #prefetch()} at
 *       startup), never per request. Concurrent callers share one fetch.</li>
 *   <li>After a signature failed, {@link #refresh} fetches again, at most once per
 *       {@link Builder#minRefreshInterval(Duration) interval} (5 min), single flight.</li>
 *   <li>If no key was ever obtained, a failed fetch is retried no sooner than
 *       {@link Builder#retryAfterFailure(Duration)} (30 s) later; meanwhile resolution fails with
 *       {@code KEY_UNAVAILABLE} (answered 503) without a network call.</li>
 * </ul>
 * Time comes from the injected {@link Clock}. Thread-safe.
 */
public final class FetchedKeyResolver implements KeyResolver {
    /** A-Cube's sandbox key endpoint (documented). */
    public static final URI SANDBOX = URI.create("https://common-sandbox.api.acubeapi.com/signature-public-key");
    /** A-Cube's production key endpoint (inferred from the sandbox's; check it). */
    public static final URI PRODUCTION = URI.create("https://common.api.acubeapi.com/signature-public-key");

    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final URI url;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final Duration minRefreshInterval;
    private final Duration retryAfterFailure;
    private final ReentrantLock lock = new ReentrantLock();

    private volatile @Nullable PublicKey key;
    private @Nullable Instant lastFetch;
    private @Nullable Instant lastFailure;

    private FetchedKeyResolver(Builder b) {
        this.url = Objects.requireNonNull(b.url, "url");
        this.clock = b.clock;
        this.timeout = b.timeout;
        this.minRefreshInterval = b.minRefreshInterval;
        this.retryAfterFailure = b.retryAfterFailure;
        this.http = b.http != null ? b.http : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A builder; {@link Builder#url(URI)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A resolver for {@code url} with the defaults. */
    public static FetchedKeyResolver of(URI url) {
        return builder().url(url).build();
    }

    /**
     * Fetches the key now unless it is already cached (call it at startup to fail early).
     *
     * @throws WebhookVerificationException with {@code KEY_UNAVAILABLE} if it cannot be fetched
     */
    public PublicKey prefetch() {
        return resolve(VerificationPolicy.ACUBE_KEY_ID);
    }

    @Override
    public PublicKey resolve(String keyId) {
        PublicKey cached = key;
        if (cached != null) {
            return cached;
        }
        lock.lock();
        try {
            if (key != null) {
                return key;
            }
            Instant now = clock.instant();
            if (lastFailure != null && now.isBefore(lastFailure.plus(retryAfterFailure))) {
                throw new WebhookVerificationException(KEY_UNAVAILABLE,
                        "the public key could not be fetched from " + url + "; next try after " + lastFailure.plus(retryAfterFailure));
            }
            try {
                PublicKey fetched = fetch(now);
                key = fetched;
                return fetched;
            } catch (WebhookVerificationException e) {
                lastFailure = now;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<PublicKey> refresh(String keyId, PublicKey rejected) {
        lock.lock();
        try {
            PublicKey current = key;
            if (current != null && !current.equals(rejected)) {
                return Optional.of(current); // another caller refreshed meanwhile
            }
            Instant now = clock.instant();
            if (lastFetch != null && now.isBefore(lastFetch.plus(minRefreshInterval))) {
                return Optional.empty();
            }
            try {
                PublicKey fetched = fetch(now);
                key = fetched;
                return fetched.equals(rejected) ? Optional.empty() : Optional.of(fetched);
            } catch (WebhookVerificationException e) {
                Log.LOGGER.log(System.Logger.Level.WARNING, "refreshing the webhook public key failed: {0}", e.getMessage());
                return Optional.empty();
            }
        } finally {
            lock.unlock();
        }
    }

    private PublicKey fetch(Instant now) {
        lastFetch = now;
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(timeout)
                .header("Accept", "application/json").build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE,
                    "fetching the public key from " + url + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookVerificationException(KEY_UNAVAILABLE, "interrupted while fetching the public key", e);
        }
        if (response.statusCode() != 200) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE,
                    "the public key endpoint " + url + " answered " + response.statusCode());
        }
        if (body.length > MAX_RESPONSE_BYTES) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE, "the public key response is larger than 64 KiB");
        }
        String text;
        try {
            JsonNode json = Payloads.MAPPER.readTree(body);
            JsonNode value = json == null ? null : json.get("public_key");
            if (value == null || !value.isTextual()) {
                throw new WebhookVerificationException(KEY_UNAVAILABLE,
                        "the public key response has no \"public_key\" string");
            }
            text = value.asText();
        } catch (IOException e) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE, "the public key response is not JSON", e);
        }
        try {
            PublicKey parsed = Ed25519Keys.publicKey(text);
            Log.LOGGER.log(System.Logger.Level.INFO, "fetched the webhook public key from {0}", url);
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE,
                    "the public key from " + url + " is unusable: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link FetchedKeyResolver}. */
    public static final class Builder {
        private @Nullable URI url;
        private @Nullable HttpClient http;
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofSeconds(10);
        private Duration minRefreshInterval = Duration.ofMinutes(5);
        private Duration retryAfterFailure = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The key endpoint, e.g. {@link #SANDBOX} or {@link #PRODUCTION} (required). */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The HTTP client (default: connect timeout 10 s, redirects not followed). */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /** The clock for the refresh intervals (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The timeout of one fetch (default 10 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The least time between two fetches after signature failures (default 5 min). */
        public Builder minRefreshInterval(Duration interval) {
            this.minRefreshInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** How long to wait before trying again when no key could ever be fetched (default 30 s). */
        public Builder retryAfterFailure(Duration delay) {
            this.retryAfterFailure = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /** The resolver; nothing is fetched yet. */
        public FetchedKeyResolver build() {
            if (url == null) {
                throw new IllegalStateException("url is required (e.g. FetchedKeyResolver.SANDBOX)");
            }
            String scheme = url.getScheme();
            if (!url.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalStateException("the key URL must be absolute http(s): " + url);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalStateException("timeout must be positive");
            }
            if (minRefreshInterval.isNegative() || retryAfterFailure.isNegative()) {
                throw new IllegalStateException("intervals must not be negative");
            }
            return new FetchedKeyResolver(this);
        }
    }
}
