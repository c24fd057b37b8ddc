package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;
    private String le;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        client = new Client(sandbox).login(sandbox.user());
        le = Fixtures.register(client, Fixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String body(String type, String url) {
        return "{\"legalEntity\":\"" + le + "\",\"webhookType\":\"" + type + "\",\"webhookUrl\":\"" + url + "\"}";
    }

    @Test
    void crud() {
        Client.Reply created = client.postJson("/webhooks", body("invoice-sender", "https://erp.example.com/hooks"));
        assertEquals(201, created.status(), created::text);
        JsonNode w = created.json();
        String uuid = w.get("uuid").asText();
        assertEquals(le, w.get("legalEntityUUID").asText());
        assertEquals("Firma 5830147261 sp. z o.o.", w.get("legalEntityName").asText());
        assertEquals("invoice-sender", w.get("webhookType").asText());
        assertEquals("https://erp.example.com/hooks", w.get("webhookUrl").asText());

        assertEquals(w, client.get("/webhooks/" + uuid).json());
        assertEquals(1, client.get("/webhooks").json().size());

        Client.Reply replaced = client.putJson("/webhooks/" + uuid, body("legal-entity-invoice-upo", "http://127.0.0.1:9/x"));
        assertEquals(200, replaced.status(), replaced::text);
        assertEquals("legal-entity-invoice-upo", replaced.json().get("webhookType").asText());
        assertEquals("http://127.0.0.1:9/x", client.get("/webhooks/" + uuid).json().get("webhookUrl").asText());

        Client.Reply deleted = client.delete("/webhooks/" + uuid);
        assertEquals(204, deleted.status());
        assertEquals(404, client.get("/webhooks/" + uuid).status());
        assertEquals(404, client.delete("/webhooks/" + uuid).status());
        assertEquals(404, client.putJson("/webhooks/" + uuid, body("invoice-sender", "https://x.example")).status());
    }

    @Test
    void bothGenerationsOfTypeNamesAreAccepted() {
        for (String type : new String[] {"onboarding-activated", "onboarding-deactivated", "invoice-sender",
            "invoice-receiver", "invoice-sync", "legal-entity-on-boarding-activated",
            "legal-entity-on-boarding-deactivated", "legal-entity-invoice-sender", "legal-entity-invoice-receiver",
            "legal-entity-invoice-sync", "legal-entity-invoice-upo", "legal-entity-session-manager"}) {
            assertEquals(201, client.postJson("/webhooks", body(type, "https://x.example/" + type)).status(), type);
        }
        assertEquals(12, client.get("/webhooks?itemsPerPage=30").json().size());
    }

    @Test
    void invalidInputIs422() {
        Client.Reply badType = client.postJson("/webhooks", body("invoice-sent", "https://x.example"));
        assertEquals(422, badType.status());
        assertEquals("webhookType", badType.json().at("/violations/0/propertyPath").asText());
        for (String url : new String[] {"ftp://x.example", "/relative", "not a url", ""}) {
            Client.Reply r = client.postJson("/webhooks", body("invoice-sender", url));
            assertEquals(422, r.status(), url);
            assertEquals("webhookUrl", r.json().at("/violations/0/propertyPath").asText());
        }
        Client.Reply unknownLe = client.postJson("/webhooks",
                "{\"legalEntity\":\"nope\",\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"https://x.example\"}");
        assertEquals(422, unknownLe.status());
        assertEquals("legalEntity", unknownLe.json().at("/violations/0/propertyPath").asText());
        Client.Reply all = client.postJson("/webhooks", "{}");
        List<String> paths = new ArrayList<>();
        all.json().get("violations").forEach(v -> paths.add(v.get("propertyPath").asText()));
        assertEquals(List.of("legalEntity", "webhookType", "webhookUrl"), paths);
    }

    @Test
    void theLegalEntityMayBeGivenAsAnIri() {
        Client.Reply r = client.postJson("/webhooks", "{\"legalEntity\":\"/legal-entities/" + le
                + "\",\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"https://x.example\"}");
        assertEquals(201, r.status(), r::text);
        assertEquals(le, r.json().get("legalEntityUUID").asText());
    }

    @Test
    void hydraList() {
        client.postJson("/webhooks", body("invoice-sender", "https://x.example"));
        Client.Reply r = client.get("/webhooks", "application/ld+json");
        assertTrue(r.contentType().startsWith("application/ld+json"), r.contentType());
        assertEquals(1, r.json().get("hydra:totalItems").asInt());
        assertEquals("Webhook", r.json().at("/hydra:member/0/@type").asText());
    }

    @Test
    void wrongMethodIs405() {
        assertEquals(405, client.delete("/webhooks").status());
        assertEquals(405, client.postJson("/webhooks/x", "{}").status());
    }
}
