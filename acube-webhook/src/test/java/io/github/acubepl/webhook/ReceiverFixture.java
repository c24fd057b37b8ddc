package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A receiver on a hand-moved clock, with a signer on the same clock and handlers that record. */
final class ReceiverFixture {
    static final String SENDER_URL = "https://hooks.example.com/acube/webhooks/invoice-sender";
    static final String UPO_URL = "https://hooks.example.com/acube/webhooks/upo";

    final MutableClock clock = new MutableClock(Instant.parse("2031-03-14T09:26:53Z"));
    final WebhookSigner signer = Fixtures.signer(clock);
    final WebhookVerifier verifier = WebhookVerifier.builder().keyResolver(KeyResolver.pinned(Fixtures.PUBLIC_KEY))
            .clock(clock).build();
    final List<WebhookEvent> handled = new CopyOnWriteArrayList<>();
    final List<WebhookEvent> caughtAll = new CopyOnWriteArrayList<>();
    volatile int failuresLeft;

    WebhookDispatcher.Builder dispatcher() {
        return WebhookDispatcher.builder().clock(clock)
                .on(WebhookType.INVOICE_SENDER, event -> {
                    if (failuresLeft > 0) {
                        failuresLeft--;
                        throw new IllegalStateException("handler bug " + failuresLeft);
                    }
                    handled.add(event);
                })
                .on(WebhookType.LEGACY_INVOICE_UPO, handled::add)
                .catchAll(caughtAll::add);
    }

    WebhookReceiver receiver(WebhookDispatcher dispatcher) {
        return WebhookReceiver.builder().verifier(verifier).dispatcher(dispatcher)
                .endpoint(WebhookEndpoint.of("invoice-sender", SENDER_URL))
                .endpoint(WebhookEndpoint.of("legal-entity-invoice-upo", UPO_URL))
                .maxBodyBytes(4096)
                .build();
    }

    /** Signed headers (plus content-type) for {@code body} to {@code url}, at the clock's time. */
    WebhookHeaders signed(String url, byte[] body) {
        WebhookHeaders base = WebhookHeaders.of("Content-Type", "application/json");
        return base.plus(signer.sign("POST", url, base, body));
    }

    static byte[] senderPayload(String invoice, String status) {
        return Fixtures.utf8("{\"legalEntityUuid\":\"le-1\",\"invoiceUuid\":\"" + invoice + "\",\"status\":\"" + status
                + "\",\"processingCode\":200,\"webhookType\":\"invoice-sender\"}");
    }

    static byte[] legacyPayload(String invoice) {
        return Fixtures.utf8("{\"legalEntityUuid\":\"le-1\",\"invoiceUuid\":\"" + invoice
                + "\",\"status\":\"confirmed\",\"message\":null,\"acquisitionTimestamp\":\"2022-10-07 11:59:12\"}");
    }
}
