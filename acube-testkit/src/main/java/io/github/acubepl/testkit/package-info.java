/**
 * Property-based testing of FA invoice conversions: jqwik arbitraries of valid FA(1) invoices
 * ({@link io.github.acubepl.testkit.Fa1Arbitraries}), structural mutations of FA XML
 * ({@link io.github.acubepl.testkit.InvoiceMutations}), reusable assertions
 * ({@link io.github.acubepl.testkit.InvoiceInvariants}), the official XSD as an oracle
 * ({@link io.github.acubepl.mapping.OfficialSchema}) and golden files
 * ({@link io.github.acubepl.testkit.GoldenFiles}).
 */
@NullMarked
package io.github.acubepl.testkit;

import org.jspecify.annotations.NullMarked;
