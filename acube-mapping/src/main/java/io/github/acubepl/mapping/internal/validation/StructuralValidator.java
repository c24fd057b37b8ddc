package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.internal.io.XmlChars;
import io.github.acubepl.mapping.internal.schema.AttributeDecl;
import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ContentModel;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.schema.Matchers;
import io.github.acubepl.mapping.internal.schema.SimpleType;
import io.github.acubepl.mapping.internal.schema.SimpleTypeViolation;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.schema.XsdDecimal;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document tree against our encoding of a schema, with the XSD's semantics: content models
 * (order, choices, occurrences), attributes, simple-type facets, fixed and default values. One
 * pass, linear in the size of the document.
 */
public final class StructuralValidator {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final FormSchema schema;
    private final Issues issues;
    private final Matchers matchers = new Matchers();

    private StructuralValidator(FormSchema schema, Issues issues) {
        this.schema = schema;
        this.issues = issues;
    }

    /** Validates the document rooted at {@code root}. */
    public static void validate(XmlNode root, FormSchema schema, Issues issues) {
        StructuralValidator v = new StructuralValidator(schema, issues);
        ElementDecl rootDecl = schema.root();
        Path path = Path.root(root.name());
        if (!root.name().equals(rootDecl.name()) || !root.namespace().equals(schema.namespace())) {
            issues.add(StructureRules.ROOT, path,
                    "the root element is {" + root.namespace() + "}" + root.name() + "; expected {"
                            + schema.namespace() + "}" + rootDecl.name(),
                    "elementem głównym jest {" + root.namespace() + "}" + root.name() + "; oczekiwano {"
                            + schema.namespace() + "}" + rootDecl.name(), root);
            return;
        }
        v.element(root, rootDecl, path);
    }

    private void element(XmlNode node, ElementDecl decl, Path path) {
        Object type = decl.complexType() != null ? decl.complexType() : decl.simpleType();
        String xsiType = xsiType(node);
        if (xsiType != null) {
            Object substitute = substitute(node, xsiType, type, path);
            if (substitute != null) {
                type = substitute;
            }
        }
        ComplexType ct = type instanceof ComplexType ? (ComplexType) type : null;
        attributes(node, ct, path);
        if (ct != null && ct.particle() != null) {
            elementOnlyContent(node, ct, path);
        } else {
            simpleContent(node, decl, ct, ct != null ? ct.simpleContent() : (SimpleType) type, path);
        }
    }

    private static String xsiType(XmlNode node) {
        if (node.attributes().isEmpty()) {
            return null; // most elements: no iterator either
        }
        for (XmlNode.Attribute a : node.attributes()) {
            if (XSI.equals(a.namespace()) && a.name().equals("type")) {
                return a.value();
            }
        }
        return null;
    }

    /**
     * The type an {@code xsi:type} attribute names, if the schema has it and it may stand for the
     * declared type; otherwise reports why and returns {@code null}.
     */
    private Object substitute(XmlNode node, String value, Object declared, Path path) {
        String qname = io.github.acubepl.mapping.internal.schema.WhiteSpace.COLLAPSE.apply(value);
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = qname.substring(colon + 1);
        Path ap = path.attribute("type");
        if (!isNcName(local) || (colon >= 0 && !isNcName(prefix))) {
            issues.add(StructureRules.ATTRIBUTE, ap, "xsi:type '" + Text.shorten(value) + "' is not a qualified name",
                    "xsi:type '" + Text.shorten(value) + "' nie jest nazwą kwalifikowaną", node);
            return null;
        }
        String ns = node.namespaceFor(prefix);
        Object type = ns == null ? null : schema.namedType(ns, local);
        if (type == null) {
            issues.add(StructureRules.ATTRIBUTE, ap, "xsi:type '" + qname + "' names no type of this schema",
                    "xsi:type '" + qname + "' nie wskazuje typu z tego schematu", node);
            return null;
        }
        if (!FormSchema.validlyDerived(type, declared)) {
            issues.add(StructureRules.ATTRIBUTE, ap,
                    "xsi:type '" + qname + "' is not derived from the declared type of " + node.name(),
                    "xsi:type '" + qname + "' nie jest wyprowadzony z zadeklarowanego typu " + node.name(), node);
            return null;
        }
        return type;
    }

    private static boolean isNcName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? Character.isLetter(cp) || cp == '_'
                    : Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.'
                            || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                            || Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0xB7;
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private void attributes(XmlNode node, ComplexType ct, Path path) {
        Map<String, AttributeDecl> declared = ct == null ? Map.of() : ct.attributes();
        if (node.attributes().isEmpty() && declared.isEmpty()) {
            return; // most elements: nothing to check, and no iterators to make
        }
        for (XmlNode.Attribute a : node.attributes()) {
            Path ap = path.attribute(a.name());
            if (XSI.equals(a.namespace())) {
                if (a.name().equals("schemaLocation") || a.name().equals("noNamespaceSchemaLocation")
                        || a.name().equals("type")) {
                    continue; // xsi:type is checked with the element's type
                }
                issues.add(StructureRules.ATTRIBUTE, ap,
                        "attribute xsi:" + a.name() + " is not allowed on " + node.name(),
                        "atrybut xsi:" + a.name() + " jest niedozwolony w " + node.name(), node);
                continue;
            }
            AttributeDecl d = a.namespace().isEmpty() ? declared.get(a.name()) : null;
            if (d == null) {
                String shown = a.namespace().isEmpty() ? a.name() : "{" + a.namespace() + "}" + a.name();
                issues.add(StructureRules.ATTRIBUTE, ap, "attribute " + shown + " is not allowed on " + node.name(),
                        "atrybut " + shown + " jest niedozwolony w " + node.name(), node);
                continue;
            }
            if (!checkChars(a.value(), ap, node)) {
                issues.markInvalid(ap, node, a);
                continue;
            }
            SimpleTypeViolation violation = d.type().check(a.value(), matchers);
            if (violation != null) {
                facet(violation, ap, "attribute " + a.name(), "atrybut " + a.name(), node);
                issues.markInvalid(ap, node, a);
                continue;
            }
            String bounded = d.type().boundedNumber(a.value());
            if (bounded != null) {
                issues.bindNumberAs(node, a, bounded);
            }
            String unheld = ModelLimits.problem(d.type(), a.value());
            if (unheld != null) {
                issues.noteModelLimit(ap, "attribute " + a.name() + " of " + node.name() + ": " + unheld);
            }
            if (d.fixed() != null && !d.type().normalize(a.value()).equals(d.fixed())) {
                issues.add(StructureRules.FIXED, ap,
                        "attribute " + a.name() + " must be '" + d.fixed() + "', not '" + Text.shorten(a.value()) + "'",
                        "atrybut " + a.name() + " musi mieć wartość '" + d.fixed() + "', a nie '"
                                + Text.shorten(a.value()) + "'", node);
            }
        }
        for (AttributeDecl d : declared.values()) {
            if (d.required() && node.attribute(d.name()) == null) {
                issues.add(StructureRules.REQUIRED, path.attribute(d.name()),
                        "required attribute " + d.name() + " is missing on " + node.name(),
                        "brak wymaganego atrybutu " + d.name() + " w " + node.name(), node);
            }
        }
    }

    private void elementOnlyContent(XmlNode node, ComplexType ct, Path path) {
        String text = node.text();
        if (!isXmlBlank(text)) {
            issues.add(StructureRules.CONTENT, path,
                    node.name() + " may contain only elements, not text ('" + Text.shorten(text.strip()) + "')",
                    node.name() + " może zawierać tylko elementy, a nie tekst ('" + Text.shorten(text.strip()) + "')",
                    node);
        }
        List<XmlNode> children = node.children();
        SiblingCounts siblings = new SiblingCounts(children);
        ContentModel.Matcher matcher = ct.contentModel().matcher();
        List<ContentModel.Problem> problems = new ArrayList<>(0);
        for (int i = 0; i < children.size(); i++) {
            XmlNode child = children.get(i);
            int index = siblings.index(i);
            boolean sameNamespace = child.namespace().equals(schema.namespace());
            ElementDecl childDecl = null;
            if (sameNamespace) {
                childDecl = matcher.next(child.name(), problems);
            } else {
                problems.add(new ContentModel.Problem(ContentModel.Problem.Kind.UNKNOWN, child.name(), List.of(),
                        List.of(), 0));
            }
            boolean repeatable = childDecl != null && childDecl.repeatable();
            Path childPath = path.child(child.name(), index, repeatable, siblings.duplicated(i));
            report(problems, node, child, childPath, path);
            if (childDecl != null) {
                element(child, childDecl, childPath);
            }
        }
        matcher.end(problems);
        report(problems, node, null, null, path);
    }

    /**
     * For each child, its index among the siblings of its name and whether that name occurs more
     * than once. Most elements have a handful of children: those are counted by scanning, with no
     * map and no boxed counts; a long list (invoice lines) gets one map.
     */
    private static final class SiblingCounts {
        private static final int SCAN = 16;
        private final List<XmlNode> children;
        private final int[] index;
        private final Map<String, int[]> totals;

        SiblingCounts(List<XmlNode> children) {
            this.children = children;
            if (children.size() <= SCAN) {
                index = null;
                totals = null;
                return;
            }
            index = new int[children.size()];
            totals = new HashMap<>();
            for (int i = 0; i < children.size(); i++) {
                int[] total = totals.computeIfAbsent(children.get(i).name(), k -> new int[1]);
                index[i] = total[0]++;
            }
        }

        int index(int i) {
            if (index != null) {
                return index[i];
            }
            String name = children.get(i).name();
            int n = 0;
            for (int j = 0; j < i; j++) {
                if (children.get(j).name().equals(name)) {
                    n++;
                }
            }
            return n;
        }

        boolean duplicated(int i) {
            String name = children.get(i).name();
            if (totals != null) {
                return totals.get(name)[0] > 1;
            }
            for (int j = 0; j < children.size(); j++) {
                if (j != i && children.get(j).name().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void report(List<ContentModel.Problem> problems, XmlNode parent, XmlNode child, Path childPath,
            Path parentPath) {
        if (problems.isEmpty()) {
            return;
        }
        for (ContentModel.Problem p : problems) {
            String where = parent.name();
            switch (p.kind()) {
                case MISSING:
                    for (ElementDecl m : p.missing()) {
                        Path mp = m.repeatable() ? parentPath.child(m.name(), 0) : parentPath.child(m.name());
                        issues.add(StructureRules.REQUIRED, mp,
                                "required element " + m.name() + " is missing in " + where,
                                "brak wymaganego elementu " + m.name() + " w " + where, child != null ? child : parent);
                    }
                    break;
                case MISSING_ONE_OF: {
                    String names = names(p.missing());
                    Path mp = p.missing().isEmpty() ? parentPath : parentPath.child(p.missing().get(0).name());
                    issues.add(StructureRules.REQUIRED, mp, "one of the elements " + names + " is required in " + where,
                            "wymagany jest jeden z elementów " + names + " w " + where, child != null ? child : parent);
                    break;
                }
                case UNKNOWN: {
                    String shown = child.namespace().equals(schema.namespace()) ? child.name()
                            : "{" + child.namespace() + "}" + child.name();
                    issues.add(StructureRules.UNKNOWN, childPath,
                            "element " + shown + " is not allowed in " + where + expected(p.expected()),
                            "element " + shown + " jest niedozwolony w " + where + expectedPl(p.expected()), child);
                    break;
                }
                case MISPLACED:
                    issues.add(StructureRules.MISPLACED, childPath,
                            "element " + child.name() + " is not allowed at this position in " + where
                                    + " (wrong order, or excluded by an alternative)" + expected(p.expected()),
                            "element " + child.name() + " jest niedozwolony w tym miejscu w " + where
                                    + " (zła kolejność lub wykluczająca się alternatywa)" + expectedPl(p.expected()),
                            child);
                    break;
                case TOO_MANY:
                    issues.add(StructureRules.OCCURS, childPath,
                            "element " + p.name() + " occurs more than " + p.limit() + " time(s) in " + where,
                            "element " + p.name() + " występuje więcej niż " + p.limit() + " raz(y) w " + where,
                            child);
                    break;
                case TOO_FEW:
                    issues.add(StructureRules.OCCURS, parentPath.child(p.name(), 0),
                            "element " + p.name() + " must occur at least " + p.limit() + " times in " + where,
                            "element " + p.name() + " musi wystąpić co najmniej " + p.limit() + " razy w " + where,
                            parent);
                    break;
                default:
                    throw new IllegalStateException(p.kind().toString());
            }
        }
        problems.clear();
    }

    private static String names(List<ElementDecl> decls) {
        List<String> n = new ArrayList<>();
        for (ElementDecl d : decls) {
            n.add(d.name());
        }
        return String.join(", ", n);
    }

    private static String expected(List<String> names) {
        return names.isEmpty() ? "; no further element is allowed here"
                : "; expected " + (names.size() == 1 ? "" : "one of ") + String.join(", ", names);
    }

    private static String expectedPl(List<String> names) {
        return names.isEmpty() ? "; w tym miejscu nie jest dozwolony żaden kolejny element"
                : "; oczekiwano " + (names.size() == 1 ? "" : "jednego z: ") + String.join(", ", names);
    }

    private void simpleContent(XmlNode node, ElementDecl decl, ComplexType ct, SimpleType type, Path path) {
        if (!node.children().isEmpty()) {
            issues.add(StructureRules.CONTENT, path.child(node.children().get(0).name()),
                    node.name() + " may contain only text, not elements",
                    node.name() + " może zawierać tylko tekst, a nie elementy", node.children().get(0));
            return;
        }
        Path valuePath = ct != null && !ct.attributes().isEmpty() ? path.value() : path;
        String raw = node.text();
        if (!node.hasText()) {
            if (decl.fixed() != null) {
                raw = decl.fixed();
            } else if (decl.defaultValue() != null) {
                raw = decl.defaultValue();
            }
        }
        if (!checkChars(raw, valuePath, node)) {
            issues.markInvalid(path, node, null);
            return;
        }
        SimpleTypeViolation violation = type.check(raw, matchers);
        if (violation != null) {
            facet(violation, valuePath, node.name(), node.name(), node);
            issues.markInvalid(path, node, null);
            return;
        }
        String bounded = node.hasText() ? type.boundedNumber(raw) : null;
        if (bounded != null) {
            issues.bindNumberAs(node, null, bounded);
        }
        String unheld = node.hasText() ? ModelLimits.problem(type, raw) : null;
        if (unheld != null) {
            issues.noteModelLimit(valuePath, node.name() + ": " + unheld);
        }
        if (decl.fixed() != null && !sameValue(type, raw, decl.fixed())) {
            issues.add(StructureRules.FIXED, valuePath,
                    node.name() + " must be '" + decl.fixed() + "', not '" + Text.shorten(raw) + "'",
                    node.name() + " musi mieć wartość '" + decl.fixed() + "', a nie '" + Text.shorten(raw) + "'", node);
        }
    }

    private static boolean sameValue(SimpleType type, String raw, String fixed) {
        String a = type.normalize(raw);
        String b = type.normalize(fixed);
        if (type.builtin() != null && type.builtin().family().numeric()) {
            XsdDecimal x = XsdDecimal.parse(a, false);
            XsdDecimal y = XsdDecimal.parse(b, false);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private boolean checkChars(String value, Path path, XmlNode node) {
        int bad = XmlChars.firstInvalid(value);
        if (bad < 0) {
            int discouraged = TechnicalRules.firstDiscouraged(value);
            if (discouraged >= 0) {
                String code = String.format("U+%04X", discouraged);
                issues.add(TechnicalRules.TECH_001, path, node.name() + " contains the discouraged character " + code,
                        node.name() + " zawiera niezalecany znak " + code, node);
            }
            return true;
        }
        String code = String.format("U+%04X", (int) value.charAt(bad));
        issues.add(StructureRules.CONTENT, path, "character " + code + " is not allowed in XML",
                "znak " + code + " jest niedozwolony w XML", node);
        return false;
    }

    private void facet(SimpleTypeViolation v, Path path, String subjectEn, String subjectPl, XmlNode node) {
        issues.add(StructureRules.forFacet(v.facet()), path, subjectEn + ": " + v.messageEn(),
                subjectPl + ": " + v.messagePl(), node);
    }

    static boolean isXmlBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
