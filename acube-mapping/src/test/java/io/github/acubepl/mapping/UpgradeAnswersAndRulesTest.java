package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.internal.upgrade.UpgradeRule;
import io.github.acubepl.mapping.internal.upgrade.UpgradeRules;
import io.github.acubepl.mapping.internal.upgrade.Upgrades;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answers' JSON form (hostile input included), the rule table, and the Javadoc examples of the upgrade API. */
class UpgradeAnswersAndRulesTest {
    private static Path fa2(String n) {
        for (Path p : KsefFiles.samples(2)) {
            if (p.getFileName().toString().endsWith("_" + n + ".xml")) {
                return p;
            }
        }
        throw new AssertionError(n);
    }

    /** UpgradeAnswers' class Javadoc. */
    @Test
    void theAnswersExampleAnswersARuleAndOneLocation() {
        // example:start
        UpgradeAnswers answers = UpgradeAnswers.builder()
                .answer("UPG-2-3-011", "0 KR")
                .answer("UPG-2-3-011", "/Fa/FaWiersz/2/P_12", "0 WDT")
                .build();
        // example:end
        assertEquals(Map.of("UPG-2-3-011", "0 KR"), answers.ruleAnswers());
        assertEquals(Map.of("UPG-2-3-011", Map.of("/Fa/FaWiersz/2/P_12", "0 WDT")), answers.locationAnswers());
        assertFalse(answers.policy().isPresent());
    }

    /** UpgradeAnswers#fromJson. */
    @Test
    void theJsonExampleReadsARuleAnswerAndALocationAnswer() {
        // example:start
        byte[] json = "{\"UPG-2-3-011\": \"0 KR\", \"UPG-2-3-021\": {\"/Fa/Platnosc/TerminPlatnosci/0/TerminOpis\": \"drop\"}}"
                .getBytes(StandardCharsets.UTF_8);
        UpgradeAnswers answers = UpgradeAnswers.fromJson(json);
        // example:end
        assertEquals(Map.of("UPG-2-3-011", "0 KR"), answers.ruleAnswers());
        assertEquals(Map.of("UPG-2-3-021", Map.of("/Fa/Platnosc/TerminPlatnosci/0/TerminOpis", "drop")),
                answers.locationAnswers());
        assertEquals("UpgradeAnswers[1 per rule, 1 per location]", answers.toString());
    }

    /** InvoiceUpgrader's class Javadoc. */
    @Test
    void theUpgraderExampleUpgradesAnFa2Invoice() throws IOException {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(UpgradeFa2SamplesTest.CLOCK).build()).build();
        String xml = Files.readString(fa2("1"), StandardCharsets.UTF_8)
                .replace("<P_12>5</P_12>", "<P_12>0</P_12>")
                .replace("<P_13_3>0.95</P_13_3>", "<P_13_6_1>0.5</P_13_6_1><P_13_6_2>0.45</P_13_6_2>")
                .replace("<P_14_3>0.05</P_14_3>", "").replace("<P_15>2051</P_15>", "<P_15>2050.94</P_15>");
        InvoiceDocument fa2Document = mapper.read(xml.getBytes(StandardCharsets.UTF_8));
        // example:start
        InvoiceUpgrader upgrader = InvoiceUpgrader.of(mapper);
        UpgradeResult result = upgrader.upgrade(fa2Document,
                UpgradeAnswers.builder().answer("UPG-2-3-011", "0 WDT").build());
        if (result.isValid()) {
            byte[] fa3 = result.document().toXml();
        }
        // example:end
        assertTrue(result.isComplete(), result.issues()::toString);
        // the answer is applied, and FA(3) checks it against the totals: 0.95 at 0 WDT is not 0.45
        assertFalse(result.validation().isValid());
        assertFalse(result.isValid(), "so the example writes nothing");
    }

    @Test
    void answersInJsonMayGiveARuleAnswerAsTheStarLocation() {
        UpgradeAnswers a = UpgradeAnswers.fromJson("{\"UPG-2-3-013\": {\"*\": \"np I\", \"/Faktura/Fa/FaWiersz[2]/P_12\": \"np II\"}}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("UPG-2-3-013", "np I"), a.ruleAnswers());
        assertEquals(Map.of("UPG-2-3-013", Map.of("/Faktura/Fa/FaWiersz[2]/P_12", "np II")), a.locationAnswers());
    }

    @Test
    void hostileAnswersFailCleanlyWithWhatIsWrongAndWhere() {
        String[][] cases = {
                {"[\"UPG-2-3-011\"]", "the answers must be a JSON object of rule ids"},
                {"{\"UPG-2-3-011\": 0}", "the answer for UPG-2-3-011 must be a string or an object of locations"},
                {"{\"UPG-2-3-011\": {\"/Fa\": [1]}}", "the answer for UPG-2-3-011 at /Fa must be a string"},
                {"{\"UPG\\u001b[2J\": 1}", "the answer for UPG\\u001b[2J must be a string or an object of locations"},
                {"{\"a\": ", "the answers are not readable JSON: "},
                {"", "the answers are not readable JSON: "},
                {"{\"a\":" + "{\"b\":".repeat(40) + "1" + "}".repeat(41), "the answers are not readable JSON: "},
        };
        for (String[] c : cases) {
            AcubeMappingException e = assertThrows(AcubeMappingException.class,
                    () -> UpgradeAnswers.fromJson(c[0].getBytes(StandardCharsets.UTF_8)), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), () -> c[0] + " -> " + e.getMessage());
            assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
        }
    }

    @Test
    void hugeAnswersAreRefusedBeforeParsing() {
        byte[] huge = new byte[5 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        AcubeMappingException e = assertThrows(AcubeMappingException.class, () -> UpgradeAnswers.fromJson(huge));
        assertTrue(e.getMessage().startsWith("the answers are not readable JSON: "), e.getMessage());
    }

    @Test
    void theRuleTableHasUniqueIdsAndEveryDecisionListsItsAnswers() {
        Set<String> ids = new HashSet<>();
        for (UpgradeRule r : UpgradeRules.all()) {
            assertTrue(ids.add(r.id()), "duplicate " + r.id());
            assertTrue(r.id().matches("UPG-\\d-\\d-\\d{3}"), r.id());
            assertFalse(r.title().isBlank() || r.titlePl().isBlank() || r.before().isBlank() || r.after().isBlank(),
                    r.id() + " needs a title in both languages and an example");
            assertEquals(r.kind() == UpgradeEntry.Kind.NEEDS_DECISION, !r.answers().isEmpty(), r.id());
        }
        assertFalse(ids.contains(Upgrades.ANSWER_UNUSED) || ids.contains(Upgrades.ANSWER_NOT_ALLOWED));
    }

    @Test
    void everyEntryOfEverySampleNamesARuleOfTheTableWithItsKind() throws IOException {
        InvoiceUpgrader upgrader = InvoiceUpgrader.of(InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(UpgradeFa2SamplesTest.CLOCK).build()).build());
        for (Path sample : KsefFiles.samples(2)) {
            for (UpgradeEntry e : upgrader.upgrade(Files.readAllBytes(sample), UpgradeAnswers.none()).entries()) {
                UpgradeRule rule = UpgradeRules.all().stream().filter(r -> r.id().equals(e.ruleId())).findFirst()
                        .orElseThrow(() -> new AssertionError("no rule " + e.ruleId()));
                assertEquals(rule.kind(), e.kind(), e.toString());
                assertTrue(rule.answers().containsAll(e.allowedAnswers()), e.toString());
            }
        }
    }
}
