package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.transport.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription: one legal entity, one event type, one URL.
 *
 * @param uuid the subscription's id
 * @param legalEntityUuid the legal entity ({@code legalEntityUUID} in the response; {@code legalEntity}
 *     in the request)
 * @param legalEntityName the legal entity's name
 * @param webhookType the event type
 * @param webhookUrl where events are posted
 */
public record Webhook(@Nullable String uuid, @Nullable String legalEntityUuid, @Nullable String legalEntityName,
        @Nullable WebhookType webhookType, @Nullable String webhookUrl) {

    static Webhook fromJson(JsonNode n) {
        String type = Json.text(n, "webhookType");
        return new Webhook(Json.text(n, "uuid"), Json.text(n, "legalEntityUUID", "legalEntityUuid", "legalEntity"),
                Json.text(n, "legalEntityName"), type == null ? null : WebhookType.of(type), Json.text(n, "webhookUrl"));
    }
}
