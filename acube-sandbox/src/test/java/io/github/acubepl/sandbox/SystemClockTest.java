package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SystemClockTest {
    @Test
    void anInvoiceBecomesValidWithAUpoWithinSecondsOfRealTime() throws Exception {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.system()).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            // dated today, so that it is not "in the future" on the real clock
            var invoice = Fixtures.invoice("SYS/1");
            String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
            ((com.fasterxml.jackson.databind.node.ObjectNode) invoice.get("Fa")).put("P_1", today);
            long started = System.nanoTime();
            String uuid = Fixtures.send(client, invoice);

            String status = "";
            int upo = 404;
            long deadline = started + Duration.ofSeconds(12).toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode inv = client.get("/invoices/" + uuid).json();
                status = inv.get("status").asText();
                upo = client.get("/invoices/" + uuid + "/upo", "application/xml").status();
                if (upo == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("valid", status);
            assertEquals(200, upo);
            assertTrue(elapsedMillis >= 4_900, "not before the 2 + 2 + 1 s of the defaults: " + elapsedMillis);
            assertTrue(elapsedMillis < 9_000, "within a few seconds: " + elapsedMillis);
            Instant created = sandbox.store().invoice(uuid).orElseThrow().createdAt();
            assertTrue(Duration.between(created, Instant.now()).abs().getSeconds() < 60, "the system clock");
        }
    }
}
