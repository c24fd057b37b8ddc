/**
 * The mapping engine's API: {@link io.github.acubepl.mapping.InvoiceMapper} reads, validates and
 * converts invoices; {@link io.github.acubepl.mapping.InvoiceFormat} is the plug-in SPI.
 */
@NullMarked
package io.github.acubepl.mapping;

import org.jspecify.annotations.NullMarked;
