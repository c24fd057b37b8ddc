package io.github.acubepl.purchases;

import org.jspecify.annotations.Nullable;

/**
 * The purchase-invoice module's one unchecked root: a purchase invoice could not be handled (its
 * download or verification failed, the application's handler threw, or the ledger failed), or a
 * catch-up pass could not list the invoices. The cause keeps what happened underneath, for
 * example the client's {@code InvoiceVerificationException} with its reason. Messages name the
 * invoice and the step, never the invoice's content or a credential.
 */
public class PurchaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and an optional {@code cause}. */
    public PurchaseException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
