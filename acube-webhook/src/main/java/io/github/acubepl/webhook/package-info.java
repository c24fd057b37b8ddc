/**
 * Receiving and sending A-Cube webhooks.
 *
 * <p>Receiving: {@link io.github.acubepl.webhook.WebhookVerifier} checks the RFC 9421 signature
 * (Ed25519) and the RFC 9530 {@code Content-Digest} of a delivery;
 * {@link io.github.acubepl.webhook.WebhookReceiver} turns a request into a status code (also as a JDK
 * {@code HttpHandler}); {@link io.github.acubepl.webhook.WebhookDispatcher} deduplicates and runs
 * the handlers, inline or from a durable inbox; events are {@link io.github.acubepl.webhook.WebhookEvent}s.
 *
 * <p>Sending (the simulator's side): {@link io.github.acubepl.webhook.WebhookSigner} produces
 * A-Cube's headers and {@link io.github.acubepl.webhook.DeliveryQueue} delivers with the
 * every-15-minutes-for-8-hours {@link io.github.acubepl.webhook.RetrySchedule}.
 *
 * <p>Durable state sits behind {@link io.github.acubepl.webhook.IdempotencyStore},
 * {@link io.github.acubepl.webhook.InboxStore} and {@link io.github.acubepl.webhook.DeliveryStore}
 * (in memory here, JDBC in {@code io.github.acubepl.webhook.jdbc}).
 */
@NullMarked
package io.github.acubepl.webhook;

import org.jspecify.annotations.NullMarked;
