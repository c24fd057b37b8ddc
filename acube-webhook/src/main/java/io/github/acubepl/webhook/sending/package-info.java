/**
 * Sending webhooks the way A-Cube does: the simulator's side (acube-sandbox), which a receiver
 * never needs. Start with:
 * <ul>
 *   <li>{@link io.github.acubepl.webhook.sending.DeliveryQueue}: enqueue a body for a URL; it is
 *       stored first, then attempted, re-signed each time, until the endpoint answers {@code 200};</li>
 *   <li>{@link io.github.acubepl.webhook.sending.WebhookSigner}: the headers A-Cube sends
 *       ({@code date}, {@code content-digest}, {@code signature-input}, {@code signature});</li>
 *   <li>{@link io.github.acubepl.webhook.sending.DeliveryStore}: the outbox, in memory or
 *       {@link io.github.acubepl.webhook.sending.JdbcDeliveryStore};</li>
 *   <li>{@link io.github.acubepl.webhook.sending.WebhookSender}: one HTTP attempt (the JDK client,
 *       or restricted to loopback);</li>
 *   <li>{@link io.github.acubepl.webhook.sending.RetrySchedule}: every 15 minutes for 8 hours by
 *       default.</li>
 * </ul>
 *
 * <pre>{@code
 * DeliveryQueue queue = DeliveryQueue.builder()
 *         .store(DeliveryStore.inMemory())
 *         .sender(WebhookSender.httpClient())
 *         .signer(WebhookSigner.builder().privateKey(privateKey).build())
 *         .build();
 * String id = queue.enqueue(webhookUrl, body);  // due at once
 * queue.start(scheduler, Duration.ofSeconds(5)); // attempts what is due, on the schedule
 * }</pre>
 *
 * The schedule and the outbox states are described in docs/webhooks.md §8.
 */
@NullMarked
package io.github.acubepl.webhook.sending;

import org.jspecify.annotations.NullMarked;
