package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every business rule of FA(2) and FA(3), broken once on a valid invoice of each version it applies
 * to: the official sample 1 of that version (the same invoice in both), edited in exactly one way
 * that the official XSD still accepts, must raise exactly that rule (besides the documented
 * FA-TECH-002 warning of FA(2)). One row of {@link #rows()} is a rule, the versions, what is broken
 * and how; each version of a row is its own test case. FA(1) has its own model-based table in
 * {@link Fa1BusinessRulesTest}.
 */
class BusinessRulesBreakingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    private static final Set<Integer> FA2_FA3 = Set.of(2, 3);

    private final InvoiceMapper mapper = InvoiceMapper.builder().clock(CLOCK).build();

    /** A rule broken one way, for the given versions. */
    record Row(String ruleId, Set<Integer> versions, String how, Consumer<XmlEdit> breakIt) {
    }

    private static Row row(String ruleId, String how, Consumer<XmlEdit> breakIt) {
        return new Row(ruleId, FA2_FA3, how, breakIt);
    }

    private static Row row(String ruleId, Set<Integer> versions, String how, Consumer<XmlEdit> breakIt) {
        return new Row(ruleId, versions, how, breakIt);
    }

    /** Base: sample 1 (lines 1626.01 and 40.65 at 23 %, 0.95 at 5 %; P_15 2051; P_6 2026-01-27 / 2022-01-27). */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // parties
        rows.add(row("FA-NIP-001", "buyer NIP with a wrong check digit",
                e -> e.set("Podmiot2/DaneIdentyfikacyjne/NIP", "1111111112")));
        rows.add(row("FA-PTY-002", "two additional buyers with 60 % each",
                e -> e.add("", additionalBuyer("60") + additionalBuyer("60"), "PodmiotUpowazniony", "Fa")));
        // dates
        rows.add(row("FA-DATE-001", "issue date tomorrow", e -> e.set("Fa/P_1", "2031-03-15")));
        rows.add(row("FA-DATE-002", "period ends before it starts", e -> e.remove("Fa/P_6")
                .add("Fa", "<OkresFa><P_6_Od>2022-01-10</P_6_Od><P_6_Do>2022-01-01</P_6_Do></OkresFa>", "P_13_1")));
        rows.add(row("FA-DATE-003", "P_6 together with a line date P_6A",
                e -> e.add("Fa/FaWiersz[1]", "<P_6A>2022-01-20</P_6A>", "P_7")));
        rows.addAll(NewRulesPartiesDatesCurrencyRows.rows());
        return rows;
    }

    static String additionalBuyer(String share) {
        return "<Podmiot3><DaneIdentyfikacyjne><NIP>5250007738</NIP><Nazwa>Trzeci Nabywca S.A.</Nazwa>"
                + "</DaneIdentyfikacyjne><Adres><KodKraju>PL</KodKraju><AdresL1>ul. Krótka 1, 60-001 Poznań</AdresL1>"
                + "</Adres><Rola>4</Rola><Udzial>" + share + "</Udzial></Podmiot3>";
    }

    static Stream<Arguments> cases() {
        return rows().stream().flatMap(r -> r.versions().stream().sorted()
                .map(v -> Arguments.of(r.ruleId(), "FA(" + v + ")", r.how(), v, r.breakIt())));
    }

    /** Official sample 1 of FA({@code version}). */
    static byte[] base(int version) {
        try {
            Path sample = KsefFiles.samples(version).stream()
                    .filter(p -> p.getFileName().toString().endsWith("Przykład_1.xml")).findFirst().orElseThrow();
            return Files.readAllBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ruleIds(ValidationReport report) {
        List<String> documented = OfficialSamplesTest.expectedWarnings(report.format());
        return report.issues().stream().map(ValidationIssue::ruleId).filter(id -> !documented.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "FA({0}) sample 1 is a valid base")
    @ValueSource(ints = {2, 3})
    void theBaseRaisesNoRule(int version) {
        ValidationReport report = mapper.validate(base(version));
        assertEquals(Set.of(), ruleIds(report), report.issues()::toString);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void breakingOneRuleRaisesExactlyThatRule(String ruleId, String versionName, String how, int version,
            Consumer<XmlEdit> breakIt) {
        XmlEdit edit = XmlEdit.of(base(version));
        breakIt.accept(edit);
        byte[] broken = edit.bytes();
        assertEquals(List.of(), OfficialXsd.errors(version, broken), "the broken invoice must stay valid per the XSD");
        ValidationReport report = mapper.validate(broken);
        assertEquals(versionName, report.format());
        assertEquals(Set.of(ruleId), ruleIds(report), report.issues()::toString);
        Severity declared = mapper.format(versionName).orElseThrow().rules().stream()
                .filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow().severity();
        for (ValidationIssue issue : report.issues(ruleId)) {
            assertEquals(declared, issue.severity());
            assertFalse(issue.messageEn().isBlank());
            assertFalse(issue.messagePl().isBlank());
            assertTrue(issue.xpath().startsWith("/Faktura"), issue.xpath());
            assertTrue(issue.line() != null && issue.line() > 0, "an XML input gives the line: " + issue);
        }
    }

    @ParameterizedTest(name = "FA-DUP-001 FA({0}): the same invoice twice in a batch")
    @ValueSource(ints = {2, 3})
    void duplicateInvoiceNumberOfOneSellerIsFound(int version) {
        InvoiceMapper batch = InvoiceMapper.builder().clock(CLOCK).registry(InvoiceKeyRegistry.inMemory()).build();
        assertEquals(Set.of(), ruleIds(batch.validate(base(version))));
        ValidationReport second = batch.validate(base(version));
        assertEquals(Set.of("FA-DUP-001"), ruleIds(second));
        assertEquals("/Fa/P_2", second.issues("FA-DUP-001").get(0).jsonPointer());
    }

    /** Each business rule of FA(2) and FA(3) has a breaking case for that version. */
    @Test
    void everyBusinessRuleOfFa2AndFa3IsBrokenByARow() {
        for (int v : List.of(2, 3)) {
            // the technical rules have their own tests (Fa1BusinessRulesTest, InputEncodingTest)
            Set<String> tested = new TreeSet<>(Set.of("FA-DUP-001", "FA-TECH-001", "FA-TECH-002"));
            for (Row r : rows()) {
                if (r.versions().contains(v)) {
                    tested.add(r.ruleId());
                }
            }
            Set<String> declared = mapper.format("FA(" + v + ")").orElseThrow().rules().stream()
                    .filter(r -> r.category() == ValidationRule.Category.BUSINESS).map(ValidationRule::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, tested, "FA(" + v + ")");
        }
    }
}
