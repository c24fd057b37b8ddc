package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The sandbox on the real clock, everything in this test on the real clock too. No upper bound on
 * how long the lifecycle takes (a loaded machine may be slow): the poll gives up only after a
 * generous deadline, with a message saying where the invoice stood.
 */
class SystemClockTest {
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @Test
    void anInvoiceBecomesValidWithAUpoNoSoonerThanTheDefaultDelaysOfRealTime() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.system()).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            // dated today, so that it is not "in the future" on the real clock
            var invoice = Fixtures.invoice("SYS/1");
            String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
            ((com.fasterxml.jackson.databind.node.ObjectNode) invoice.get("Fa")).put("P_1", today);
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long started = System.nanoTime();
            String uuid = Fixtures.send(client, invoice);
            Instant after = Instant.now();

            String status = "";
            int upo = 404;
            long deadline = started + DEADLINE.toNanos();
            while (true) {
                JsonNode inv = client.get("/invoices/" + uuid).json();
                status = inv.get("status").asText();
                upo = client.get("/invoices/" + uuid + "/upo", "application/xml").status();
                if (upo == 200) {
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    fail("no UPO " + DEADLINE.toSeconds() + " s after sending; the invoice is " + status);
                }
                Thread.sleep(100);
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("valid", status);
            assertEquals(200, upo);
            assertTrue(elapsedMillis >= sandbox.ksefDelays().total().toMillis() - 100,
                    "not before the 2 + 2 + 1 s of the defaults: " + elapsedMillis);
            Instant created = sandbox.store().invoice(uuid).orElseThrow().createdAt();
            assertFalse(created.isBefore(before) || created.isAfter(after),
                    "stamped on the system clock: " + created + " not within " + before + ".." + after);
        }
    }
}
