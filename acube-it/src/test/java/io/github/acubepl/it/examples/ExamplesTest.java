package io.github.acubepl.it.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.transport.TokenStore;
import io.github.acubepl.webhook.InvoiceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's Java programs (this folder; {@code DocExamplesTest} holds the README to them)
 * as a newcomer would, against the in-process simulator on loopback standing in for
 * {@code ./acube sandbox --legal-entity 5830147261}, on one manual clock pinned far from today.
 */
class ExamplesTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "invoice-fa3.json");
    private static final String SELLER_NIP = "5830147261";

    private final SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-03-14T09:26:53Z"));
    private AcubeSandbox sandbox;
    private AcubeClient client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start(); // the default user, as ./acube sandbox has
        client = AcubeClient.builder().environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of("sandbox@example.com", "sandbox-password"))
                .tokenStore(TokenStore.inMemory()).clock(clock.asClock()).build();
        // what --legal-entity 5830147261 does
        client.legalEntities().create(NewLegalEntity.builder().nip(SELLER_NIP).name("Company " + SELLER_NIP)
                .addressLine1("ul. Prosta 1").addressLine2("-").postcode("00-001").city("Warszawa")
                .countryIso2("PL").email("seller@example.com").build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void validateOfflinePrintsTheVerdictAndWritesTheSameInvoiceAsXml(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("invoice-fa3.xml");
        String printed = stdout(() -> ValidateOffline.main(new String[] {EXAMPLE.toString(), out.toString()}));

        assertTrue(printed.contains(EXAMPLE + ": FA(3), valid"), printed);
        assertTrue(printed.contains("invoice FV/2026/11/0042, total "), printed);
        InvoiceMapper mapper = InvoiceMapper.create();
        assertEquals(SourceSyntax.XML, mapper.read(out).syntax());
        assertEquals(new String(mapper.read(EXAMPLE).toJson(), StandardCharsets.UTF_8),
                new String(mapper.read(out).toJson(), StandardCharsets.UTF_8), "the conversion loses nothing");
    }

    @Test
    void sendToSimulatorSendsTheInvoiceWhichKsefThenAccepts() {
        Invoice sent = SendToSimulator.send(sandbox.baseUri(), EXAMPLE, clock.asClock());

        assertEquals(InvoiceStatus.IN_QUEUE, sent.status());
        clock.advance(Duration.ofMinutes(1));
        Invoice later = client.invoices().get(sent.uuid());
        assertEquals(InvoiceStatus.VALID, later.status());
        assertTrue(later.acceptedByKsef());
    }

    @Test
    void receiveWebhooksGetsTheSignedValidNotificationOfTheInvoiceItSent() throws Exception {
        CompletableFuture<InvoiceEvent> program = CompletableFuture.supplyAsync(() -> {
            try {
                return ReceiveWebhooks.sendAndReceive(sandbox.baseUri(), EXAMPLE, clock.asClock());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Time stands still until the invoice is in: then an hour of KSeF and webhook deliveries.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sandbox.journal().count("POST", "/invoices") == 0 && !program.isDone()) {
            if (System.nanoTime() > deadline) {
                fail("the program sent no invoice within 60 s");
            }
            Thread.sleep(5); // polling, with the deadline above
        }
        clock.advance(Duration.ofHours(1));

        InvoiceEvent outcome = program.get(60, TimeUnit.SECONDS);
        assertEquals(InvoiceStatus.VALID, outcome.status());
        assertTrue(outcome.isAcceptedByKsef());
        assertNotNull(outcome.ksefReferenceNumber());
        assertEquals(client.invoices().list().get(0).uuid(), outcome.invoiceUuid());
        assertEquals(1, sandbox.journal().count("POST", "/webhooks"), "subscribed through the client");
    }

    @Test
    void catchUpPurchasesBooksEachSuppliersInvoiceOnce() throws Exception {
        // what --legal-entity 9520316783 --incoming inbox/ does with the example invoice dropped there
        client.legalEntities().create(NewLegalEntity.builder().nip("9520316783").name("Company 9520316783")
                .addressLine1("ul. Prosta 2").addressLine2("-").postcode("00-001").city("Warszawa")
                .countryIso2("PL").email("buyer@example.com").build());
        String ksefNumber = sandbox.receiveFromSupplier(Files.readAllBytes(EXAMPLE.resolveSibling("invoice-fa3.xml")))
                .get(0).ksefReferenceNumber();

        String printed = stdout(() -> assertEquals(List.of(ksefNumber),
                CatchUpPurchases.catchUp(sandbox.baseUri(), clock.asClock())));

        assertTrue(printed.contains("1 listed, 1 handled, 0 failed"), printed);
        assertTrue(printed.contains("1 already handled, 0 handled"), printed);
    }

    /** What {@code body} prints on standard output. */
    private static String stdout(ThrowingRunnable body) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
