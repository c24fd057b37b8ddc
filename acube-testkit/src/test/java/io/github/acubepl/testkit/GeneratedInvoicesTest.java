package io.github.acubepl.testkit;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa1.Faktura;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Generated invoices are valid: per the official FA(1) XSD, and per {@code acube-mapping}'s
 * structural and business rules (no error; warnings are fine, and FA(1) always carries FA-TECH-002).
 */
@Domain(Fa1Domain.class)
@Domain(DomainContext.Global.class)
class GeneratedInvoicesTest {

    @Property(tries = 1000)
    @AddLifecycleHook(OfficialFiles.Required.class)
    void generatedInvoicesAreValidPerTheOfficialXsd(@ForAll Faktura invoice) {
        InvoiceInvariants.assertValidPerOfficialXsd(Ksef.MAPPER.toXml(invoice), Ksef.fa1Schema());
    }

    /** Years ahead of the real date: issue dates up to it, on a clock at it. */
    private static final LocalDate FAR_TODAY = LocalDate.of(2031, 3, 14);
    private static final InvoiceMapper FAR_MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder()
                    .clock(Clock.fixed(FAR_TODAY.atTime(23, 0).atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
                            ZoneId.of("Europe/Warsaw")))
                    .build())
            .build();

    @Provide
    Arbitrary<Faktura> invoicesUpToAFarToday() {
        return Fa1Arbitraries.invoices(FAR_TODAY);
    }

    /**
     * Invoices issued between the real date and a "today" years ahead, validated on a clock at that
     * day: any rule that reads the system clock instead of the injected one finds them in the future.
     */
    @Property(tries = 200)
    void invoicesUpToAFarTodayAreValidOnThatDaysClock(@ForAll("invoicesUpToAFarToday") Faktura invoice) {
        assertNoError(FAR_MAPPER.validateModel(invoice));
    }

    @Property(tries = 1000)
    void generatedInvoicesHaveNoValidationError(@ForAll Faktura invoice) {
        assertNoError(Ksef.MAPPER.validateModel(invoice));
    }

    private static void assertNoError(ValidationReport report) {
        List<ValidationIssue> errors = report.errors();
        if (!errors.isEmpty()) {
            throw new AssertionError("the generator made an invoice that acube-mapping rejects; if the rule is right, "
                    + "the generator is wrong, and vice versa:\n  " + errors.stream().map(ValidationIssue::toString)
                            .collect(Collectors.joining("\n  ")));
        }
    }
}
