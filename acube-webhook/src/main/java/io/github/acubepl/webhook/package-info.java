/**
 * Receiving A-Cube webhooks: check that a notification is genuine, answer at once, and run its
 * handler once. Start with:
 * <ul>
 *   <li>{@link io.github.acubepl.webhook.WebhookReceiver}: turns a request into a status code,
 *       as a JDK {@code HttpHandler} ({@code httpHandler()}) or from any framework
 *       ({@code receive(...)});</li>
 *   <li>{@link io.github.acubepl.webhook.WebhookVerifier} with a
 *       {@link io.github.acubepl.webhook.KeyResolver}: the RFC 9421 signature (Ed25519) and the
 *       RFC 9530 digest, with the key pinned from configuration or fetched once
 *       ({@link io.github.acubepl.webhook.FetchedKeyResolver});</li>
 *   <li>{@link io.github.acubepl.webhook.WebhookDispatcher}: one handler per
 *       {@link io.github.acubepl.core.WebhookType} (either generation of its name), each body
 *       handled once: inline with an {@link io.github.acubepl.webhook.IdempotencyStore}, or later
 *       from a durable {@link io.github.acubepl.webhook.InboxStore};</li>
 *   <li>{@link io.github.acubepl.webhook.WebhookEvent}: what a handler gets, one of
 *       {@link io.github.acubepl.webhook.InvoiceEvent}, {@link io.github.acubepl.webhook.OnboardingEvent},
 *       {@link io.github.acubepl.webhook.SessionManagerEvent} or
 *       {@link io.github.acubepl.webhook.UnknownEvent} (a new type never breaks a consumer).</li>
 * </ul>
 *
 * <p>A receiver on the JDK's HTTP server, with the stores in memory:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
 * WebhookReceiver receiver = WebhookReceiver.builder()
 *         .verifier(WebhookVerifier.builder()
 *                 .keyResolver(KeyResolver.pinned(publicKeyPem)) // GET /signature-public-key, saved once
 *                 .build())
 *         .dispatcher(WebhookDispatcher.builder()
 *                 .inline(IdempotencyStore.inMemory())           // the handler runs before the answer
 *                 .on(WebhookType.INVOICE_SENDER, event -> {      // also legal-entity-invoice-sender
 *                     InvoiceEvent invoice = (InvoiceEvent) event;
 *                     erp.invoiceStatus(invoice.invoiceUuid(), invoice.status());
 *                 })
 *                 .build())
 *         .endpoint(WebhookEndpoint.of("invoice-sender", "https://erp.example.com/acube/invoice-sender"))
 *         .build();
 * server.createContext("/acube/", receiver.httpHandler());
 * server.start();
 * }</pre>
 *
 * The public URL is the one subscribed at A-Cube: the signature covers it, so a receiver behind a
 * TLS terminator still verifies. For several instances sharing one database, use the stores of
 * {@code io.github.acubepl.webhook.jdbc} ({@code .inbox(...)} answers 200 before the handler runs
 * and retries it). Sending webhooks (the simulator's side) is in
 * {@code io.github.acubepl.webhook.sending}. The protocol is described in docs/webhooks.md.
 */
@NullMarked
package io.github.acubepl.webhook;

import org.jspecify.annotations.NullMarked;
