package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxLegalEntity;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.KsefToken;
import io.github.acubepl.transport.LegalEntity;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /legal-entities/{uuid}/ksef-token/…} through the client: create, select, revoke, 404 and 422. */
class KsefTokensTest {
    /** Distinctive, so that a leak is found by a plain substring search. */
    private static final String KSEF_TOKEN = "20261201-EC-7A9F3B2C1D-5E6F7A8B9C-4D";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;
    private AcubeClient client;
    private LegalEntity entity;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        entity = ItFixtures.register(client, ItFixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxLegalEntity stored() {
        return sandbox.store().legalEntity(entity.uuid()).orElseThrow();
    }

    @Test
    void createThenSelectMakesTheEntityActiveThenRevokeRemovesTheToken() {
        KsefToken created = client.ksefTokens().create(entity.uuid(), KSEF_TOKEN, false);
        assertEquals(List.of("201"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities/*/ksef-token/create"));
        assertNotNull(created.uuid());
        assertEquals(KSEF_TOKEN, created.authorizationToken(), "the API echoes it; the record keeps it");
        assertEquals(Boolean.FALSE, created.selected());
        assertFalse(client.legalEntities().get(entity.uuid()).isActive(), "not selected yet");
        assertEquals(1, stored().ksefTokens());

        KsefToken selected = client.ksefTokens().select(entity.uuid(), created.uuid());
        assertEquals(List.of("200"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities/*/ksef-token/select"));
        assertEquals(created.uuid(), selected.uuid());
        assertEquals(Boolean.TRUE, selected.selected());
        LegalEntity active = client.legalEntities().get(entity.uuid());
        assertTrue(active.isActive(), active::toString);
        assertEquals(1, active.status().code());
        assertTrue(stored().active());

        client.ksefTokens().revoke(entity.uuid(), created.uuid());
        assertEquals(List.of("204"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities/*/ksef-token/revoke"));
        assertEquals(0, stored().ksefTokens());
        assertFalse(client.legalEntities().get(entity.uuid()).isActive(), "no selected token left");
    }

    @Test
    void autoSelectActivatesAtOnce() {
        KsefToken created = client.ksefTokens().create(entity.uuid(), KSEF_TOKEN, true);
        assertEquals(Boolean.TRUE, created.selected());
        assertTrue(client.legalEntities().get(entity.uuid()).isActive());
    }

    @Test
    void toStringNeverShowsTheToken() {
        KsefToken created = client.ksefTokens().create(entity.uuid(), KSEF_TOKEN, false);
        KsefToken selected = client.ksefTokens().select(entity.uuid(), created.uuid());
        for (KsefToken t : List.of(created, selected)) {
            assertFalse(t.toString().contains(KSEF_TOKEN), t.toString());
            assertFalse(t.toString().contains(KSEF_TOKEN.substring(0, 12)), t.toString());
            assertTrue(t.toString().contains("authorizationToken=***"), t.toString());
        }
    }

    @Test
    void anUnknownLegalEntityIs404OnCreateSelectAndRevoke() {
        AcubeApiException create = assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().create(UNKNOWN, KSEF_TOKEN, false));
        assertEquals(404, create.status());
        assertFalse(create.toString().contains(KSEF_TOKEN), create.toString());
        assertFalse(create.body().contains(KSEF_TOKEN), create.body());

        KsefToken token = client.ksefTokens().create(entity.uuid(), KSEF_TOKEN, false);
        assertEquals(404, assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().select(UNKNOWN, token.uuid())).status());
        assertEquals(404, assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().revoke(UNKNOWN, token.uuid())).status());
    }

    @Test
    void anUnknownTokenIs404OnSelectAndRevoke() {
        assertEquals(404, assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().select(entity.uuid(), UNKNOWN)).status());
        assertEquals(404, assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().revoke(entity.uuid(), UNKNOWN)).status());
    }

    @Test
    void aBlankTokenIs422OnAuthorizationToken() {
        for (String blank : List.of("", "   ")) {
            AcubeApiException e = assertThrows(AcubeApiException.class,
                    () -> client.ksefTokens().create(entity.uuid(), blank, false));
            assertEquals(422, e.status());
            assertEquals(1, e.violations().size(), e.violations()::toString);
            assertEquals("authorizationToken", e.violations().get(0).propertyPath());
        }
        assertEquals(0, stored().ksefTokens());
    }
}
