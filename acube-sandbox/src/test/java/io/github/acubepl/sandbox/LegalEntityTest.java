package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegalEntityTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).user("a@example.com", "a").user("b@example.com", "b").build().start();
        client = new Client(sandbox).login(sandbox.users().get(0));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void createAnswers201WithTheLegalEntity() {
        Client.Reply r = client.postJson("/legal-entities", Fixtures.legalEntity(Fixtures.SELLER_NIP));
        assertEquals(201, r.status(), r::text);
        JsonNode le = r.json();
        assertEquals(36, le.get("uuid").asText().length());
        assertEquals(Fixtures.SELLER_NIP, le.get("nip").asText());
        assertEquals("Firma 5830147261 sp. z o.o.", le.get("name").asText());
        assertEquals("ul. Długa 12", le.get("addressLine1").asText());
        assertEquals("lok. 3", le.get("addressLine2").asText());
        assertEquals("80-827", le.get("postcode").asText());
        assertEquals("pomorskie", le.get("province").asText());
        assertEquals("Gdańsk", le.get("city").asText());
        assertEquals("PL", le.get("countryIso2").asText());
        assertEquals("biuro@example.com", le.get("email").asText());
        assertEquals("https://example.com", le.get("url").asText());
        assertEquals(0, le.get("status").asInt());
        assertTrue(le.get("status").isInt());
        assertEquals("pending", le.get("_statusName").asText());
        assertEquals(0, le.get("authFlowStatus").asInt());
        assertFalse(le.get("incomingInvoiceEnabled").asBoolean());
        assertEquals("2031-03-14T09:26:53+00:00", le.get("createdAt").asText());
        assertEquals("2031-03-14T09:26:53+00:00", le.get("updatedAt").asText());

        Client.Reply got = client.get("/legal-entities/" + le.get("uuid").asText());
        assertEquals(200, got.status());
        assertEquals(le, got.json());
        assertEquals(1, sandbox.store().legalEntities().size());
        assertEquals("a@example.com", sandbox.store().legalEntity(le.get("uuid").asText()).orElseThrow().ownerEmail());
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        ObjectNode body = parse(Fixtures.legalEntity(Fixtures.SELLER_NIP));
        body.remove("province");
        body.remove("url");
        Client.Reply r = client.postJson("/legal-entities", body);
        assertEquals(201, r.status(), r::text);
        assertTrue(r.json().get("province").isNull());
        assertTrue(r.json().get("url").isNull());
    }

    @Test
    void eachRequiredFieldIsValidated() {
        String[][] cases = {
            {"nip", "", "This value should not be blank."},
            {"nip", "1234567890", "This value is not a valid NIP."},
            {"nip", "583014726", "This value is not a valid NIP."},
            {"name", " ", "This value should not be blank."},
            {"addressLine1", "", "This value should not be blank."},
            {"addressLine2", "", "This value should not be blank."},
            {"postcode", "80827", "This value is not a valid postal code (NN-NNN)."},
            {"city", "", "This value should not be blank."},
            {"countryIso2", "POL", "This value is not a valid country code (two letters)."},
            {"email", "", "This value should not be blank."}};
        for (String[] c : cases) {
            ObjectNode body = parse(Fixtures.legalEntity(Fixtures.SELLER_NIP));
            body.put(c[0], c[1]);
            Client.Reply r = client.postJson("/legal-entities", body);
            assertEquals(422, r.status(), c[0] + " " + r.text());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            JsonNode v = r.json().get("violations");
            assertEquals(1, v.size(), r::text);
            assertEquals(c[0], v.get(0).get("propertyPath").asText());
            assertEquals(c[2], v.get(0).get("message").asText());
            assertTrue(v.get(0).has("code"));
            assertEquals(c[0] + ": " + c[2], r.json().get("detail").asText());
            assertEquals("https://tools.ietf.org/html/rfc2616#section-10", r.json().get("type").asText());
        }
        assertEquals(0, sandbox.store().legalEntities().size());
    }

    @Test
    void missingFieldsAreAllReported() {
        Client.Reply r = client.postJson("/legal-entities", "{}");
        assertEquals(422, r.status());
        List<String> paths = new ArrayList<>();
        r.json().get("violations").forEach(v -> paths.add(v.get("propertyPath").asText()));
        assertEquals(List.of("nip", "name", "addressLine1", "addressLine2", "city", "countryIso2", "email"), paths);
    }

    @Test
    void postcodeIsCheckedForPolandOnly() {
        ObjectNode body = parse(Fixtures.legalEntity(Fixtures.SELLER_NIP));
        body.put("countryIso2", "DE");
        body.put("postcode", "10115");
        assertEquals(201, client.postJson("/legal-entities", body).status());
    }

    @Test
    void aSecondEntityWithTheSameNipIsRejected() {
        Fixtures.register(client, Fixtures.SELLER_NIP);
        Client.Reply r = client.postJson("/legal-entities", Fixtures.legalEntity(Fixtures.SELLER_NIP));
        assertEquals(422, r.status());
        assertEquals("nip", r.json().at("/violations/0/propertyPath").asText());
        assertEquals("This value is already used.", r.json().at("/violations/0/message").asText());
    }

    @Test
    void wrongTypesAndSyntaxAre400() {
        assertEquals(400, client.postJson("/legal-entities", "{\"nip\": 5830147261}").status());
        assertEquals(400, client.postJson("/legal-entities", "{\"nip\":").status());
        assertEquals(400, client.postJson("/legal-entities", "{} {}").status());
    }

    @Test
    void wrongMediaTypeIs415() {
        Client.Reply r = client.post("/legal-entities", "application/xml",
                "<nip>5830147261</nip>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(415, client.post("/legal-entities", "application/x-www-form-urlencoded",
                "nip=1".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(201, client.post("/legal-entities", "application/ld+json; charset=utf-8",
                Fixtures.legalEntity(Fixtures.SELLER_NIP).getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void unknownEntityIs404AndOtherUsersEntitiesAreInvisible() {
        Client.Reply missing = client.get("/legal-entities/00000000-0000-4000-8000-000000000000");
        assertEquals(404, missing.status());
        assertEquals("Not Found", missing.json().get("detail").asText());
        assertEquals("An error occurred", missing.json().get("title").asText());
        assertEquals("https://tools.ietf.org/html/rfc2616#section-10", missing.json().get("type").asText());

        String uuid = Fixtures.register(client, Fixtures.SELLER_NIP);
        Client other = new Client(sandbox).login(sandbox.users().get(1));
        assertEquals(404, other.get("/legal-entities/" + uuid).status());
        assertEquals(0, other.get("/legal-entities").json().size());
        assertEquals(201, other.postJson("/legal-entities", Fixtures.legalEntity(Fixtures.SELLER_NIP)).status(),
                "the NIP is unique per user");
    }

    @Test
    void wrongMethodsAre405() {
        Client.Reply r = client.delete("/legal-entities");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD, POST", r.header("Allow").orElseThrow(), "HEAD goes wherever GET goes");
        assertEquals(405, client.putJson("/legal-entities/x", "{}").status());
        assertEquals(405, client.get("/legal-entities/x/ksef-token/create").status());
    }

    @Test
    void ksefTokenCreateSelectRevoke() {
        String le = Fixtures.register(client, Fixtures.SELLER_NIP);
        Client.Reply created = client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"secret-token-1\",\"autoSelect\":false}");
        assertEquals(201, created.status(), created::text);
        JsonNode token = created.json();
        assertEquals("secret-token-1", token.get("authorizationToken").asText());
        assertTrue(token.get("isActive").asBoolean());
        assertFalse(token.get("isSelected").asBoolean());
        assertEquals("pending", client.get("/legal-entities/" + le).json().get("_statusName").asText());

        String tokenUuid = token.get("uuid").asText();
        Client.Reply selected = client.postJson("/legal-entities/" + le + "/ksef-token/select",
                "{\"uuid\":\"" + tokenUuid + "\"}");
        assertEquals(200, selected.status(), selected::text);
        assertTrue(selected.json().get("isSelected").asBoolean());
        JsonNode entity = client.get("/legal-entities/" + le).json();
        assertEquals(1, entity.get("status").asInt());
        assertEquals("active", entity.get("_statusName").asText());
        assertTrue(sandbox.store().legalEntity(le).orElseThrow().active());

        Client.Reply revoked = client.postJson("/legal-entities/" + le + "/ksef-token/revoke",
                "{\"uuid\":\"" + tokenUuid + "\"}");
        assertEquals(204, revoked.status());
        assertEquals(0, revoked.body().length);
        assertEquals(404, client.postJson("/legal-entities/" + le + "/ksef-token/revoke",
                "{\"uuid\":\"" + tokenUuid + "\"}").status());
        assertEquals(0, client.get("/legal-entities/" + le).json().get("status").asInt());
    }

    @Test
    void autoSelectActivatesAtOnce() {
        String le = Fixtures.register(client, Fixtures.SELLER_NIP);
        Client.Reply created = client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        assertEquals(201, created.status());
        assertTrue(created.json().get("isSelected").asBoolean());
        assertEquals("active", client.get("/legal-entities/" + le).json().get("_statusName").asText());
    }

    @Test
    void ksefTokenErrors() {
        String le = Fixtures.register(client, Fixtures.SELLER_NIP);
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertEquals(404, client.postJson("/legal-entities/" + unknown + "/ksef-token/create",
                "{\"authorizationToken\":\"t\"}").status());
        assertEquals(404, client.postJson("/legal-entities/" + le + "/ksef-token/select",
                "{\"uuid\":\"" + unknown + "\"}").status());
        assertEquals(404, client.postJson("/legal-entities/" + unknown + "/ksef-token/select",
                "{\"uuid\":\"" + unknown + "\"}").status());
        Client.Reply blank = client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"  \",\"autoSelect\":false}");
        assertEquals(422, blank.status());
        assertEquals("authorizationToken", blank.json().at("/violations/0/propertyPath").asText());
        assertEquals(422, client.postJson("/legal-entities/" + le + "/ksef-token/select", "{}").status());
        assertEquals(400, client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"t\",\"autoSelect\":\"no\"}").status());
        assertEquals(415, client.post("/legal-entities/" + le + "/ksef-token/create", "text/plain",
                "t".getBytes(StandardCharsets.UTF_8)).status());
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Client.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
