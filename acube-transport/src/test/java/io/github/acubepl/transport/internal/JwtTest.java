package io.github.acubepl.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtTest {
    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void expIsReadFromThePayloadWithoutCheckingTheSignature() {
        Instant exp = Instant.parse("2031-03-15T09:26:53Z");
        assertEquals(Optional.of(exp), Jwt.expiry(b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64("{\"exp\":" + exp.getEpochSecond()
                + ",\"username\":\"x\"}") + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk"));
        assertEquals(Optional.of(exp), Jwt.expiry(b64("{}") + "." + b64("{\"exp\":" + exp.getEpochSecond() + "}") + "."));
    }

    @Test
    void base64urlCharactersAndPaddingAreAccepted() {
        // a payload whose base64url form holds '-' or '_' and needs padding
        String payload = "{\"exp\":1931333213,\"username\":\"ą?>~\"}";
        String encoded = Base64.getUrlEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(Instant.ofEpochSecond(1931333213L)), Jwt.expiry("h." + encoded + ".s"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1931333213L)), Jwt.expiry("h." + encoded.replace("=", "") + ".s"));
    }

    @Test
    void fractionalExpIsTruncated() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1931333213L)), Jwt.expiry("h." + b64("{\"exp\":1931333213.9}") + ".s"));
    }

    @Test
    void anythingElseHasNoExpiry() {
        assertEquals(Optional.empty(), Jwt.expiry("not a jwt"));
        assertEquals(Optional.empty(), Jwt.expiry("a..c"));
        assertEquals(Optional.empty(), Jwt.expiry("a.!!!.c"));
        assertEquals(Optional.empty(), Jwt.expiry("a." + b64("[1,2]") + ".c"));
        assertEquals(Optional.empty(), Jwt.expiry("a." + b64("{\"iat\":1}") + ".c"));
        assertEquals(Optional.empty(), Jwt.expiry("a." + b64("{\"exp\":\"tomorrow\"}") + ".c"));
        assertEquals(Optional.empty(), Jwt.expiry("a." + b64("{\"exp\":-5}") + ".c"));
        assertEquals(Optional.empty(), Jwt.expiry("a." + b64("{\"exp\":1e300}") + ".c"));
    }
}
