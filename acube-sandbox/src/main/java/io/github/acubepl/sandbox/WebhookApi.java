package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.sandbox.ApiException.Violation;
import io.github.acubepl.sandbox.State.Account;
import io.github.acubepl.sandbox.State.Entity;
import io.github.acubepl.sandbox.State.Webhook;
import io.github.acubepl.webhook.sending.DeliveryQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Webhook subscriptions (api-contract.md, Webhooks). Both generations of type names are accepted. */
final class WebhookApi {
    /** The current names and the legacy ones (reference §6). */
    static final Set<String> TYPES = Set.of(
            "onboarding-activated", "onboarding-deactivated", "invoice-sender", "invoice-receiver", "invoice-sync",
            "legal-entity-on-boarding-activated", "legal-entity-on-boarding-deactivated", "legal-entity-invoice-sender",
            "legal-entity-invoice-receiver", "legal-entity-invoice-sync", "legal-entity-invoice-upo",
            "legal-entity-session-manager");

    private final State state;
    private final Ids ids;

    WebhookApi(State state, Ids ids) {
        this.state = state;
        this.ids = ids;
    }

    void register(Router router) {
        router.add("POST", "/webhooks", true, this::create);
        router.add("GET", "/webhooks", true, this::list);
        router.add("GET", "/webhooks/{uuid}", true, this::get);
        router.add("PUT", "/webhooks/{uuid}", true, this::replace);
        router.add("DELETE", "/webhooks/{uuid}", true, this::delete);
    }

    private record Input(String legalEntity, String type, String url) {
    }

    private Response create(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        ObjectNode body = LegalEntityApi.jsonBody(call.request());
        ObjectNode out = state.locked(() -> {
            Input in = validate(account, body);
            Webhook w = new Webhook(ids.uuid(), in.legalEntity, in.type, in.url);
            account.webhooks.put(w.uuid, w);
            return render(account, w);
        });
        return Response.json(201, out).withHeader("Location", "/webhooks/" + out.get("uuid").asText());
    }

    private Response list(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        List<Listing.Item> items = state.locked(() -> {
            List<Listing.Item> all = new ArrayList<>();
            for (Webhook w : account.webhooks.values()) {
                all.add(new Listing.Item("/webhooks/" + w.uuid, render(account, w)));
            }
            return all;
        });
        return Listing.respond(call.request(), "/webhooks", "Webhook", items);
    }

    private Response get(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        return Response.json(200, state.locked(() -> render(account, webhook(account, call.param("uuid")))));
    }

    private Response replace(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        state.locked(() -> webhook(account, call.param("uuid")));
        ObjectNode body = LegalEntityApi.jsonBody(call.request());
        ObjectNode out = state.locked(() -> {
            Webhook w = webhook(account, call.param("uuid"));
            Input in = validate(account, body);
            w.legalEntityUuid = in.legalEntity;
            w.type = in.type;
            w.url = in.url;
            return render(account, w);
        });
        return Response.json(200, out);
    }

    private Response delete(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        state.locked(() -> {
            webhook(account, call.param("uuid"));
            account.webhooks.remove(call.param("uuid"));
        });
        return Response.noContent();
    }

    /** Inside the lock. */
    private static Input validate(Account account, ObjectNode body) {
        String legalEntity = strip(Json.string(body, "legalEntity"));
        String type = strip(Json.string(body, "webhookType"));
        String url = strip(Json.string(body, "webhookUrl"));
        List<Violation> violations = new ArrayList<>();
        if (legalEntity.startsWith("/legal-entities/")) {
            legalEntity = legalEntity.substring("/legal-entities/".length());
        }
        if (legalEntity.isEmpty()) {
            violations.add(new Violation("legalEntity", LegalEntityApi.NOT_BLANK, null));
        } else if (!account.entities.containsKey(legalEntity)) {
            violations.add(new Violation("legalEntity", "Legal Entity not found for uuid " + legalEntity, null));
        }
        if (type.isEmpty()) {
            violations.add(new Violation("webhookType", LegalEntityApi.NOT_BLANK, null));
        } else if (!TYPES.contains(type)) {
            violations.add(new Violation("webhookType", "The value you selected is not a valid choice.", null));
        }
        if (url.isEmpty()) {
            violations.add(new Violation("webhookUrl", LegalEntityApi.NOT_BLANK, null));
        } else if (!isHttpUrl(url)) {
            violations.add(new Violation("webhookUrl", "This value is not a valid URL.", null));
        }
        if (!violations.isEmpty()) {
            throw ApiException.unprocessable(violations);
        }
        return new Input(legalEntity, type, url);
    }

    /** What the delivery queue can sign and send (absolute http(s), ASCII, no user info or fragment). */
    static boolean isHttpUrl(String url) {
        try {
            DeliveryQueue.checkTargetUrl(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Inside the lock: the user's webhook, or 404. */
    private static Webhook webhook(Account account, String uuid) {
        Webhook w = account.webhooks.get(uuid);
        if (w == null) {
            throw ApiException.notFound();
        }
        return w;
    }

    /** Inside the lock. */
    private static ObjectNode render(Account account, Webhook w) {
        Entity e = account.entities.get(w.legalEntityUuid);
        ObjectNode o = Json.object();
        o.put("uuid", w.uuid);
        o.put("legalEntityUUID", w.legalEntityUuid);
        o.put("legalEntityName", e == null ? null : e.name);
        o.put("webhookType", w.type);
        o.put("webhookUrl", w.url);
        return o;
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
