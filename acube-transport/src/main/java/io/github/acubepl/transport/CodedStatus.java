package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.transport.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * A status that A-Cube sends as a number in one version of the API and as a name in another
 * (LegalEntity {@code status}, {@code authFlowStatus}). Both are kept when known; the name prefers
 * {@code _statusName} over a string {@code status}.
 *
 * @param code the number, if the API sent one (as a number or a numeric string)
 * @param name the name ({@code pending}, {@code active}, {@code blocked}, {@code new}, …), if known
 */
public record CodedStatus(@Nullable Integer code, @Nullable String name) {

    /** Whether the name is {@code value} (ignoring case). */
    public boolean is(String value) {
        return name != null && name.equalsIgnoreCase(value);
    }

    /** {@code name (code)}, or whichever is known. */
    @Override
    public String toString() {
        if (name != null && code != null) {
            return name + " (" + code + ")";
        }
        return name != null ? name : String.valueOf(code);
    }

    /** Reads {@code field} (number or string) and the name from {@code nameField} if given. */
    static @Nullable CodedStatus read(JsonNode node, String field, @Nullable String nameField) {
        JsonNode value = node.get(field);
        Integer code = null;
        String name = nameField == null ? null : Json.text(node, nameField);
        if (value != null && !value.isNull()) {
            Long number = Json.integer(value);
            if (number != null && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
                code = number.intValue();
            } else if (value.isTextual() && name == null && !value.textValue().isBlank()) {
                name = value.textValue();
            }
        }
        return code == null && name == null ? null : new CodedStatus(code, name);
    }
}
