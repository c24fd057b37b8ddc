package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code legal-entity-session-manager} notification (legacy; A-Cube does not describe it). Only
 * {@code legalEntityUuid} is read; the rest is in {@link #payload()}.
 *
 * @param legalEntityUuid {@code legalEntityUuid}, if present
 * @param payload         the raw payload
 */
public record SessionManagerEvent(@Nullable String legalEntityUuid, String payload)
        implements WebhookEvent {

    /** Checks for nulls. */
    public SessionManagerEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** {@link WebhookType#LEGACY_SESSION_MANAGER}. */
    @Override
    public WebhookType type() {
        return WebhookType.LEGACY_SESSION_MANAGER;
    }

    /** The identifying fields; never the payload. */
    @Override
    public String toString() {
        return "SessionManagerEvent[" + type() + ", legal entity " + legalEntityUuid + "]";
    }
}
