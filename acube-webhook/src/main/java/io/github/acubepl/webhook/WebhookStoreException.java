package io.github.acubepl.webhook;

import org.jspecify.annotations.Nullable;

/**
 * A store (idempotency keys, inbox, deliveries) could not do what was asked, for example because
 * its database is down. Receivers answer 503 so that the platform retries later. The message names
 * the store and the operation (and the SQLState for JDBC), never a stored value.
 */
public class WebhookStoreException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and an optional {@code cause}. */
    public WebhookStoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
