package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.testkit.InvoicePlan.Rate;
import io.github.acubepl.testkit.internal.SecureXml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 8 item 4: "invoice plans independent of the model, one assembler per version" includes FA(1).
 * The plans of {@link InvoicePlans}, created up to the one pinned clock of these tests
 * ({@link Clocks#NOW}), assembled by {@link InvoiceAssembler#fa1()}, are valid per the official FA(1)
 * XSD, carry no business-rule error, and say what the same plan says in FA(3): the plan, not the
 * version, decides the invoice.
 */
class Fa1AssemblerTest {
    private static final InvoiceAssembler FA1 = InvoiceAssembler.fa1();
    private static final InvoiceAssembler FA3 = InvoiceAssembler.fa3();

    @Provide
    Arbitrary<InvoicePlan> plans() {
        return InvoicePlans.plans(Clocks.NOW);
    }

    @Provide
    Arbitrary<InvoicePlan> withZeroRates() {
        Set<Rate> zero = Set.of(Rate.ZERO_DOMESTIC, Rate.ZERO_INTRA_EU, Rate.ZERO_EXPORT);
        return plans().filter(p -> p.lines().stream().anyMatch(l -> zero.contains(l.rate())));
    }

    @Property(tries = 300)
    void fa1DocumentsOfPlansAreValidPerTheOfficialFa1Schema(@ForAll("plans") InvoicePlan plan) {
        byte[] xml = FA1.toXml(plan);
        List<String> errors = OfficialFiles.schema(1).errors(xml);
        assertEquals(List.of(), errors, () -> "FA(1) document invalid per the official XSD:\n" + text(xml));
    }

    @Property(tries = 300)
    void fa1DocumentsOfPlansCarryNoBusinessRuleError(@ForAll("plans") InvoicePlan plan) {
        byte[] xml = FA1.toXml(plan);
        List<ValidationIssue> errors = Clocks.MAPPER.validate(xml).errors();
        assertEquals(List.of(), errors, () -> "FA(1) document with rule errors:\n" + text(xml));
    }

    @Property(tries = 200)
    void thePlanNotTheVersionDecidesSellerNumberTotalAndLineCount(@ForAll("plans") InvoicePlan plan) {
        Document fa1 = SecureXml.parse(FA1.toXml(plan));
        Document fa3 = SecureXml.parse(FA3.toXml(plan));
        assertEquals(sellerNip(fa3), sellerNip(fa1), "seller NIP");
        assertEquals(plan.seller().id().value(), sellerNip(fa1), "seller NIP of the plan");
        assertEquals(only(fa3, "P_2"), only(fa1, "P_2"), "P_2");
        assertEquals(new BigDecimal(only(fa3, "P_15")), new BigDecimal(only(fa1, "P_15")), "P_15");
        assertEquals(count(fa3, "FaWiersz"), count(fa1, "FaWiersz"), "line count");
        assertEquals(plan.lines().size(), count(fa1, "FaWiersz"), "line count of the plan");
        if (!plan.lines().isEmpty()) {
            assertEquals(Integer.toString(plan.lines().size()), only(fa1, "LiczbaWierszyFaktury"),
                    "LiczbaWierszyFaktury");
        }
    }

    /** FA(1) has one 0 % total: it holds what FA(3) splits into 0 KR, 0 WDT and 0 EX. */
    @Property(tries = 100)
    void theThreeZeroRateTotalsOfFa3AddUpToTheOneP13_6OfFa1(@ForAll("withZeroRates") InvoicePlan plan) {
        Document fa1 = SecureXml.parse(FA1.toXml(plan));
        Document fa3 = SecureXml.parse(FA3.toXml(plan));
        BigDecimal split = amountOrZero(fa3, "P_13_6_1").add(amountOrZero(fa3, "P_13_6_2"))
                .add(amountOrZero(fa3, "P_13_6_3"));
        assertEquals(split, amountOrZero(fa1, "P_13_6"));
        NodeList procedures = fa1.getElementsByTagNameNS("*", "P_12_Procedura");
        assertTrue(procedures.getLength() > 0, "zero-rate lines name their kind in P_12_Procedura");
    }

    private static String sellerNip(Document d) {
        Element seller = (Element) d.getElementsByTagNameNS("*", "Podmiot1").item(0);
        return seller.getElementsByTagNameNS("*", "NIP").item(0).getTextContent();
    }

    private static String only(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS("*", name);
        assertEquals(1, nodes.getLength(), () -> "occurrences of " + name);
        return nodes.item(0).getTextContent();
    }

    private static int count(Document d, String name) {
        return d.getElementsByTagNameNS("*", name).getLength();
    }

    private static BigDecimal amountOrZero(Document d, String name) {
        @Nullable String v = d.getElementsByTagNameNS("*", name).getLength() == 0 ? null
                : d.getElementsByTagNameNS("*", name).item(0).getTextContent();
        return v == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(v);
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
