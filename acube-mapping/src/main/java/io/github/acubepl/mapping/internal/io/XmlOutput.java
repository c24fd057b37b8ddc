package io.github.acubepl.mapping.internal.io;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link XmlNode} tree as indented UTF-8 XML: element-only content on its own lines,
 * text kept exactly (only escaped), the root's namespace as the default namespace.
 */
public final class XmlOutput {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Writer out;

    private XmlOutput(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes {@code root} to {@code stream} (the stream is flushed, not closed). */
    public static void write(XmlNode root, OutputStream stream) {
        XmlOutput w = new XmlOutput(stream);
        try {
            w.out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.element(root, null, 0);
            w.out.write('\n');
            w.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void element(XmlNode node, String inheritedNs, int depth) throws IOException {
        indent(depth);
        out.write('<');
        out.write(node.name());
        if (!node.namespace().equals(inheritedNs == null ? "" : inheritedNs)) {
            out.write(" xmlns=\"");
            attributeText(node, node.namespace());
            out.write('"');
        }
        List<XmlNode.Attribute> declarations = node.namespaceDeclarations();
        for (int i = 0; i < declarations.size(); i++) { // indexed: no iterator per element
            XmlNode.Attribute d = declarations.get(i);
            if (!d.name().isEmpty()) {
                // kept from the input: prefixed names in values (xsi:type) may refer to them
                out.write(" xmlns:" + d.name() + "=\"");
                attributeText(node, d.value());
                out.write('"');
            }
        }
        Map<String, String> generated = null;
        List<XmlNode.Attribute> attributes = node.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            XmlNode.Attribute a = attributes.get(i);
            out.write(' ');
            if (!a.namespace().isEmpty()) {
                String prefix = prefixInScope(node, a.namespace());
                if (prefix == null) {
                    if (generated == null) {
                        generated = new HashMap<>();
                    }
                    prefix = generated.get(a.namespace());
                    if (prefix == null) {
                        prefix = XSI.equals(a.namespace()) && node.namespaceFor("xsi") == null ? "xsi"
                                : freePrefix(node, generated.size());
                        generated.put(a.namespace(), prefix);
                        out.write("xmlns:" + prefix + "=\"");
                        attributeText(node, a.namespace());
                        out.write("\" ");
                    }
                }
                out.write(prefix);
                out.write(':');
            }
            out.write(a.name());
            out.write("=\"");
            attributeText(node, a.value());
            out.write('"');
        }
        if (node.children().isEmpty()) {
            if (!node.hasText()) {
                out.write("/>");
                return;
            }
            out.write('>');
            text(node, node.text());
        } else {
            out.write('>');
            String text = node.text();
            if (!text.isBlank()) {
                text(node, text);
            }
            List<XmlNode> children = node.children();
            for (int i = 0; i < children.size(); i++) {
                out.write('\n');
                element(children.get(i), node.namespace(), depth + 1);
            }
            out.write('\n');
            indent(depth);
        }
        out.write("</");
        out.write(node.name());
        out.write('>');
    }

    /** A prefix declared (here or above) for {@code namespace}, or {@code null}. */
    private static String prefixInScope(XmlNode node, String namespace) {
        for (XmlNode n = node; n != null; n = n.parent()) {
            for (XmlNode.Attribute d : n.namespaceDeclarations()) {
                if (!d.name().isEmpty() && d.value().equals(namespace) && namespace.equals(node.namespaceFor(d.name()))) {
                    return d.name();
                }
            }
        }
        return null;
    }

    private static String freePrefix(XmlNode node, int start) {
        for (int i = start; ; i++) {
            String candidate = "p" + i;
            if (node.namespaceFor(candidate) == null) {
                return candidate;
            }
        }
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void text(XmlNode node, String s) throws IOException {
        escaped(node, s, false);
    }

    private void attributeText(XmlNode node, String s) throws IOException {
        escaped(node, s, true);
    }

    /**
     * Writes {@code s} escaped for element text or for a double-quoted attribute value; carriage
     * returns (and, in attributes, tabs and line feeds) become character references, so a parser
     * reads back exactly {@code s}.
     */
    private void escaped(XmlNode node, String s, boolean attribute) throws IOException {
        check(node, s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&') {
                out.write("&amp;");
            } else if (c == '<') {
                out.write("&lt;");
            } else if (c == '\r') {
                out.write("&#13;");
            } else if (!attribute && c == '>') {
                out.write("&gt;");
            } else if (attribute && c == '"') {
                out.write("&quot;");
            } else if (attribute && c == '\t') {
                out.write("&#9;");
            } else if (attribute && c == '\n') {
                out.write("&#10;");
            } else {
                out.write(c);
            }
        }
    }

    private static void check(XmlNode node, String s) {
        int bad = XmlChars.firstInvalid(s);
        if (bad >= 0) {
            StringBuilder where = new StringBuilder();
            for (XmlNode n = node; n != null; n = n.parent()) {
                where.insert(0, "/" + n.name());
            }
            throw new AcubeMappingException(String.format("character U+%04X in %s cannot be written in XML",
                    (int) s.charAt(bad), where));
        }
    }
}
