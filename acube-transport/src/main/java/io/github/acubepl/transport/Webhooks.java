package io.github.acubepl.transport;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
     */
    public Webhook create(String legalEntityUuid, WebhookType type, URI url) {
        Request request = Request.builder("POST", Endpoint.WEBHOOKS, api.uri(Endpoint.WEBHOOKS))
                .json(body(legalEntityUuid, type, url)).build();
        return api.object(request, Webhook::fromJson);
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
        return api.object(request, Webhook::fromJson);
    }

    /** Replaces a subscription ({@code PUT /webhooks/{uuid}}). */
    public Webhook replace(String uuid, String legalEntityUuid, WebhookType type, URI url) {
        Request request = Request.builder("PUT", Endpoint.WEBHOOK,
                api.uri(Endpoint.WEBHOOK, Objects.requireNonNull(uuid, "uuid")))
                .json(body(legalEntityUuid, type, url)).build();
        return api.object(request, Webhook::fromJson);
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
        Objects.requireNonNull(legalEntityUuid, "legalEntityUuid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("legalEntity", legalEntityUuid);
        body.put("webhookType", type.value());
        body.put("webhookUrl", url.toString());
        return body;
    }
}
