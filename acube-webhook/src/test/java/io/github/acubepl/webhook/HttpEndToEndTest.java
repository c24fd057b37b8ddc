package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryQueue;
import io.github.acubepl.webhook.sending.WebhookSender;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real HTTP on loopback: the delivery queue with the JDK client sender signs and POSTs, the JDK
 * {@code HttpServer} handler receives, verifies and dispatches.
 */
class HttpEndToEndTest {
    private final MutableClock clock = new MutableClock(Fixtures.CREATED);
    private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().clock(clock).inline(IdempotencyStore.inMemory())
                .catchAll(events::add).build();
        receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_KEY)).clock(clock).build())
                .dispatcher(dispatcher)
                .endpoint(WebhookEndpoint.of("invoice-sender", base + "/acube/webhooks/invoice-sender"))
                // behind a TLS terminator that also rewrites the path (docs/webhooks.md §2)
                .endpoint(WebhookEndpoint.of("legal-entity-invoice-upo", "https://public.example/acube/upo")
                        .withLocalPath("/upo"))
                .maxBodyBytes(1024)
                .build();
        server.createContext("/", receiver.httpHandler());
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().set("Location", base + "/acube/webhooks/invoice-sender");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/no-content", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private DeliveryQueue queue(WebhookSender sender) {
        return DeliveryQueue.builder().clock(clock).signer(Fixtures.signer(clock)).sender(sender).build();
    }

    private HttpResponse<String> raw(String method, String path, WebhookHeaders headers, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.toMap().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignedDeliveryOverHttpIsVerifiedAndHandled() {
        DeliveryQueue queue = queue(WebhookSender.httpClient());
        byte[] body = ReceiverFixture.senderPayload("inv-http", "valid");
        String id = queue.enqueue(base + "/acube/webhooks/invoice-sender", body);
        assertEquals(1, queue.runDue());
        assertEquals(Delivery.State.DELIVERED, queue.find(id).orElseThrow().state());
        assertEquals("inv-http", assertInstanceOf(InvoiceEvent.class, events.get(0)).invoiceUuid());

        // the same body again (a second delivery of one event) is a duplicate, still 200
        String again = queue.enqueue(base + "/acube/webhooks/invoice-sender", body);
        queue.runDue();
        assertEquals(Delivery.State.DELIVERED, queue.find(again).orElseThrow().state());
        assertEquals(1, events.size());
    }

    @Test
    void behindAProxyTheConfiguredPublicUrlIsVerifiedNotTheLocalOne() {
        WebhookSender real = WebhookSender.httpClient();
        // the signer signs the public URL; the "proxy" forwards to the local server and path
        WebhookSender proxy = r -> real.send(new WebhookSender.Request(r.deliveryId(), r.attempt(), base + "/upo",
                r.headers(), r.body()));
        DeliveryQueue queue = queue(proxy);
        String id = queue.enqueue("https://public.example/acube/upo", ReceiverFixture.legacyPayload("inv-proxy"));
        queue.runDue();
        assertEquals(Delivery.State.DELIVERED, queue.find(id).orElseThrow().state());
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, events.get(0));
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, e.type());
    }

    @Test
    void statusCodesOverHttp() throws Exception {
        byte[] body = ReceiverFixture.senderPayload("inv-codes", "valid");
        WebhookHeaders signed = Fixtures.signer(clock).sign("POST", base + "/acube/webhooks/invoice-sender",
                WebhookHeaders.empty(), body);

        HttpResponse<String> ok = raw("POST", "/acube/webhooks/invoice-sender", signed, body);
        assertEquals(200, ok.statusCode());
        assertEquals("ok", ok.body());
        assertEquals("duplicate", raw("POST", "/acube/webhooks/invoice-sender", signed, body).body());

        byte[] tampered = ReceiverFixture.senderPayload("inv-codes", "invalid");
        HttpResponse<String> unauthorized = raw("POST", "/acube/webhooks/invoice-sender", signed, tampered);
        assertEquals(401, unauthorized.statusCode());
        assertEquals("unauthorized", unauthorized.body());

        HttpResponse<String> get = raw("GET", "/acube/webhooks/invoice-sender", WebhookHeaders.empty(), new byte[0]);
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());

        assertEquals(404, raw("POST", "/elsewhere", signed, body).statusCode());
        assertEquals(413, raw("POST", "/acube/webhooks/invoice-sender", signed, new byte[1025]).statusCode());
    }

    @Test
    void aChunkedBodyOverTheCapIs413WithoutReadingItAll() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/acube/webhooks/invoice-sender"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[64 * 1024])))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
    }

    @Test
    void theRealSenderCountsOnlyExactly200() throws Exception {
        WebhookSender sender = WebhookSender.httpClient();
        WebhookHeaders h = WebhookHeaders.of("content-type", "application/json", "date", "Sun, 26 Feb 2023 03:49:36 GMT");
        assertEquals(302, sender.send(new WebhookSender.Request("d", 1, base + "/redirect", h, Fixtures.HELLO)),
                "redirects are not followed");
        assertEquals(204, sender.send(new WebhookSender.Request("d", 1, base + "/no-content", h, Fixtures.HELLO)));

        DeliveryQueue queue = queue(sender);
        String redirected = queue.enqueue(base + "/redirect", Fixtures.HELLO);
        String noContent = queue.enqueue(base + "/no-content", Fixtures.HELLO);
        queue.runDue();
        assertEquals(302, queue.find(redirected).orElseThrow().lastStatus());
        assertEquals(Delivery.State.PENDING, queue.find(redirected).orElseThrow().state());
        assertEquals(Delivery.State.PENDING, queue.find(noContent).orElseThrow().state());
        assertTrue(events.isEmpty(), "the redirect target never got the delivery");
    }

    @Test
    void aConnectionErrorIsAFailedAttempt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        WebhookSender sender = WebhookSender.httpClient();
        String url = "http://127.0.0.1:" + closedPort + "/hook";
        assertThrows(IOException.class,
                () -> sender.send(new WebhookSender.Request("d", 1, url, WebhookHeaders.empty(), Fixtures.HELLO)));
        DeliveryQueue queue = queue(sender);
        String id = queue.enqueue(url, Fixtures.HELLO);
        queue.runDue();
        Delivery d = queue.find(id).orElseThrow();
        assertEquals(Delivery.State.PENDING, d.state());
        assertEquals("ConnectException", d.lastError());
        assertEquals(Fixtures.CREATED.plus(Duration.ofMinutes(15)), d.nextAttemptAt());
    }

    @Test
    void theInboxWorkerRunsOnAScheduler() throws Exception {
        InboxStore inbox = InboxStore.inMemory();
        List<WebhookEvent> seen = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().clock(clock).inbox(inbox).catchAll(seen::add).build();
        WebhookReceiver r = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_KEY)).clock(clock).build())
                .dispatcher(dispatcher).endpoint(WebhookEndpoint.of("invoice-sender", Fixtures.URL)).build();
        assertEquals(200, r.receive("invoice-sender", "POST", Fixtures.vectorA(), Fixtures.HELLO).status());
        java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            java.util.concurrent.ScheduledFuture<?> worker = dispatcher.start(scheduler, Duration.ofMillis(10));
            // a generous deadline (a slow machine must not fail this), then a clear failure
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, seen.size(), "the worker did not run within 60 s");
            worker.cancel(false);
        } finally {
            scheduler.shutdownNow();
        }
        assertEquals(1, seen.size());
    }
}
