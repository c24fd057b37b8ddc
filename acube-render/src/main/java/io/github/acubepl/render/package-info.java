/**
 * Showing an invoice the way the Ministry's official visualisation shows it.
 * <ul>
 *   <li>{@link io.github.acubepl.render.InvoiceRenderer}: an FA(1), FA(2) or FA(3) invoice (its
 *       bytes, a document or a model) as one self-contained HTML file: inline CSS with A4 print
 *       styles, the sections in the official order, Polish or English labels, and the KOD I block
 *       with its QR code as inline SVG;</li>
 *   <li>{@link io.github.acubepl.render.KsefQr}: the KOD I verification link alone, from the exact
 *       bytes sent to KSeF or from the hash KSeF or A-Cube returned, and its QR code, for ERPs that
 *       print their own documents.</li>
 * </ul>
 * The HTML is written by hand through an escaping writer, with no template engine: there is nothing
 * to configure wrongly, and every value taken from the invoice is escaped by construction.
 */
@NullMarked
package io.github.acubepl.render;

import org.jspecify.annotations.NullMarked;
