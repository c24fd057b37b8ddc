package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.transport.internal.Json;
import io.github.acubepl.transport.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A KSeF authorization token registered for a legal entity. The {@code authorizationToken} is a
 * secret: {@link #toString()} masks it and the client never logs it.
 *
 * @param uuid the token's id in A-Cube (used to select or revoke it)
 * @param authorizationToken the KSeF token itself, if the API returned it
 * @param active whether it is active
 * @param selected whether it is the selected token
 */
public record KsefToken(@Nullable String uuid, @Nullable String authorizationToken, @Nullable Boolean active,
        @Nullable Boolean selected) {

    /** The token with {@code authorizationToken} shown as {@code ***}. */
    @Override
    public String toString() {
        return "KsefToken[uuid=" + uuid + ", authorizationToken=" + (authorizationToken == null ? null : Redaction.MASK)
                + ", active=" + active + ", selected=" + selected + "]";
    }

    static KsefToken fromJson(JsonNode n) {
        return new KsefToken(Json.text(n, "uuid"), Json.text(n, "authorizationToken"), Json.bool(n, "isActive", "active"),
                Json.bool(n, "isSelected", "selected"));
    }
}
