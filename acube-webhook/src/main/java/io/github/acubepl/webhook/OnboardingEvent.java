package io.github.acubepl.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding notification ({@code onboarding-activated} / {@code onboarding-deactivated}, both
 * generations). A-Cube documents no payload for it; the fields below are read if present.
 *
 * @param type            {@link WebhookEventType#ONBOARDING_ACTIVATED} or {@link WebhookEventType#ONBOARDING_DEACTIVATED}
 * @param rawType         the type name as received or configured
 * @param legalEntityUuid {@code legalEntityUuid}, if present
 * @param status          {@code status}, if present
 * @param payload         the raw payload
 */
public record OnboardingEvent(WebhookEventType type, String rawType, @Nullable String legalEntityUuid,
        @Nullable String status, String payload) implements WebhookEvent {

    /** Checks the type. */
    public OnboardingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rawType, "rawType");
        Objects.requireNonNull(payload, "payload");
        if (type != WebhookEventType.ONBOARDING_ACTIVATED && type != WebhookEventType.ONBOARDING_DEACTIVATED) {
            throw new IllegalArgumentException("not an onboarding event type: " + type);
        }
    }

    /** Whether onboarding succeeded. */
    public boolean activated() {
        return type == WebhookEventType.ONBOARDING_ACTIVATED;
    }

    /** The identifying fields; never the payload. */
    @Override
    public String toString() {
        return "OnboardingEvent[" + rawType + ", legal entity " + legalEntityUuid + "]";
    }
}
