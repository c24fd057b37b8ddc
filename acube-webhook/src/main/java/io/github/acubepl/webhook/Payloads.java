package io.github.acubepl.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reads webhook payloads tolerantly (acube-api-pl.md §7, §12 #10–#13). */
final class Payloads {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Payloads() {
    }

    static WebhookEvent parse(byte[] body, @Nullable String endpointType) {
        String payload = new String(body, StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new UnknownEvent(endpointType == null ? "" : endpointType, null, payload);
        }
        String payloadType = text(json, "webhookType");
        String rawType = payloadType != null && !payloadType.isBlank() ? payloadType
                : endpointType != null ? endpointType : "";
        WebhookEventType type = WebhookEventType.of(rawType);
        String legalEntity = text(json, "legalEntityUuid");
        switch (type) {
            case INVOICE_SENDER:
            case INVOICE_RECEIVER:
            case INVOICE_SYNC:
            case INVOICE_UPO:
                String timestamp = text(json, "acquisitionTimestamp");
                return new InvoiceEvent(type, rawType, legalEntity, text(json, "invoiceUuid"), text(json, "subjectType"),
                        text(json, "status"), integer(json, "processingCode"), text(json, "ksefReferenceNumber"),
                        timestamp == null ? null : WebhookTimestamp.parse(timestamp), text(json, "hash"),
                        text(json, "invoicingMode"), payloadType, text(json, "message"), text(json, "mode"), payload);
            case ONBOARDING_ACTIVATED:
            case ONBOARDING_DEACTIVATED:
                return new OnboardingEvent(type, rawType, legalEntity, text(json, "status"), payload);
            case SESSION_MANAGER:
                return new SessionManagerEvent(rawType, legalEntity, payload);
            default:
                return new UnknownEvent(rawType, legalEntity, payload);
        }
    }

    /** A scalar field as text; absent, null, object or array → null. */
    private static @Nullable String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    /** An integer field, also from a numeric string; anything else → null. */
    private static @Nullable Integer integer(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
