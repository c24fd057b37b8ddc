package io.github.acubepl.it.examples;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.TokenStore;
import io.github.acubepl.webhook.FetchedKeyResolver;
import io.github.acubepl.webhook.InboxStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes a webhook at the local simulator ({@code ./acube sandbox --legal-entity 5830147261}),
 * sends an invoice and receives its signed status notifications until KSeF's outcome.
 */
public final class ReceiveWebhooks {
    public static void main(String[] args) throws Exception {
        URI simulator = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080"); // the URL ./acube sandbox prints
        Path file = Path.of(args.length > 1 ? args[1] : "examples/invoice-fa3.json");
        InvoiceEvent outcome = sendAndReceive(simulator, file, Clock.systemUTC());
        System.out.println("KSeF number: " + outcome.ksefReferenceNumber());
    }

    /** Returns the notification of KSeF's outcome ({@code clock}: the system's, or a test's). */
    static InvoiceEvent sendAndReceive(URI simulator, Path file, Clock clock) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/acube/invoice-sender");
        CompletableFuture<InvoiceEvent> outcome = new CompletableFuture<>();
        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder()
                        .keyResolver(FetchedKeyResolver.builder()     // A-Cube's key: FetchedKeyResolver.SANDBOX
                                .url(simulator.resolve("/signature-public-key")).clock(clock).build())
                        .clock(clock)
                        .build())
                .dispatcher(WebhookDispatcher.builder()
                        .inbox(InboxStore.inMemory())   // stored, then 200 at once; JdbcInboxStore survives restarts
                        .on(WebhookType.INVOICE_SENDER, event -> {   // once per notification, either generation
                            InvoiceEvent e = (InvoiceEvent) event;
                            System.out.println(e.invoiceUuid() + " " + e.status());
                            if (InvoiceStatus.VALID.equals(e.status()) || InvoiceStatus.INVALID.equals(e.status())) {
                                outcome.complete(e);
                            }
                        })
                        .clock(clock)
                        .build())
                .endpoint(WebhookEndpoint.of("invoice-sender", url.toString()))  // the URL signed: as subscribed
                .build();
        server.createContext("/acube/", receiver.httpHandler());  // or receiver.receive(...) from a servlet
        server.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        receiver.dispatcher().start(scheduler, Duration.ofMillis(200));  // the worker that runs the handlers
        try {
            AcubeClient client = AcubeClient.builder()
                    .environment(Environment.custom(simulator, simulator))
                    .credentials(Credentials.of("sandbox@example.com", "sandbox-password"))
                    .tokenStore(TokenStore.inMemory())
                    .clock(clock)
                    .build();
            String seller = client.legalEntities().list().stream()
                    .filter(entity -> "5830147261".equals(entity.nip())).findFirst().orElseThrow().uuid();
            client.webhooks().create(seller, WebhookType.INVOICE_SENDER, url);  // the platform now POSTs to url
            client.invoices().send(InvoiceMapper.create().read(file));
            return outcome.get(60, TimeUnit.SECONDS);
        } finally {
            scheduler.shutdownNow();
            server.stop(0);
        }
    }
}
