package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Ids;
import io.github.acubepl.transport.internal.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The KSeF authorization tokens of legal entities: {@code /legal-entities/{uuid}/ksef-token/…}.
 * The token value is a secret: it is sent, never logged. Thread-safe.
 */
public final class KsefTokens {
    private final Api api;

    KsefTokens(Api api) {
        this.api = api;
    }

    /**
     * Registers a KSeF token generated in the KSeF web app ({@code POST …/ksef-token/create}).
     *
     * @param legalEntityUuid the legal entity
     * @param authorizationToken the KSeF token (secret)
     * @param autoSelect whether to select it at once; A-Cube's tutorial sends {@code false} and
     *     selects it later with {@link #select(String, String)}
     */
    public KsefToken create(String legalEntityUuid, String authorizationToken, boolean autoSelect) {
        Objects.requireNonNull(legalEntityUuid, "legalEntityUuid");
        Objects.requireNonNull(authorizationToken, "authorizationToken");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorizationToken", authorizationToken);
        body.put("autoSelect", autoSelect);
        Request request = Request.builder("POST", Endpoint.KSEF_TOKEN_CREATE,
                api.uri(Endpoint.KSEF_TOKEN_CREATE, legalEntityUuid)).json(body).secret(authorizationToken).build();
        return api.resource(request, "KSeF token", KsefToken::fromJson);
    }

    /** Selects (activates) a registered token ({@code POST …/ksef-token/select} with {@code {"uuid"}}). */
    public KsefToken select(String legalEntityUuid, String tokenUuid) {
        Request request = Request.builder("POST", Endpoint.KSEF_TOKEN_SELECT,
                api.uri(Endpoint.KSEF_TOKEN_SELECT, Objects.requireNonNull(legalEntityUuid, "legalEntityUuid")))
                .json(Map.of("uuid", Ids.check("tokenUuid", tokenUuid))).build();
        return api.resource(request, "KSeF token", KsefToken::fromJson);
    }

    /**
     * Revokes (removes) a token ({@code POST …/ksef-token/revoke} with {@code {"uuid"}}; any 2xx is
     * success). Tokens made in the KSeF web app cannot be revoked through A-Cube.
     */
    public void revoke(String legalEntityUuid, String tokenUuid) {
        Request request = Request.builder("POST", Endpoint.KSEF_TOKEN_REVOKE,
                api.uri(Endpoint.KSEF_TOKEN_REVOKE, Objects.requireNonNull(legalEntityUuid, "legalEntityUuid")))
                .json(Map.of("uuid", Ids.check("tokenUuid", tokenUuid))).build();
        api.call(request);
    }
}
