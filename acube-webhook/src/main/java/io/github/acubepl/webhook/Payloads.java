package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.AcubeTimestamp;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads webhook payloads tolerantly (docs/webhooks.md §7): unknown fields are ignored, and an
 * empty string reads as absent everywhere, as {@code null} does (legacy payloads write
 * {@code "invoiceUuid": ""} and {@code "ksefReferenceNumber": ""} for "none").
 */
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
            return new UnknownEvent(WebhookType.of(endpointType == null ? "" : endpointType.strip()), null, payload);
        }
        String payloadType = text(json, "webhookType");
        String rawType = payloadType != null && !payloadType.isBlank() ? payloadType
                : endpointType != null ? endpointType : "";
        WebhookType type = WebhookType.of(rawType.strip());
        String legalEntity = text(json, "legalEntityUuid");
        if (InvoiceEvent.isInvoiceType(type)) {
            String timestamp = text(json, "acquisitionTimestamp");
            String status = text(json, "status");
            return new InvoiceEvent(type, legalEntity, text(json, "invoiceUuid"), text(json, "subjectType"),
                    status == null ? null : InvoiceStatus.of(status), integer(json, "processingCode"),
                    text(json, "ksefReferenceNumber"), timestamp == null ? null : AcubeTimestamp.parse(timestamp),
                    text(json, "hash"), text(json, "invoicingMode"), payloadType, text(json, "message"),
                    text(json, "mode"), payload);
        }
        if (OnboardingEvent.isOnboardingType(type)) {
            return new OnboardingEvent(type, legalEntity, text(json, "status"), payload);
        }
        if (type.equals(WebhookType.LEGACY_SESSION_MANAGER)) {
            return new SessionManagerEvent(legalEntity, payload);
        }
        return new UnknownEvent(type, legalEntity, payload);
    }

    /** A scalar field as text; absent, null, {@code ""}, object or array → null. */
    private static @Nullable String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
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
