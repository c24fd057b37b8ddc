package io.github.acubepl.mapping.internal.rules;

import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.schema.XsdDecimal;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One document as the business rules see it: the neutral tree read after structural validation,
 * with the facts that differ between versions behind {@link #facts()}.
 *
 * <p>Every reader is total: an absent element, a value the structural check found invalid for its
 * type, or text that is not what the reader expects gives {@code null}, never an exception.
 * Decimals are read through {@link XsdDecimal} and refused beyond {@link #MAX_DIGITS} digits, so no
 * rule ever computes with a number whose size the input chose (issue 7, "numbers that explode").
 */
public final class InvoiceView {
    /** More digits than any amount, rate or count of any FA schema allows (TKwotowy: 18). */
    static final int MAX_DIGITS = 40;
    /** The scale a decimal keeps at most unless more digits are significant (TKwotowy2: 8). */
    private static final int MAX_SCALE = 8;
    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    private final XmlNode root;
    private final FaVersion version;
    private final VersionFacts facts;
    private final FormSchema schema;
    private final Issues issues;
    private final ValidationContext context;
    /** What several rules ask of the whole document, worked out once per run (rules run on one thread). */
    private final Map<Object, Object> once = new HashMap<>();
    private List<XmlNode> lines;

    InvoiceView(XmlNode root, FaVersion version, FormSchema schema, Issues issues, ValidationContext context) {
        this.root = root;
        this.version = version;
        this.facts = VersionFacts.of(version);
        this.schema = schema;
        this.issues = issues;
        this.context = context;
    }

    public FaVersion version() {
        return version;
    }

    /** The facts that differ by version (lines, rate groups, annotations, corrections, payments). */
    public VersionFacts facts() {
        return facts;
    }

    public ValidationContext context() {
        return context;
    }

    /** Today in Poland, by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), POLAND);
    }

    /** The root element {@code Faktura}. */
    public XmlNode root() {
        return root;
    }

    /** {@code Faktura/Fa}, or {@code null}. */
    public XmlNode fa() {
        return root.child("Fa");
    }

    /** The invoice lines, per {@link VersionFacts#lines}. */
    public List<XmlNode> lines() {
        List<XmlNode> l = lines;
        if (l == null) {
            l = facts.lines(this);
            lines = l;
        }
        return l;
    }

    /**
     * A fact about the whole document that several rules need (such as "every line's amounts are
     * readable"), computed on first use and kept for the rest of this run: the tree does not change
     * while the rules read it, and asking again would walk every line again.
     *
     * @param key what is asked, by value (a list of the names it depends on, say)
     * @param compute how to work it out
     * @param <T> the answer's type
     * @return the answer
     */
    @SuppressWarnings("unchecked")
    <T> T once(Object key, Supplier<T> compute) {
        Object known = once.get(key);
        if (known == null) {
            known = compute.get();
            once.put(key, known);
        }
        return (T) known;
    }

    // ------------------------------------------------------------------------------- navigation

    /** The descendant reached through {@code names} (first match at each step), or {@code null}. */
    public static XmlNode at(XmlNode from, String... names) {
        XmlNode n = from;
        for (String name : names) {
            if (n == null) {
                return null;
            }
            n = n.child(name);
        }
        return n;
    }

    /** The children named {@code name} of {@code parent}; empty when {@code parent} is {@code null}. */
    public static List<XmlNode> all(XmlNode parent, String name) {
        return parent == null ? List.of() : parent.children(name);
    }

    // ------------------------------------------------------------------------------- values

    /** Whether the structural check found the text of {@code node} invalid for its type. */
    public boolean invalid(XmlNode node) {
        return node != null && issues.isInvalidText(node);
    }

    /** Whether {@code node} or anything below it holds a value invalid for its type. */
    public boolean invalidUnder(XmlNode node) {
        if (node == null) {
            return false;
        }
        if (issues.isInvalidText(node)) {
            return true;
        }
        for (XmlNode.Attribute a : node.attributes()) {
            if (issues.isInvalidAttribute(a)) {
                return true;
            }
        }
        for (XmlNode c : node.children()) {
            if (invalidUnder(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code node} without surrounding white space, or {@code null} if absent or invalid. */
    public String text(XmlNode node) {
        if (node == null || issues.isInvalidText(node)) {
            return null;
        }
        return node.text().strip();
    }

    /** Whether {@code node} is present with exactly the text {@code value} (white space aside). */
    public boolean is(XmlNode node, String value) {
        return value.equals(text(node));
    }

    /**
     * The decimal value of {@code node}, or {@code null} when it is absent, invalid for its type, not
     * a plain decimal, or longer than {@link #MAX_DIGITS} significant digits. The scale is the written
     * one, capped at 8 digits unless more are significant; costs time linear in the text.
     */
    public BigDecimal decimal(XmlNode node) {
        String t = text(node);
        if (t == null) {
            return null;
        }
        XsdDecimal d = XsdDecimal.parse(t, false);
        if (d == null || d.totalDigits() > MAX_DIGITS) {
            return null;
        }
        return d.toBigDecimal(MAX_SCALE);
    }

    /** Whether {@code node} is present but gives no {@link #decimal}: a rule must not take it for absent. */
    public boolean unreadableNumber(XmlNode node) {
        return node != null && decimal(node) == null;
    }

    /** The canonical form of an integer or decimal, for comparing numbers as keys; {@code null} as {@link #decimal}. */
    public String numberKey(XmlNode node) {
        BigDecimal d = decimal(node);
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    /** The date of {@code node} ({@code YYYY-MM-DD}), or {@code null}. */
    public LocalDate date(XmlNode node) {
        String t = text(node);
        if (t == null || t.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A 1/2 flag ({@code Wybor1_2}): {@code TRUE} for 1, {@code FALSE} for 2, else {@code null}. */
    public Boolean flag(XmlNode node) {
        String t = text(node);
        return "1".equals(t) ? Boolean.TRUE : "2".equals(t) ? Boolean.FALSE : null;
    }

    // ------------------------------------------------------------------------------- paths

    /** The path of {@code node}: an index where the schema makes the element repeatable. */
    public Path path(XmlNode node) {
        List<XmlNode> chain = new ArrayList<>();
        for (XmlNode n = node; n != null; n = n.parent()) {
            chain.add(0, n);
        }
        Path p = Path.root(chain.get(0).name());
        ElementDecl decl = schema.root();
        for (int i = 1; i < chain.size(); i++) {
            XmlNode n = chain.get(i);
            ElementDecl d = decl == null ? null : childDecl(decl, n.name());
            if (d != null && d.repeatable()) {
                p = p.child(n.name(), n.parent().children(n.name()).indexOf(n));
            } else {
                p = p.child(n.name());
            }
            decl = d;
        }
        return p;
    }

    /** The path of the child {@code name} of {@code parent}, present or not (index 0 if repeatable). */
    public Path path(XmlNode parent, String name) {
        Path p = path(parent);
        ElementDecl decl = declOf(parent);
        ElementDecl d = decl == null ? null : childDecl(decl, name);
        if (d != null && d.repeatable()) {
            return p.child(name, 0);
        }
        return p.child(name);
    }

    private ElementDecl declOf(XmlNode node) {
        if (node.parent() == null) {
            return schema.root();
        }
        ElementDecl parent = declOf(node.parent());
        return parent == null ? null : childDecl(parent, node.name());
    }

    private static ElementDecl childDecl(ElementDecl decl, String name) {
        ComplexType ct = decl.complexType();
        return ct == null ? null : ct.element(name);
    }
}
