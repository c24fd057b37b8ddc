package io.github.acubepl.webhook.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.webhook.Fixtures;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.VerifiedSignature;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code <pre>{@code ...}</pre>} examples of the sending package, each copied here verbatim
 * (between the {@code example:} markers) and run: the package's own (package-info.java),
 * {@link WebhookSigner}'s and {@link RetrySchedule}'s.
 */
class JavadocExamplesTest {

    /** One request as the loopback receiver got it. */
    private record Received(String url, WebhookHeaders headers, byte[] body) {
    }

    @Test
    void thePackageExampleDeliversASignedWebhookThatTheReceivingSideAccepts() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PrivateKey privateKey = keys.getPrivate();
        BlockingQueue<Received> received = new ArrayBlockingQueue<>(16);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String webhookUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/acube/invoice-sender";
        server.createContext("/", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            received.add(new Received(webhookUrl, WebhookHeaders.of(exchange.getRequestHeaders()), bytes));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        byte[] body = "{\"invoiceUuid\":\"inv-1\",\"status\":\"valid\",\"webhookType\":\"invoice-sender\"}"
                .getBytes(StandardCharsets.UTF_8);
        try {
            // example: io/github/acubepl/webhook/sending/package-info.java
            DeliveryQueue queue = DeliveryQueue.builder()
                    .store(DeliveryStore.inMemory())
                    .sender(WebhookSender.httpClient())
                    .signer(WebhookSigner.builder().privateKey(privateKey).build())
                    .build();
            String id = queue.enqueue(webhookUrl, body);  // due at once
            queue.start(scheduler, Duration.ofSeconds(5)); // attempts what is due, on the schedule
            // example end

            Received first = received.poll(60, TimeUnit.SECONDS);
            if (first == null) {
                fail("the queue did not deliver within 60 s");
            }
            VerifiedSignature signature = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(keys.getPublic())).build()
                    .verify("POST", first.url(), first.headers(), first.body());
            assertEquals("acube", signature.keyId());
            assertEquals(new String(body, StandardCharsets.UTF_8), new String(first.body(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (queue.find(id).orElseThrow().state() != Delivery.State.DELIVERED) {
                if (System.nanoTime() - deadline > 0) {
                    fail("the delivery is still " + queue.find(id).orElseThrow().state() + " after 60 s");
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
        } finally {
            scheduler.shutdownNow();
            server.stop(0);
        }
    }

    @Test
    void theSignerExampleAddsTheFourHeadersThatTheVerifierAccepts() {
        PrivateKey key = Fixtures.PRIVATE_KEY;
        Clock clock = Fixtures.at(Fixtures.CREATED);
        byte[] body = Fixtures.HELLO;

        // example: io/github/acubepl/webhook/sending/WebhookSigner.java
        WebhookSigner signer = WebhookSigner.builder().privateKey(key).clock(clock).build();
        WebhookHeaders added = signer.sign("POST", "https://hooks.example.com/acube/invoice-sender", WebhookHeaders.empty(), body);
        // date, content-digest, signature-input, signature
        // example end

        assertEquals(Set.of("date", "content-digest", "signature-input", "signature"), added.names());
        VerifiedSignature ok = Fixtures.acubeVerifier(clock)
                .verify("POST", "https://hooks.example.com/acube/invoice-sender", added, body);
        assertEquals(Fixtures.CREATED, ok.created());
    }

    @Test
    void theRetryScheduleExampleIsTheStandardOneOf33AttemptsOver8Hours() {
        RetrySchedule schedule =
                // example: io/github/acubepl/webhook/sending/RetrySchedule.java
                RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ofHours(8))
                // example end
                ;
        Instant t0 = Instant.parse("2031-03-14T09:26:53Z");
        assertEquals(33, schedule.maxAttempts());
        assertEquals(RetrySchedule.standard().maxAttempts(), schedule.maxAttempts());
        assertEquals(t0.plus(Duration.ofHours(8)), schedule.deadline(t0));
        assertTrue(schedule.nextAfter(t0, t0.plus(Duration.ofHours(8))).isEmpty(), "nothing after the deadline");
    }
}
