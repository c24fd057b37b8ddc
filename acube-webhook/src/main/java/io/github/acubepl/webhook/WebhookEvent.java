package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook notification, typed by its {@link WebhookType}. A new or unreadable webhook never
 * breaks a consumer: it arrives as an {@link UnknownEvent} that keeps the raw payload.
 *
 * <ul>
 *   <li>{@link InvoiceEvent}: {@code invoice-sender}, {@code invoice-receiver}, {@code invoice-sync}
 *       and {@code legal-entity-invoice-upo} (both generations);</li>
 *   <li>{@link OnboardingEvent}: {@code onboarding-activated} and {@code onboarding-deactivated};</li>
 *   <li>{@link SessionManagerEvent}: {@code legal-entity-session-manager};</li>
 *   <li>{@link UnknownEvent}: any other type name, no type at all, or a body that is not a JSON object.</li>
 * </ul>
 *
 * The type comes from the payload's {@code webhookType} when present, else from the endpoint's
 * configured type (legacy payloads carry none, so register one URL per type).
 */
public sealed interface WebhookEvent permits InvoiceEvent, OnboardingEvent, SessionManagerEvent, UnknownEvent {

    /**
     * The type name as received in the payload, else as configured for the endpoint; empty when
     * neither named one. Compare kinds across generations with
     * {@link WebhookType#sameKindAs(WebhookType)}.
     */
    WebhookType type();

    /** The legal entity the event belongs to, if the payload names one. */
    @Nullable String legalEntityUuid();

    /** The raw payload as UTF-8 text, exactly as signed. */
    String payload();

    /** Whether the type name is of the legacy generation ({@code legal-entity-…}). */
    default boolean isLegacy() {
        return type().isLegacy();
    }

    /**
     * Reads a verified body. Never fails: a body that is not a JSON object becomes an
     * {@link UnknownEvent}; unknown fields are ignored.
     *
     * @param body         the raw body
     * @param endpointType the type configured for the endpoint it arrived on, used when the payload
     *                     has no {@code webhookType}
     */
    static WebhookEvent parse(byte[] body, @Nullable String endpointType) {
        return Payloads.parse(Objects.requireNonNull(body, "body"), endpointType);
    }
}
