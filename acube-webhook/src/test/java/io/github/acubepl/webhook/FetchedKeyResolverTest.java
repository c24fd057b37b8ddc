package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.webhook.WebhookVerificationException.Reason;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching A-Cube's key from a {@code signature-public-key} endpoint on loopback: caching, refresh, outages. */
class FetchedKeyResolverTest {
    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> served = new AtomicReference<>();
    private final MutableClock clock = new MutableClock(Fixtures.CREATED);
    private URI url;

    @BeforeEach
    void start() throws IOException {
        served.set(json(Ed25519Keys.pem(Fixtures.PUBLIC_KEY)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/signature-public-key", exchange -> {
            fetches.incrementAndGet();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/signature-public-key");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static String json(String keyText) {
        return "{\"public_key\": \"" + keyText.replace("\n", "\\n") + "\"}";
    }

    private FetchedKeyResolver resolver() {
        return FetchedKeyResolver.builder().url(url).clock(clock).build();
    }

    private WebhookVerifier verifier(KeyResolver keys) {
        return WebhookVerifier.builder().keyResolver(keys).clock(clock).build();
    }

    private WebhookHeaders signedWith(PrivateKey key) {
        return WebhookSigner.builder().privateKey(key).clock(clock).build()
                .sign("POST", Fixtures.URL, WebhookHeaders.empty(), Fixtures.HELLO);
    }

    @Test
    void oneFetchServesManyVerifications() {
        WebhookVerifier verifier = verifier(resolver());
        for (int i = 0; i < 20; i++) {
            verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO);
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void aColdStartUnderLoadFetchesOnce() throws Exception {
        FetchedKeyResolver keys = resolver();
        WebhookVerifier verifier = verifier(keys);
        runConcurrently(16, () -> verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO));
        assertEquals(1, fetches.get());
    }

    @Test
    void aRotatedKeyIsFetchedOnceOnABadSignatureAndThenAtMostEveryFiveMinutes() throws Exception {
        FetchedKeyResolver keys = resolver();
        WebhookVerifier verifier = verifier(keys);
        verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO);
        assertEquals(1, fetches.get());

        clock.advance(Duration.ofMinutes(6));
        KeyPair second = Fixtures.otherKeyPair();
        served.set(json(Ed25519Keys.pem(second.getPublic())));
        WebhookHeaders bySecond = signedWith(second.getPrivate());
        runConcurrently(16, () -> verifier.verify("POST", Fixtures.URL, bySecond, Fixtures.HELLO));
        assertEquals(2, fetches.get(), "one refresh for all concurrent failures");

        // a third key within 5 minutes: no fetch, the signature is simply bad
        clock.advance(Duration.ofMinutes(4));
        KeyPair third = Fixtures.otherKeyPair();
        served.set(json(Ed25519Keys.pem(third.getPublic())));
        WebhookHeaders byThird = signedWith(third.getPrivate());
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify("POST", Fixtures.URL, byThird, Fixtures.HELLO));
        assertEquals(Reason.BAD_SIGNATURE, e.reason());
        assertEquals(2, fetches.get());

        // once 5 minutes have passed since the last fetch, one more refresh is allowed
        clock.advance(Duration.ofMinutes(1));
        verifier.verify("POST", Fixtures.URL, signedWith(third.getPrivate()), Fixtures.HELLO);
        assertEquals(3, fetches.get());
        // and a forged signature does not make it fetch again and again
        for (int i = 0; i < 5; i++) {
            assertThrows(WebhookVerificationException.class,
                    () -> verifier.verify("POST", Fixtures.URL, signedWith(Fixtures.otherKeyPair().getPrivate()), Fixtures.HELLO));
        }
        assertEquals(3, fetches.get());
    }

    @Test
    void anOutageIsKeyUnavailableWithoutAFetchPerRequest() {
        status.set(500);
        FetchedKeyResolver keys = resolver();
        WebhookVerifier verifier = verifier(keys);
        for (int i = 0; i < 5; i++) {
            WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                    () -> verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO));
            assertEquals(Reason.KEY_UNAVAILABLE, e.reason());
            assertEquals(503, e.reason().httpStatus());
        }
        assertEquals(1, fetches.get());
        status.set(200);
        clock.advance(Duration.ofSeconds(31));
        verifier.verify("POST", Fixtures.URL, Fixtures.vectorA(), Fixtures.HELLO);
        assertEquals(2, fetches.get());
    }

    @Test
    void unusableResponsesAreKeyUnavailable() {
        for (String body : List.of("not json", "{}", "{\"public_key\": 42}", "{\"public_key\": \"garbage\"}")) {
            served.set(body);
            WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                    () -> FetchedKeyResolver.builder().url(url).clock(clock).build().prefetch(), body);
            assertEquals(Reason.KEY_UNAVAILABLE, e.reason());
        }
    }

    @Test
    void anUnreachableEndpointIsKeyUnavailable() {
        server.stop(0);
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class, () -> resolver().prefetch());
        assertEquals(Reason.KEY_UNAVAILABLE, e.reason());
    }

    @Test
    void theRawKeyFormIsAcceptedFromTheEndpointToo() {
        served.set(json(Fixtures.RAW_PUBLIC_B64));
        assertEquals(Fixtures.PUBLIC_KEY, resolver().prefetch());
    }

    @Test
    void buildValidates() {
        assertThrows(IllegalStateException.class, () -> FetchedKeyResolver.builder().build());
        assertThrows(IllegalStateException.class, () -> FetchedKeyResolver.builder().url(URI.create("/relative")).build());
        assertEquals("https", FetchedKeyResolver.SANDBOX.getScheme());
    }

    private static void runConcurrently(int threads, Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    task.run();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
