package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Faktura;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of FA(1): {@code @ForAll Faktura} (FA(1), {@link Fa1Arbitraries#invoices()}) and
 * {@code @ForAll Mutation} ({@link InvoiceMutations#mutations(String)} for FA(1)), without a
 * {@code @Provide} method in each test class.
 *
 * <p>Used as {@link Fa3Domain} is (see its example): {@code @Domain(Fa1Domain.class)} on a property
 * or on the test class; add {@code @Domain(DomainContext.Global.class)} for {@code List<Mutation>}
 * and the other built-in types.
 */
public class Fa1Domain extends DomainContextBase {
    /** Used by jqwik. */
    public Fa1Domain() {
    }

    /** Valid FA(1) invoices. */
    @Provide
    public Arbitrary<Faktura> invoices() {
        return Fa1Arbitraries.invoices();
    }

    /** Single mutations meant for FA(1) documents. */
    @Provide
    public Arbitrary<Mutation> mutations() {
        return InvoiceMutations.mutations("FA(1)");
    }
}
