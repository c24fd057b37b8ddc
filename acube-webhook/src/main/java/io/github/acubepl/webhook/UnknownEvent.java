package io.github.acubepl.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook this library cannot type: an unknown type name (A-Cube renamed its types once
 * already), no type at all, or a body that is not a JSON object. The raw payload is kept.
 *
 * @param rawType         the type name as received or configured ({@code ""} if none)
 * @param legalEntityUuid {@code legalEntityUuid}, if the payload is a JSON object that has it
 * @param payload         the raw payload
 */
public record UnknownEvent(String rawType, @Nullable String legalEntityUuid, String payload) implements WebhookEvent {

    /** Checks for nulls. */
    public UnknownEvent {
        Objects.requireNonNull(rawType, "rawType");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public WebhookEventType type() {
        return WebhookEventType.UNKNOWN;
    }

    /** The type name and size; never the payload. */
    @Override
    public String toString() {
        return "UnknownEvent[" + (rawType.isEmpty() ? "no type" : rawType) + ", " + payload.length() + " chars]";
    }
}
