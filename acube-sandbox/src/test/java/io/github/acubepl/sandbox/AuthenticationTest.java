package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        client = new Client(sandbox).login(sandbox.user());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void assertJwt401(Client.Reply r, String message) {
        assertEquals(401, r.status(), r::text);
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertEquals(401, r.json().get("code").asInt());
        assertEquals(message, r.json().get("message").asText());
    }

    @Test
    void everyPlEndpointWantsAToken() {
        Client anonymous = new Client(sandbox);
        String[][] calls = {
            {"GET", "/legal-entities"}, {"POST", "/legal-entities"}, {"GET", "/legal-entities/x"},
            {"POST", "/legal-entities/x/ksef-token/create"}, {"POST", "/legal-entities/x/ksef-token/select"},
            {"POST", "/legal-entities/x/ksef-token/revoke"}, {"GET", "/webhooks"}, {"POST", "/webhooks"},
            {"GET", "/webhooks/x"}, {"PUT", "/webhooks/x"}, {"DELETE", "/webhooks/x"}, {"GET", "/invoices"},
            {"POST", "/invoices"}, {"POST", "/invoices/v3"}, {"POST", "/invoices/v3/validate"},
            {"GET", "/invoices/x"}, {"GET", "/invoices/x/upo"}, {"GET", "/invoices/x/attachments"},
            {"GET", "/invoices/x/attachments/y"}};
        for (String[] c : calls) {
            Client.Reply r = anonymous.send(c[0], c[1], "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    "application/json");
            assertJwt401(r, "JWT Token not found");
        }
    }

    @Test
    void validTokenPasses() {
        assertEquals(200, client.get("/legal-entities").status());
    }

    @Test
    void aHeaderWithoutABearerTokenIsNotFound() {
        assertJwt401(new Client(sandbox).authorization("Basic c2FuZGJveDpwYXNz").get("/invoices"), "JWT Token not found");
        assertJwt401(new Client(sandbox).authorization("Bearer").get("/invoices"), "JWT Token not found");
        assertJwt401(new Client(sandbox).authorization(client.token()).get("/invoices"), "JWT Token not found");
        assertEquals(200, new Client(sandbox).authorization("bearer " + client.token()).get("/invoices").status());
    }

    @Test
    void malformedOrTamperedTokensAreInvalid() {
        String token = client.token();
        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iat\":1,\"exp\":99999999999,\"username\":\"sandbox@example.com\",\"uid\":1}").getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {"garbage", "a.b.c", parts[0] + "." + forgedPayload + "." + parts[2],
            parts[0] + "." + parts[1] + ".AAAA", parts[0] + "." + parts[1]}) {
            assertJwt401(new Client(sandbox).token(bad).get("/invoices"), "Invalid JWT Token");
        }
    }

    @Test
    void aTokenOfAnotherSandboxIsInvalid() {
        try (AcubeSandbox other = AcubeSandbox.builder().clock(clock).build().start()) {
            String foreign = new Client(other).login(other.user()).token();
            assertJwt401(new Client(sandbox).token(foreign).get("/invoices"), "Invalid JWT Token");
        }
    }

    @Test
    void tokensExpireAfter24HoursOnTheSandboxClock() {
        clock.advance(Duration.ofSeconds(86_399));
        assertEquals(200, client.get("/invoices").status());
        clock.advance(Duration.ofSeconds(1));
        assertJwt401(client.get("/invoices"), "Expired JWT Token");
        client.login(sandbox.user());
        assertEquals(200, client.get("/invoices").status(), "a fresh login works again");
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertEquals(200, new Client(sandbox).get("/signature-public-key").status());
    }
}
