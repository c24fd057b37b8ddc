package io.github.acubepl.mapping.internal.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One element of an invoice document, whatever syntax it was read from: name, attributes, direct
 * text and child elements, in document order. This is the neutral form between JSON, FA XML and the
 * JAXB model; it keeps invalid content too, so that validation and conversion see exactly what the
 * input said.
 *
 * <p>Built by one reader (or by the upgrader, internal/upgrade, which rewrites a copy it owns),
 * then only read.
 */
public final class XmlNode {
    /** An attribute: namespace ({@code ""} for none), local name, value. */
    public record Attribute(String namespace, String name, String value) {
    }

    private final String namespace;
    private final String name;
    private final int line;
    private final int column;
    private List<Attribute> attributes = List.of();
    private List<Attribute> namespaceDeclarations = List.of();
    private List<XmlNode> children = List.of();
    /**
     * The text: {@code null} for none, a {@code String} when it came in one piece (the usual case:
     * no copy beyond the reader's), a {@code StringBuilder} while pieces are being added (white space
     * between child elements, say) until {@link #endText()}. One field, not two: a big invoice has
     * hundreds of thousands of nodes.
     */
    private Object text;
    private XmlNode parent;

    public XmlNode(String namespace, String name, int line, int column) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.name = Objects.requireNonNull(name, "name");
        this.line = line;
        this.column = column;
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** Line of the element in the XML source, or 0 when not read from XML. */
    public int line() {
        return line;
    }

    /** Column of the element in the XML source, or 0 when not read from XML. */
    public int column() {
        return column;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The value of an unqualified attribute, or {@code null}. */
    public String attribute(String localName) {
        for (int i = 0; i < attributes.size(); i++) { // indexed: no iterator on the hot paths
            Attribute a = attributes.get(i);
            if (a.namespace().isEmpty() && a.name().equals(localName)) {
                return a.value();
            }
        }
        return null;
    }

    public List<XmlNode> children() {
        return children;
    }

    /** The direct character content (all text between the tags, concatenated). */
    public String text() {
        return text == null ? "" : text.toString();
    }

    /** Whether the element has any character content at all. */
    public boolean hasText() {
        return text != null && ((CharSequence) text).length() > 0;
    }

    public XmlNode parent() {
        return parent;
    }

    /**
     * The namespace declarations made on this element, as attributes whose name is the prefix
     * ({@code ""} for the default namespace) and whose value is the namespace. Kept so that
     * {@code xsi:type} values, which are prefixed names, keep their meaning.
     */
    public List<Attribute> namespaceDeclarations() {
        return namespaceDeclarations;
    }

    public void declareNamespace(String prefix, String namespaceUri) {
        if (namespaceDeclarations.isEmpty()) {
            namespaceDeclarations = new ArrayList<>(2);
        }
        namespaceDeclarations.add(new Attribute("", prefix, namespaceUri));
    }

    /**
     * The namespace bound to {@code prefix} here ({@code ""} for the default namespace), or
     * {@code null} when the prefix is not declared.
     */
    public String namespaceFor(String prefix) {
        if (prefix.equals("xml")) {
            return "http://www.w3.org/XML/1998/namespace";
        }
        for (XmlNode n = this; n != null; n = n.parent) {
            for (Attribute d : n.namespaceDeclarations) {
                if (d.name().equals(prefix)) {
                    return d.value();
                }
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    public void addAttribute(Attribute attribute) {
        if (attributes.isEmpty()) {
            attributes = new ArrayList<>(2);
        }
        attributes.add(attribute);
    }

    public void addChild(XmlNode child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
        child.parent = this;
    }

    /** Replaces the children (used by the JSON reader after ordering them). */
    public void setChildren(List<XmlNode> ordered) {
        children = ordered.isEmpty() ? List.of() : new ArrayList<>(ordered);
        for (XmlNode c : children) {
            c.parent = this;
        }
    }

    /** Replaces the direct character content (the upgrader on a copy it owns; the reader, sharing indentation). */
    public void replaceText(String value) {
        text = Objects.requireNonNull(value, "value");
    }

    /** Sets the unqualified attribute {@code localName} to {@code value}, adding it when absent. */
    public void replaceAttribute(String localName, String value) {
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            if (a.namespace().isEmpty() && a.name().equals(localName)) {
                attributes.set(i, new Attribute("", localName, value));
                return;
            }
        }
        addAttribute(new Attribute("", localName, value));
    }

    /** Inserts {@code child} at {@code index} among the children. */
    public void insertChild(int index, XmlNode child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(index, child);
        child.parent = this;
    }

    /** Removes {@code child} (compared by identity); whether it was a child. */
    public boolean removeChild(XmlNode child) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == child) {
                children.remove(i);
                child.parent = null;
                return true;
            }
        }
        return false;
    }

    public void appendText(CharSequence chars) {
        if (text == null) {
            text = chars.toString();
        } else if (text instanceof StringBuilder) {
            ((StringBuilder) text).append(chars);
        } else {
            String first = (String) text;
            text = new StringBuilder(first.length() + chars.length()).append(first).append(chars);
        }
    }

    public void appendText(char[] chars, int start, int length) {
        if (text == null) {
            text = new String(chars, start, length);
        } else if (text instanceof StringBuilder) {
            ((StringBuilder) text).append(chars, start, length);
        } else {
            String first = (String) text;
            text = new StringBuilder(first.length() + length).append(first).append(chars, start, length);
        }
    }

    /**
     * Joins text that came in several pieces into one string, so that {@link #text()} copies
     * nothing afterwards; the reader calls it when the element ends, before the tree is shared.
     */
    public void endText() {
        if (text instanceof StringBuilder) {
            text = text.toString();
        }
    }

    /** The first child with {@code localName}, or {@code null}. */
    public XmlNode child(String localName) {
        for (int i = 0; i < children.size(); i++) {
            XmlNode c = children.get(i);
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** All children with {@code localName}. */
    public List<XmlNode> children(String localName) {
        List<XmlNode> out = null;
        for (int i = 0; i < children.size(); i++) {
            XmlNode c = children.get(i);
            if (c.name.equals(localName)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(c);
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "XmlNode[" + name + "]";
    }
}
