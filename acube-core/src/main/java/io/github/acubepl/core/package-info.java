/**
 * Values of the A-Cube API PL that both the client and the webhook receiver read:
 *
 * <ul>
 *   <li>{@link io.github.acubepl.core.InvoiceStatus}: an invoice's status, an open value (a status
 *       A-Cube adds tomorrow is kept, never an error);</li>
 *   <li>{@link io.github.acubepl.core.WebhookType}: a webhook type name of either generation
 *       ({@code invoice-sender}, {@code legal-entity-invoice-sender}, …), an open value;</li>
 *   <li>{@link io.github.acubepl.core.AcubeTimestamp}: a timestamp in either of A-Cube's two
 *       formats, the raw string always kept.</li>
 * </ul>
 *
 * <pre>{@code
 * WebhookType type = WebhookType.of("legal-entity-invoice-receiver");
 * boolean incoming = type.sameKindAs(WebhookType.INVOICE_RECEIVER);  // true: the legacy name of the same kind
 * InvoiceStatus status = InvoiceStatus.of("valid");                   // the constant InvoiceStatus.VALID
 * AcubeTimestamp at = AcubeTimestamp.parse("2022-10-07 11:59:12");    // no zone: toInstant(ZoneId) needs one
 * }</pre>
 */
@NullMarked
package io.github.acubepl.core;

import org.jspecify.annotations.NullMarked;
