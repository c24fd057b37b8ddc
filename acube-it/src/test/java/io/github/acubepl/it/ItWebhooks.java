package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.KsefToken;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.OnboardingEvent;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookHandler;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the webhook end-to-end tests share: the two subscribed paths, a sandbox with an outbox of
 * the test's own, subscribing, onboarding and sending through the client, the receiver wiring,
 * and the key a handled notification is counted under.
 */
final class ItWebhooks {
    /** The path subscribed for {@code invoice-sender}. */
    static final String INVOICE_PATH = "/acube/webhooks/invoice-sender";
    /** The path subscribed for {@code onboarding-activated}. */
    static final String ONBOARDING_PATH = "/acube/webhooks/onboarding-activated";
    /** The statuses the simulated KSeF notifies for an accepted invoice, in order. */
    static final List<String> STATUSES = List.of("in_queue", "processing", "valid");

    private ItWebhooks() {
    }

    /** A started sandbox like {@link ItFixtures#sandbox}, keeping its webhook deliveries in {@code outbox}. */
    static AcubeSandbox sandbox(SandboxClock.Manual clock, DeliveryStore outbox) {
        return AcubeSandbox.builder().clock(clock).user(ItFixtures.EMAIL, ItFixtures.PASSWORD).webhookStore(outbox)
                .build().start();
    }

    /** Subscribes {@code base + INVOICE_PATH} to invoice-sender and {@code base + ONBOARDING_PATH} to onboarding-activated. */
    static void subscribe(AcubeClient client, String legalEntity, String base) {
        client.webhooks().create(legalEntity, WebhookType.INVOICE_SENDER, URI.create(base + INVOICE_PATH));
        client.webhooks().create(legalEntity, WebhookType.ONBOARDING_ACTIVATED, URI.create(base + ONBOARDING_PATH));
    }

    /** Registers a KSeF token and selects it, as A-Cube's tutorial does: the entity is onboarded (one notification). */
    static void onboard(AcubeClient client, String legalEntity) {
        KsefToken token = client.ksefTokens().create(legalEntity, "20261201-EC-0A1B2C3D4E-5F6A7B8C9D-01", false);
        client.ksefTokens().select(legalEntity, Objects.requireNonNull(token.uuid(), "token uuid"));
    }

    /** Sends {@code count} invoices numbered {@code series/1 …}; returns their uuids. */
    static List<String> sendInvoices(AcubeClient client, String series, int count) {
        List<String> uuids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SentInvoice sent = client.invoices().send(ItFixtures.invoice(series + "/" + i));
            uuids.add(sent.uuidIfKnown().orElseThrow(() -> new AssertionError("no uuid in " + sent)));
        }
        return uuids;
    }

    /** The keys of every notification expected: each invoice × {@link #STATUSES}, and the entity's onboarding. */
    static Set<String> expectedKeys(List<String> invoices, String legalEntity) {
        Set<String> keys = new LinkedHashSet<>();
        for (String uuid : invoices) {
            for (String status : STATUSES) {
                keys.add(invoiceKey(uuid, status));
            }
        }
        keys.add(onboardingKey(legalEntity));
        return keys;
    }

    static String invoiceKey(String invoiceUuid, String status) {
        return "invoice-sender " + invoiceUuid + " " + status;
    }

    static String onboardingKey(String legalEntity) {
        return "onboarding-activated " + legalEntity;
    }

    /** The business key of a handled event: (invoice, status) or (legal entity) — what "exactly once" counts. */
    static String key(WebhookEvent event) {
        if (event instanceof InvoiceEvent e) {
            return invoiceKey(e.invoiceUuid(), String.valueOf(e.status()));
        }
        if (event instanceof OnboardingEvent e) {
            return onboardingKey(e.legalEntityUuid());
        }
        return "unexpected " + event;
    }

    /** A dispatcher builder on the sandbox clock running {@code handler} for both subscribed types (and anything else). */
    static WebhookDispatcher.Builder dispatcher(SandboxClock clock, WebhookHandler handler) {
        return WebhookDispatcher.builder().clock(clock.asClock())
                .on(WebhookType.INVOICE_SENDER, handler)
                .on(WebhookType.ONBOARDING_ACTIVATED, handler)
                .catchAll(handler);
    }

    /** A receiver for the two paths under the public base URL {@code publicBase} (what the platform signs). */
    static WebhookReceiver receiver(WebhookVerifier verifier, WebhookDispatcher dispatcher, String publicBase) {
        return WebhookReceiver.builder().verifier(verifier).dispatcher(dispatcher)
                .endpoint(WebhookEndpoint.of("invoice-sender", publicBase + INVOICE_PATH))
                .endpoint(WebhookEndpoint.of("onboarding-activated", publicBase + ONBOARDING_PATH))
                .build();
    }

    /** An RFC 9530 {@code Content-Digest} value for {@code body}, computed here (independently of the library). */
    static String contentDigest(byte[] body) {
        try {
            return "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body)) + ":";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that the sandbox's outbox has {@code delivered} delivered deliveries and nothing pending, in flight or dead. */
    static void assertOutboxSettled(DeliveryStore outbox, int delivered) {
        assertEquals(delivered, outbox.list(Delivery.State.DELIVERED, 1000).size());
        assertEquals(List.of(), outbox.list(Delivery.State.PENDING, 1000));
        assertEquals(List.of(), outbox.list(Delivery.State.IN_FLIGHT, 1000));
        assertEquals(List.of(), outbox.list(Delivery.State.DEAD, 1000));
    }
}
