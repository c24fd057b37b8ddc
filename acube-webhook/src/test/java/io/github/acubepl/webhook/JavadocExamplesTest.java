package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.WebhookResponse.Outcome;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The {@code <pre>{@code ...}</pre>} examples of the receiving package, each copied here verbatim
 * (between the {@code example:} markers) and run: the package's own (package-info.java),
 * {@link WebhookReceiver}'s and {@link WebhookVerifier}'s. Everything runs on the real clock.
 */
class JavadocExamplesTest {
    private static final byte[] BODY = ("{\"legalEntityUuid\":\"le-1\",\"invoiceUuid\":\"inv-1\",\"status\":\"valid\","
            + "\"processingCode\":200,\"ksefReferenceNumber\":\"K-1\",\"webhookType\":\"invoice-sender\"}")
            .getBytes(StandardCharsets.UTF_8);

    /** What the package example's handler calls. */
    interface Erp {
        void invoiceStatus(@Nullable String invoiceUuid, @Nullable InvoiceStatus status);
    }

    /** The stand-in for a framework's request in {@link WebhookReceiver}'s example. */
    record Request(String method) {
    }

    private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();

    private void onEvent(WebhookEvent event) {
        events.add(event);
    }

    private static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static WebhookHeaders signed(PrivateKey key, String publicUrl, byte[] body) {
        return WebhookSigner.builder().privateKey(key).build()
                .sign("POST", publicUrl, WebhookHeaders.of("content-type", "application/json"), body);
    }

    private static int post(HttpClient http, String url, WebhookHeaders headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> h : headers.toMap().entrySet()) {
            for (String value : h.getValue()) {
                request.header(h.getKey(), value);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void thePackageExampleHandlesASignedInvoiceNotificationOnceAndRefusesAForgedOne() throws Exception {
        KeyPair keys = ed25519();
        String publicKeyPem = Ed25519Keys.pem(keys.getPublic());
        int port = 0;
        List<String> handled = new CopyOnWriteArrayList<>();
        Erp erp = (uuid, status) -> handled.add(uuid + " " + status);

        // example: io/github/acubepl/webhook/package-info.java
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder()
                        .keyResolver(KeyResolver.pinned(publicKeyPem)) // GET /signature-public-key, saved once
                        .build())
                .dispatcher(WebhookDispatcher.builder()
                        .inline(IdempotencyStore.inMemory())           // the handler runs before the answer
                        .on(WebhookType.INVOICE_SENDER, event -> {      // also legal-entity-invoice-sender
                            InvoiceEvent invoice = (InvoiceEvent) event;
                            erp.invoiceStatus(invoice.invoiceUuid(), invoice.status());
                        })
                        .build())
                .endpoint(WebhookEndpoint.of("invoice-sender", "https://erp.example.com/acube/invoice-sender"))
                .build();
        server.createContext("/acube/", receiver.httpHandler());
        server.start();
        // example end

        try {
            // The platform signs the public URL; the request reaches us on loopback, as behind a TLS terminator.
            String publicUrl = "https://erp.example.com/acube/invoice-sender";
            String local = "http://127.0.0.1:" + server.getAddress().getPort() + "/acube/invoice-sender";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertEquals(200, post(http, local, signed(keys.getPrivate(), publicUrl, BODY), BODY));
            assertEquals(200, post(http, local, signed(keys.getPrivate(), publicUrl, BODY), BODY), "a retry");
            assertEquals(401, post(http, local, signed(ed25519().getPrivate(), publicUrl, BODY), BODY), "forged");
            assertEquals(List.of("inv-1 valid"), handled);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theReceiverExampleQueuesASignedNotificationInTheInboxAndTheWorkerHandlesIt() throws Exception {
        KeyPair keys = ed25519();
        String pem = Ed25519Keys.pem(keys.getPublic());
        InboxStore inboxStore = InboxStore.inMemory();
        Request request = new Request("POST");
        byte[] rawBody = BODY;
        WebhookHeaders headers = signed(keys.getPrivate(), "https://hooks.example.com/acube/invoice-sender", rawBody);

        // example: io/github/acubepl/webhook/WebhookReceiver.java
        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(pem)).build())
                .dispatcher(WebhookDispatcher.builder().inbox(inboxStore).catchAll(this::onEvent).build())
                .endpoint(WebhookEndpoint.of("invoice-sender", "https://hooks.example.com/acube/invoice-sender"))
                .build();
        WebhookResponse r = receiver.receive("invoice-sender", request.method(), headers, rawBody);
        // example end

        assertEquals(200, r.status());
        assertEquals(Outcome.QUEUED, r.outcome());
        assertTrue(events.isEmpty(), "inbox mode answers before the handler runs");
        assertEquals(1, receiver.dispatcher().processDue());
        assertEquals(1, events.size());
        InvoiceEvent event = (InvoiceEvent) events.get(0);
        assertEquals(WebhookType.INVOICE_SENDER, event.type());
        assertEquals("K-1", event.ksefReferenceNumber());
    }

    @Test
    void theVerifierExampleReturnsTheSignatureItChecked() throws Exception {
        KeyPair keys = ed25519();
        String pemFromConfiguration = Ed25519Keys.pem(keys.getPublic());
        byte[] body = BODY;
        WebhookHeaders headers = signed(keys.getPrivate(), "https://hooks.example.com/acube/invoice-sender", body);

        // example: io/github/acubepl/webhook/WebhookVerifier.java
        WebhookVerifier verifier = WebhookVerifier.builder()
                .keyResolver(KeyResolver.pinned(pemFromConfiguration))
                .build();
        VerifiedSignature ok = verifier.verify("POST", "https://hooks.example.com/acube/invoice-sender", headers, body);
        // example end

        assertEquals("pyhms", ok.label());
        assertEquals("acube", ok.keyId());
        assertEquals(List.of("@method", "@authority", "@target-uri", "date", "content-digest"), ok.components());
    }
}
