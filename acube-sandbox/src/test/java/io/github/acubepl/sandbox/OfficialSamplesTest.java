package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every official FA(1) sample, sent as JSON and as XML, reaches {@code valid} with a downloadable UPO. */
class OfficialSamplesTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .clock(Clock.fixed(Fixtures.START, ZoneOffset.UTC)).build();

    @Test
    void theSixteenOfficialSamplesArePresent() {
        // a plain test, so that a skip (files absent) shows in the counts with its message
        assertEquals(16, Fixtures.fa1Samples().size());
    }

    static Stream<Path> samples() {
        List<Path> samples = Fixtures.fa1Samples();
        assertEquals(16, samples.size(), samples::toString);
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reachesValidWithAUpoAsJsonAndAsXml(Path sample) throws IOException {
        byte[] xml = Files.readAllBytes(sample);
        byte[] json = MAPPER.read(xml).toJson();
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        // two users: each has its own simulated KSeF, so the JSON and the XML copies are not duplicates
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock)
                .user("json@example.com", "j").user("xml@example.com", "x").build().start()) {
            Client asJson = new Client(sandbox).login(sandbox.users().get(0));
            Client asXml = new Client(sandbox).login(sandbox.users().get(1));
            String nip = MAPPER.read(xml).toModel(io.github.acubepl.model.fa1.Faktura.class)
                    .getPodmiot1().getDaneIdentyfikacyjne().getNIP();
            Fixtures.register(asJson, nip);
            Fixtures.register(asXml, nip);

            Client.Reply sentJson = asJson.post("/invoices", "application/json", json);
            assertEquals(201, sentJson.status(), sentJson::text);
            Client.Reply sentXml = asXml.post("/invoices", "application/xml", xml);
            assertEquals(201, sentXml.status(), sentXml::text);

            clock.advance(sandbox.ksefDelays().total());

            check(asJson, sentJson.json().get("uuid").asText(), nip);
            check(asXml, sentXml.json().get("uuid").asText(), nip);
            assertEquals(xml.length, asXml.get("/invoices/" + sentXml.json().get("uuid").asText(), "application/xml")
                    .body().length, "the XML sent is the XML served");
        }
    }

    private static void check(Client client, String uuid, String nip) {
        Client.Reply inv = client.get("/invoices/" + uuid);
        assertEquals("valid", inv.json().get("status").asText(), inv::text);
        assertEquals(200, inv.json().get("processingCode").asInt());
        String number = inv.json().get("ksefReferenceNumber").asText();
        assertTrue(number.startsWith(nip + "-20310314-"), number);
        assertEquals(LifecycleTest.crc8Hex(number.substring(0, 32)), number.substring(33));
        Client.Reply upo = client.get("/invoices/" + uuid + "/upo", "application/xml");
        assertEquals(200, upo.status());
        assertTrue(upo.text().contains(number));
        assertFalse(upo.text().isBlank());
    }
}
