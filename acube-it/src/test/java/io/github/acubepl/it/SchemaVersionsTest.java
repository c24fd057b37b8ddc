package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.ProcessingCode;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client against the simulator as KSeF is today (issue 8): the default fixtures are FA(3) (see
 * {@link InvoicesTest}); here the one FA(1) case (refused everywhere, with a violation that says why),
 * the one FA(2) case (refused by the default simulator, taken by one started as KSeF's TEST
 * environment), and an FA(3) invoice with an attachment ({@code Zalacznik}, processing code 415 unless
 * the seller is set up for attachments). The FA(1) and FA(2) invoices are the first official samples,
 * sent as typed models.
 */
class SchemaVersionsTest {
    private static final String SAMPLE_SELLER = "9999999999"; // the seller of the official samples

    private static io.github.acubepl.model.fa1.Faktura fa1() throws IOException {
        return ItFixtures.MAPPER.readModel(Files.readAllBytes(OfficialFiles.samples(1).get(0)),
                io.github.acubepl.model.fa1.Faktura.class);
    }

    private static io.github.acubepl.model.fa2.Faktura fa2() throws IOException {
        return ItFixtures.MAPPER.readModel(Files.readAllBytes(OfficialFiles.samples(2).get(0)),
                io.github.acubepl.model.fa2.Faktura.class);
    }

    private static AcubeSandbox sandbox(SandboxClock.Manual clock, KsefEnvironment environment) {
        return AcubeSandbox.builder().clock(clock).user(ItFixtures.EMAIL, ItFixtures.PASSWORD)
                .ksefEnvironment(environment).build().start();
    }

    private static Violation onlyViolation(AcubeApiException e) {
        assertEquals(422, e.status(), e::getMessage);
        assertEquals(1, e.violations().size(), e.violations()::toString);
        return e.violations().get(0);
    }

    @Test
    void anFa1ModelIsRefusedWithAViolationSayingNoKsefEnvironmentTakesIt() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
        try (AcubeSandbox sandbox = sandbox(clock, KsefEnvironment.TEST)) {
            AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
            ItFixtures.register(client, SAMPLE_SELLER);
            AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.invoices().send(fa1()));
            Violation v = onlyViolation(e);
            assertEquals("FA-TECH-002", v.code());
            assertEquals("naglowek.kodFormularza.kodSystemowy", v.propertyPath());
            assertTrue(v.message().contains("KSeF TEST does not accept FA(1) invoices; it takes FA(2), FA(3)"),
                    v.message());
            assertTrue(v.message().contains("no KSeF 2.0 environment accepts FA(1) invoices"), v.message());
            assertEquals(List.of(), sandbox.store().invoices(), "nothing was created");
        }
    }

    @Test
    void anFa2ModelIsRefusedByTheDefaultSimulatorAndTakenWhenItIsKsefTest() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
        try (AcubeSandbox production = sandbox(clock, KsefEnvironment.PRODUCTION)) {
            AcubeClient client = ItFixtures.client(production, new RecordingSleeper()).build();
            ItFixtures.register(client, SAMPLE_SELLER);
            AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.invoices().send(fa2()));
            Violation v = onlyViolation(e);
            assertEquals("FA-TECH-002", v.code());
            assertTrue(v.message().contains("KSeF PRODUCTION does not accept FA(2) invoices; it takes FA(3)"),
                    v.message());
            assertTrue(v.message().contains("only KSeF TEST accepts FA(2) invoices"), v.message());
            assertEquals(List.of(), production.store().invoices());
        }
        try (AcubeSandbox test = sandbox(clock, KsefEnvironment.TEST)) {
            AcubeClient client = ItFixtures.client(test, new RecordingSleeper()).build();
            ItFixtures.register(client, SAMPLE_SELLER);
            SentInvoice sent = client.invoices().send(fa2());
            assertEquals(201, sent.httpStatus());
            assertEquals("FA(2)", test.store().invoice(sent.uuid()).orElseThrow().format());
            clock.advance(test.ksefDelays().total());
            Invoice invoice = client.invoices().get(sent.uuid());
            assertTrue(invoice.acceptedByKsef(), invoice::toString);
        }
    }

    @Test
    void anFa3InvoiceWithZalacznikEndsInvalidWith415UnlessTheSellerIsSetUpForAttachments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode invoice = (ObjectNode) json.readTree(ItFixtures.json(ItFixtures.invoice("FV/IT/Z1")));
        invoice.set("Zalacznik", json.readTree("{\"BlokDanych\": [{\"MetaDane\": [{\"ZKlucz\": \"Umowa\","
                + " \"ZWartosc\": \"U/2026/3\"}]}]}"));
        byte[] withAttachment = json.writeValueAsBytes(invoice);
        SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
        try (AcubeSandbox sandbox = sandbox(clock, KsefEnvironment.PRODUCTION)) {
            AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
            ItFixtures.register(client, ItFixtures.SELLER_NIP);
            SentInvoice refused = client.invoices().sendJson(withAttachment);
            clock.advance(sandbox.ksefDelays().total());
            Invoice r = client.invoices().get(refused.uuid());
            assertEquals(InvoiceStatus.INVALID, r.status(), r::toString);
            assertEquals(ProcessingCode.of(415), r.processingCode());
            assertEquals("attachments not allowed", r.processingCode().meaning().orElseThrow());

            sandbox.allowAttachments(ItFixtures.SELLER_NIP, true);
            ((ObjectNode) invoice.get("Fa")).put("P_2", "FV/IT/Z2");
            SentInvoice taken = client.invoices().sendXml(ItFixtures.MAPPER.read(json.writeValueAsBytes(invoice)).toXml());
            clock.advance(sandbox.ksefDelays().total());
            assertTrue(client.invoices().get(taken.uuid()).acceptedByKsef());
        }
    }
}
