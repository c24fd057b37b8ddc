package io.github.acubepl.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** The sandbox's JSON: one shared mapper, strict about trailing content. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body that must be a JSON object; 400 otherwise. */
    static ObjectNode requestObject(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("Syntax error: the request body is not valid JSON.");
        }
        if (node == null || node.isMissingNode()) {
            throw ApiException.badRequest("The request body is empty.");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    /**
     * A string field: {@code null} when absent or null; 400 when of another type (as API Platform
     * answers a type mismatch).
     */
    static @Nullable String string(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("The type of the \"" + field + "\" attribute must be \"string\", \""
                    + typeName(v) + "\" given.");
        }
        return v.textValue();
    }

    /** A boolean field: {@code fallback} when absent or null; 400 when of another type. */
    static boolean bool(ObjectNode body, String field, boolean fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ApiException.badRequest("The type of the \"" + field + "\" attribute must be \"bool\", \""
                    + typeName(v) + "\" given.");
        }
        return v.booleanValue();
    }

    private static String typeName(JsonNode v) {
        if (v.isIntegralNumber()) {
            return "int";
        }
        if (v.isNumber()) {
            return "float";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        if (v.isArray()) {
            return "array";
        }
        if (v.isObject()) {
            return "object";
        }
        return "string";
    }
}
