package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook this library cannot type: an unknown type name (A-Cube renamed its types once
 * already), no type at all, or a body that is not a JSON object. The raw payload is kept.
 *
 * @param type            the type name as received or configured (empty if neither named one)
 * @param legalEntityUuid {@code legalEntityUuid}, if the payload is a JSON object that has it
 * @param payload         the raw payload
 */
public record UnknownEvent(WebhookType type, @Nullable String legalEntityUuid, String payload) implements WebhookEvent {

    /** Checks for nulls. */
    public UnknownEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** The type name and size; never the payload. */
    @Override
    public String toString() {
        return "UnknownEvent[" + (type.value().isEmpty() ? "no type" : type) + ", " + payload.length() + " chars]";
    }
}
