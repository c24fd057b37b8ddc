package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).user("ala@example.com", "s3cret").user("ola@example.com", "other")
                .build().start();
        client = new Client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void loginIssuesAnRs256JwtWithTheContractsPayload() throws Exception {
        Client.Reply r = client.postJson("/login", "{\"email\":\"ola@example.com\",\"password\":\"other\"}");
        assertEquals(200, r.status(), r::text);
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        String token = r.json().get("token").asText();
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);

        JsonNode header = Client.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("RS256", header.get("alg").asText());
        JsonNode payload = Client.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals(Fixtures.START.getEpochSecond(), payload.get("iat").asLong());
        assertEquals(payload.get("iat").asLong() + 86_400, payload.get("exp").asLong());
        assertEquals("ola@example.com", payload.get("username").asText());
        assertEquals(2, payload.get("uid").asInt());
        assertEquals("ROLE_WRITER", payload.at("/roles/pl.api.acubeapi.com/0").asText());
        assertEquals(1, payload.at("/roles/pl.api.acubeapi.com").size());

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(sandbox.jwtPublicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signature verifies with the instance key");
    }

    @Test
    void iatFollowsTheSandboxClock() throws Exception {
        clock.advance(java.time.Duration.ofHours(5));
        String token = new Client(sandbox).login(new SandboxUser("ala@example.com", "s3cret")).token();
        JsonNode payload = Client.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(Fixtures.START.getEpochSecond() + 5 * 3600, payload.get("iat").asLong());
    }

    @Test
    void wrongPasswordOrUnknownEmailIs401InvalidCredentials() {
        for (String body : new String[] {"{\"email\":\"ala@example.com\",\"password\":\"nope\"}",
            "{\"email\":\"nobody@example.com\",\"password\":\"s3cret\"}"}) {
            Client.Reply r = client.postJson("/login", body);
            assertEquals(401, r.status());
            assertTrue(r.contentType().startsWith("application/json"), r.contentType());
            assertEquals(401, r.json().get("code").asInt());
            assertEquals("Invalid credentials.", r.json().get("message").asText());
        }
    }

    @Test
    void malformedLoginBodiesAre400Problems() {
        for (String body : new String[] {"{not json", "[]", "{\"email\":\"ala@example.com\"}", "{\"email\":1,\"password\":\"x\"}", ""}) {
            Client.Reply r = client.postJson("/login", body);
            assertEquals(400, r.status(), body);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals("An error occurred", r.json().get("title").asText());
        }
    }

    @Test
    void loginWantsJson() {
        Client.Reply r = client.post("/login", "text/plain", "email=ala".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, r.status());
        assertEquals(405, client.get("/login").status());
        assertEquals("POST", client.get("/login").header("Allow").orElseThrow());
    }

    @Test
    void defaultUserIsDocumented() {
        try (AcubeSandbox other = AcubeSandbox.builder().clock(clock).build().start()) {
            assertEquals(SandboxUser.defaultUser(), other.user());
            new Client(other).login(new SandboxUser("sandbox@example.com", "sandbox-password"));
        }
    }

    @Test
    void userToStringHidesThePassword() {
        assertFalse(new SandboxUser("a@b.c", "hunter2").toString().contains("hunter2"));
    }

    @Test
    void signaturePublicKeyIsTheInstancesEd25519KeyAsPem() throws Exception {
        Client.Reply r = client.get("/signature-public-key");
        assertEquals(200, r.status());
        String pem = r.json().get("public_key").asText();
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"), pem);
        String b64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
        assertArrayEquals(sandbox.signaturePublicKey().getEncoded(), key.getEncoded());

        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(sandbox.signingKeyPair().getPrivate());
        ed.update(new byte[] {1, 2, 3});
        byte[] sig = ed.sign();
        ed.initVerify(key);
        ed.update(new byte[] {1, 2, 3});
        assertTrue(ed.verify(sig), "the private key kept inside signs for the published public key");
    }
}
