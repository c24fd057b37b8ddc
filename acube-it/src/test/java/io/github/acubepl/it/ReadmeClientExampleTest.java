package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.TokenStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's client example: compiled here verbatim (it targets A-Cube's sandbox, so it is not
 * run), and the same steps run against the local simulator.
 */
class ReadmeClientExampleTest {
    private static final Path ROOT = Path.of("..");

    /** Verbatim from the README; compiled, never called (it would reach A-Cube's real sandbox). */
    @SuppressWarnings("unused")
    private static Invoice readmeExample(String email, String password, Faktura invoice) {
        // README:start
        AcubeClient client = AcubeClient.builder()
                .environment(Environment.SANDBOX)
                .credentials(Credentials.of(email, password))
                .tokenStore(TokenStore.fileInAcubeHome())        // one login per 24 h, across restarts
                .build();
        SentInvoice sent = client.invoices().send(invoice);       // never repeated automatically
        Invoice status = client.invoices().get(sent.uuid());      // in_queue → processing → valid / invalid
        // README:end
        return status;
    }

    @Test
    void theSameStepsWorkAgainstTheSimulator() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-03-14T09:26:53Z"));
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Faktura invoice = InvoiceMapper.create().readModel(Files.readAllBytes(ROOT.resolve("examples/invoice-fa3.json")),
                    Faktura.class);
            AcubeClient client = AcubeClient.builder()
                    .environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                    .credentials(Credentials.of(SandboxUser.DEFAULT_EMAIL, SandboxUser.DEFAULT_PASSWORD))
                    .tokenStore(TokenStore.inMemory())
                    .clock(clock.asClock())
                    .build();
            client.legalEntities().create(NewLegalEntity.builder()
                    .nip(invoice.getPodmiot1().getDaneIdentyfikacyjne().getNIP()).name("Seller")
                    .addressLine1("ul. Prosta 1").addressLine2("-").postcode("00-001").city("Warszawa")
                    .countryIso2("PL").email("seller@example.com").build());
            SentInvoice sent = client.invoices().send(invoice);
            assertEquals(InvoiceStatus.IN_QUEUE, client.invoices().get(sent.uuid()).status());
            clock.advance(Duration.ofMinutes(1));
            Invoice status = client.invoices().get(sent.uuid());
            assertEquals(InvoiceStatus.VALID, status.status());
            assertTrue(status.acceptedByKsef());
        }
    }

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/acubepl/it/ReadmeClientExampleTest.java"),
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
