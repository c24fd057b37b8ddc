package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue document ({@code docs/validation-rules.md}) is generated from the rules the
 * plug-ins of every version declare, with the versions each rule applies to, so it cannot drift: this test fails when the file differs from the rendering,
 * and rewrites it when run with {@code -Drules.update=true}.
 */
class RuleCatalogueTest {
    private static final Path DOC = Path.of("..", "docs", "validation-rules.md");

    static String render(List<InvoiceFormat> formats) {
        Map<String, ValidationRule> rules = new LinkedHashMap<>();
        Map<String, List<String>> versions = new LinkedHashMap<>();
        Map<String, Map<String, Severity>> severities = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (InvoiceFormat f : formats) {
            names.add(f.name());
            for (ValidationRule r : f.rules()) {
                rules.putIfAbsent(r.id(), r);
                versions.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(f.name());
                severities.computeIfAbsent(r.id(), k -> new LinkedHashMap<>()).put(f.name(), r.severity());
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules: ").append(String.join(", ", names)).append("\n\n");
        md.append("Generated from the rules `acube-mapping` declares (`InvoiceFormat.rules()` of each plug-in); the ")
                .append("test `RuleCatalogueTest` keeps this file in step. Regenerate with\n")
                .append("`mvn -pl acube-mapping test -Dtest=RuleCatalogueTest -Drules.update=true`.\n\n");
        md.append("Every issue carries the rule id, the severity, a JSON Pointer into A-Cube's JSON, an XPath ")
                .append("into FA XML (with the line and column when the input was XML) and a message in English ")
                .append("and Polish.\n\n");
        md.append("An FA(1) or FA(2) invoice is turned into FA(3) by `InvoiceUpgrader` (`acube upgrade`), whose rules are ")
                .append("listed in [upgrade-rules.md](upgrade-rules.md).\n\n");
        md.append("- **error**: the invoice is invalid (KSeF would reject it, or its data contradict each other); ")
                .append("`acube validate` exits with 1.\n");
        md.append("- **warning**: worth a look, but legitimate invoices show it; `acube validate` still exits ")
                .append("with 0.\n\n");
        md.append("## Which rules apply to which version\n\n");
        md.append("The column *Versions* of each table says where a rule applies. The structural rules (everything ")
                .append("the XSD says, encoded from each version's own schema), the JSON shape, the model check and ")
                .append("KSeF's technical rules (FA-TECH-001, FA-TECH-002) apply to every version. A business ")
                .append("rule (what the XSD cannot express) is written once and reads each version through a small ")
                .append("adapter (where the parties, rate groups, annotations, corrections and payments sit, and ")
                .append("which rate code sums into which total field); it applies to the versions its row names. A ")
                .append("rule is left out of a version whose XSD already enforces it. Where the severity differs ")
                .append("by version, the column *Severity* says so.\n\n");
        md.append("FA-TECH-002 reads one table of which KSeF 2.0 environment takes which version:\n\n");
        md.append("| Environment | Takes |\n|---|---|\n");
        for (KsefEnvironment e : KsefEnvironment.values()) {
            md.append("| ").append(e.name()).append(" | ").append(String.join(", ",
                    new java.util.TreeSet<>(e.acceptedVersions()))).append(" |\n");
        }
        md.append("\nWithout a target environment (`ValidationContext.Builder.targetEnvironment`, given to ")
                .append("`InvoiceMapper.Builder.context`), an invoice of a version production does not ")
                .append("take draws the warning; with one, a version that environment does not take is an error.\n\n");
        md.append("Amounts are compared with `BigDecimal`; VAT is rounded half up to 2 places. Tolerances are ")
                .append("those the official samples need: ±0.01 per rate group for `P_13_x` and `P_14_x`, ")
                .append("±0.01 per rate group for `P_15`. Every official sample passes with no error; the FA(1) and ")
                .append("FA(2) samples carry the warning FA-TECH-002 only, the FA(3) samples no warning.\n\n");
        for (ValidationRule.Category category : ValidationRule.Category.values()) {
            md.append("## ").append(heading(category)).append("\n\n");
            md.append("| Id | Severity | Versions | Checks | Sprawdza | Example of a breach |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (ValidationRule r : rules.values()) {
                if (r.category() != category) {
                    continue;
                }
                List<String> where = versions.get(r.id());
                md.append("| ").append(r.id()).append(" | ").append(severity(severities.get(r.id()))).append(" | ")
                        .append(where.equals(names) ? "all" : String.join(", ", where)).append(" | ")
                        .append(cell(r.titleEn())).append(" | ").append(cell(r.titlePl())).append(" | ")
                        .append(cell(r.example())).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** One severity, or the first version's followed by the versions that differ ("warning; FA(3): error"). */
    private static String severity(Map<String, Severity> byVersion) {
        Severity first = byVersion.values().iterator().next();
        StringBuilder sb = new StringBuilder(first.name().toLowerCase());
        byVersion.forEach((v, s) -> {
            if (s != first) {
                sb.append("; ").append(v).append(": ").append(s.name().toLowerCase());
            }
        });
        return sb.toString();
    }

    private static String heading(ValidationRule.Category c) {
        switch (c) {
            case STRUCTURE:
                return "Structure (everything the XSD says, enforced by our own code)";
            case BUSINESS:
                return "Business rules (what the XSD cannot express)";
            case XSD:
                return "Official XSD pass (optional: `--schema-dir`)";
            default:
                return "Input (JSON shape, model limits)";
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }

    @Test
    void ruleIdsAreUniqueAndWellFormed() {
        for (InvoiceFormat f : InvoiceMapper.create().formats()) {
            Set<String> ids = new HashSet<>();
            for (ValidationRule r : f.rules()) {
                assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
                assertTrue(r.id().matches("FA-[A-Z]+-\\d{3}"), r.id());
            }
        }
    }

    @Test
    void theCatalogueDocumentListsEveryRuleOfEveryVersion() throws IOException {
        List<InvoiceFormat> formats = InvoiceMapper.create().formats();
        assertEquals(List.of("FA(1)", "FA(2)", "FA(3)"), formats.stream().map(InvoiceFormat::name)
                .collect(java.util.stream.Collectors.toList()));
        String expected = render(formats);
        if (Boolean.getBoolean("rules.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath() + "; run with -Drules.update=true");
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/validation-rules.md is out of date; run with -Drules.update=true");
        for (InvoiceFormat f : formats) {
            for (ValidationRule r : f.rules()) {
                assertTrue(expected.contains("| " + r.id() + " |"), r.id());
            }
        }
    }

    /** Every version has the engine's structural, input and technical rules. */
    @Test
    void everyVersionHasTheStructuralAndTechnicalRules() {
        for (InvoiceFormat f : InvoiceMapper.create().formats()) {
            Set<String> ids = new HashSet<>();
            f.rules().forEach(r -> ids.add(r.id()));
            assertTrue(ids.containsAll(Set.of("FA-STRUCT-001", "FA-STRUCT-014", "FA-JSON-001", "FA-XSD-001",
                    "FA-MODEL-001", "FA-TECH-001", "FA-TECH-002")), f.name() + ": " + ids);
        }
    }
}
