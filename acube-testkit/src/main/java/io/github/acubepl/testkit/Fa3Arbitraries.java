package io.github.acubepl.testkit;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.model.fa3.Faktura;
import java.time.Instant;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of FA(3) invoices, valid against the official schema
 * {@code schemat_FA(3)_v1-0E.xsd}: {@link InvoicePlans} assembled by {@link InvoiceAssembler#fa3()}.
 * Over a few thousand documents they use every element name the schema declares (the test suite of
 * this module proves it against the official XSD).
 *
 * <p>They are also free of business-rule errors under the validation of {@code acube-mapping}
 * with a clock at or after {@code now} (KSeF numbers with their CRC-8, totals, shares, parties
 * before a correction, settlement and partial payments that add up): warnings may remain.
 *
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
 *
 * <p>Or, without a provider method, {@code @Domain(Fa3Domain.class)} on the test class and
 * {@code @ForAll Faktura} or {@code @ForAll GeneratedInvoice} parameters.
 *
 * <p>Like {@link InvoicePlans}, nothing reads the system clock: documents are created at or before
 * {@link InvoicePlans#DEFAULT_NOW} unless you give {@code now}.
 */
public final class Fa3Arbitraries {
    private static final InvoiceMapper MAPPER = InvoiceMapper.create();

    private Fa3Arbitraries() {
    }

    /** FA(3) documents (UTF-8 XML) created at or before {@link InvoicePlans#DEFAULT_NOW}. */
    public static Arbitrary<byte[]> documents() {
        return documents(InvoicePlans.DEFAULT_NOW);
    }

    /** FA(3) documents (UTF-8 XML) created at or before {@code now}. */
    public static Arbitrary<byte[]> documents(Instant now) {
        return generated(now).map(GeneratedInvoice::xml);
    }

    /** FA(3) invoices as the model, created at or before {@link InvoicePlans#DEFAULT_NOW}. */
    public static Arbitrary<Faktura> invoices() {
        return invoices(InvoicePlans.DEFAULT_NOW);
    }

    /** FA(3) invoices as the model, created at or before {@code now}. */
    public static Arbitrary<Faktura> invoices(Instant now) {
        return documents(now).map(xml -> MAPPER.readModel(xml, Faktura.class));
    }

    /** FA(3) documents with the plans they were assembled from, created at or before {@code now}. */
    public static Arbitrary<GeneratedInvoice> generated(Instant now) {
        InvoiceAssembler assembler = InvoiceAssembler.fa3();
        return InvoicePlans.plans(now).map(p -> new GeneratedInvoice(assembler.version(), p, assembler.toXml(p)));
    }
}
