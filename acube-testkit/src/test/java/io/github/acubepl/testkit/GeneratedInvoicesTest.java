package io.github.acubepl.testkit;

import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa1.Faktura;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Generated invoices are valid: per the official FA(1) XSD, and per {@code acube-mapping}'s
 * structural and business rules (no error; warnings are fine, and FA(1) always carries FA-TECH-002).
 */
class GeneratedInvoicesTest {
    @Provide
    Arbitrary<Faktura> invoices() {
        return Fa1Arbitraries.invoices();
    }

    @Property(tries = 1000)
    @AddLifecycleHook(Ksef.Required.class)
    void generatedInvoicesAreValidPerTheOfficialXsd(@ForAll("invoices") Faktura invoice) {
        InvoiceInvariants.assertValidPerOfficialXsd(Ksef.MAPPER.toXml(invoice), Ksef.fa1Schema());
    }

    @Property(tries = 1000)
    void generatedInvoicesHaveNoValidationError(@ForAll("invoices") Faktura invoice) {
        ValidationReport report = Ksef.MAPPER.validateModel(invoice);
        List<ValidationIssue> errors = report.errors();
        if (!errors.isEmpty()) {
            throw new AssertionError("the generator made an invoice that acube-mapping rejects; if the rule is right, "
                    + "the generator is wrong, and vice versa:\n  " + errors.stream().map(ValidationIssue::toString)
                            .collect(Collectors.joining("\n  ")));
        }
    }
}
