package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * RS256 JWTs signed with the instance's own RSA key: issued by {@code POST /login}, checked on every
 * PL call. The three failures answer the Symfony JWT bundle's bodies. Tokens are never logged.
 */
final class Jwt {
    static final long LIFETIME_SECONDS = 86_400;
    static final String ROLES_HOST = "pl.api.acubeapi.com";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final KeyPair keys;

    Jwt(KeyPair keys) {
        this.keys = keys;
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** A token for {@code username}, issued at {@code now} (whole seconds), valid for 24 h. */
    String issue(String username, int uid, Instant now) {
        long iat = now.getEpochSecond();
        ObjectNode payload = Json.object();
        payload.put("iat", iat);
        payload.put("exp", iat + LIFETIME_SECONDS);
        payload.putObject("roles").putArray(ROLES_HOST).add("ROLE_WRITER");
        payload.put("username", username);
        payload.put("uid", uid);
        String signingInput = HEADER + "." + B64.encodeToString(Json.bytes(payload));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }

    /**
     * The username of a valid bearer token at {@code now}.
     *
     * @throws ApiException 401 "JWT Token not found", "Invalid JWT Token" or "Expired JWT Token"
     */
    String authenticate(@Nullable String authorization, Instant now) {
        if (authorization == null) {
            throw ApiException.unauthorized("JWT Token not found");
        }
        String value = authorization.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ") || value.substring(7).isBlank()) {
            throw ApiException.unauthorized("JWT Token not found");
        }
        String token = value.substring(7).strip();
        JsonNode payload = verified(token);
        if (payload == null) {
            throw ApiException.unauthorized("Invalid JWT Token");
        }
        JsonNode exp = payload.get("exp");
        JsonNode username = payload.get("username");
        if (exp == null || !exp.canConvertToLong() || username == null || !username.isTextual()) {
            throw ApiException.unauthorized("Invalid JWT Token");
        }
        if (exp.longValue() <= now.getEpochSecond()) {
            throw ApiException.unauthorized("Expired JWT Token");
        }
        return username.textValue();
    }

    /** The payload if the token is well formed, RS256 and signed by this instance; else {@code null}. */
    private @Nullable JsonNode verified(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode header = Json.MAPPER.readTree(B64D.decode(parts[0]));
            if (header == null || !"RS256".equals(header.path("alg").asText())) {
                return null;
            }
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(keys.getPublic());
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(B64D.decode(parts[2]))) {
                return null;
            }
            JsonNode payload = Json.MAPPER.readTree(B64D.decode(parts[1]));
            return payload != null && payload.isObject() ? payload : null;
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            return null;
        }
    }
}
