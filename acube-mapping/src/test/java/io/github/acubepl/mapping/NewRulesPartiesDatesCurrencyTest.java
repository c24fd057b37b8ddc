package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.BusinessRulesBreakingTest.Row;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The new rules of AcceptanceRules, PartyRulesFa3, DateRulesFa3 and CurrencyRulesFa3 on the valid
 * side of their boundaries (each near miss of {@link NewRulesPartiesDatesCurrencyRows#nearMisses()}
 * raises no rule at all), where they are reported, and on hostile values.
 */
class NewRulesPartiesDatesCurrencyTest {
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(BusinessRulesBreakingTest.CLOCK).build())
            .build();

    static Stream<Arguments> nearMisses() {
        return NewRulesPartiesDatesCurrencyRows.nearMisses().stream().flatMap(r -> r.versions().stream().sorted()
                .map(v -> Arguments.of(r.ruleId(), "FA(" + v + ")", r.how(), v, r.breakIt())));
    }

    private ValidationReport validate(int version, Consumer<XmlEdit> edit) {
        XmlEdit e = XmlEdit.of(BusinessRulesBreakingTest.base(version));
        edit.accept(e);
        byte[] xml = e.bytes();
        assertEquals(List.of(), OfficialXsd.errors(version, xml), "the variant must stay valid per the XSD");
        return mapper.validate(xml);
    }

    private static Set<String> ruleIds(ValidationReport report) {
        List<String> documented = OfficialSamplesTest.expectedWarnings(report.format());
        return report.issues().stream().map(ValidationIssue::ruleId).filter(id -> !documented.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} {1} stays silent: {2}")
    @MethodSource("nearMisses")
    void theValidVariantNextToTheBoundaryRaisesNoRule(String ruleId, String versionName, String how, int version,
            Consumer<XmlEdit> variant) {
        ValidationReport report = validate(version, variant);
        assertEquals(Set.of(), ruleIds(report), report.issues()::toString);
    }

    @Test
    void everyNewRuleHasAtLeastOneNearMissOrIsAPlainPresenceCheck() {
        Set<String> broken = NewRulesPartiesDatesCurrencyRows.rows().stream().map(Row::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> nearMissed = NewRulesPartiesDatesCurrencyRows.nearMisses().stream().map(Row::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        // presence checks: the element itself is the breach, sample 1 is their near miss
        Set<String> presence = Set.of("FA-KSEF-101", "FA-PTY-105", "FA-PTY-107", "FA-PTY-109", "FA-HDR-101",
                "FA-CUR-102", "FA-CUR-103", "FA-CUR-104");
        Set<String> uncovered = new TreeSet<>(broken);
        uncovered.removeAll(nearMissed);
        uncovered.removeAll(presence);
        assertEquals(Set.of(), uncovered);
    }

    @Test
    void theJsonPointerAndXPathNameTheOffendingElement() {
        ValidationReport report = validate(3, e -> e.add("", NewRulesPartiesDatesCurrencyRows.third(
                "<NIP>5250007738</NIP><Nazwa>Odbiorca S.A.</Nazwa>", "2", "<Udzial>50</Udzial>"),
                "PodmiotUpowazniony", "Fa"));
        ValidationIssue issue = report.issues("FA-PTY-106").get(0);
        assertEquals("/Podmiot3/0/Udzial", issue.jsonPointer());
        assertEquals("/Faktura/Podmiot3[1]/Udzial", issue.xpath());
        assertTrue(issue.messagePl().contains("udział"), issue.messagePl());
    }

    /** A huge exponent or a 100,000-character identifier must neither throw nor take the rules long. */
    @Test
    void hostileValuesLeaveTheNewRulesSilentAndQuick() {
        String longId = "DE" + "1".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ValidationReport report = validateInvalid(3, e -> {
                e.set("Fa/KodWaluty", "EUR").set("Fa/Adnotacje/P_18A", "1").set("Fa/P_15", "1e10000000");
                for (int i = 1; i <= 3; i++) {
                    e.add("Fa/FaWiersz[" + i + "]", "<KursWaluty>9e999999999</KursWaluty>");
                }
            });
            Set<String> ids = ruleIds(report);
            assertTrue(ids.stream().noneMatch(id -> id.startsWith("FA-CUR-1")), ids::toString);
            ValidationReport ids2 = validateInvalid(3, e -> e.add("", NewRulesPartiesDatesCurrencyRows.third(
                    "<KodKraju>DE</KodKraju><NrID>" + longId + "</NrID><Nazwa>X</Nazwa>", "2"),
                    "PodmiotUpowazniony", "Fa").set("Fa/P_2", longId));
            assertTrue(ruleIds(ids2).stream().noneMatch(id -> id.equals("FA-PTY-103") || id.equals("FA-HDR-101")),
                    ids2.issues()::toString);
        });
    }

    /** Validates an edited sample 1 that the XSD may reject. */
    private ValidationReport validateInvalid(int version, Consumer<XmlEdit> edit) {
        XmlEdit e = XmlEdit.of(BusinessRulesBreakingTest.base(version));
        edit.accept(e);
        return mapper.validate(e.bytes());
    }
}
