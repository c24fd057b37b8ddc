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
import io.github.acubepl.transport.Page;
import io.github.acubepl.transport.Violation;
import io.github.acubepl.transport.Webhook;
import io.github.acubepl.core.WebhookType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /webhooks} through the client: create, list over pages, get, replace, delete, and the 404 and 422 answers. */
class WebhooksTest {
    private static final URI URL = URI.create("https://erp.example.com/hooks/ksef");
    private static final URI OTHER_URL = URI.create("https://erp.example.com/hooks/upo");

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

    @Test
    void createGetReplaceDeleteThenDeleteAgainIs404() {
        Webhook created = client.webhooks().create(entity.uuid(), WebhookType.INVOICE_SENDER, URL);
        assertEquals(List.of("201"), ItFixtures.outcomes(sandbox, "POST", "/webhooks"));
        assertNotNull(created.uuid());
        assertEquals(entity.uuid(), created.legalEntityUuid());
        assertEquals(entity.name(), created.legalEntityName());
        assertEquals(WebhookType.INVOICE_SENDER, created.webhookType());
        assertEquals(URL.toString(), created.webhookUrl());

        assertEquals(created, client.webhooks().get(created.uuid()));

        Webhook replaced = client.webhooks().replace(created.uuid(), entity.uuid(), WebhookType.LEGACY_INVOICE_UPO,
                OTHER_URL);
        assertEquals(created.uuid(), replaced.uuid());
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, replaced.webhookType(), "the legacy names are accepted too");
        assertEquals(OTHER_URL.toString(), replaced.webhookUrl());
        assertEquals(replaced, client.webhooks().get(created.uuid()));

        client.webhooks().delete(created.uuid());
        assertEquals(List.of("204"), ItFixtures.outcomes(sandbox, "DELETE", "/webhooks/*"));
        assertEquals(404, assertThrows(AcubeApiException.class, () -> client.webhooks().get(created.uuid())).status());

        AcubeApiException again = assertThrows(AcubeApiException.class, () -> client.webhooks().delete(created.uuid()));
        assertEquals(404, again.status(), "surfaced, not swallowed");
        assertEquals("DELETE", again.method().orElseThrow());
        assertEquals(List.of("204", "404"), ItFixtures.outcomes(sandbox, "DELETE", "/webhooks/*"));
        assertEquals(List.of(), client.webhooks().list());
    }

    @Test
    void listReturnsEverySubscriptionOverSeveralPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            created.add(client.webhooks().create(entity.uuid(), WebhookType.INVOICE_SYNC,
                    URI.create("https://erp.example.com/hooks/" + i)).uuid());
        }
        sandbox.journal().clear();

        assertEquals(created, client.webhooks().list().stream().map(Webhook::uuid).collect(Collectors.toList()));
        assertEquals(2, sandbox.journal().count("GET", "/webhooks"));

        Page<Webhook> first = client.webhooks().page(1);
        assertEquals(30, first.items().size());
        assertTrue(first.hasNext());
        Page<Webhook> second = client.webhooks().page(2);
        assertEquals(created.subList(30, 32), second.items().stream().map(Webhook::uuid).collect(Collectors.toList()));
        assertFalse(second.hasNext());
        assertEquals(32L, second.totalItems());
    }

    @Test
    void anUnknownTypeIs422OnWebhookType() {
        AcubeApiException e = assertThrows(AcubeApiException.class,
                () -> client.webhooks().create(entity.uuid(), WebhookType.of("invoice-teleported"), URL));
        assertEquals(422, e.status());
        assertEquals(List.of("webhookType"), paths(e));
        assertFalse(WebhookType.of("invoice-teleported").isKnown());
    }

    @Test
    void aUrlOutsideTheNormalFormIsRefusedByTheClientBeforeAnyRequest() {
        int before = sandbox.journal().count("POST", "/webhooks");
        for (URI bad : List.of(URI.create("ftp://erp.example.com/hooks"), URI.create("hooks/ksef"),
                URI.create("mailto:it@example.com"), URI.create("http://erp.example.com/hooks"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> client.webhooks().create(entity.uuid(), WebhookType.INVOICE_SENDER, bad), bad::toString);
            assertTrue(e.getMessage().startsWith("the webhook URL "), e.getMessage());
        }
        assertEquals(before, sandbox.journal().count("POST", "/webhooks"), "nothing reached the simulator");
        assertEquals(List.of(), client.webhooks().list());
        // (the simulator's own 422 on webhookUrl, for clients that send anything, is tested in acube-sandbox)
    }

    @Test
    void anUnknownLegalEntityIs422OnLegalEntity() {
        AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.webhooks()
                .create("00000000-0000-4000-8000-000000000000", WebhookType.INVOICE_SENDER, URL));
        assertEquals(422, e.status());
        assertEquals(List.of("legalEntity"), paths(e));
    }

    @Test
    void replaceValidatesLikeCreateAndAnUnknownUuidIs404() {
        Webhook created = client.webhooks().create(entity.uuid(), WebhookType.INVOICE_SENDER, URL);
        AcubeApiException invalid = assertThrows(AcubeApiException.class, () -> client.webhooks()
                .replace(created.uuid(), entity.uuid(), WebhookType.of("nope"), URL));
        assertEquals(422, invalid.status());
        assertEquals(List.of("webhookType"), paths(invalid));
        assertThrows(IllegalArgumentException.class, () -> client.webhooks()
                .replace(created.uuid(), entity.uuid(), WebhookType.INVOICE_SENDER, URI.create("ftp://x.example.com/h")));
        assertEquals(created, client.webhooks().get(created.uuid()), "unchanged");

        AcubeApiException unknown = assertThrows(AcubeApiException.class, () -> client.webhooks()
                .replace("00000000-0000-4000-8000-000000000000", entity.uuid(), WebhookType.INVOICE_SENDER, URL));
        assertEquals(404, unknown.status());
    }

    private static List<String> paths(AcubeApiException e) {
        return e.violations().stream().map(Violation::propertyPath).collect(Collectors.toList());
    }
}
