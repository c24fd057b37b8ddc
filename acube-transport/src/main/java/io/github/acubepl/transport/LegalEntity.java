package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.transport.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * A legal entity (a company registered by NIP) as the API returns it. Tolerant: every field may be
 * absent; unknown fields are ignored; {@code status} and {@code authFlowStatus} are read as numbers
 * or strings.
 *
 * @param uuid the entity's id
 * @param name the company name
 * @param nip the NIP
 * @param email the contact email
 * @param url the company URL
 * @param addressLine1 the first address line
 * @param addressLine2 the second address line
 * @param postcode the postcode
 * @param province the province
 * @param city the city
 * @param countryIso2 the ISO 3166 alpha-2 country code
 * @param status the status ({@code pending}, {@code active}, {@code blocked}), number and name
 * @param authFlowStatus the onboarding flow's status, number and/or name
 * @param authFlowUuid the onboarding flow's id ({@code authFlowUUID})
 * @param authFlowUrl the URL that starts the KSeF onboarding
 * @param authFlowDeadline the deadline of that URL
 * @param incomingInvoiceEnabled whether incoming invoices are received
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 */
public record LegalEntity(
        @Nullable String uuid,
        @Nullable String name,
        @Nullable String nip,
        @Nullable String email,
        @Nullable String url,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String postcode,
        @Nullable String province,
        @Nullable String city,
        @Nullable String countryIso2,
        @Nullable CodedStatus status,
        @Nullable CodedStatus authFlowStatus,
        @Nullable String authFlowUuid,
        @Nullable String authFlowUrl,
        @Nullable AcubeTimestamp authFlowDeadline,
        @Nullable Boolean incomingInvoiceEnabled,
        @Nullable AcubeTimestamp createdAt,
        @Nullable AcubeTimestamp updatedAt) {

    /** Whether the status name is {@code active} (onboarded: a KSeF token or certificate obtained). */
    public boolean isActive() {
        return status != null && status.is("active");
    }

    static LegalEntity fromJson(JsonNode n) {
        return new LegalEntity(
                Json.text(n, "uuid"),
                Json.text(n, "name"),
                Json.text(n, "nip"),
                Json.text(n, "email"),
                Json.text(n, "url"),
                Json.text(n, "addressLine1"),
                Json.text(n, "addressLine2"),
                Json.text(n, "postcode"),
                Json.text(n, "province"),
                Json.text(n, "city"),
                Json.text(n, "countryIso2"),
                CodedStatus.read(n, "status", "_statusName"),
                CodedStatus.read(n, "authFlowStatus", null),
                Json.text(n, "authFlowUUID", "authFlowUuid"),
                Json.text(n, "authFlowUrl"),
                Json.timestamp(n, "authFlowDeadline"),
                Json.bool(n, "incomingInvoiceEnabled"),
                Json.timestamp(n, "createdAt"),
                Json.timestamp(n, "updatedAt"));
    }
}
