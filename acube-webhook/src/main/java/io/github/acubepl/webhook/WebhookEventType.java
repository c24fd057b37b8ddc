package io.github.acubepl.webhook;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a webhook, for both generations of A-Cube's type names (acube-api-pl.md §6). Names
 * are matched by suffix: {@code legal-entity-invoice-sender} is {@link #INVOICE_SENDER} like
 * {@code invoice-sender}, even though the meanings of {@code sender} and {@code sync} swapped
 * between generations; events keep the raw name ({@link WebhookEvent#rawType()}) for callers that
 * need to tell them apart.
 */
public enum WebhookEventType {
    /** {@code onboarding-activated} / {@code legal-entity-on-boarding-activated}: onboarding succeeded. */
    ONBOARDING_ACTIVATED("onboarding-activated", "legal-entity-on-boarding-activated"),
    /** {@code onboarding-deactivated} / {@code legal-entity-on-boarding-deactivated}: onboarding failed. */
    ONBOARDING_DEACTIVATED("onboarding-deactivated", "legal-entity-on-boarding-deactivated"),
    /** {@code invoice-sender} / {@code legal-entity-invoice-sender}: an outgoing invoice's stage. */
    INVOICE_SENDER("invoice-sender", "legal-entity-invoice-sender"),
    /** {@code invoice-receiver} / {@code legal-entity-invoice-receiver}: an incoming invoice. */
    INVOICE_RECEIVER("invoice-receiver", "legal-entity-invoice-receiver"),
    /** {@code invoice-sync} / {@code legal-entity-invoice-sync}. */
    INVOICE_SYNC("invoice-sync", "legal-entity-invoice-sync"),
    /** {@code legal-entity-invoice-upo} (legacy only): a UPO was received. */
    INVOICE_UPO(null, "legal-entity-invoice-upo"),
    /** {@code legal-entity-session-manager} (legacy only, not described by A-Cube). */
    SESSION_MANAGER(null, "legal-entity-session-manager"),
    /** Any other name, or none. */
    UNKNOWN(null, null);

    private static final String LEGACY_PREFIX = "legal-entity-";

    private final @Nullable String currentName;
    private final @Nullable String legacyName;

    WebhookEventType(@Nullable String currentName, @Nullable String legacyName) {
        this.currentName = currentName;
        this.legacyName = legacyName;
    }

    /** The current-generation name, if there is one. */
    public Optional<String> currentName() {
        return Optional.ofNullable(currentName);
    }

    /** The legacy name ({@code legal-entity-…}), if there is one. */
    public Optional<String> legacyName() {
        return Optional.ofNullable(legacyName);
    }

    /** The kind of {@code rawType} (either generation; matched by suffix); {@link #UNKNOWN} otherwise. */
    public static WebhookEventType of(@Nullable String rawType) {
        if (rawType == null) {
            return UNKNOWN;
        }
        String suffix = suffix(rawType.strip());
        for (WebhookEventType type : values()) {
            if (type.legacyName != null && suffix(type.legacyName).equals(suffix)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /** Whether {@code rawType} is a legacy ({@code legal-entity-…}) name. */
    static boolean isLegacy(String rawType) {
        return Objects.requireNonNull(rawType, "rawType").startsWith(LEGACY_PREFIX);
    }

    private static String suffix(String name) {
        String s = name.startsWith(LEGACY_PREFIX) ? name.substring(LEGACY_PREFIX.length()) : name;
        return s.startsWith("on-boarding-") ? "onboarding-" + s.substring("on-boarding-".length()) : s;
    }
}
