package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the issues of one validation run. */
public final class Issues {
    private final List<ValidationIssue> list = new ArrayList<>();
    private final XmlNode sourceRoot;
    private int structuralErrors;
    private final Set<Object> invalidValues = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> invalidPaths = new HashSet<>();
    private final Map<Object, String> boundNumbers = new IdentityHashMap<>();
    private final List<ModelLimit> modelLimits = new ArrayList<>(0);

    /**
     * A value valid per the schema that the Java model cannot hold.
     *
     * @param path where it is
     * @param what the element (or attribute) and the shortened value, with the reason
     */
    public record ModelLimit(Path path, String what) {
    }

    /**
     * @param sourceRoot the tree read from XML, used to give issues a line and column; {@code null}
     *     when the document did not come from XML
     */
    public Issues(XmlNode sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** Adds an issue with the rule's severity; the location comes from {@code node} if given, else from the path. */
    public void add(ValidationRule rule, Path path, String messageEn, String messagePl, XmlNode node) {
        add(rule, rule.severity(), path, messageEn, messagePl, node);
    }

    /** Adds an issue for a path (the source line is looked up when the document came from XML). */
    public void add(ValidationRule rule, Path path, String messageEn, String messagePl) {
        add(rule, rule.severity(), path, messageEn, messagePl, null);
    }

    /** Adds an issue with an explicit severity. */
    public void add(ValidationRule rule, Severity severity, Path path, String messageEn, String messagePl,
            XmlNode node) {
        XmlNode located = node != null ? node : locate(path);
        Integer line = located != null && located.line() > 0 ? located.line() : null;
        Integer column = located != null && located.column() > 0 ? located.column() : null;
        if (rule.category() == ValidationRule.Category.STRUCTURE && severity == Severity.ERROR) {
            structuralErrors++;
        }
        list.add(new ValidationIssue(rule.id(), severity, path.jsonPointer(), path.xpath(), messageEn, messagePl,
                line, column));
    }

    /**
     * Records that the text of {@code node} (or one of its attributes, {@code attribute} given) is
     * not a valid value of its type. Such values are never bound to the model, so no rule computes
     * with them; {@link #isInvalid(Path)} tells a rule that a value it finds empty was in fact given.
     */
    public void markInvalid(Path path, XmlNode node, XmlNode.Attribute attribute) {
        invalidValues.add(attribute != null ? attribute : node);
        invalidPaths.add(path.xpath());
    }

    /**
     * Records the bounded plain notation of a valid number written with needless zeros (see
     * {@code SimpleType.boundedNumber}): the model is given that instead of the text.
     */
    public void bindNumberAs(XmlNode node, XmlNode.Attribute attribute, String plain) {
        boundNumbers.put(attribute != null ? attribute : node, plain);
    }

    /** The text to bind for {@code node} or one of its attributes instead of what it holds, or {@code null}. */
    public String boundNumber(Object nodeOrAttribute) {
        return boundNumbers.isEmpty() ? null : boundNumbers.get(nodeOrAttribute);
    }

    /** Records a valid value the Java model cannot hold (reported as FA-MODEL-001 by the caller). */
    public void noteModelLimit(Path path, String what) {
        modelLimits.add(new ModelLimit(path, what));
    }

    /** The values noted by {@link #noteModelLimit}. */
    public List<ModelLimit> modelLimits() {
        return modelLimits;
    }

    /** Whether the text of {@code node} was found invalid for its type. */
    public boolean isInvalidText(XmlNode node) {
        return !invalidValues.isEmpty() && invalidValues.contains(node);
    }

    /** Whether {@code attribute} was found invalid for its type. */
    public boolean isInvalidAttribute(XmlNode.Attribute attribute) {
        return !invalidValues.isEmpty() && invalidValues.contains(attribute);
    }

    /** Whether the element or attribute at {@code path} holds a value invalid for its type. */
    public boolean isInvalid(Path path) {
        return !invalidPaths.isEmpty() && invalidPaths.contains(path.xpath());
    }

    /** Whether any value at or below {@code path} is invalid for its type. */
    public boolean hasInvalidUnder(Path path) {
        if (invalidPaths.isEmpty()) {
            return false;
        }
        String prefix = path.xpath();
        for (String p : invalidPaths) {
            if (p.equals(prefix) || p.startsWith(prefix) && (p.charAt(prefix.length()) == '/'
                    || p.charAt(prefix.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a structural error has been added so far. */
    public boolean hasStructuralErrors() {
        return structuralErrors > 0;
    }

    public List<ValidationIssue> list() {
        return list;
    }

    private XmlNode locate(Path path) {
        if (sourceRoot == null) {
            return null;
        }
        List<Path> steps = new ArrayList<>();
        for (Path p = path; p != null; p = p.parent()) {
            steps.add(0, p);
        }
        if (steps.isEmpty() || !steps.get(0).name().equals(sourceRoot.name())) {
            return null;
        }
        XmlNode node = sourceRoot;
        for (int i = 1; i < steps.size(); i++) {
            Path step = steps.get(i);
            int index = step.index();
            XmlNode next = null;
            int seen = 0;
            for (XmlNode c : node.children()) {
                if (c.name().equals(step.name())) {
                    if (seen == index) {
                        next = c;
                        break;
                    }
                    seen++;
                }
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }
}
