package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.ProcessingCode;
import io.github.acubepl.transport.SentInvoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official FA(3) sample, sent through the client as JSON (converted with the mapping engine)
 * and as the XML itself, reaches {@code valid} in the sandbox and its UPO can be downloaded. The
 * samples share (seller NIP, RodzajFaktury, P_2) keys (and each is sent twice), so each copy goes to
 * an account of its own: each account has its own duplicate check (KSeF code 440).
 */
class OfficialSamplesTest {
    private static final int SAMPLES = 20;

    @Test
    void theTwentyOfficialFa3SamplesArePresent() {
        // a plain test, so that a skip (files absent) shows in the counts with its message
        assertEquals(SAMPLES, OfficialFiles.samples(3).size());
    }

    static Stream<Path> samples() {
        List<Path> samples = OfficialFiles.samples(3);
        assertEquals(SAMPLES, samples.size(), samples::toString);
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reachesValidWithAUpoAsJsonAndAsXml(Path sample) throws IOException {
        byte[] xml = Files.readAllBytes(sample);
        InvoiceDocument document = ItFixtures.MAPPER.read(xml);
        byte[] json = document.toJson();
        String nip = document.toModel(Faktura.class).getPodmiot1().getDaneIdentyfikacyjne().getNIP();

        SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
        SandboxUser jsonUser = new SandboxUser("json@example.com", "json-Pa55");
        SandboxUser xmlUser = new SandboxUser("xml@example.com", "xml-Pa55");
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).user(jsonUser).user(xmlUser).build().start()) {
            AcubeClient asJson = ItFixtures.client(sandbox, jsonUser, new RecordingSleeper()).build();
            AcubeClient asXml = ItFixtures.client(sandbox, xmlUser, new RecordingSleeper()).build();
            ItFixtures.register(asJson, nip);
            ItFixtures.register(asXml, nip);

            SentInvoice sentJson = asJson.invoices().sendJson(json);
            SentInvoice sentXml = asXml.invoices().sendXml(xml);
            assertEquals(201, sentJson.httpStatus(), sentJson::body);
            assertEquals(201, sentXml.httpStatus(), sentXml::body);

            clock.advance(sandbox.ksefDelays().total());

            check(asJson, sentJson.uuid(), nip);
            check(asXml, sentXml.uuid(), nip);
            assertArrayEquals(xml, asXml.invoices().getXml(sentXml.uuid()), "the XML sent is the XML served");
            ItFixtures.assertNoPostRepeated(sandbox.journal(), "/legal-entities", "/login");
        }
    }

    private static void check(AcubeClient client, String uuid, String nip) {
        Invoice invoice = client.invoices().get(uuid);
        assertEquals(InvoiceStatus.VALID, invoice.status(), invoice::toString);
        assertEquals(ProcessingCode.of(200), invoice.processingCode());
        assertTrue(invoice.acceptedByKsef(), invoice::toString);
        assertTrue(invoice.ksefReferenceNumber().startsWith(nip + "-20310314-"), invoice.ksefReferenceNumber());
        byte[] upo = client.invoices().upo(uuid).orElseThrow(() -> new AssertionError("no UPO for " + invoice));
        assertTrue(new String(upo, StandardCharsets.UTF_8).contains(invoice.ksefReferenceNumber()));
    }
}
