package io.github.acubepl.webhook;

/**
 * Handles one webhook event. Returning normally acknowledges it; throwing makes it be retried
 * (inline: the receiver answers 500 and A-Cube retries; inbox: the worker retries with backoff).
 *
 * <p>Deliveries are at least once and unordered: make handlers idempotent on
 * {@code (type, invoiceUuid, status, processingCode)} and apply invoice statuses monotonically.
 */
@FunctionalInterface
public interface WebhookHandler {
    /** Handles {@code event}. */
    void handle(WebhookEvent event) throws Exception;
}
