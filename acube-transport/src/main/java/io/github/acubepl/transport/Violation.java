package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.transport.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One violation of an RFC 7807 problem from the API.
 *
 * @param propertyPath the property path (a lower-camel PHP property path on the real API), if given
 * @param message the message ({@code ""} if none was given)
 * @param code a Symfony constraint UUID or the simulator's rule id, if given
 */
public record Violation(@Nullable String propertyPath, String message, @Nullable String code) {
    /** Checks the message. */
    public Violation {
        Objects.requireNonNull(message, "message");
    }

    /** {@code propertyPath: message}. */
    @Override
    public String toString() {
        return propertyPath == null || propertyPath.isEmpty() ? message : propertyPath + ": " + message;
    }

    static List<Violation> readAll(@Nullable JsonNode violations) {
        List<Violation> out = new ArrayList<>();
        if (violations == null || !violations.isArray()) {
            return out;
        }
        for (JsonNode v : violations) {
            if (v.isObject()) {
                String message = Json.text(v, "message", "title");
                out.add(new Violation(Json.text(v, "propertyPath", "property_path", "path"),
                        message == null ? "" : message, Json.text(v, "code")));
            } else if (v.isTextual()) {
                out.add(new Violation(null, v.textValue(), null));
            }
        }
        return List.copyOf(out);
    }
}
