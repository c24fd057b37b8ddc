package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Request;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The legal entities (companies) of the account: {@code /legal-entities}. Thread-safe. */
public final class LegalEntities {
    private final Api api;

    LegalEntities(Api api) {
        this.api = api;
    }

    /**
     * Registers a company ({@code POST /legal-entities}). Not repeated automatically: if the outcome
     * is unknown, {@link #list()} tells whether it was created.
     *
     * @throws AcubeApiException if the API refused it (422 with violations, e.g. a NIP already used)
     * @throws AcubeOutcomeUnknownException if it may or may not have been created, including a 2xx
     *     answer without a usable uuid (probably created, but it cannot be identified)
     */
    public LegalEntity create(NewLegalEntity entity) {
        Objects.requireNonNull(entity, "entity");
        Request request = Request.builder("POST", Endpoint.LEGAL_ENTITIES, api.uri(Endpoint.LEGAL_ENTITIES))
                .json(entity.toJson()).build();
        return api.resource(request, "legal entity", LegalEntity::fromJson);
    }

    /**
     * One legal entity ({@code GET /legal-entities/{uuid}}).
     *
     * @throws IllegalArgumentException if {@code uuid} is blank or not an id (nothing is sent)
     * @throws AcubeApiException with status 404 if there is none
     */
    public LegalEntity get(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        Request request = Request.builder("GET", Endpoint.LEGAL_ENTITY, api.uri(Endpoint.LEGAL_ENTITY, uuid)).build();
        return api.resource(request, "legal entity", LegalEntity::fromJson);
    }

    /** Every legal entity, all pages. */
    public List<LegalEntity> list() {
        return api.all(Endpoint.LEGAL_ENTITIES, Map.of(), LegalEntity::fromJson);
    }

    /** Page {@code number} (from 1) of the legal entities. */
    public Page<LegalEntity> page(int number) {
        return api.page(Endpoint.LEGAL_ENTITIES, Map.of(), number, LegalEntity::fromJson);
    }
}
