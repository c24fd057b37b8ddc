/**
 * Purchase invoices exactly once (docs/api-contract.md, "Purchase invoices (incoming)").
 * {@link io.github.acubepl.purchases.PurchaseInvoiceFeed} delivers each invoice a supplier sends to
 * the legal entity to a {@link io.github.acubepl.purchases.PurchaseInvoiceHandler} once, with its
 * FA XML verified against KSeF's hash, whichever path brings it first: the {@code invoice-receiver}
 * webhook ({@link io.github.acubepl.purchases.PurchaseInvoiceFeed#webhookHandler()}) or a catch-up
 * poll of the incoming invoices since a durable checkpoint
 * ({@link io.github.acubepl.purchases.PurchaseInvoiceFeed#catchUp()}), which finds what webhooks
 * missed, for example after an outage longer than the platform's 8-hour retry window.
 *
 * <p>What was handled, and the checkpoint, live in a
 * {@link io.github.acubepl.purchases.PurchaseLedger}: in memory for tests and single-process demos
 * ({@link io.github.acubepl.purchases.PurchaseLedger#inMemory()}), or in a database shared by
 * several instances ({@code io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger}).
 */
@NullMarked
package io.github.acubepl.purchases;

import org.jspecify.annotations.NullMarked;
