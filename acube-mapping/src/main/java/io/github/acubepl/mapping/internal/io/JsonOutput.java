package io.github.acubepl.mapping.internal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.acubepl.mapping.internal.schema.AttributeDecl;
import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.schema.SimpleType;
import io.github.acubepl.mapping.internal.schema.WhiteSpace;
import io.github.acubepl.mapping.internal.schema.XsdDecimal;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the neutral tree as JSON in A-Cube's convention: keys in schema order, every repeatable
 * element as an array (empty ones included), {@code "__value"} plus attributes for simple content
 * with attributes, non-enumerated numbers as JSON numbers, everything else as strings.
 */
public final class JsonOutput {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonGenerator g;

    private JsonOutput(JsonGenerator g) {
        this.g = g;
    }

    /** Writes the document rooted at {@code root} (the root element itself has no key). */
    public static void write(XmlNode root, FormSchema schema, OutputStream out) {
        try (JsonGenerator g = JsonInput.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
            new JsonOutput(g).value(root, schema.root());
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(XmlNode node, ElementDecl decl) throws IOException {
        ComplexType ct = decl == null ? null : decl.complexType();
        if (ct != null && ct.particle() != null) {
            object(node, ct);
            return;
        }
        SimpleType type = decl == null ? null : decl.textType();
        boolean plain = node.attributes().isEmpty() && node.children().isEmpty();
        if (plain && (ct == null || ct.attributes().isEmpty())) {
            scalar(node.text(), type);
            return;
        }
        g.writeStartObject();
        g.writeFieldName("__value");
        scalar(node.text(), type);
        attributes(node, ct);
        writeChildren(node, null);
        g.writeEndObject();
    }

    private void object(XmlNode node, ComplexType ct) throws IOException {
        g.writeStartObject();
        attributes(node, ct);
        writeChildren(node, ct);
        if (!isXmlBlank(node.text())) {
            g.writeStringField("__value", node.text());
        }
        g.writeEndObject();
    }

    private void attributes(XmlNode node, ComplexType ct) throws IOException {
        if (ct != null) {
            for (AttributeDecl a : ct.attributes().values()) {
                String v = node.attribute(a.name());
                if (v != null) {
                    g.writeStringField(a.name(), v);
                }
            }
        }
        for (XmlNode.Attribute a : node.attributes()) {
            if (!a.namespace().isEmpty()) {
                g.writeStringField(JsonNames.attributeKey(a.namespace(), a.name()), JsonNames.attributeValue(node, a));
            } else if (ct == null || !ct.attributes().containsKey(a.name())) {
                g.writeStringField(a.name(), a.value());
            }
        }
    }

    private void writeChildren(XmlNode node, ComplexType ct) throws IOException {
        Map<String, List<XmlNode>> groups = new LinkedHashMap<>();
        for (XmlNode c : node.children()) {
            groups.computeIfAbsent(c.name(), k -> new ArrayList<>(1)).add(c);
        }
        if (ct != null) {
            for (ElementDecl d : ct.contentModel().declarations()) {
                List<XmlNode> items = groups.remove(d.name());
                if (d.repeatable()) {
                    g.writeArrayFieldStart(d.name());
                    if (items != null) {
                        for (XmlNode item : items) {
                            value(item, d);
                        }
                    }
                    g.writeEndArray();
                } else if (items != null) {
                    group(d.name(), items, d);
                }
            }
        }
        for (Map.Entry<String, List<XmlNode>> e : groups.entrySet()) {
            group(e.getKey(), e.getValue(), null);
        }
    }

    private void group(String name, List<XmlNode> items, ElementDecl decl) throws IOException {
        g.writeFieldName(name);
        if (items.size() == 1) {
            value(items.get(0), decl);
        } else {
            g.writeStartArray();
            for (XmlNode item : items) {
                value(item, decl);
            }
            g.writeEndArray();
        }
    }

    private void scalar(String text, SimpleType type) throws IOException {
        if (type != null && type.jsonNumber()) {
            String collapsed = WhiteSpace.COLLAPSE.apply(text);
            if (JSON_NUMBER.matcher(collapsed).matches()) {
                g.writeNumber(collapsed);
                return;
            }
            boolean integer = type.builtin().family() == io.github.acubepl.mapping.internal.schema.XsdBuiltin.Family.INTEGER;
            XsdDecimal decimal = XsdDecimal.parse(collapsed, integer);
            if (decimal != null) {
                g.writeNumber(decimal.plain(Integer.MAX_VALUE)); // as written, in JSON's notation
                return;
            }
        }
        g.writeString(text);
    }

    /** XSD whitespace only (space, tab, CR, LF): other Unicode spaces count as text. */
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
