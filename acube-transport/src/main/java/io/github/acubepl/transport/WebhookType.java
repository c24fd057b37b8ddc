package io.github.acubepl.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event type of a webhook subscription: an open value type with constants for both
 * generations of A-Cube's names ({@code invoice-sender} and {@code legal-entity-invoice-sender}, …);
 * {@link #of(String)} keeps any other string. Registration sends exactly the string given. Equal by
 * value.
 *
 * <p>The meanings of {@code sender} and {@code sync} swapped between generations; match names by
 * suffix, not by meaning.
 */
public final class WebhookType {
    private static final String LEGACY_PREFIX = "legal-entity-";
    private static final Map<String, WebhookType> KNOWN = new LinkedHashMap<>();

    /** Onboarding succeeded (current name). */
    public static final WebhookType ONBOARDING_ACTIVATED = known("onboarding-activated");
    /** Onboarding failed (current name). */
    public static final WebhookType ONBOARDING_DEACTIVATED = known("onboarding-deactivated");
    /** Processing stage of an outgoing invoice, errors included (current name). */
    public static final WebhookType INVOICE_SENDER = known("invoice-sender");
    /** Incoming invoice received from KSeF (current name). */
    public static final WebhookType INVOICE_RECEIVER = known("invoice-receiver");
    /** Outgoing invoice received from KSeF (current name). */
    public static final WebhookType INVOICE_SYNC = known("invoice-sync");
    /** Legacy name of {@link #ONBOARDING_ACTIVATED}. */
    public static final WebhookType LEGACY_ONBOARDING_ACTIVATED = known("legal-entity-on-boarding-activated");
    /** Legacy name of {@link #ONBOARDING_DEACTIVATED}. */
    public static final WebhookType LEGACY_ONBOARDING_DEACTIVATED = known("legal-entity-on-boarding-deactivated");
    /** Legacy: invoice sent from A-Cube to KSeF. */
    public static final WebhookType LEGACY_INVOICE_SENDER = known("legal-entity-invoice-sender");
    /** Legacy: invoice received. */
    public static final WebhookType LEGACY_INVOICE_RECEIVER = known("legal-entity-invoice-receiver");
    /** Legacy: invoice processing stage in KSeF. */
    public static final WebhookType LEGACY_INVOICE_SYNC = known("legal-entity-invoice-sync");
    /** Legacy: UPO received (no current counterpart). */
    public static final WebhookType LEGACY_INVOICE_UPO = known("legal-entity-invoice-upo");
    /** Legacy: session manager (not described; no current counterpart). */
    public static final WebhookType LEGACY_SESSION_MANAGER = known("legal-entity-session-manager");

    private final String value;
    private final boolean known;

    private WebhookType(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    private static WebhookType known(String value) {
        WebhookType type = new WebhookType(value, true);
        KNOWN.put(value, type);
        return type;
    }

    /** The type named {@code value}: a constant if known, else a new value keeping the string. */
    public static WebhookType of(String value) {
        Objects.requireNonNull(value, "value");
        WebhookType type = KNOWN.get(value);
        return type != null ? type : new WebhookType(value, false);
    }

    /** The known names of both generations. */
    public static List<WebhookType> knownValues() {
        return Collections.unmodifiableList(new ArrayList<>(KNOWN.values()));
    }

    /** The name as sent on the wire. */
    public String value() {
        return value;
    }

    /** Whether this is one of the known names. */
    public boolean isKnown() {
        return known;
    }

    /** Whether the name is of the legacy generation ({@code legal-entity-…}). */
    public boolean isLegacy() {
        return value.startsWith(LEGACY_PREFIX);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookType t && value.equals(t.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The value. */
    @Override
    public String toString() {
        return value;
    }
}
