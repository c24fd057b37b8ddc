package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's receiver example: compiled here verbatim (its key resolver points at A-Cube's
 * sandbox, so it is not run), and the same wiring, with a pinned key, receiving a signed request
 * over loopback and handling it once.
 */
class ReadmeWebhookExampleTest {
    private static final Path ROOT = Path.of("..");

    /** What the example's handler calls. */
    interface Erp {
        void invoiceStatus(String invoiceUuid, io.github.acubepl.core.InvoiceStatus status, String ksefNumber);
    }

    /** Verbatim from the README; compiled, never called (it would reach A-Cube's real sandbox). */
    @SuppressWarnings("unused")
    private static WebhookReceiver readmeExample(DataSource dataSource, HttpServer server,
            ScheduledExecutorService scheduler, Erp erp) {
        // README:start
        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder()
                        .keyResolver(FetchedKeyResolver.of(FetchedKeyResolver.SANDBOX)) // fetched once, then cached
                        .build())
                .dispatcher(WebhookDispatcher.builder()
                        .inbox(new JdbcInboxStore(dataSource, "acube_").initialize())  // stored, then 200 at once
                        .on(WebhookType.INVOICE_SENDER, event -> {
                            InvoiceEvent e = (InvoiceEvent) event;                  // once per notification
                            erp.invoiceStatus(e.invoiceUuid(), e.status(), e.ksefReferenceNumber());
                        })
                        .build())
                .endpoint(WebhookEndpoint.of("invoice-sender", "https://erp.example.com/acube/invoice-sender"))
                .build();
        server.createContext("/acube/", receiver.httpHandler());          // or receiver.receive(...) from a servlet
        receiver.dispatcher().start(scheduler, Duration.ofSeconds(1));   // the worker that runs the handlers
        // README:end
        return receiver;
    }

    @Test
    void theSameWiringHandlesASignedNotificationOnce() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DataSource dataSource = Databases.h2();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> handled = new CopyOnWriteArrayList<>();
        Erp erp = (uuid, status, ksef) -> handled.add(uuid + " " + status + " " + ksef);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/acube/invoice-sender";
        WebhookReceiver receiver = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(KeyResolver.pinned(keys.getPublic())).build())
                .dispatcher(WebhookDispatcher.builder()
                        .inbox(new JdbcInboxStore(dataSource, "acube_").initialize())
                        .on(WebhookType.INVOICE_SENDER, event -> {
                            InvoiceEvent e = (InvoiceEvent) event;
                            erp.invoiceStatus(e.invoiceUuid(), e.status(), e.ksefReferenceNumber());
                        })
                        .build())
                .endpoint(WebhookEndpoint.of("invoice-sender", url))
                .build();
        server.createContext("/acube/", receiver.httpHandler());
        server.start();
        try {
            byte[] body = ("{\"legalEntityUuid\":\"le\",\"invoiceUuid\":\"inv-1\",\"status\":\"valid\","
                    + "\"processingCode\":200,\"ksefReferenceNumber\":\"K-1\",\"webhookType\":\"invoice-sender\"}")
                    .getBytes(StandardCharsets.UTF_8);
            WebhookSigner signer = WebhookSigner.builder().privateKey(keys.getPrivate()).build();
            HttpClient http = HttpClient.newHttpClient();
            for (int attempt = 0; attempt < 2; attempt++) { // the platform retrying: the same body, signed again
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                WebhookHeaders signed = signer.sign("POST", url, WebhookHeaders.of("content-type", "application/json"), body);
                request.header("Content-Type", "application/json");
                for (Map.Entry<String, List<String>> h : signed.toMap().entrySet()) {
                    request.header(h.getKey(), h.getValue().get(0));
                }
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                receiver.dispatcher().processDue();
            }
            assertEquals(List.of("inv-1 valid K-1"), handled);
        } finally {
            server.stop(0);
            Databases.shutdownH2(dataSource);
        }
    }

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/acubepl/webhook/ReadmeWebhookExampleTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("        // README:end"));
        StringBuilder dedented = new StringBuilder();
        for (String line : List.of(example.strip().split("\n"))) {
            dedented.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
        }
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(dedented.toString()), "README.md must contain, verbatim:\n" + dedented);
    }
}
