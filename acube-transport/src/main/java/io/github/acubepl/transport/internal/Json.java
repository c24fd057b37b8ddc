package io.github.acubepl.transport.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.acubepl.core.AcubeTimestamp;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The shared JSON mapper and the tolerant readers the read models use. */
public final class Json {
    /** Thread-safe once configured; unknown properties never fail (tree reading is tolerant anyway). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The body as a JSON tree, or {@code null} if it is empty or not JSON. */
    public static @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The first of {@code names} present with a scalar value, as text; {@code null} otherwise. */
    public static @Nullable String text(@Nullable JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    /** A boolean given as a JSON boolean, {@code "true"}/{@code "false"} or {@code 0}/{@code 1}. */
    public static @Nullable Boolean bool(@Nullable JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            if (value.isIntegralNumber()) {
                return value.asLong() != 0;
            }
            if (value.isTextual()) {
                String t = value.textValue().strip().toLowerCase(Locale.ROOT);
                if (t.equals("true") || t.equals("1")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("0")) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    /** An integer given as a JSON number or a numeric string; {@code null} if absent or not integral. */
    public static @Nullable Long integer(@Nullable JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            Long value = integer(node.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static @Nullable Long integer(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            try {
                return value.decimalValue().toBigIntegerExact().longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (value.isTextual()) {
            String t = value.textValue().strip();
            if (t.matches("[+-]?\\d{1,18}")) {
                return new BigInteger(t).longValue();
            }
        }
        return null;
    }

    /** A timestamp field, kept raw and parsed if it can be. */
    public static @Nullable AcubeTimestamp timestamp(@Nullable JsonNode node, String... names) {
        String raw = text(node, names);
        return raw == null || raw.isBlank() ? null : AcubeTimestamp.parse(raw);
    }
}
