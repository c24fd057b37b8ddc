package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa3.Faktura;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The examples of the package documentation ({@code package-info.java}) and of the class
 * documentation that repeats them, verbatim, so that each compiles and runs: a newcomer pastes them
 * into a test class as they are.
 */
class PackageExamplesTest {

    private static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()).build();

    @Property(tries = 20)
    void myMappingKeepsEveryFa3Invoice(@ForAll("fa3Invoices") Faktura invoice) {
        InvoiceInvariants.assertXmlRoundTrip(mapper, invoice);
        InvoiceInvariants.assertNoValidationErrors(mapper, invoice);
    }

    @Provide
    Arbitrary<Faktura> fa3Invoices() {
        return Fa3Arbitraries.invoices(NOW); // issued at or before NOW, the mapper's today
    }

    @Property(tries = 20)
    void aMutatedDocumentGetsAReportOrAReadError(@ForAll("fa3Documents") byte[] xml,
            @ForAll("fa3Mutations") Mutation mutation) {
        byte[] mutated = mutation.apply(xml);
        try {
            ValidationReport report = mapper.validate(mutated);
            report.errors().forEach(e -> assertFalse(e.ruleId().isBlank(), mutation.describe(xml)));
        } catch (InvoiceReadException notAnInvoiceAnyMore) {
            assertFalse(notAnInvoiceAnyMore.getMessage().isBlank(), mutation.describe(xml));
        }
    }

    @Provide
    Arbitrary<byte[]> fa3Documents() {
        return Fa3Arbitraries.documents(NOW);
    }

    @Provide
    Arbitrary<Mutation> fa3Mutations() {
        return InvoiceMutations.mutations("FA(3)");
    }

    @Property(tries = 10)
    @Domain(Fa3Domain.class) // supplies Faktura, GeneratedInvoice, InvoicePlan and Mutation parameters
    @AddLifecycleHook(OfficialFiles.Required.class) // skips without the official files (fails if CI=true)
    void theOfficialXsdTakesEveryGeneratedDocument(@ForAll GeneratedInvoice invoice) {
        InvoiceInvariants.assertValidPerOfficialXsd(invoice.xml(), OfficialFiles.schema(3));
    }

    @Property(tries = 20)
    void onePlanWritesAsFa2AndAsFa3(@ForAll("plans") InvoicePlan plan) {
        ValidationReport fa2 = mapper.validate(InvoiceAssembler.fa2().toXml(plan));
        ValidationReport fa3 = mapper.validate(InvoiceAssembler.fa3().toXml(plan));
        assertEquals("FA(2)", fa2.format());
        assertEquals("FA(3)", fa3.format());
        InvoiceInvariants.assertNoErrors(fa2);
        InvoiceInvariants.assertNoErrors(fa3);
    }

    @Provide
    Arbitrary<InvoicePlan> plans() {
        return InvoicePlans.plans(NOW); // issued at or before NOW
    }
}
