package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The examples of the package documentation ({@code package-info.java}) and of the class
 * documentation that repeats them ({@link AcubeSandbox}, {@link Faults}, {@link Journal},
 * {@link SandboxStore}, {@link InvoiceChangeListener}), verbatim, so that each compiles and runs.
 */
class PackageExamplesTest {

    @Test
    void theStartExampleStartsASandboxAndAdvancesItsClock() {
        SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-03-14T09:26:53Z"));
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            URI baseUri = sandbox.baseUri();   // http://127.0.0.1:N, the common and the PL API on one port
            SandboxUser user = sandbox.user(); // sandbox@example.com / sandbox-password
            // ... point the client under test at baseUri, log in as user, send invoices ...
            clock.advance(sandbox.ksefDelays().total()); // in_queue -> processing -> valid, UPO ready
        }

        assertEquals(Instant.parse("2031-03-14T09:26:53Z").plus(KsefDelays.defaults().total()), clock.instant());
    }

    @Test
    void theFaultJournalStoreAndListenerExamplesRun() {
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);

            List<InvoiceChange> changes = new CopyOnWriteArrayList<>();
            sandbox.addInvoiceChangeListener(changes::add); // called in order, after each change is visible
            sandbox.faults().on("POST", "/invoices").dropAfterHandling(); // handled, but the client gets no answer
            sandbox.faults().on("GET", "/invoices/*").times(2).serviceUnavailable(Duration.ofSeconds(1));
            sandbox.faults().onAnyMethod("/webhooks/**").always().respond(500);
            sandbox.faults().on("GET", "/legal-entities").delay(Duration.ofMillis(300));

            assertEquals(4, sandbox.faults().armed().size());
            assertThrows(IOException.class, () -> client.trySend("POST", "/invoices", "application/json",
                    Fixtures.bytes(Fixtures.invoice()), "application/json"), "the dropped answer");

            assertEquals(1, sandbox.journal().count("POST", "/invoices"));
            SandboxInvoice invoice = sandbox.store().invoices().get(0);
            clock.advance(sandbox.ksefDelays().total());
            assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(invoice.uuid()).orElseThrow().status());

            assertEquals(List.of(InvoiceChange.Kind.CREATED, InvoiceChange.Kind.STATUS_CHANGED,
                    InvoiceChange.Kind.STATUS_CHANGED, InvoiceChange.Kind.UPO_AVAILABLE),
                    changes.stream().map(InvoiceChange::kind).toList());
            assertEquals(3, sandbox.faults().armed().size(), "the drop was used up");
        }
    }

    @Test
    void theStallExamplesRun() {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START)).build().start();
                RawHttp raw = new RawHttp(sandbox)) {
            raw.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(200, raw.read().status());

            sandbox.faults().on("POST", "/invoices").stall(); // never answered, the connection stays open
            long accepted = sandbox.faults().stallOpenConnections(); // those open now die, new ones are served

            assertEquals(1, accepted);
            assertEquals(Faults.Kind.STALL, sandbox.faults().armed().get(0).kind());
            raw.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertTrue(raw.silentFor(300), "the open connection died silently");
            try (RawHttp fresh = new RawHttp(sandbox)) {
                fresh.send("GET /signature-public-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                assertEquals(200, fresh.read().status(), "a new one is served");
            }
        }
    }
}
