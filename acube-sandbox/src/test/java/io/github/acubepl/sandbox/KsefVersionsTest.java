package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.testkit.OfficialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulated KSeF as KSeF is today (issue 8): FA(3) taken everywhere, FA(2) only when the simulator
 * is started as KSeF's TEST environment, FA(1) nowhere, each refusal a {@code 422} violation that says
 * which versions the environment takes; an FA(3) invoice with {@code Zalacznik} ends {@code invalid}
 * with processing code 415 unless its seller is set up for attachments; the keys A-Cube's own FA(3)
 * example carries that FA(3) does not have are accepted when empty.
 */
class KsefVersionsTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Clock.fixed(Fixtures.START, ZoneOffset.UTC)).build()).build();

    /** The first official sample of each version, the seller registered: a valid invoice of that version. */
    private static final Map<String, Integer> VERSIONS = Map.of("FA(1)", 1, "FA(2)", 2, "FA(3)", 3);

    private static byte[] firstSample(String version) throws IOException {
        return Files.readAllBytes(OfficialFiles.samples(VERSIONS.get(version)).get(0));
    }

    private static String sellerNip(byte[] xml) throws IOException {
        return Client.JSON.readTree(MAPPER.read(xml).toJson()).at("/Podmiot1/DaneIdentyfikacyjne/NIP").asText();
    }

    @Test
    void theDefaultSimulatorBehavesAsKsefProduction() {
        assertEquals(KsefEnvironment.PRODUCTION, AcubeSandbox.builder().build().ksefEnvironment());
    }

    @ParameterizedTest
    @EnumSource(KsefEnvironment.class)
    void theSimulatorTakesExactlyTheVersionsRuleFaTech002SaysItsEnvironmentTakes(KsefEnvironment environment)
            throws IOException {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START))
                .ksefEnvironment(environment).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            for (String version : List.of("FA(1)", "FA(2)", "FA(3)")) {
                byte[] xml = firstSample(version);
                String nip = sellerNip(xml);
                if (client.get("/legal-entities").json().findValuesAsText("nip").stream().noneMatch(nip::equals)) {
                    Fixtures.register(client, nip);
                }
                // the same verdict as the validator's rule with the same target environment
                boolean ruleSays = InvoiceMapper.builder()
                        .context(ValidationContext.builder()
                                .clock(Clock.fixed(Fixtures.START, ZoneOffset.UTC))
                                .targetEnvironment(environment)
                                .build())
                        .build().validate(xml).issues().stream()
                        .noneMatch(i -> i.ruleId().equals("FA-TECH-002"));
                assertEquals(environment.accepts(version), ruleSays, version);
                for (String path : List.of("/invoices/v3/validate", "/invoices")) {
                    Client.Reply r = client.post(path, "application/xml", xml);
                    if (environment.accepts(version)) {
                        assertEquals(path.endsWith("validate") ? 200 : 201, r.status(), () -> version + " " + r.text());
                    } else {
                        assertEquals(422, r.status(), () -> version + " " + r.text());
                        JsonNode v = r.json().get("violations").get(0);
                        assertEquals(1, r.json().get("violations").size(), r::text);
                        assertEquals("FA-TECH-002", v.get("code").asText());
                        assertEquals("naglowek.kodFormularza.kodSystemowy", v.get("propertyPath").asText());
                        String message = v.get("message").asText();
                        assertTrue(message.contains("KSeF " + environment + " does not accept " + version), message);
                        assertTrue(message.contains("it takes " + String.join(", ",
                                environment.acceptedVersions().stream().sorted().toList())), message);
                    }
                }
            }
            long taken = environment.acceptedVersions().size();
            assertEquals(taken, sandbox.store().invoices().size(), "only the versions taken are stored");
        }
    }

    @Test
    void anFa1InvoiceIsRefusedInEveryEnvironmentSayingNoEnvironmentTakesIt() {
        for (KsefEnvironment environment : KsefEnvironment.values()) {
            try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START))
                    .ksefEnvironment(environment).build().start()) {
                Client client = new Client(sandbox).login(sandbox.user());
                Fixtures.register(client, Fixtures.SELLER_NIP);
                Client.Reply r = client.post("/invoices", "application/json", Fixtures.bytes(Fixtures.fa1Invoice()));
                assertEquals(422, r.status(), r::text);
                assertTrue(r.json().get("detail").asText().contains("no KSeF 2.0 environment accepts FA(1) invoices"),
                        r::text);
            }
        }
    }

    /** {@code Zalacznik} with one data block, as docs/json-convention.md writes it. */
    private static ObjectNode withAttachment(String number) throws IOException {
        ObjectNode invoice = Fixtures.invoice(number);
        invoice.set("Zalacznik", Client.JSON.readTree("{\"BlokDanych\": [{\"ZNaglowek\": \"Specyfikacja\","
                + " \"MetaDane\": [{\"ZKlucz\": \"Zamówienie\", \"ZWartosc\": \"ZAM/2026/77\"}],"
                + " \"Tekst\": {\"Akapit\": [\"Szkolenie w dwóch grupach.\"]}}]}"));
        return invoice;
    }

    private static JsonNode decided(Client client, SandboxClock.Manual clock, AcubeSandbox sandbox, String uuid) {
        clock.advance(sandbox.ksefDelays().total());
        Client.Reply r = client.get("/invoices/" + uuid);
        assertEquals(200, r.status(), r::text);
        return r.json();
    }

    @Test
    void anFa3InvoiceWithZalacznikEndsInvalidWith415UnlessTheSellerIsSetUpForAttachments() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);

            String refused = Fixtures.send(client, withAttachment("ZAL/1"));
            JsonNode inv = decided(client, clock, sandbox, refused);
            assertEquals("invalid", inv.get("status").asText(), inv::toString);
            assertEquals(415, inv.get("processingCode").asInt());
            assertEquals("Attachments not allowed", inv.get("processingDescription").asText());
            assertTrue(inv.get("ksefReferenceNumber").isNull());
            assertEquals(404, client.get("/invoices/" + refused + "/upo", "application/xml").status());

            String plain = Fixtures.send(client, Fixtures.invoice("ZAL/2"));
            assertEquals("valid", decided(client, clock, sandbox, plain).get("status").asText(),
                    "the same seller's invoice without an attachment");

            sandbox.allowAttachments(Fixtures.SELLER_NIP, true);
            String allowed = Fixtures.send(client, withAttachment("ZAL/3"));
            JsonNode ok = decided(client, clock, sandbox, allowed);
            assertEquals("valid", ok.get("status").asText(), ok::toString);
            assertEquals(200, ok.get("processingCode").asInt());
            String xml = client.get("/invoices/" + allowed, "application/xml").text();
            assertTrue(xml.contains("<Zalacznik>"), "the attachment is kept in the FA XML");

            sandbox.allowAttachments(Fixtures.SELLER_NIP, false);
            String again = Fixtures.send(client, withAttachment("ZAL/4"));
            assertEquals(415, decided(client, clock, sandbox, again).get("processingCode").asInt());
        }
    }

    @Test
    void aSellerSetUpForAttachmentsOnTheBuilderHasItsZalacznikInvoicesAccepted() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).allowAttachments(Fixtures.SELLER_NIP).build()
                .start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            String other = Fixtures.nip(7);
            Fixtures.register(client, other);
            String uuid = Fixtures.send(client, withAttachment("ZAL/B1"));
            assertEquals("valid", decided(client, clock, sandbox, uuid).get("status").asText());

            ObjectNode otherSeller = withAttachment("ZAL/B2");
            ((ObjectNode) otherSeller.at("/Podmiot1/DaneIdentyfikacyjne")).put("NIP", other);
            String refused = Fixtures.send(client, otherSeller);
            assertEquals(415, decided(client, clock, sandbox, refused).get("processingCode").asInt(),
                    "the setting is per seller");
        }
    }

    @Test
    void anFa3InvoiceWithZalacznikSentAsXmlEndsInvalidWith415Too() throws IOException {
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            byte[] xml = MAPPER.read(Fixtures.bytes(withAttachment("ZAL/X1"))).toXml();
            Client.Reply r = client.post("/invoices", "application/xml", xml);
            assertEquals(201, r.status(), r::text);
            assertEquals(415, decided(client, clock, sandbox, r.json().get("uuid").asText()).get("processingCode").asInt());
        }
    }

    /** reference/acube-api-pl.md §13: the keys of A-Cube's FA(3) example that FA(3) does not have, as it sends them. */
    private static ObjectNode withAcubesExtraKeys(String number) {
        ObjectNode invoice = Fixtures.invoice(number);
        ((ObjectNode) invoice.get("Podmiot1")).putArray("Telefon");
        ((ObjectNode) invoice.get("Podmiot2")).putArray("Telefon");
        ObjectNode fa = (ObjectNode) invoice.get("Fa");
        for (String key : List.of("P_6Z", "P_15Z", "KursWalutyZW", "NrFaZaliczkowej", "DaneFaKorygowanejPozaKSEF")) {
            fa.putArray(key);
        }
        return invoice;
    }

    @Test
    void theExtraKeysOfAcubesFa3ExampleAreAcceptedWhenEmptyAndNeverServedBack() {
        SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            ObjectNode invoice = withAcubesExtraKeys("EXTRA/1");
            Client.Reply checked = client.post("/invoices/v3/validate", "application/json", Fixtures.bytes(invoice));
            assertEquals(200, checked.status(), checked::text);
            String uuid = Fixtures.send(client, invoice);
            assertEquals("valid", decided(client, clock, sandbox, uuid).get("status").asText());
            String xml = client.get("/invoices/" + uuid, "application/xml").text();
            for (String key : List.of("Telefon", "P_6Z", "P_15Z", "KursWalutyZW", "NrFaZaliczkowej", "PozaKSEF")) {
                assertFalse(xml.contains(key), () -> key + " in the FA XML served: " + xml);
            }
        }
    }

    @Test
    void anExtraKeyOfAcubesExampleWithAValueIsRefused() {
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(Fixtures.START)).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            ObjectNode invoice = withAcubesExtraKeys("EXTRA/2");
            ((ObjectNode) invoice.get("Fa")).putArray("P_15Z").add("100.00");
            Client.Reply r = client.post("/invoices", "application/json", Fixtures.bytes(invoice));
            assertEquals(422, r.status(), r::text);
            assertTrue(r.text().contains("FA-STRUCT-002"), r::text);
            assertEquals(0, sandbox.store().invoices().size());
        }
    }

    @Test
    void aSellerSetUpForAttachmentsMustBeAValidNipAndTheMessageQuotesItEscaped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AcubeSandbox.builder().allowAttachments("5830147260"));
        assertTrue(e.getMessage().contains("not a valid NIP"), e.getMessage());
        String hostile = "\u001b[2J" + "9".repeat(10_000);
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class,
                () -> AcubeSandbox.builder().allowAttachments(hostile));
        assertFalse(h.getMessage().contains("\u001b"), "control characters escaped");
        assertTrue(h.getMessage().length() < 200, "a short prefix only: " + h.getMessage().length());
        assertThrows(NullPointerException.class, () -> AcubeSandbox.builder().allowAttachments(null));
        assertThrows(NullPointerException.class, () -> AcubeSandbox.builder().ksefEnvironment(null));
        try (AcubeSandbox sandbox = AcubeSandbox.builder().build()) {
            assertThrows(IllegalArgumentException.class, () -> sandbox.allowAttachments("12345", true));
        }
    }

    @Test
    void theFa3ExampleIsTheRepositorysExample() throws IOException {
        // the sandbox tests send examples/invoice-fa3.json: the copy in the test resources must not drift
        Path example = Path.of(System.getProperty("acube.examples.dir", "../examples")).resolve("invoice-fa3.json");
        assertEquals(Files.readString(example, StandardCharsets.UTF_8),
                new String(Fixtures.class.getResourceAsStream("invoice-fa3.json").readAllBytes(), StandardCharsets.UTF_8));
    }
}
