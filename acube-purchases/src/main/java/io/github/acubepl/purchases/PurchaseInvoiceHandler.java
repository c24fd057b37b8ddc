package io.github.acubepl.purchases;

/**
 * The application's side of {@link PurchaseInvoiceFeed}: books one purchase invoice, for example
 * into the ERP. Returning normally marks the invoice handled, so it is never offered again;
 * throwing leaves it unhandled, to be offered again (the webhook is retried, and the next catch-up
 * pass lists it).
 *
 * <p>The feed calls this once per invoice. One rare case can call it twice: a handler still
 * running when its claim's lease ({@link PurchaseInvoiceFeed.Builder#lease}) runs out, or an
 * instance that dies after the handler booked the invoice but before the ledger recorded it. Keep
 * the lease well above the handler's longest run, and make the booking idempotent on
 * {@link PurchaseInvoice#ksefNumber()} (KSeF's number is unique per invoice) for that case.
 */
@FunctionalInterface
public interface PurchaseInvoiceHandler {
    /** Books {@code invoice}; throw to have it offered again. */
    void handle(PurchaseInvoice invoice) throws Exception;
}
