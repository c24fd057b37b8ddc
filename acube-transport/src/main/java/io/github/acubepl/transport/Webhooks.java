package io.github.acubepl.transport;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Ids;
import io.github.acubepl.transport.internal.Loopback;
import io.github.acubepl.transport.internal.Request;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The webhook subscriptions: {@code /webhooks}. Thread-safe. */
public final class Webhooks {
    private final Api api;

    Webhooks(Api api) {
        this.api = api;
    }

    /**
     * Subscribes {@code url} to events of {@code type} for a legal entity ({@code POST /webhooks}).
     * The type is sent exactly as given (current or legacy name).
     *
     * <p>A-Cube signs the URL as registered, and the receiver must verify against the same string,
     * so only the normal form is accepted (docs/api-contract.md, "Webhooks"): {@code https} (or {@code http}
     * to a loopback address, for local simulators), a lowercase host, no default port, a non-empty
     * path, ASCII only, no user info, no fragment.
     *
     * @throws IllegalArgumentException if {@code url} is not in that form, or {@code legalEntityUuid}
     *     is blank or not an id (nothing is sent)
     * @throws AcubeOutcomeUnknownException if it may or may not have been created, including a 2xx
     *     answer without a usable uuid
     */
    public Webhook create(String legalEntityUuid, WebhookType type, URI url) {
        Request request = Request.builder("POST", Endpoint.WEBHOOKS, api.uri(Endpoint.WEBHOOKS))
                .json(body(legalEntityUuid, type, url)).build();
        return api.resource(request, "webhook subscription", Webhook::fromJson);
    }

    /** Every subscription, all pages. */
    public List<Webhook> list() {
        return api.all(Endpoint.WEBHOOKS, Map.of(), Webhook::fromJson);
    }

    /** Page {@code number} (from 1) of the subscriptions. */
    public Page<Webhook> page(int number) {
        return api.page(Endpoint.WEBHOOKS, Map.of(), number, Webhook::fromJson);
    }

    /**
     * One subscription ({@code GET /webhooks/{uuid}}).
     *
     * @throws AcubeApiException with status 404 if there is none
     */
    public Webhook get(String uuid) {
        Request request = Request.builder("GET", Endpoint.WEBHOOK,
                api.uri(Endpoint.WEBHOOK, Objects.requireNonNull(uuid, "uuid"))).build();
        return api.resource(request, "webhook subscription", Webhook::fromJson);
    }

    /**
     * Replaces a subscription ({@code PUT /webhooks/{uuid}}).
     *
     * @throws IllegalArgumentException if {@code url} is not in the normal form of {@link #create}
     */
    public Webhook replace(String uuid, String legalEntityUuid, WebhookType type, URI url) {
        Request request = Request.builder("PUT", Endpoint.WEBHOOK,
                api.uri(Endpoint.WEBHOOK, Objects.requireNonNull(uuid, "uuid")))
                .json(body(legalEntityUuid, type, url)).build();
        return api.resource(request, "webhook subscription", Webhook::fromJson);
    }

    /**
     * Deletes a subscription ({@code DELETE /webhooks/{uuid}}; any 2xx is success).
     *
     * @throws AcubeApiException with status 404 if there is none (never swallowed)
     */
    public void delete(String uuid) {
        api.call(Request.builder("DELETE", Endpoint.WEBHOOK, api.uri(Endpoint.WEBHOOK, Objects.requireNonNull(uuid, "uuid")))
                .build());
    }

    private static Map<String, String> body(String legalEntityUuid, WebhookType type, URI url) {
        Ids.check("legalEntityUuid", legalEntityUuid);
        Objects.requireNonNull(type, "type");
        checkNormalForm(Objects.requireNonNull(url, "url"));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("legalEntity", legalEntityUuid);
        body.put("webhookType", type.value());
        body.put("webhookUrl", url.toString());
        return body;
    }

    /** The URL rules of {@link #create}; the message says what is wrong but never repeats the URL (it may hold a secret). */
    static void checkNormalForm(URI url) {
        String text = url.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw invalid("must be ASCII without spaces (percent-encode the rest)");
            }
        }
        if (!url.isAbsolute() || url.isOpaque()) {
            throw invalid("must be absolute, like https://erp.example.com/acube/webhooks");
        }
        String scheme = url.getScheme();
        boolean loopback = Loopback.isLoopback(url);
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw invalid("must use https (lowercase; http only to a loopback address such as a local simulator)");
        }
        if (url.getRawUserInfo() != null) {
            throw invalid("must not carry user info");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid("needs a host");
        }
        if (!host.equals(host.toLowerCase(Locale.ROOT))) {
            throw invalid("must have a lowercase host: " + host.toLowerCase(Locale.ROOT));
        }
        int port = url.getPort();
        if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
            throw invalid("must not name the default port " + port);
        }
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) {
            throw invalid("needs a path, like /acube/webhooks");
        }
        if (url.getRawFragment() != null) {
            throw invalid("must not have a fragment");
        }
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("the webhook URL " + problem
                + " (A-Cube signs the URL exactly as registered, so only its normal form is accepted)");
    }
}
