package io.github.acubepl.it.examples;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.TokenStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** Sends an invoice to the local simulator ({@code ./acube sandbox --legal-entity 5830147261}). */
public final class SendToSimulator {
    public static void main(String[] args) throws Exception {
        URI simulator = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080"); // the URL ./acube sandbox prints
        Path file = Path.of(args.length > 1 ? args[1] : "examples/invoice-fa3.json");
        Invoice invoice = send(simulator, file, Clock.systemUTC());
        System.out.println(invoice.uuid() + " " + invoice.status());
    }

    /** Sends {@code file} and reads its status back ({@code clock}: the system's, or a test's). */
    static Invoice send(URI simulator, Path file, Clock clock) {
        AcubeClient client = AcubeClient.builder()
                .environment(Environment.custom(simulator, simulator))  // A-Cube's own: Environment.SANDBOX
                .credentials(Credentials.of("sandbox@example.com", "sandbox-password"))
                .tokenStore(TokenStore.inMemory())         // TokenStore.fileInAcubeHome(): one login per 24 h
                .clock(clock)
                .build();
        SentInvoice sent = client.invoices().send(InvoiceMapper.create().read(file)); // never repeated automatically
        return client.invoices().get(sent.uuid());           // in_queue → processing → valid / invalid
    }
}
