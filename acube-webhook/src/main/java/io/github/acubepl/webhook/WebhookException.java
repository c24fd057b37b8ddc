package io.github.acubepl.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The root of this module's exceptions (unchecked). Catch a subclass for what you can act on:
 * {@link WebhookVerificationException} (a delivery failed verification; its
 * {@link WebhookVerificationException.Reason reason} says why) or {@link WebhookStoreException} (a
 * store could not be reached; try later). Messages never contain bodies, header values or keys.
 */
public class WebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and an optional {@code cause}. */
    public WebhookException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
