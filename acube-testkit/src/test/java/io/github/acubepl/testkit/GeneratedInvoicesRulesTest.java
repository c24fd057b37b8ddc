package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.testkit.InvoicePlan.Kind;
import io.github.acubepl.testkit.InvoicePlan.Party;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Issue 8 item 4: the FA(2)/FA(3) invoices the testkit generates, which its documentation calls valid,
 * carry no business-rule error under the mapping engine's validation (the rules run for FA(2)/FA(3)),
 * validated on the one pinned clock of these tests ({@link Clocks#NOW}). The default plans are created
 * at or before {@link InvoicePlans#DEFAULT_NOW}, before that clock, so FA-DATE-001 (P_1 not in the
 * future) holds; plans dated up to the clock itself are checked too.
 *
 * <p>Each finding the first run of these properties turned up has its own property, named after it,
 * over the plans that can show it, on both versions.
 */
class GeneratedInvoicesRulesTest {
    private static final InvoiceAssembler FA2 = InvoiceAssembler.fa2();
    private static final InvoiceAssembler FA3 = InvoiceAssembler.fa3();

    @Property(tries = 300)
    @Domain(Fa3Domain.class)
    void generatedFa3InvoicesCarryNoBusinessRuleError(@ForAll GeneratedInvoice invoice) {
        assertNoError(invoice.version(), invoice.xml(), null);
    }

    @Property(tries = 300)
    @Domain(Fa2Domain.class)
    void generatedFa2InvoicesCarryNoBusinessRuleError(@ForAll GeneratedInvoice invoice) {
        assertNoError(invoice.version(), invoice.xml(), null);
    }

    @Property(tries = 200)
    void invoicesIssuedUpToTheValidationClockCarryNoBusinessRuleError(@ForAll("upToTheClock") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, null);
    }

    @Provide
    Arbitrary<InvoicePlan> upToTheClock() {
        return InvoicePlans.plans(Clocks.NOW);
    }

    // ------------------------------------------------------------------ one property per finding

    /** FA-KOR-201/FA-ROZ-201: the KSeF numbers were KSeF 1.0-shaped, without the CRC-8 KSeF 2.0 assigns. */
    @Property(tries = 100)
    @Domain(Fa3Domain.class)
    void ksefNumbersDatedSinceFebruary2026CarryTheirCrc8(@ForAll InvoicePlan plan) {
        List<String> numbers = new ArrayList<>();
        if (plan.correction() != null) {
            plan.correction().corrected().forEach(c -> numbers.add(c.ksefNumber()));
        }
        plan.advanceInvoices().forEach(a -> numbers.add(a.ksefNumber()));
        for (String n : numbers) {
            if (n != null && KsefNumber.assignedByKsef2(n)) {
                assertTrue(KsefNumber.isValid(n), "not a valid KSeF 2.0 number: " + n);
            }
        }
        assertNoErrorInEitherVersion(plan, Set.of("FA-KOR-201", "FA-ROZ-201"));
    }

    /** FA-SUM-001: a StanPrzed line was added to its rate group instead of subtracted. */
    @Property(tries = 100)
    void aStanPrzedLineCountsNegativeInTheRateGroups(@ForAll("withStanPrzed") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-SUM-001", "FA-SUM-003"));
    }

    @Provide
    Arbitrary<InvoicePlan> withStanPrzed() {
        return InvoicePlans.plans().filter(p -> p.lines().stream().anyMatch(InvoicePlan.Line::beforeCorrection));
    }

    /** FA-SUM-005: DoZaplaty was the charges minus the deductions, without P_15. */
    @Property(tries = 100)
    void doZaplatyIsTheTotalPlusChargesMinusDeductions(@ForAll("withSettlement") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-SUM-005"));
    }

    @Provide
    Arbitrary<InvoicePlan> withSettlement() {
        return InvoicePlans.plans().filter(p -> p.settlement() != null && p.settlement().balance() == 1);
    }

    /** FA-SUM-006: the partial payments were random amounts, often more than the amount due. */
    @Property(tries = 100)
    void partialPaymentsAddUpToNoMoreThanTheAmountDue(@ForAll("withPartialPayments") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-SUM-006"));
    }

    @Provide
    Arbitrary<InvoicePlan> withPartialPayments() {
        return InvoicePlans.plans().filter(p -> p.payment() != null && !p.payment().partPayments().isEmpty());
    }

    /** FA-CUR-001: a foreign-currency invoice without an exchange rate left its VAT without P_14_xW. */
    @Property(tries = 100)
    void aForeignCurrencyInvoiceGivesEachVatAmountInPln(@ForAll("foreign") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-CUR-001"));
    }

    @Provide
    Arbitrary<InvoicePlan> foreign() {
        return InvoicePlans.plans().filter(p -> !p.currency().equals("PLN"));
    }

    /** FA-DATE-003: a line kept its own date P_6A next to P_6, the one date of all lines. */
    @Property(tries = 100)
    void aLineHasNoDateOfItsOwnWhenP6DatesAllLines(@ForAll("lineDatesWithP6") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-DATE-003"));
    }

    @Provide
    Arbitrary<InvoicePlan> lineDatesWithP6() {
        return InvoicePlans.plans().filter(p -> p.supplyDate() != null
                && p.lines().stream().anyMatch(l -> l.date() != null));
    }

    /** FA-KOR-005: Podmiot1K/Podmiot2K carried NIPs of other taxpayers than the seller and the buyer. */
    @Property(tries = 100)
    void podmiot1KAndPodmiot2KKeepTheNipsOfTheSellerAndTheBuyer(@ForAll("partiesBefore") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-KOR-005"));
    }

    @Provide
    Arbitrary<InvoicePlan> partiesBefore() {
        return InvoicePlans.plans().filter(p -> p.correction() != null
                && (p.correction().sellerBefore() != null || !p.correction().buyersBefore().isEmpty()));
    }

    /** FA-PTY-002/FA-PTY-106: third parties of any role had shares, adding up to several hundred %. */
    @Property(tries = 100)
    void onlyAdditionalBuyersHaveSharesAndTheyAddUpToAtMost100(@ForAll("withThirdParties") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-PTY-002", "FA-PTY-106"));
    }

    @Provide
    Arbitrary<InvoicePlan> withThirdParties() {
        return InvoicePlans.plans().filter(p -> p.thirdParties().size() > 1);
    }

    /** FA-PTY-101: with JST = 1 (GV = 1) the receiving unit (Rola 8, Rola 10) had neither NIP nor IDWew. */
    @Property(tries = 50)
    void aReceivingLocalGovernmentUnitOrGroupMemberHasANipOrIdWew(@ForAll("receivingUnits") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-PTY-101"));
    }

    @Provide
    Arbitrary<InvoicePlan> receivingUnits() {
        return InvoicePlans.plans().filter(p -> p.thirdParties().stream().map(Party::role)
                .anyMatch(r -> r != null && (r == 8 || r == 10)));
    }

    /** FA-ROZ-001: a settlement invoice (ROZ) was sometimes generated without the advance invoices it settles. */
    @Property(tries = 50)
    void aSettlementInvoiceListsTheAdvanceInvoicesItSettles(@ForAll("settlementInvoices") InvoicePlan plan) {
        assertNoErrorInEitherVersion(plan, Set.of("FA-ROZ-001"));
    }

    @Provide
    Arbitrary<InvoicePlan> settlementInvoices() {
        return InvoicePlans.plans().filter(p -> p.kind() == Kind.ROZ);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertNoErrorInEitherVersion(InvoicePlan plan, @Nullable Set<String> rules) {
        assertNoError(FA2.version(), FA2.toXml(plan), rules);
        assertNoError(FA3.version(), FA3.toXml(plan), rules);
    }

    /** No error of {@code rules} (every rule when {@code null}) in the document. */
    private static void assertNoError(String version, byte[] xml, @Nullable Set<String> rules) {
        List<ValidationIssue> errors = Clocks.MAPPER.validate(xml).errors().stream()
                .filter(i -> rules == null || rules.contains(i.ruleId())).collect(Collectors.toList());
        assertEquals(List.of(), errors, () -> version + " document with rule errors:\n"
                + new String(xml, StandardCharsets.UTF_8));
    }
}
