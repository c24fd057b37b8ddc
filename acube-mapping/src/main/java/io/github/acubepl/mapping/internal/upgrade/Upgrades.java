package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.UpgradeAnswers;
import io.github.acubepl.mapping.UpgradeEntry;
import io.github.acubepl.mapping.UpgradeEntry.AnsweredBy;
import io.github.acubepl.mapping.UpgradeResult;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.internal.format.Documents;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The upgrade engine behind {@code InvoiceUpgrader}: chains the steps, resolves the decisions, validates the result. */
public final class Upgrades {
    /** An answer that names no decision the invoice needs. */
    public static final String ANSWER_UNUSED = "UPG-ANSWER-001";
    /** An answer that is not among the decision's allowed answers. */
    public static final String ANSWER_NOT_ALLOWED = "UPG-ANSWER-002";

    private static final List<UpgradeStep> STEPS = List.of(Fa2ToFa3.INSTANCE);

    private Upgrades() {
    }

    /** The versions the engine upgrades to FA(3) from, besides FA(3) itself. */
    public static List<String> sources() {
        List<String> out = new ArrayList<>();
        for (UpgradeStep s : STEPS) {
            out.add(s.from());
        }
        return out;
    }

    /**
     * Upgrades {@code document} to {@code target}.
     *
     * @param document the source, of any version
     * @param answers the caller's answers
     * @param target the target plug-in (FA(3))
     * @param context the clock (for defaulted dates) and the validation of the result
     * @param reread reads FA XML with the built-in plug-ins, for a document a foreign plug-in made
     * @return the result
     */
    public static UpgradeResult upgrade(InvoiceDocument document, UpgradeAnswers answers, InvoiceFormat target,
            ValidationContext context, Function<byte[], InvoiceDocument> reread) {
        String from = document.format().name();
        if (from.equals(target.name())) {
            return new UpgradeResult(from, document, List.of(), List.of(), document.validate(context));
        }
        List<UpgradeStep> chain = chain(from, target.name());
        XmlNode tree = Documents.tree(document);
        if (tree == null) {
            document = reread.apply(document.toXml());
            tree = Documents.tree(document);
        }
        FormSchema sourceSchema = Documents.schema(document.format());
        FormSchema targetSchema = Documents.schema(target);
        if (tree == null || sourceSchema == null || targetSchema == null) {
            throw new AcubeMappingException("cannot upgrade a " + from + " document to " + target.name()
                    + " outside the built-in plug-ins");
        }
        AnswerBook book = new AnswerBook(answers);
        List<UpgradeEntry> entries = new ArrayList<>();
        List<Rewrite> rewrites = new ArrayList<>();
        List<List<UpgradeEntry>> owns = new ArrayList<>();
        XmlNode current = tree;
        for (UpgradeStep step : chain) {
            // part 2: an FA(1) → FA(2) step before this one needs the FA(2) schema here, and its target
            // locations become the next step's source locations
            Map<XmlNode, XmlNode> origin = new IdentityHashMap<>();
            boolean[] schemaLocation = new boolean[1];
            XmlNode copy = copy(current, step, origin, schemaLocation);
            Rewrite rw = new Rewrite(current, sourceSchema, targetSchema, copy, origin, context.clock(), book);
            rw.record(step.namespaceRule(), current, null, copy, null, step.toNamespace(),
                    "the namespace " + step.fromNamespace() + " became " + step.toNamespace()
                            + (schemaLocation[0] ? ", and so did xsi:schemaLocation" : ""),
                    "przestrzeń nazw " + step.fromNamespace() + " zmieniono na " + step.toNamespace()
                            + (schemaLocation[0] ? ", tak samo xsi:schemaLocation" : ""));
            step.apply(rw);
            List<UpgradeEntry> own = rw.entries();
            entries.addAll(own);
            rewrites.add(rw);
            owns.add(own);
            current = copy;
        }
        List<ValidationIssue> issues = new ArrayList<>();
        for (int r = 0; r < rewrites.size(); r++) {
            Rewrite rw = rewrites.get(r);
            List<UpgradeEntry> own = owns.get(r);
            for (int i = 0; i < own.size(); i++) {
                Rewrite.Change c = rw.changes().get(i);
                if (!Rewrite.isDecision(c)) {
                    continue;
                }
                UpgradeEntry e = own.get(i);
                if (book.refused.containsKey(c)) {
                    String given = book.refused.get(c);
                    issues.add(issue(ANSWER_NOT_ALLOWED, e.targetPointer(), e.targetXpath(),
                            "the answer '" + Text.shorten(given) + "' to " + c.rule.id() + " at " + e.sourceXpath()
                                    + " is not one of " + String.join(", ", c.allowed),
                            "odpowiedź '" + Text.shorten(given) + "' na " + c.rule.id() + " w " + e.sourceXpath()
                                    + " nie jest jedną z: " + String.join(", ", c.allowed)));
                } else if (c.answer == null) {
                    issues.add(issue(c.rule.id(), e.targetPointer(), e.targetXpath(),
                            "open decision at " + e.sourceXpath() + ": " + c.messageEn,
                            "nierozstrzygnięta decyzja w " + e.sourceXpath() + ": " + c.messagePl));
                }
            }
        }
        book.unused(issues);
        InvoiceDocument upgraded = Documents.built(target, current);
        return new UpgradeResult(from, upgraded, entries, issues, upgraded.validate(context));
    }

    private static ValidationIssue issue(String rule, String pointer, String xpath, String en, String pl) {
        return new ValidationIssue(rule, Severity.ERROR, pointer, xpath, en, pl, null, null);
    }

    private static List<UpgradeStep> chain(String from, String to) {
        List<UpgradeStep> chain = new ArrayList<>();
        String at = from;
        Set<String> seen = new HashSet<>();
        while (!at.equals(to)) {
            UpgradeStep next = null;
            for (UpgradeStep s : STEPS) {
                if (s.from().equals(at)) {
                    next = s;
                }
            }
            if (next == null || !seen.add(at)) {
                throw new AcubeMappingException("no upgrade from " + from + " to " + to + " (yet); known: "
                        + describe());
            }
            chain.add(next);
            at = next.to();
        }
        return chain;
    }

    private static String describe() {
        List<String> out = new ArrayList<>();
        for (UpgradeStep s : STEPS) {
            out.add(s.from() + " -> " + s.to());
        }
        return String.join(", ", out);
    }

    /** A copy of {@code node} in the step's target namespace; records copy → source in {@code origin}. */
    private static XmlNode copy(XmlNode node, UpgradeStep step, Map<XmlNode, XmlNode> origin,
            boolean[] schemaLocation) {
        String ns = node.namespace().equals(step.fromNamespace()) ? step.toNamespace() : node.namespace();
        XmlNode copy = new XmlNode(ns, node.name(), 0, 0);
        origin.put(copy, node);
        for (XmlNode.Attribute d : node.namespaceDeclarations()) {
            copy.declareNamespace(d.name(), d.value().equals(step.fromNamespace()) ? step.toNamespace() : d.value());
        }
        for (XmlNode.Attribute a : node.attributes()) {
            if (a.namespace().equals("http://www.w3.org/2001/XMLSchema-instance") && a.name().equals("schemaLocation")
                    && a.value().contains(step.fromNamespace())) {
                copy.addAttribute(new XmlNode.Attribute(a.namespace(), a.name(), a.value()
                        .replace(step.fromSchemaUrl(), step.toSchemaUrl())
                        .replace(step.fromNamespace(), step.toNamespace())));
                schemaLocation[0] = true;
            } else {
                copy.addAttribute(a);
            }
        }
        if (node.hasText()) {
            copy.appendText(node.text());
        }
        for (XmlNode child : node.children()) {
            copy.addChild(copy(child, step, origin, schemaLocation));
        }
        return copy;
    }

    /** The caller's answers, and which of them a decision used. */
    private static final class AnswerBook implements Rewrite.Answering {
        private final UpgradeAnswers answers;
        private final Set<String> usedRules = new HashSet<>();
        private final Set<String> usedLocations = new HashSet<>();
        final Map<Rewrite.Change, String> refused = new LinkedHashMap<>();

        AnswerBook(UpgradeAnswers answers) {
            this.answers = answers;
        }

        @Override
        public void resolve(Rewrite.Change c, Path targetPath, Supplier<UpgradeEntry> question) {
            String rule = c.rule.id();
            usedRules.add(rule);
            String given = null;
            AnsweredBy by = AnsweredBy.NONE;
            Map<String, String> located = answers.locationAnswers().getOrDefault(rule, Map.of());
            for (String location : List.of(c.sourcePath.jsonPointer(), c.sourcePath.xpath(), targetPath.jsonPointer(),
                    targetPath.xpath())) {
                if (located.containsKey(location)) {
                    given = located.get(location);
                    usedLocations.add(rule + "\u0000" + location);
                    by = AnsweredBy.LOCATION;
                    break;
                }
            }
            if (given == null && answers.ruleAnswers().containsKey(rule)) {
                given = answers.ruleAnswers().get(rule);
                by = AnsweredBy.RULE;
            }
            if (given == null && answers.policy().isPresent()) {
                Optional<String> p = Rewrite.policyAnswer(answers, question.get());
                if (p.isPresent()) {
                    given = p.get();
                    by = AnsweredBy.POLICY;
                }
            }
            if (given == null) {
                return;
            }
            if (c.allowed.contains(given.strip())) {
                c.answer = given.strip();
                c.answeredBy = by;
            } else {
                refused.put(c, given);
            }
        }

        void unused(List<ValidationIssue> issues) {
            for (String rule : answers.ruleAnswers().keySet()) {
                if (!usedRules.contains(rule)) {
                    issues.add(issue(ANSWER_UNUSED, "", "/Faktura", "an answer for " + Text.shorten(rule)
                                    + " names no decision this invoice needs",
                            "odpowiedź dla " + Text.shorten(rule) + " nie dotyczy żadnej decyzji tej faktury"));
                }
            }
            answers.locationAnswers().forEach((rule, located) -> {
                for (String location : located.keySet()) {
                    if (!usedLocations.contains(rule + "\u0000" + location)) {
                        issues.add(issue(ANSWER_UNUSED, "", "/Faktura", "an answer for " + Text.shorten(rule)
                                        + " at " + Text.shorten(location, 200)
                                        + " names no decision this invoice needs there",
                                "odpowiedź dla " + Text.shorten(rule) + " w " + Text.shorten(location, 200)
                                        + " nie dotyczy żadnej decyzji tej faktury w tym miejscu"));
                    }
                }
            });
        }
    }
}
