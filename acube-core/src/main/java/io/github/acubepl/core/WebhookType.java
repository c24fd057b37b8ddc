package io.github.acubepl.core;

import java.util.List;
import java.util.Objects;

/**
 * A webhook type name, of either generation of A-Cube's names: an open value type with a constant
 * for every known name ({@code invoice-sender}, {@code legal-entity-invoice-sender}, …);
 * {@link #of(String)} keeps any other string. It is both the type a webhook subscription is
 * registered with (registration sends exactly {@link #value()}) and the type a received
 * notification carries. Equal by value: {@code legal-entity-invoice-sender} is not equal to
 * {@code invoice-sender}, but it is {@linkplain #sameKindAs(WebhookType) of the same kind}.
 *
 * <p>The two generations are matched by suffix (docs/api-contract.md): the meanings of
 * {@code sender} and {@code sync} swapped between generations, so a caller that needs to tell
 * them apart reads {@link #isLegacy()}.
 */
public final class WebhookType extends OpenValue {
    private static final String LEGACY_PREFIX = "legal-entity-";
    private static final Vocabulary<WebhookType> KNOWN = new Vocabulary<>(WebhookType::new);

    /** Onboarding succeeded (current name). */
    public static final WebhookType ONBOARDING_ACTIVATED = KNOWN.known("onboarding-activated");
    /** Onboarding failed (current name). */
    public static final WebhookType ONBOARDING_DEACTIVATED = KNOWN.known("onboarding-deactivated");
    /** Processing stage of an outgoing invoice, errors included (current name). */
    public static final WebhookType INVOICE_SENDER = KNOWN.known("invoice-sender");
    /** Incoming invoice received from KSeF (current name). */
    public static final WebhookType INVOICE_RECEIVER = KNOWN.known("invoice-receiver");
    /** Outgoing invoice received from KSeF (current name). */
    public static final WebhookType INVOICE_SYNC = KNOWN.known("invoice-sync");
    /** Legacy name of {@link #ONBOARDING_ACTIVATED}. */
    public static final WebhookType LEGACY_ONBOARDING_ACTIVATED = KNOWN.known("legal-entity-on-boarding-activated");
    /** Legacy name of {@link #ONBOARDING_DEACTIVATED}. */
    public static final WebhookType LEGACY_ONBOARDING_DEACTIVATED = KNOWN.known("legal-entity-on-boarding-deactivated");
    /** Legacy: invoice sent from A-Cube to KSeF; of the kind of {@link #INVOICE_SENDER}. */
    public static final WebhookType LEGACY_INVOICE_SENDER = KNOWN.known("legal-entity-invoice-sender");
    /** Legacy: invoice received; of the kind of {@link #INVOICE_RECEIVER}. */
    public static final WebhookType LEGACY_INVOICE_RECEIVER = KNOWN.known("legal-entity-invoice-receiver");
    /** Legacy: invoice processing stage in KSeF; of the kind of {@link #INVOICE_SYNC}. */
    public static final WebhookType LEGACY_INVOICE_SYNC = KNOWN.known("legal-entity-invoice-sync");
    /** Legacy: UPO received (no current counterpart). */
    public static final WebhookType LEGACY_INVOICE_UPO = KNOWN.known("legal-entity-invoice-upo");
    /** Legacy: session manager (not described; no current counterpart). */
    public static final WebhookType LEGACY_SESSION_MANAGER = KNOWN.known("legal-entity-session-manager");

    private WebhookType(String value, boolean known) {
        super(value, known);
    }

    /** The type named {@code value}: a constant if known, else a new value keeping the string. */
    public static WebhookType of(String value) {
        return KNOWN.of(value);
    }

    /** The known names of both generations, current first. */
    public static List<WebhookType> knownValues() {
        return KNOWN.values();
    }

    /** Whether the name is of the legacy generation ({@code legal-entity-…}). */
    public boolean isLegacy() {
        return value().startsWith(LEGACY_PREFIX);
    }

    /**
     * The current-generation type of the same kind: {@link #INVOICE_SENDER} for
     * {@code legal-entity-invoice-sender}, {@link #ONBOARDING_ACTIVATED} for
     * {@code legal-entity-on-boarding-activated}. A current name, a legacy name without a current
     * counterpart ({@link #LEGACY_INVOICE_UPO}, {@link #LEGACY_SESSION_MANAGER}) and an unknown
     * name return this type itself.
     */
    public WebhookType current() {
        if (!isKnown() || !isLegacy()) {
            return this;
        }
        String suffix = value().substring(LEGACY_PREFIX.length());
        if (suffix.startsWith("on-boarding-")) {
            suffix = "onboarding-" + suffix.substring("on-boarding-".length());
        }
        WebhookType current = KNOWN.of(suffix);
        return current.isKnown() ? current : this;
    }

    /** Whether {@code other} is this type or its counterpart of the other generation. */
    public boolean sameKindAs(WebhookType other) {
        return current().equals(Objects.requireNonNull(other, "other").current());
    }
}
