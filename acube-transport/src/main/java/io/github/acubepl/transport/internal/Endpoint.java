package io.github.acubepl.transport.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every call the client makes, with its default path template. Templates are relative to the
 * environment's common URL ({@link #LOGIN}) or PL URL (all others); {@code {name}} marks a path
 * variable. Override a template through {@link Endpoints#with(Endpoint, String)} (some paths are
 * not confirmed by A-Cube's documentation).
 */
public enum Endpoint {
    /** {@code POST /login} on the common host. */
    LOGIN(true, "/login", true),
    /** {@code POST /legal-entities}, {@code GET /legal-entities?page=N}. */
    LEGAL_ENTITIES(false, "/legal-entities", false),
    /** {@code GET /legal-entities/{uuid}}. */
    LEGAL_ENTITY(false, "/legal-entities/{uuid}", false),
    /** {@code POST /legal-entities/{uuid}/ksef-token/create}. */
    KSEF_TOKEN_CREATE(false, "/legal-entities/{uuid}/ksef-token/create", false),
    /** {@code POST /legal-entities/{uuid}/ksef-token/select}. */
    KSEF_TOKEN_SELECT(false, "/legal-entities/{uuid}/ksef-token/select", false),
    /** {@code POST /legal-entities/{uuid}/ksef-token/revoke}. */
    KSEF_TOKEN_REVOKE(false, "/legal-entities/{uuid}/ksef-token/revoke", false),
    /** {@code POST /webhooks}, {@code GET /webhooks?page=N}. */
    WEBHOOKS(false, "/webhooks", false),
    /** {@code GET}, {@code PUT}, {@code DELETE /webhooks/{uuid}}. */
    WEBHOOK(false, "/webhooks/{uuid}", false),
    /** {@code POST /invoices}, {@code GET /invoices?page=N}. */
    INVOICES(false, "/invoices", false),
    /** {@code POST /invoices/v3} (FA(3)-era docs). */
    INVOICES_V3(false, "/invoices/v3", false),
    /** {@code POST /invoices/v3/validate}: validates without sending, so it is safe to repeat. */
    INVOICES_V3_VALIDATE(false, "/invoices/v3/validate", true),
    /** {@code GET /invoices/{uuid}} (JSON or XML by {@code Accept}). */
    INVOICE(false, "/invoices/{uuid}", false),
    /** {@code GET /invoices/{uuid}/upo}. */
    INVOICE_UPO(false, "/invoices/{uuid}/upo", false),
    /** {@code GET /invoices/{uuid}/attachments}. */
    INVOICE_ATTACHMENTS(false, "/invoices/{uuid}/attachments", false),
    /** {@code GET /invoices/{uuid}/attachments/{attachmentUuid}}. */
    INVOICE_ATTACHMENT(false, "/invoices/{uuid}/attachments/{attachmentUuid}", false);

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final boolean common;
    private final String defaultTemplate;
    private final boolean postIsSafe;

    Endpoint(boolean common, String defaultTemplate, boolean postIsSafe) {
        this.common = common;
        this.defaultTemplate = defaultTemplate;
        this.postIsSafe = postIsSafe;
    }

    /** The template served by A-Cube as far as its documentation says (and by the simulator). */
    public String defaultTemplate() {
        return defaultTemplate;
    }

    /** Whether the path is relative to the common URL (else to the PL URL). */
    public boolean onCommonHost() {
        return common;
    }

    /**
     * Whether a POST to this endpoint changes nothing on the server when repeated (login,
     * validation), so that it may be retried like a GET.
     */
    public boolean postIsSafe() {
        return postIsSafe;
    }

    /** The variables of the default template, e.g. {@code [uuid, attachmentUuid]}. */
    public Set<String> variables() {
        return variables(defaultTemplate);
    }

    public static Set<String> variables(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
