package io.github.acubepl.mapping.internal.rules;

import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of business rules: one line per family file. The catalogue order is the order of
 * this list and, within a family, the order of the family's {@code RULES}.
 */
public final class BusinessRules {
    /** Every business rule of every version. */
    public static final List<BusinessRule> ALL = concat(
            PartyRules.RULES,
            RegistryRules.RULES,
            DateRules.RULES,
            CurrencyRules.RULES,
            AmountRules.RULES,
            LineRules.RULES,
            AnnotationRules.RULES,
            CorrectionRules.RULES,
            InvoiceKindRules.RULES,
            PaymentRules.RULES,
            AnnotationRulesFa3.RULES,
            LineRulesFa3.RULES,
            InvoiceTypeRulesFa3.RULES,
            PaymentRulesFa3.RULES,
            AttachmentRules.RULES,
            AcceptanceRules.RULES,
            PartyRulesFa3.RULES,
            DateRulesFa3.RULES,
            CurrencyRulesFa3.RULES);

    private BusinessRules() {
    }

    /** The catalogue entries of the rules that apply to {@code version}, with that version's severities. */
    public static List<ValidationRule> definitions(FaVersion version) {
        List<ValidationRule> out = new ArrayList<>();
        for (BusinessRule r : ALL) {
            if (r.appliesTo(version)) {
                out.add(r.definition(version));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Applies the rules of {@code version} to a document that has been through structural
     * validation (whose findings {@code issues} holds: the rules skip values it found invalid).
     *
     * @param root the document's tree
     * @param version its version
     * @param schema its schema encoding (for the paths of issues)
     * @param context clock, registry, target environment
     * @param issues where to report
     */
    public static void check(XmlNode root, FaVersion version, FormSchema schema, ValidationContext context,
            Issues issues) {
        InvoiceView view = new InvoiceView(root, version, schema, issues, context);
        for (BusinessRule r : ALL) {
            if (r.appliesTo(version)) {
                r.check(view, new Reporter(r.definition(version), issues));
            }
        }
    }

    @SafeVarargs
    private static List<BusinessRule> concat(List<BusinessRule>... families) {
        List<BusinessRule> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<BusinessRule> f : families) {
            for (BusinessRule r : f) {
                if (!ids.add(r.id())) {
                    throw new IllegalStateException("duplicate business rule id " + r.id());
                }
                all.add(r);
            }
        }
        return List.copyOf(all);
    }
}
