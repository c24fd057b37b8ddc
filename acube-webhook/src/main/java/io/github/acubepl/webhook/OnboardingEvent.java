package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding notification ({@code onboarding-activated} / {@code onboarding-deactivated}, both
 * generations). A-Cube documents no payload for it; the fields below are read if present.
 *
 * @param type            the type name as received or configured: {@link WebhookType#ONBOARDING_ACTIVATED},
 *                        {@link WebhookType#ONBOARDING_DEACTIVATED} or their legacy names
 * @param legalEntityUuid {@code legalEntityUuid}, if present
 * @param status          {@code status}, if present
 * @param payload         the raw payload
 */
public record OnboardingEvent(WebhookType type, @Nullable String legalEntityUuid,
        @Nullable String status, String payload) implements WebhookEvent {

    /** Checks the type. */
    public OnboardingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (!isOnboardingType(type)) {
            throw new IllegalArgumentException("not an onboarding event type: " + type);
        }
    }

    /** Whether onboarding succeeded. */
    public boolean activated() {
        return type.sameKindAs(WebhookType.ONBOARDING_ACTIVATED);
    }

    /** Whether events of {@code type} are onboarding events. */
    static boolean isOnboardingType(WebhookType type) {
        return type.sameKindAs(WebhookType.ONBOARDING_ACTIVATED) || type.sameKindAs(WebhookType.ONBOARDING_DEACTIVATED);
    }

    /** The identifying fields; never the payload. */
    @Override
    public String toString() {
        return "OnboardingEvent[" + type + ", legal entity " + legalEntityUuid + "]";
    }
}
