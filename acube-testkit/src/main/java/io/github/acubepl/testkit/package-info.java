/**
 * Property-based testing of FA invoice conversions, for FA(1), FA(2) and FA(3): jqwik arbitraries
 * of valid invoices, structural mutations of their XML, and reusable assertions.
 *
 * <p>Start with these:
 * <ul>
 *   <li>{@link io.github.acubepl.testkit.Fa3Arbitraries} (and {@code Fa2Arbitraries},
 *       {@code Fa1Arbitraries}): valid invoices as models or as XML documents, and
 *       {@link io.github.acubepl.testkit.InvoiceInvariants}: the round trips and checks a
 *       conversion must pass.
 * <pre>{@code
 * private static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");
 * private final InvoiceMapper mapper = InvoiceMapper.builder()
 *         .context(ValidationContext.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()).build();
 *
 * @Property(tries = 20)
 * void myMappingKeepsEveryFa3Invoice(@ForAll("fa3Invoices") Faktura invoice) {
 *     InvoiceInvariants.assertXmlRoundTrip(mapper, invoice);
 *     InvoiceInvariants.assertNoValidationErrors(mapper, invoice);
 * }
 *
 * @Provide
 * Arbitrary<Faktura> fa3Invoices() {
 *     return Fa3Arbitraries.invoices(NOW); // issued at or before NOW, the mapper's today
 * }
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.testkit.InvoiceMutations}: one structural change to a valid
 *       document ({@link io.github.acubepl.testkit.Mutation}), for differential and robustness
 *       properties.
 * <pre>{@code
 * @Property(tries = 20)
 * void aMutatedDocumentGetsAReportOrAReadError(@ForAll("fa3Documents") byte[] xml,
 *         @ForAll("fa3Mutations") Mutation mutation) {
 *     byte[] mutated = mutation.apply(xml);
 *     try {
 *         ValidationReport report = mapper.validate(mutated);
 *         report.errors().forEach(e -> assertFalse(e.ruleId().isBlank(), mutation.describe(xml)));
 *     } catch (InvoiceReadException notAnInvoiceAnyMore) {
 *         assertFalse(notAnInvoiceAnyMore.getMessage().isBlank(), mutation.describe(xml));
 *     }
 * }
 *
 * @Provide
 * Arbitrary<byte[]> fa3Documents() {
 *     return Fa3Arbitraries.documents(NOW);
 * }
 *
 * @Provide
 * Arbitrary<Mutation> fa3Mutations() {
 *     return InvoiceMutations.mutations("FA(3)");
 * }
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.testkit.Fa3Domain} (and {@code Fa2Domain}, {@code Fa1Domain}):
 *       the same arbitraries as a jqwik domain, without provider methods;
 *       {@link io.github.acubepl.testkit.OfficialFiles}: the official schemas and samples, and the
 *       official XSD as an oracle.
 * <pre>{@code
 * @Property(tries = 10)
 * @Domain(Fa3Domain.class) // supplies Faktura, GeneratedInvoice, InvoicePlan and Mutation parameters
 * @AddLifecycleHook(OfficialFiles.Required.class) // skips without the official files (fails if CI=true)
 * void theOfficialXsdTakesEveryGeneratedDocument(@ForAll GeneratedInvoice invoice) {
 *     InvoiceInvariants.assertValidPerOfficialXsd(invoice.xml(), OfficialFiles.schema(3));
 * }
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.testkit.InvoicePlans} and
 *       {@link io.github.acubepl.testkit.InvoiceAssembler}: one version-neutral
 *       {@link io.github.acubepl.testkit.InvoicePlan} written as the XML of any version.
 * <pre>{@code
 * @Property(tries = 20)
 * void onePlanWritesAsFa2AndAsFa3(@ForAll("plans") InvoicePlan plan) {
 *     ValidationReport fa2 = mapper.validate(InvoiceAssembler.fa2().toXml(plan));
 *     ValidationReport fa3 = mapper.validate(InvoiceAssembler.fa3().toXml(plan));
 *     assertEquals("FA(2)", fa2.format());
 *     assertEquals("FA(3)", fa3.format());
 *     InvoiceInvariants.assertNoErrors(fa2);
 *     InvoiceInvariants.assertNoErrors(fa3);
 * }
 *
 * @Provide
 * Arbitrary<InvoicePlan> plans() {
 *     return InvoicePlans.plans(NOW); // issued at or before NOW
 * }
 * }</pre>
 *   </li>
 * </ul>
 *
 * <p>Also here: {@link io.github.acubepl.testkit.GoldenFiles} (expected outputs kept as files) and
 * {@link io.github.acubepl.testkit.GeneratedInvoice} (a plan with its XML). Everything in
 * {@code io.github.acubepl.testkit.internal} is implementation: the module does not export it.
 */
@NullMarked
package io.github.acubepl.testkit;

import org.jspecify.annotations.NullMarked;
