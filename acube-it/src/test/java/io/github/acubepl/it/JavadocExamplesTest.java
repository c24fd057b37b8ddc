package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.webhook.InboxStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.VerifiedSignature;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookResponse;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc examples of the modules' main sources, each verbatim (line for line) and run here;
 * {@link DocExamplesTest} finds them. An example that changes in its Javadoc changes here too.
 */
class JavadocExamplesTest {
    private static final Instant PINNED = Instant.parse("2031-03-14T09:26:53Z");

    /** {@code AcubeSandbox}'s class Javadoc (its own date, which the sandbox's manual clock starts at). */
    @Test
    void acubeSandbox() {
        SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2026-03-02T10:00:00Z"));
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            URI base = sandbox.baseUri();                      // both the common and the PL base URL
            SandboxUser user = sandbox.user();                 // sandbox@example.com / sandbox-password
            // ... log in, register the seller, POST /invoices ...
            clock.advance(sandbox.ksefDelays().total());       // in_queue -> processing -> valid, UPO ready
            sandbox.faults().on("POST", "/invoices").dropAfterHandling();
            sandbox.journal().count("POST", "/invoices");
        }
        assertEquals(Instant.parse("2026-03-02T10:00:05Z"), clock.instant(), "the default delays: 2 s + 2 s + 1 s");
    }

    /** {@code Faults}' class Javadoc: the faults armed answer the next matching requests. */
    @Test
    void faults() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(PINNED)).build().start()) {
            sandbox.faults().on("POST", "/invoices").dropAfterHandling();          // the next POST /invoices
            sandbox.faults().on("GET", "/invoices/*").times(2).serviceUnavailable(Duration.ofSeconds(1));
            sandbox.faults().onAnyMethod("/webhooks/**").once().respond(500);
            sandbox.faults().on("GET", "/legal-entities").delay(Duration.ofMillis(300));

            HttpClient http = HttpClient.newHttpClient();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/invoices/x")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertEquals(List.of(503, 503, 401), statuses, "twice unavailable, then as usual (no login: 401)");
        }
    }

    /** {@code WebhookSigner}'s class Javadoc: what it adds verifies with the public key. */
    @Test
    void webhookSigner() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PrivateKey key = keys.getPrivate();
        Clock clock = Clock.fixed(PINNED, ZoneOffset.UTC);
        byte[] body = "{\"status\":\"valid\"}".getBytes(StandardCharsets.UTF_8);

        WebhookSigner signer = WebhookSigner.builder().privateKey(key).clock(clock).build();
        WebhookHeaders added = signer.sign("POST", "https://hooks.example.com/acube/invoice-sender", WebhookHeaders.empty(), body);
        // date, content-digest, signature-input, signature

        assertEquals(Set.of("date", "content-digest", "signature-input", "signature"), added.names());
        assertNotNull(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(keys.getPublic())).clock(clock).build()
                .verify("POST", "https://hooks.example.com/acube/invoice-sender", added, body));
    }

    /**
     * {@code WebhookVerifier}'s class Javadoc: a request signed now verifies. The example's verifier
     * reads the system clock, so this test runs on the real one throughout.
     */
    @Test
    void webhookVerifier() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pemFromConfiguration = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        byte[] body = "{\"status\":\"valid\"}".getBytes(StandardCharsets.UTF_8);
        WebhookHeaders headers = WebhookSigner.builder().privateKey(keys.getPrivate()).build()
                .sign("POST", "https://hooks.example.com/acube/invoice-sender", WebhookHeaders.empty(), body);

        WebhookVerifier verifier = WebhookVerifier.builder()
                .keyResolver(KeyResolver.pinned(pemFromConfiguration))
                .build();
        VerifiedSignature ok = verifier.verify("POST", "https://hooks.example.com/acube/invoice-sender", headers, body);

        assertNotNull(ok);
    }

    /** What {@code WebhookReceiver}'s example reads the method from. */
    private record Request(String method) {
    }

    private final List<WebhookEvent> handled = new ArrayList<>();

    private void onEvent(WebhookEvent event) {
        handled.add(event);
    }

    /**
     * {@code WebhookReceiver}'s class Javadoc: a signed notification is stored, answered 200 and
     * handled once. The example's verifier and dispatcher read the system clock, so this test runs
     * on the real one throughout.
     */
    @Test
    void webhookReceiver() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        InboxStore inboxStore = InboxStore.inMemory();
        Request request = new Request("POST");
        byte[] rawBody = ("{\"legalEntityUuid\":\"le\",\"invoiceUuid\":\"inv-1\",\"status\":\"valid\","
                + "\"processingCode\":200,\"ksefReferenceNumber\":\"K-1\",\"webhookType\":\"invoice-sender\"}")
                .getBytes(StandardCharsets.UTF_8);
        WebhookHeaders headers = WebhookSigner.builder().privateKey(keys.getPrivate()).build()
                .sign("POST", "https://hooks.example.com/acube/invoice-sender", WebhookHeaders.empty(), rawBody);

        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(pem)).build())
                .dispatcher(WebhookDispatcher.builder().inbox(inboxStore).catchAll(this::onEvent).build())
                .endpoint(WebhookEndpoint.of("invoice-sender", "https://hooks.example.com/acube/invoice-sender"))
                .build();
        WebhookResponse r = receiver.receive("invoice-sender", request.method(), headers, rawBody);

        assertEquals(200, r.status(), r::toString);
        assertEquals(List.of(), handled, "stored, not yet handled");
        receiver.dispatcher().processDue();
        assertEquals(1, handled.size());
        assertEquals("inv-1", ((InvoiceEvent) handled.get(0)).invoiceUuid());
    }
}
