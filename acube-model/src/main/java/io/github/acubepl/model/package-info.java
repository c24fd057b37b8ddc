/**
 * The FA invoice models, one package per schema version ({@code fa1}, {@code fa2}, {@code fa3}),
 * and {@link io.github.acubepl.model.InvoiceModel}, the type every version's {@code Faktura}
 * shares.
 */
@NullMarked
package io.github.acubepl.model;

import org.jspecify.annotations.NullMarked;
