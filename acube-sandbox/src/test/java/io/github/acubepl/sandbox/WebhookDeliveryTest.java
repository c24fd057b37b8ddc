package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.OnboardingEvent;
import io.github.acubepl.webhook.VerifiedSignature;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's signed webhook notifications, received over loopback and verified with the public key it serves. */
class WebhookDeliveryTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private AcubeSandbox sandbox;
    private Receiver receiver;
    private Client client;
    private String le;

    @BeforeEach
    void start() throws IOException {
        sandbox = AcubeSandbox.builder().clock(clock).webhookStore(outbox).build().start();
        receiver = new Receiver(clock);
        client = new Client(sandbox).login(sandbox.user());
        le = Fixtures.register(client, Fixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private void subscribe(String legalEntity, String type, String path) {
        Client.Reply r = client.postJson("/webhooks", "{\"legalEntity\":\"" + legalEntity + "\",\"webhookType\":\""
                + type + "\",\"webhookUrl\":\"" + receiver.url(path) + "\"}");
        assertEquals(201, r.status(), r::text);
    }

    private WebhookVerifier verifier() {
        return WebhookVerifier.builder().keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey()))
                .clock(clock.asClock()).build();
    }

    /** Verifies a received request against the URL it was subscribed under and reads its event. */
    private WebhookEvent verified(Received r) {
        VerifiedSignature sig = verifier().verify("POST", receiver.url(r.path), r.headers, r.body);
        assertEquals("pyhms", sig.label());
        assertEquals("acube", sig.keyId());
        assertEquals(List.of("@method", "@authority", "@target-uri", "date", "content-digest"), sig.components());
        return WebhookEvent.parse(r.body, null);
    }

    @Test
    void everyStatusChangeOfAnInvoiceArrivesSignedInOrder() {
        subscribe(le, "invoice-sender", "/hooks/sender");
        String uuid = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());

        List<Received> got = receiver.received();
        assertEquals(3, got.size(), () -> "in_queue, processing, valid: " + got);
        List<String> statuses = new ArrayList<>();
        for (Received r : got) {
            assertEquals("/hooks/sender", r.path);
            assertEquals("application/json", r.headers.get("content-type").orElseThrow());
            InvoiceEvent e = (InvoiceEvent) verified(r);
            assertEquals(WebhookType.INVOICE_SENDER, e.type());
            assertEquals("invoice-sender", e.type().value());
            assertEquals(le, e.legalEntityUuid());
            assertEquals(uuid, e.invoiceUuid());
            assertEquals("Online", e.invoicingMode());
            statuses.add(e.status().value());
        }
        assertEquals(List.of("in_queue", "processing", "valid"), statuses);

        InvoiceEvent valid = (InvoiceEvent) verified(got.get(2));
        SandboxInvoice stored = sandbox.store().invoice(uuid).orElseThrow();
        assertTrue(valid.isAcceptedByKsef());
        assertEquals(stored.ksefReferenceNumber(), valid.ksefReferenceNumber());
        assertEquals(stored.invoiceHash(), valid.hash());
        assertNotNull(valid.acquisitionTimestamp());
        assertEquals(3, outbox.list(Delivery.State.DELIVERED, 10).size());
        assertEquals(0, clock.pendingSteps(), "nothing left to attempt once every notification got its 200");
    }

    @Test
    void aNotificationRaisedByARequestGoesOutAtTheNextAdvanceOfAManualClock() {
        subscribe(le, "invoice-sender", "/hooks/sender");
        Fixtures.send(client, Fixtures.invoice());
        assertEquals(0, receiver.received().size(), "a manual clock runs nothing until it is advanced");
        clock.advance(Duration.ZERO);
        assertEquals(1, receiver.received().size());
        assertEquals(InvoiceStatus.IN_QUEUE, ((InvoiceEvent) verified(receiver.received().get(0))).status());
    }

    @Test
    void legacyTypeNamesReceiveTheSameNotificationsUnderTheirOwnName() {
        subscribe(le, "legal-entity-invoice-sender", "/legacy");
        subscribe(le, "invoice-sender", "/current");
        Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        List<Received> legacy = receiver.received().stream().filter(r -> r.path.equals("/legacy")).toList();
        List<Received> current = receiver.received().stream().filter(r -> r.path.equals("/current")).toList();
        assertEquals(3, legacy.size());
        assertEquals(3, current.size());
        InvoiceEvent e = (InvoiceEvent) verified(legacy.get(0));
        assertEquals(WebhookType.LEGACY_INVOICE_SENDER, e.type());
        assertTrue(e.type().sameKindAs(WebhookType.INVOICE_SENDER));
    }

    @Test
    void onlyTheSubscribedLegalEntityAndTypesAreNotified() {
        String other = Fixtures.register(client, Fixtures.nip(7));
        subscribe(other, "invoice-sender", "/other");
        subscribe(le, "invoice-receiver", "/receiver");
        subscribe(le, "invoice-sync", "/sync");
        subscribe(le, "onboarding-activated", "/onboarding");
        Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total().plusHours(1));
        assertEquals(List.of(), receiver.received());
        assertEquals(0, outbox.list(Delivery.State.PENDING, 10).size());
    }

    @Test
    void selectingAKsefTokenNotifiesOnboardingActivated() {
        subscribe(le, "onboarding-activated", "/onboarding");
        subscribe(le, "legal-entity-on-boarding-activated", "/onboarding-legacy");
        Client.Reply created = client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"ksef-secret-token\"}");
        assertEquals(201, created.status(), created::text);
        clock.advance(Duration.ZERO);
        assertEquals(0, receiver.received().size(), "a token that is not selected onboards nothing");

        Client.Reply selected = client.postJson("/legal-entities/" + le + "/ksef-token/select",
                "{\"uuid\":\"" + created.json().get("uuid").asText() + "\"}");
        assertEquals(200, selected.status(), selected::text);
        clock.advance(Duration.ZERO);
        assertEquals(2, receiver.received().size());
        for (Received r : receiver.received()) {
            OnboardingEvent e = (OnboardingEvent) verified(r);
            assertTrue(e.type().sameKindAs(WebhookType.ONBOARDING_ACTIVATED), e::toString);
            assertEquals(le, e.legalEntityUuid());
            assertTrue(e.activated());
            assertFalse(new String(r.body, java.nio.charset.StandardCharsets.UTF_8).contains("ksef-secret-token"),
                    "the KSeF token never travels in a notification");
        }

        Client.Reply auto = client.postJson("/legal-entities/" + le + "/ksef-token/create",
                "{\"authorizationToken\":\"another\",\"autoSelect\":true}");
        assertEquals(201, auto.status(), auto::text);
        clock.advance(Duration.ZERO);
        assertEquals(4, receiver.received().size(), "autoSelect selects, and so onboards");
    }

    @Test
    void anEndpointFailingForTwoHoursGetsTheNotificationAtTheFirstAttemptAfterIt() {
        Instant recovers = Fixtures.START.plus(Duration.ofHours(2));
        receiver.answer(now -> now.isBefore(recovers) ? 503 : 200);
        subscribe(le, "onboarding-activated", "/flaky");
        client.postJson("/legal-entities/" + le + "/ksef-token/create", "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        clock.advance(Duration.ofHours(3));

        List<Received> got = receiver.received();
        assertEquals(9, got.size(), "attempts at 0, 15, ..., 120 minutes");
        for (int n = 0; n < got.size(); n++) {
            assertEquals(Fixtures.START.plus(Duration.ofMinutes(15L * n)), got.get(n).at, "attempt " + n);
            assertEquals(n < 8 ? 503 : 200, got.get(n).status);
            verified(got.get(n)); // re-signed: each attempt is fresh at its own time
        }
        List<Delivery> delivered = outbox.list(Delivery.State.DELIVERED, 10);
        assertEquals(1, delivered.size());
        assertEquals(9, delivered.get(0).attempts());
        assertEquals(0, sandbox.deliveries().deadLetters(10).size());
    }

    @Test
    void anEndpointThatNeverAnswers200IsAttempted33TimesOver8HoursThenDeadLettered() {
        receiver.answer(now -> 500);
        subscribe(le, "onboarding-activated", "/down");
        client.postJson("/legal-entities/" + le + "/ksef-token/create", "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        clock.advance(Duration.ofHours(24));

        List<Received> got = receiver.received();
        assertEquals(33, got.size());
        assertEquals(Fixtures.START.plus(Duration.ofHours(8)), got.get(32).at, "the last attempt at the deadline");
        List<Delivery> dead = sandbox.deliveries().deadLetters(10);
        assertEquals(1, dead.size());
        assertEquals(33, dead.get(0).attempts());
        assertEquals(500, dead.get(0).lastStatus());
        assertEquals(receiver.url("/down"), dead.get(0).targetUrl());
        assertEquals(0, clock.pendingSteps());
    }

    @Test
    void aSystemClockSandboxDeliversOnItsOwnThread() throws Exception {
        KsefDelays fast = new KsefDelays(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
        try (AcubeSandbox live = AcubeSandbox.builder().ksefDelays(fast).build().start();
                Receiver hooks = new Receiver(SandboxClock.system())) {
            Client c = new Client(live).login(live.user());
            String entity = Fixtures.register(c, Fixtures.SELLER_NIP);
            Client.Reply r = c.postJson("/webhooks", "{\"legalEntity\":\"" + entity
                    + "\",\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"" + hooks.url("/h") + "\"}");
            assertEquals(201, r.status(), r::text);
            var invoice = Fixtures.invoice("SYS/WH/1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) invoice.get("Fa"))
                    .put("P_1", LocalDate.now(ZoneId.of("Europe/Warsaw")).toString());
            Fixtures.send(c, invoice);
            Fixtures.awaitTrue(() -> hooks.received().size() >= 3, "three deliveries (in_queue, processing, valid)");
            assertEquals(3, hooks.received().size());
            WebhookVerifier v = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(live.signaturePublicKey())).build();
            for (Received got : hooks.received()) {
                v.verify("POST", hooks.url("/h"), got.headers, got.body);
            }
        }
    }

    @Test
    void webhookUrlsTheQueueCannotSignAreRefusedAtSubscription() {
        for (String url : List.of("http://user:pw@127.0.0.1/x", "http://127.0.0.1/x#frag", "http://127.0.0.1/zażółć")) {
            Client.Reply r = client.postJson("/webhooks", "{\"legalEntity\":\"" + le
                    + "\",\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"" + url + "\"}");
            assertEquals(422, r.status(), url);
            JsonNode violations = r.json().get("violations");
            assertEquals("webhookUrl", violations.get(0).get("propertyPath").asText(), url);
        }
    }

    @Test
    void statusesDueAtTheSameInstantGoOutInTheOrderTheyHappened() throws IOException {
        KsefDelays instant = new KsefDelays(Duration.ZERO, Duration.ZERO, Duration.ZERO);
        try (AcubeSandbox fast = AcubeSandbox.builder().clock(clock).ksefDelays(instant).build().start()) {
            Client c = new Client(fast).login(fast.user());
            String entity = Fixtures.register(c, Fixtures.SELLER_NIP);
            Client.Reply r = c.postJson("/webhooks", "{\"legalEntity\":\"" + entity
                    + "\",\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"" + receiver.url("/fast") + "\"}");
            assertEquals(201, r.status(), r::text);
            for (int i = 0; i < 5; i++) {
                Fixtures.send(c, Fixtures.invoice("FAST/" + i));
            }
            // Every status change happens at START; the endpoint is down then, so all fifteen retries
            // fall due at the same instant, START + 15 min, and go out in one run.
            Instant recovers = Fixtures.START.plus(Duration.ofMinutes(15));
            receiver.answer(now -> now.isBefore(recovers) ? 503 : 200);
            clock.advance(Duration.ofMinutes(15));
            List<String> statuses = receiver.received().stream().filter(got -> got.status == 200)
                    .map(got -> ((InvoiceEvent) WebhookEvent.parse(got.body, null)).invoiceUuid() + " "
                            + ((InvoiceEvent) WebhookEvent.parse(got.body, null)).status())
                    .toList();
            assertEquals(15, statuses.size());
            Map<String, List<String>> byInvoice = new java.util.LinkedHashMap<>();
            for (String s : statuses) {
                byInvoice.computeIfAbsent(s.split(" ")[0], k -> new ArrayList<>()).add(s.split(" ")[1]);
            }
            assertEquals(5, byInvoice.size());
            byInvoice.forEach((uuid, order) -> assertEquals(List.of("in_queue", "processing", "valid"), order, uuid));
        }
    }

    @Test
    void aDuplicateIsNotifiedInvalidWithCode440AndNoKsefNumber() {
        subscribe(le, "invoice-sender", "/hooks/sender");
        Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        String second = Fixtures.send(client, Fixtures.invoice());
        clock.advance(sandbox.ksefDelays().total());
        List<InvoiceEvent> forSecond = receiver.received().stream().map(r -> (InvoiceEvent) verified(r))
                .filter(e -> second.equals(e.invoiceUuid())).toList();
        assertEquals(List.of(InvoiceStatus.IN_QUEUE, InvoiceStatus.PROCESSING, InvoiceStatus.INVALID),
                forSecond.stream().map(InvoiceEvent::status).toList());
        InvoiceEvent invalid = forSecond.get(2);
        assertEquals(440, invalid.processingCode());
        assertEquals(null, invalid.ksefReferenceNumber());
        assertEquals(null, invalid.hash());
        assertFalse(invalid.isAcceptedByKsef());
    }

    @Test
    void aStoreThatFailsNeverFailsTheRequestThatRaisedTheNotification() {
        DeliveryStore broken = new DeliveryStore() {
            @Override
            public boolean add(Delivery delivery) {
                throw new io.github.acubepl.webhook.WebhookStoreException("database down", null);
            }

            @Override
            public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
                throw new io.github.acubepl.webhook.WebhookStoreException("database down", null);
            }

            @Override
            public boolean delivered(String id, long version, Instant now, int status) {
                return false;
            }

            @Override
            public boolean retry(String id, long version, Instant next, Integer status, String error) {
                return false;
            }

            @Override
            public boolean dead(String id, long version, Instant now, Integer status, String error) {
                return false;
            }

            @Override
            public java.util.Optional<Delivery> find(String id) {
                return java.util.Optional.empty();
            }

            @Override
            public List<Delivery> list(Delivery.State state, int limit) {
                throw new io.github.acubepl.webhook.WebhookStoreException("database down", null);
            }

            @Override
            public boolean requeue(String id, Instant now) {
                return false;
            }

            @Override
            public int purge(Instant cutoff) {
                return 0;
            }
        };
        try (AcubeSandbox down = AcubeSandbox.builder().clock(clock).webhookStore(broken).build().start()) {
            Client c = new Client(down).login(down.user());
            String entity = Fixtures.register(c, Fixtures.SELLER_NIP);
            assertEquals(201, c.postJson("/webhooks", "{\"legalEntity\":\"" + entity + "\",\"webhookType\":"
                    + "\"onboarding-activated\",\"webhookUrl\":\"" + receiver.url("/x") + "\"}").status());
            Client.Reply token = c.postJson("/legal-entities/" + entity + "/ksef-token/create",
                    "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
            assertEquals(201, token.status(), token::text);
            assertTrue(token.json().get("isSelected").asBoolean());
            clock.advance(Duration.ofHours(1));
            assertEquals(List.of(), receiver.received());
        }
    }

    @Test
    void aRequeuedDeadLetterIsAttemptedAgainInANewWindow() {
        receiver.answer(now -> 500);
        subscribe(le, "onboarding-activated", "/late");
        client.postJson("/legal-entities/" + le + "/ksef-token/create", "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        clock.advance(Duration.ofHours(9));
        Delivery dead = sandbox.deliveries().deadLetters(10).get(0);
        assertEquals(33, receiver.received().size());

        receiver.answer(now -> 200);
        assertTrue(sandbox.requeueDelivery(dead.id()));
        assertFalse(sandbox.requeueDelivery(dead.id()), "no longer dead");
        assertFalse(sandbox.requeueDelivery("no-such-delivery"));
        clock.advance(Duration.ZERO);
        assertEquals(34, receiver.received().size());
        assertEquals(Delivery.State.DELIVERED, sandbox.deliveries().find(dead.id()).orElseThrow().state());
        verified(receiver.received().get(33));
    }

    @Test
    void byDefaultOnlyLoopbackUrlsAreDeliveredAndOthersFailWithoutNetwork() {
        subscribe(le, "onboarding-activated", "/local");
        Client.Reply r = client.postJson("/webhooks", "{\"legalEntity\":\"" + le
                + "\",\"webhookType\":\"onboarding-activated\",\"webhookUrl\":\"https://erp.example.com/hooks\"}");
        assertEquals(201, r.status(), r::text);
        client.postJson("/legal-entities/" + le + "/ksef-token/create", "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        clock.advance(Duration.ofHours(9));
        assertEquals(1, receiver.received().size(), "the loopback subscription got its notification");
        List<Delivery> dead = sandbox.deliveries().deadLetters(10);
        assertEquals(1, dead.size());
        assertEquals("https://erp.example.com/hooks", dead.get(0).targetUrl());
        assertEquals("ConnectException", dead.get(0).lastError());
        assertEquals(null, dead.get(0).lastStatus());
    }

    @Test
    void deliveriesLeftPendingInADurableStoreAreAttemptedByTheNextSandbox() {
        receiver.answer(now -> 503);
        subscribe(le, "onboarding-activated", "/restart");
        client.postJson("/legal-entities/" + le + "/ksef-token/create", "{\"authorizationToken\":\"t\",\"autoSelect\":true}");
        clock.advance(Duration.ofMinutes(20)); // attempts at 0 and 15 min fail
        assertEquals(2, receiver.received().size());
        sandbox.close();

        receiver.answer(now -> 200);
        try (AcubeSandbox next = AcubeSandbox.builder().clock(clock).webhookStore(outbox).build().start()) {
            clock.advance(Duration.ofMinutes(10)); // the 30-minute slot
            assertEquals(3, receiver.received().size());
            WebhookVerifier v = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(next.signaturePublicKey()))
                    .clock(clock.asClock()).build();
            Received got = receiver.received().get(2);
            v.verify("POST", receiver.url(got.path), got.headers, got.body); // re-signed by the sandbox that sent it
            assertEquals(Fixtures.START.plus(Duration.ofMinutes(30)), receiver.received().get(2).at);
            assertEquals(1, outbox.list(Delivery.State.DELIVERED, 10).size());
        }
    }

    /** What the receiver got: when (on the sandbox clock), where, what, and what it answered. */
    record Received(Instant at, String path, WebhookHeaders headers, byte[] body, int status) {
        @Override
        public String toString() {
            return path + "@" + at + "->" + status;
        }
    }

    /** A loopback webhook endpoint that records every request and answers by the sandbox clock. */
    static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private volatile Function<Instant, Integer> answer = now -> 200;

        Receiver(SandboxClock clock) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                WebhookHeaders.Builder headers = WebhookHeaders.builder();
                for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                    for (String value : h.getValue()) {
                        headers.add(h.getKey(), value);
                    }
                }
                Instant now = clock.instant();
                int status = answer.apply(now);
                received.add(new Received(now, exchange.getRequestURI().getRawPath(), headers.build(), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        void answer(Function<Instant, Integer> answer) {
            this.answer = answer;
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
