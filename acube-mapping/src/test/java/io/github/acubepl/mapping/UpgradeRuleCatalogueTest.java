package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.internal.upgrade.UpgradeRule;
import io.github.acubepl.mapping.internal.upgrade.UpgradeRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upgrade rule page ({@code docs/upgrade-rules.md}) is generated from the one rule table
 * ({@link UpgradeRules}), as docs/validation-rules.md is from the validation rules ({@link RuleCatalogueTest}),
 * so it cannot drift: this test fails when the file differs from the rendering, and rewrites it when
 * run with {@code -Drules.update=true}.
 */
class UpgradeRuleCatalogueTest {
    private static final Path DOC = Path.of("..", "docs", "upgrade-rules.md");

    static String render(List<UpgradeRule> rules) {
        Map<String, List<UpgradeRule>> steps = new LinkedHashMap<>();
        for (UpgradeRule r : rules) {
            steps.computeIfAbsent(r.from() + " → " + r.to(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Upgrade rules: ").append(String.join(", ", steps.keySet())).append("\n\n");
        md.append("Generated from the rule table of `acube-mapping` (`internal.upgrade.UpgradeRules`); the test ")
                .append("`UpgradeRuleCatalogueTest` keeps this file in step. Regenerate with\n")
                .append("`mvn -pl acube-mapping test -Dtest=UpgradeRuleCatalogueTest -Drules.update=true`.\n\n");
        md.append("`InvoiceUpgrader` (and `acube upgrade FILE`) turns an invoice into FA(3). Every change it makes ")
                .append("is one entry of its report, with the rule id below, the source and target locations (JSON ")
                .append("Pointer and XPath) and one of three kinds:\n\n");
        md.append("- **mechanical**: certain; a renamed or moved element, a changed wrapper, a value the source's ")
                .append("own data decide.\n");
        md.append("- **defaulted**: a value the target requires and the source cannot have, filled with the ")
                .append("documented safe default.\n");
        md.append("- **decision**: ambiguous; the caller answers it (per rule, or per rule and location, in ")
                .append("`UpgradeAnswers` or the JSON file of `acube upgrade --answers`) with one of the answers ")
                .append("listed. An open decision leaves the result invalid: it is never guessed.\n\n");
        md.append("An answers file maps rule ids to an answer everywhere, or to an object of locations (as the ")
                .append("report gives them; `*` for everywhere):\n\n");
        md.append("```json\n{\"UPG-2-3-011\": \"0 KR\", \"UPG-2-3-021\": ")
                .append("{\"/Fa/Platnosc/TerminPlatnosci/0/TerminOpis\": \"drop\"}}\n```\n\n");
        md.append("An answer that names no decision the invoice needs is the error `").append("UPG-ANSWER-001")
                .append("`; one that is not among the decision's answers, `UPG-ANSWER-002`.\n\n");
        for (Map.Entry<String, List<UpgradeRule>> step : steps.entrySet()) {
            md.append("## ").append(step.getKey()).append("\n\n");
            md.append("| Id | Kind | Rule | Reguła | Before | After | Answers |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (UpgradeRule r : step.getValue()) {
                md.append("| ").append(r.id()).append(" | ").append(kind(r.kind())).append(" | ")
                        .append(cell(r.title())).append(" | ").append(cell(r.titlePl())).append(" | ")
                        .append(code(r.before())).append(" | ").append(code(r.after())).append(" | ")
                        .append(r.answers().isEmpty() ? "" : code(String.join("`, `", r.answers()))).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String kind(UpgradeEntry.Kind kind) {
        switch (kind) {
            case MECHANICAL:
                return "mechanical";
            case DEFAULTED:
                return "defaulted";
            default:
                return "decision";
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }

    /** An example as inline code; a table cell may not hold a raw pipe. */
    private static String code(String s) {
        return "`" + s.replace("|", "\\|").replace("\n", " ") + "`";
    }

    @Test
    void theUpgradeRulePageListsEveryRuleWithItsExampleAndAnswers() throws IOException {
        String expected = render(UpgradeRules.all());
        if (Boolean.getBoolean("rules.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath() + "; run with -Drules.update=true");
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/upgrade-rules.md is out of date; run with -Drules.update=true");
        for (UpgradeRule r : UpgradeRules.all()) {
            assertTrue(expected.contains("| " + r.id() + " | " + kind(r.kind()) + " |"), r.id());
            for (String answer : r.answers()) {
                assertTrue(expected.contains("`" + answer + "`"), r.id() + ": " + answer);
            }
        }
    }
}
