/**
 * Property-based testing of FA invoice conversions, for FA(1), FA(2) and FA(3).
 *
 * <ul>
 *   <li>Version-neutral {@link io.github.acubepl.testkit.InvoicePlan}s
 *       ({@link io.github.acubepl.testkit.InvoicePlans}) and one
 *       {@link io.github.acubepl.testkit.InvoiceAssembler} per version that writes a plan as that
 *       version's XML; {@link io.github.acubepl.testkit.Fa2Arbitraries} and
 *       {@link io.github.acubepl.testkit.Fa3Arbitraries} are built on them and use every element
 *       name of their schema.</li>
 *   <li>{@link io.github.acubepl.testkit.Fa1Arbitraries}: valid FA(1) invoices as the model.</li>
 *   <li>jqwik domains {@link io.github.acubepl.testkit.Fa1Domain},
 *       {@link io.github.acubepl.testkit.Fa2Domain}, {@link io.github.acubepl.testkit.Fa3Domain}
 *       instead of a {@code @Provide} method in every test class.</li>
 *   <li>Structural mutations of FA XML ({@link io.github.acubepl.testkit.InvoiceMutations}), each
 *       knowing the versions it is meant for; reusable assertions
 *       ({@link io.github.acubepl.testkit.InvoiceInvariants}); golden files
 *       ({@link io.github.acubepl.testkit.GoldenFiles}).</li>
 *   <li>{@link io.github.acubepl.testkit.OfficialFiles}: the official schemas and samples, and the
 *       official XSD as an oracle ({@link io.github.acubepl.mapping.OfficialSchema}).</li>
 * </ul>
 */
@NullMarked
package io.github.acubepl.testkit;

import org.jspecify.annotations.NullMarked;
