package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.testkit.OfficialFiles;
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

/**
 * The official samples through the simulator's HTTP API, as KSeF takes them today: every FA(3) sample,
 * sent as JSON and as XML, reaches {@code valid} with a downloadable UPO in the default (production)
 * simulator; every FA(2) sample does so in a simulator started as KSeF's TEST environment; every FA(1)
 * sample is refused with a violation of rule FA-TECH-002.
 */
class OfficialSamplesTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Clock.fixed(Fixtures.START, ZoneOffset.UTC)).build()).build();

    @Test
    void theOfficialSamplesArePresent() {
        // a plain test, so that a skip (files absent) shows in the counts with its message
        assertEquals(16, OfficialFiles.samples(1).size());
        assertEquals(16, OfficialFiles.samples(2).size());
        assertEquals(20, OfficialFiles.samples(3).size());
    }

    static Stream<Path> fa3() {
        List<Path> samples = OfficialFiles.samples(3);
        assertEquals(20, samples.size(), samples::toString);
        return samples.stream();
    }

    static Stream<Path> fa2() {
        List<Path> samples = OfficialFiles.samples(2);
        assertEquals(16, samples.size(), samples::toString);
        return samples.stream();
    }

    static Stream<Path> fa1() {
        List<Path> samples = OfficialFiles.samples(1);
        assertEquals(16, samples.size(), samples::toString);
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fa3")
    void everyFa3SampleReachesValidWithAUpoAsJsonAndAsXml(Path sample) throws IOException {
        reachesValid(sample, KsefEnvironment.PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fa2")
    void everyFa2SampleReachesValidInASimulatorOfKsefTest(Path sample) throws IOException {
        reachesValid(sample, KsefEnvironment.TEST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fa1")
    void everyFa1SampleIsRefusedSayingWhichVersionsKsefTakes(Path sample) throws IOException {
        byte[] xml = Files.readAllBytes(sample);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START))
                .ksefEnvironment(KsefEnvironment.TEST).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, sellerNip(xml));
            Client.Reply r = client.post("/invoices", "application/xml", xml);
            assertEquals(422, r.status(), r::text);
            JsonNode v = r.json().get("violations").get(0);
            assertEquals("FA-TECH-002", v.get("code").asText(), r::text);
            assertTrue(v.get("message").asText().contains("does not accept FA(1)"), r::text);
            assertEquals(0, sandbox.store().invoices().size());
        }
    }

    private static void reachesValid(Path sample, KsefEnvironment environment) throws IOException {
        byte[] xml = Files.readAllBytes(sample);
        byte[] json = MAPPER.read(xml).toJson();
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        // two users: each has its own simulated KSeF, so the JSON and the XML copies are not duplicates
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).ksefEnvironment(environment)
                .user("json@example.com", "j").user("xml@example.com", "x").build().start()) {
            Client asJson = new Client(sandbox).login(sandbox.users().get(0));
            Client asXml = new Client(sandbox).login(sandbox.users().get(1));
            String nip = sellerNip(xml);
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

    private static String sellerNip(byte[] xml) throws IOException {
        return Client.JSON.readTree(MAPPER.read(xml).toJson()).at("/Podmiot1/DaneIdentyfikacyjne/NIP").asText();
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
