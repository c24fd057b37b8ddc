package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue document ({@code docs/validation-rules.md}) is generated from the rules the
 * plug-ins declare, so it cannot drift: this test fails when the file differs from the rendering,
 * and rewrites it when run with {@code -Drules.update=true}.
 */
class RuleCatalogueTest {
    private static final Path DOC = Path.of("..", "docs", "validation-rules.md");

    static String render(InvoiceFormat format) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules: ").append(format.name()).append("\n\n");
        md.append("Generated from the rules `acube-mapping` declares (`InvoiceFormat.rules()`); the test ")
                .append("`RuleCatalogueTest` keeps this file in step. Regenerate with\n")
                .append("`mvn -pl acube-mapping test -Dtest=RuleCatalogueTest -Drules.update=true`.\n\n");
        md.append("Every issue carries the rule id, the severity, a JSON Pointer into A-Cube's JSON, an XPath ")
                .append("into FA XML (with the line and column when the input was XML) and a message in English ")
                .append("and Polish.\n\n");
        md.append("- **error**: the invoice is invalid (KSeF would reject it, or its data contradict each other); ")
                .append("`acube validate` exits with 1.\n");
        md.append("- **warning**: worth a look, but legitimate invoices show it; `acube validate` still exits ")
                .append("with 0.\n\n");
        md.append("Amounts are compared with `BigDecimal`; VAT is rounded half up to 2 places. Tolerances are ")
                .append("those the official samples need: ±0.01 per rate group for `P_13_x` and `P_14_x`, ")
                .append("±0.01 per rate group for `P_15`. Every official FA(1) sample passes with no error; ")
                .append("each carries the warning FA-TECH-002 only.\n\n");
        for (ValidationRule.Category category : ValidationRule.Category.values()) {
            md.append("## ").append(heading(category)).append("\n\n");
            md.append("| Id | Severity | Checks | Sprawdza | Example of a breach |\n");
            md.append("|---|---|---|---|---|\n");
            for (ValidationRule r : format.rules()) {
                if (r.category() != category) {
                    continue;
                }
                md.append("| ").append(r.id()).append(" | ").append(r.severity().name().toLowerCase()).append(" | ")
                        .append(cell(r.titleEn())).append(" | ").append(cell(r.titlePl())).append(" | ")
                        .append(cell(r.example())).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
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
    void theCatalogueDocumentListsEveryRule() throws IOException {
        InvoiceFormat fa1 = InvoiceMapper.create().format("FA(1)").orElseThrow();
        String expected = render(fa1);
        if (Boolean.getBoolean("rules.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath() + "; run with -Drules.update=true");
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/validation-rules.md is out of date; run with -Drules.update=true");
        List<ValidationRule> rules = fa1.rules();
        for (ValidationRule r : rules) {
            assertTrue(expected.contains("| " + r.id() + " |"));
        }
    }
}
