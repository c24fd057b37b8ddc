package io.github.acubepl.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Reads the {@code exp} claim of a JWT's payload. Never verifies the signature (not ours to check). */
public final class Jwt {
    private Jwt() {
    }

    /** The {@code exp} of {@code jwt}, if its payload is base64url JSON with a numeric {@code exp}. */
    public static Optional<Instant> expiry(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length < 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        JsonNode json = Json.parse(payload);
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        JsonNode exp = json.get("exp");
        if (exp == null || !exp.isNumber()) {
            return Optional.empty();
        }
        double seconds = exp.asDouble();
        if (!(seconds > 0) || seconds > Instant.MAX.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond((long) seconds));
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }
}
