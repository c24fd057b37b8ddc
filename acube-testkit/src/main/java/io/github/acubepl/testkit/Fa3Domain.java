package io.github.acubepl.testkit;

import io.github.acubepl.model.fa3.Faktura;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of FA(3): {@code @ForAll Faktura} (FA(3), {@link Fa3Arbitraries#invoices()}),
 * {@code @ForAll GeneratedInvoice} (the document with its plan), {@code @ForAll InvoicePlan} and
 * {@code @ForAll Mutation} ({@link InvoiceMutations#mutations(String)} for FA(3)), without a
 * {@code @Provide} method in each test class:
 *
 * <pre>{@code
 * @Property(tries = 10)
 * @Domain(Fa3Domain.class) // supplies Faktura, GeneratedInvoice, InvoicePlan and Mutation parameters
 * @AddLifecycleHook(OfficialFiles.Required.class) // skips without the official files (fails if CI=true)
 * void theOfficialXsdTakesEveryGeneratedDocument(@ForAll GeneratedInvoice invoice) {
 *     InvoiceInvariants.assertValidPerOfficialXsd(invoice.xml(), OfficialFiles.schema(3));
 * }
 * }</pre>
 *
 * <p>Documents are created at or before {@link InvoicePlans#DEFAULT_NOW}.
 */
public class Fa3Domain extends DomainContextBase {
    /** Used by jqwik. */
    public Fa3Domain() {
    }

    /** Valid FA(3) invoices as the model. */
    @Provide
    public Arbitrary<Faktura> invoices() {
        return Fa3Arbitraries.invoices();
    }

    /** Valid FA(3) documents with their plans. */
    @Provide
    public Arbitrary<GeneratedInvoice> documents() {
        return Fa3Arbitraries.generated(InvoicePlans.DEFAULT_NOW);
    }

    /** Version-neutral plans. */
    @Provide
    public Arbitrary<InvoicePlan> plans() {
        return InvoicePlans.plans();
    }

    /** Single mutations meant for FA(3) documents. */
    @Provide
    public Arbitrary<Mutation> mutations() {
        return InvoiceMutations.mutations("FA(3)");
    }
}
