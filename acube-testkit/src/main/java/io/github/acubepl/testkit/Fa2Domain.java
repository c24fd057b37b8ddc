package io.github.acubepl.testkit;

import io.github.acubepl.model.fa2.Faktura;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of FA(2): {@code @ForAll Faktura} (FA(2), {@link Fa2Arbitraries#invoices()}),
 * {@code @ForAll GeneratedInvoice} (the document with its plan), {@code @ForAll InvoicePlan} and
 * {@code @ForAll Mutation} ({@link InvoiceMutations#mutations(String)} for FA(2)), without a
 * {@code @Provide} method in each test class.
 *
 * <p>Used as {@link Fa3Domain} is (see its example): {@code @Domain(Fa2Domain.class)} on a property
 * or on the test class.
 *
 * <p>Documents are created at or before {@link InvoicePlans#DEFAULT_NOW}.
 */
public class Fa2Domain extends DomainContextBase {
    /** Used by jqwik. */
    public Fa2Domain() {
    }

    /** Valid FA(2) invoices as the model. */
    @Provide
    public Arbitrary<Faktura> invoices() {
        return Fa2Arbitraries.invoices();
    }

    /** Valid FA(2) documents with their plans. */
    @Provide
    public Arbitrary<GeneratedInvoice> documents() {
        return Fa2Arbitraries.generated(InvoicePlans.DEFAULT_NOW);
    }

    /** Version-neutral plans. */
    @Provide
    public Arbitrary<InvoicePlan> plans() {
        return InvoicePlans.plans();
    }

    /** Single mutations meant for FA(2) documents. */
    @Provide
    public Arbitrary<Mutation> mutations() {
        return InvoiceMutations.mutations("FA(2)");
    }
}
