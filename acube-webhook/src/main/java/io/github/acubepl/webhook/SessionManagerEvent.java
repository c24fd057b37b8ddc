package io.github.acubepl.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code legal-entity-session-manager} notification (legacy; A-Cube does not describe it). Only
 * {@code legalEntityUuid} is read; the rest is in {@link #payload()}.
 *
 * @param rawType         the type name as received or configured
 * @param legalEntityUuid {@code legalEntityUuid}, if present
 * @param payload         the raw payload
 */
public record SessionManagerEvent(String rawType, @Nullable String legalEntityUuid, String payload)
        implements WebhookEvent {

    /** Checks for nulls. */
    public SessionManagerEvent {
        Objects.requireNonNull(rawType, "rawType");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public WebhookEventType type() {
        return WebhookEventType.SESSION_MANAGER;
    }

    /** The identifying fields; never the payload. */
    @Override
    public String toString() {
        return "SessionManagerEvent[" + rawType + ", legal entity " + legalEntityUuid + "]";
    }
}
