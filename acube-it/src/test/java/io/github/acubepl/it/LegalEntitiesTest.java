package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.transport.Page;
import io.github.acubepl.transport.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /legal-entities} through the client: create, get, list over pages, and the 404 and 422 answers. */
class LegalEntitiesTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;
    private AcubeClient client;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void createAnswers201WithTheNewEntity() {
        LegalEntity created = client.legalEntities().create(ItFixtures.entity(ItFixtures.SELLER_NIP));

        assertEquals(List.of("201"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities"));
        assertNotNull(created.uuid());
        assertEquals(ItFixtures.SELLER_NIP, created.nip());
        assertEquals("Firma 5830147261 sp. z o.o.", created.name());
        assertEquals("ul. Długa 12", created.addressLine1());
        assertEquals("80-827", created.postcode());
        assertEquals("PL", created.countryIso2());
        assertEquals("pomorskie", created.province());
        assertFalse(created.isActive(), "pending until a KSeF token is selected");
        assertEquals(ItFixtures.START, created.createdAt().toInstant().orElseThrow());
        assertEquals(0, created.status().code());
        assertEquals(created.uuid(), sandbox.store().legalEntities().get(0).uuid());
    }

    @Test
    void getAnswersTheEntity() {
        LegalEntity created = ItFixtures.register(client, ItFixtures.SELLER_NIP);
        LegalEntity read = client.legalEntities().get(created.uuid());
        assertEquals(created, read);
    }

    @Test
    void getOfAnUnknownUuidIsA404() {
        AcubeApiException e = assertThrows(AcubeApiException.class,
                () -> client.legalEntities().get("00000000-0000-4000-8000-000000000000"));
        assertEquals(404, e.status());
        assertEquals("Not Found", e.detail().orElseThrow());
        assertEquals("GET", e.method().orElseThrow());
        assertEquals("/legal-entities/00000000-0000-4000-8000-000000000000", e.path().orElseThrow());
    }

    @Test
    void listReturnsEveryEntityOverSeveralPagesAndPageTwoIsTheRest() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            created.add(ItFixtures.register(client, ItFixtures.nip(i)).uuid());
        }
        sandbox.journal().clear();

        List<LegalEntity> all = client.legalEntities().list();
        assertEquals(created, all.stream().map(LegalEntity::uuid).collect(Collectors.toList()), "all, in order");
        assertEquals(2, sandbox.journal().count("GET", "/legal-entities"), "two pages of 30");

        Page<LegalEntity> first = client.legalEntities().page(1);
        assertEquals(30, first.items().size());
        assertTrue(first.hasNext());
        assertEquals(35L, first.totalItems());

        Page<LegalEntity> second = client.legalEntities().page(2);
        assertEquals(2, second.number());
        assertEquals(created.subList(30, 35), second.items().stream().map(LegalEntity::uuid).collect(Collectors.toList()));
        assertFalse(second.hasNext());
        assertEquals(35L, second.totalItems());

        Page<LegalEntity> third = client.legalEntities().page(3);
        assertEquals(List.of(), third.items(), "a page past the end is empty");
        assertFalse(third.hasNext());
    }

    @Test
    void anInvalidEntityIs422WithAViolationNamingEachBadField() {
        // the record's constructor only checks for null: blank and malformed values reach the API
        NewLegalEntity invalid = new NewLegalEntity("1234567890", " ", "ul. Długa 12", "lok. 3", "80827", "Gdańsk", "PL",
                "biuro@example.com", null, null);

        AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.legalEntities().create(invalid));
        assertEquals(422, e.status());
        assertEquals(Set.of("nip", "name", "postcode"),
                e.violations().stream().map(Violation::propertyPath).collect(Collectors.toSet()), e.violations()::toString);
        assertEquals("This value is not a valid NIP.", violation(e, "nip").message());
        assertEquals("This value should not be blank.", violation(e, "name").message());
        assertTrue(e.getMessage().contains("nip"), e.getMessage());
        assertEquals(List.of(), sandbox.store().legalEntities());
    }

    @Test
    void aSecondEntityWithTheSameNipIs422OnNip() {
        ItFixtures.register(client, ItFixtures.SELLER_NIP);

        AcubeApiException e = assertThrows(AcubeApiException.class,
                () -> client.legalEntities().create(ItFixtures.entity(ItFixtures.SELLER_NIP)));
        assertEquals(422, e.status());
        assertEquals(1, e.violations().size(), e.violations()::toString);
        assertEquals("This value is already used.", violation(e, "nip").message());
        assertEquals(1, sandbox.store().legalEntities().size());
        assertEquals(List.of("201", "422"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities"));
    }

    private static Violation violation(AcubeApiException e, String path) {
        return e.violations().stream().filter(v -> path.equals(v.propertyPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no violation on " + path + ": " + e.violations()));
    }
}
