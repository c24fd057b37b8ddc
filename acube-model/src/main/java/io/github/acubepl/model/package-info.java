/**
 * The FA invoice models, one package per schema version ({@code fa1}, {@code fa2}, {@code fa3}),
 * and {@link io.github.acubepl.model.InvoiceModel}, the type every version's {@code Faktura}
 * shares.
 *
 * <p>Start with {@link io.github.acubepl.model.fa3.Faktura}: FA(3) is the version KSeF takes in
 * production since February 2026. The {@code fa2} and {@code fa1} packages read the older
 * versions the same way.
 */
@NullMarked
package io.github.acubepl.model;

import org.jspecify.annotations.NullMarked;
