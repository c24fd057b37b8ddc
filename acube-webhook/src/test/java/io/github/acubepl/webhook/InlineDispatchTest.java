package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import static io.github.acubepl.webhook.ReceiverFixture.SENDER_URL;
import static io.github.acubepl.webhook.ReceiverFixture.UPO_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.WebhookResponse.Outcome;
import io.github.acubepl.webhook.WebhookVerificationException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The receiver in inline mode: status codes, dedup, handler failures, retention. */
class InlineDispatchTest {
    private final ReceiverFixture f = new ReceiverFixture();
    private final IdempotencyStore keys = IdempotencyStore.inMemory();
    private final WebhookReceiver receiver = f.receiver(f.dispatcher().inline(keys).build());

    private WebhookResponse post(String endpoint, String url, byte[] body) {
        return receiver.receive(endpoint, "POST", f.signed(url, body), body);
    }

    @Test
    void aValidDeliveryIsHandledOnceAndItsRetryIsADuplicate() {
        byte[] body = ReceiverFixture.senderPayload("inv-1", "valid");
        WebhookResponse first = post("invoice-sender", SENDER_URL, body);
        assertEquals(new WebhookResponse(200, "ok", Outcome.PROCESSED, null), first);
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, f.handled.get(0));
        assertEquals("inv-1", e.invoiceUuid());
        assertTrue(keys.contains(WebhookDispatcher.dedupKey(body)));

        f.clock.advance(Duration.ofMinutes(15)); // A-Cube retries, re-signed
        WebhookResponse again = post("invoice-sender", SENDER_URL, body);
        assertEquals(200, again.status());
        assertEquals(Outcome.DUPLICATE, again.outcome());
        assertEquals(1, f.handled.size());
    }

    @Test
    void theDedupKeyIsTheBodysSha256AsInTheContentDigest() {
        byte[] body = Fixtures.HELLO;
        assertEquals("X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", WebhookDispatcher.dedupKey(body));
    }

    @Test
    void aFailingHandlerAnswers500AndTheKeyIsRecordedOnlyAfterSuccess() {
        f.failuresLeft = 2;
        byte[] body = ReceiverFixture.senderPayload("inv-2", "invalid");
        WebhookResponse r1 = post("invoice-sender", SENDER_URL, body);
        assertEquals(500, r1.status());
        assertEquals(Outcome.HANDLER_FAILED, r1.outcome());
        assertFalse(keys.contains(WebhookDispatcher.dedupKey(body)));
        assertEquals(500, post("invoice-sender", SENDER_URL, body).status());
        assertEquals(200, post("invoice-sender", SENDER_URL, body).status());
        assertEquals(1, f.handled.size());
        assertEquals(Outcome.DUPLICATE, post("invoice-sender", SENDER_URL, body).outcome());
    }

    @Test
    void legacyPayloadsAreTypedByTheirEndpointAndOtherTypesGoToTheCatchAll() {
        assertEquals(200, post("legal-entity-invoice-upo", UPO_URL, ReceiverFixture.legacyPayload("inv-3")).status());
        InvoiceEvent upo = assertInstanceOf(InvoiceEvent.class, f.handled.get(0));
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, upo.type());
        assertEquals("legal-entity-invoice-upo", upo.type().value());

        byte[] onboarding = Fixtures.utf8("{\"legalEntityUuid\":\"le-9\",\"webhookType\":\"onboarding-activated\"}");
        assertEquals(200, post("invoice-sender", SENDER_URL, onboarding).status());
        assertInstanceOf(OnboardingEvent.class, f.caughtAll.get(0));

        byte[] unknown = Fixtures.utf8("{\"webhookType\":\"invoice-archived\"}");
        assertEquals(200, post("invoice-sender", SENDER_URL, unknown).status());
        assertInstanceOf(UnknownEvent.class, f.caughtAll.get(1));
    }

    @Test
    void anEventWithoutAnyHandlerIsAcknowledged() {
        WebhookDispatcher onlySender = WebhookDispatcher.builder().clock(f.clock).inline(keys)
                .on(WebhookType.INVOICE_SENDER, f.handled::add).build();
        WebhookReceiver r = f.receiver(onlySender);
        byte[] body = Fixtures.utf8("{\"webhookType\":\"invoice-receiver\"}");
        assertEquals(Outcome.PROCESSED, r.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body).outcome());
        assertTrue(keys.contains(WebhookDispatcher.dedupKey(body)));
    }

    @Test
    void endpointsAreAddressedByNameOrPublicUrl() {
        byte[] body = ReceiverFixture.senderPayload("inv-4", "valid");
        assertEquals(Outcome.PROCESSED, post(SENDER_URL, SENDER_URL, body).outcome());
        assertEquals(Outcome.NOT_FOUND, post("nope", SENDER_URL, body).outcome());
        assertEquals(404, post("https://other.example/x", SENDER_URL, body).status());
    }

    @Test
    void aSignatureForAnotherEndpointIsRejected() {
        byte[] body = ReceiverFixture.senderPayload("inv-5", "valid");
        WebhookResponse r = receiver.receive("legal-entity-invoice-upo", "POST", f.signed(SENDER_URL, body), body);
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.body());
        assertEquals(Optional.of(Reason.BAD_SIGNATURE), r.failure());
        assertTrue(f.handled.isEmpty());
    }

    @Test
    void statusCodes() {
        byte[] body = ReceiverFixture.senderPayload("inv-6", "valid");
        WebhookHeaders headers = f.signed(SENDER_URL, body);
        assertEquals(405, receiver.receive("invoice-sender", "GET", headers, body).status());
        assertEquals(405, receiver.receive("invoice-sender", "post", headers, body).status());
        byte[] big = new byte[4097];
        assertEquals(413, receiver.receive("invoice-sender", "POST", f.signed(SENDER_URL, big), big).status());
        assertEquals(401, receiver.receive("invoice-sender", "POST", WebhookHeaders.empty(), body).status());
        assertEquals(Optional.of(Reason.MISSING_HEADER),
                receiver.receive("invoice-sender", "POST", WebhookHeaders.empty(), body).failure());
        f.clock.advance(Duration.ofDays(2));
        assertEquals(Optional.of(Reason.STALE), receiver.receive("invoice-sender", "POST", headers, body).failure());
    }

    @Test
    void keyAndStoreOutagesAnswer503() {
        byte[] body = ReceiverFixture.senderPayload("inv-7", "valid");
        WebhookVerifier noKey = WebhookVerifier.builder().clock(f.clock).keyResolver(id -> {
            throw new IllegalStateException("no key");
        }).build();
        WebhookReceiver r = WebhookReceiver.builder().verifier(noKey).dispatcher(f.dispatcher().inline(keys).build())
                .endpoint(WebhookEndpoint.of("invoice-sender", SENDER_URL)).build();
        WebhookResponse keyDown = r.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body);
        assertEquals(503, keyDown.status());
        assertEquals(Optional.of(Reason.KEY_UNAVAILABLE), keyDown.failure());

        IdempotencyStore down = new IdempotencyStore() {
            @Override
            public boolean contains(String key) {
                throw new WebhookStoreException("idempotency store: contains failed (SQLState 08001)", null);
            }

            @Override
            public boolean record(String key, Instant at) {
                throw new WebhookStoreException("down", null);
            }

            @Override
            public int purge(Instant cutoff) {
                throw new WebhookStoreException("down", null);
            }
        };
        WebhookReceiver r2 = f.receiver(f.dispatcher().inline(down).build());
        WebhookResponse storeDown = r2.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body);
        assertEquals(503, storeDown.status());
        assertEquals(Outcome.UNAVAILABLE, storeDown.outcome());
        assertTrue(f.handled.isEmpty());
    }

    @Test
    void keysArePurgedAfterTheRetention() {
        byte[] body = ReceiverFixture.senderPayload("inv-8", "valid");
        post("invoice-sender", SENDER_URL, body);
        String key = WebhookDispatcher.dedupKey(body);
        f.clock.advance(Duration.ofDays(7));
        receiver.dispatcher().processDue();
        assertTrue(keys.contains(key), "kept for the full 7 days");
        f.clock.advance(Duration.ofHours(1).plusSeconds(1));
        // any later request purges (at most once per hour)
        byte[] other = ReceiverFixture.senderPayload("inv-9", "valid");
        post("invoice-sender", SENDER_URL, other);
        assertFalse(keys.contains(key));
        assertTrue(keys.contains(WebhookDispatcher.dedupKey(other)));
    }

    @Test
    void buildersValidate() {
        assertThrows(IllegalStateException.class, () -> WebhookDispatcher.builder().catchAll(e -> { }).build());
        assertThrows(IllegalStateException.class, () -> WebhookDispatcher.builder().inline(keys).build());
        assertThrows(IllegalStateException.class,
                () -> WebhookDispatcher.builder().inline(keys).inbox(InboxStore.inMemory()).catchAll(e -> { }).build());
        assertThrows(IllegalStateException.class, () -> WebhookDispatcher.builder().inline(keys)
                .on(WebhookType.INVOICE_SENDER, e -> { }).on(WebhookType.INVOICE_SENDER, e -> { }).build());
        WebhookDispatcher d = WebhookDispatcher.builder().inline(keys).catchAll(e -> { }).build();
        assertThrows(IllegalStateException.class, () -> WebhookReceiver.builder().verifier(f.verifier).dispatcher(d).build());
        assertThrows(IllegalStateException.class, () -> WebhookReceiver.builder().verifier(f.verifier).dispatcher(d)
                .endpoint(WebhookEndpoint.of("a", SENDER_URL)).endpoint(WebhookEndpoint.of("b", SENDER_URL)).build());
    }
}
