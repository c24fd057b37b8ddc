package io.github.acubepl.mapping.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Converts A-Cube JSON into the neutral {@link XmlNode} tree, guided by the schema: keys are
 * element names, {@code "__value"} is simple content, other keys of a simple-content object are
 * attributes, arrays are repeated elements, and children are put in schema order. Missing keys,
 * {@code null} and {@code []} all mean "absent". Nothing is dropped: unknown keys become unknown
 * elements for the validator to report.
 */
public final class JsonTrees {
    /** A problem with the JSON shape itself (rule FA-JSON-001). */
    public record ShapeProblem(Path path, String messageEn, String messagePl) {
    }

    private final FormSchema schema;
    private final List<ShapeProblem> problems;

    private JsonTrees(FormSchema schema, List<ShapeProblem> problems) {
        this.schema = schema;
        this.problems = problems;
    }

    /**
     * Builds the tree of a JSON invoice object; shape problems are added to {@code problems}.
     * Consumes {@code json}: each object and array item is emptied once converted, so that the
     * JSON tree and ours are never both whole in memory (a 16 MiB input in a small heap).
     */
    public static XmlNode toTree(JsonNode json, FormSchema schema, List<ShapeProblem> problems) {
        ElementDecl rootDecl = schema.root();
        JsonNode content = json;
        if (json.size() == 1 && json.has(rootDecl.name()) && json.get(rootDecl.name()).isObject()
                && rootDecl.complexType().element(rootDecl.name()) == null) {
            content = json.get(rootDecl.name());
        }
        XmlNode root = new XmlNode(schema.namespace(), rootDecl.name(), 0, 0);
        root.declareNamespace("", schema.namespace());
        JsonTrees t = new JsonTrees(schema, problems);
        t.fill(root, content, rootDecl, Path.root(rootDecl.name()));
        return root;
    }

    private void fill(XmlNode node, JsonNode value, ElementDecl decl, Path path) {
        if (value.isObject()) {
            ComplexType ct = decl == null ? null : decl.complexType();
            boolean elementOnly = ct != null && ct.particle() != null;
            List<XmlNode> children = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : value.properties()) {
                String key = f.getKey();
                JsonNode v = f.getValue();
                if (v.isNull()) {
                    continue;
                }
                if ("__value".equals(key)) {
                    if (v.isContainerNode()) {
                        problems.add(new ShapeProblem(path.value(), "__value must be a string or a number",
                                "__value musi być tekstem lub liczbą"));
                    } else {
                        node.appendText(scalarText(v));
                    }
                    continue;
                }
                if (JsonNames.isQualifiedAttributeKey(key) && v.isValueNode()) {
                    JsonNames.addQualifiedAttribute(node, key, scalarText(v), schema.namespace());
                    continue;
                }
                boolean declaredAttribute = ct != null && ct.attributes().containsKey(key);
                ElementDecl childDecl = elementOnly ? ct.element(key) : null;
                if (declaredAttribute || (!elementOnly && childDecl == null && v.isValueNode())) {
                    node.addAttribute(new XmlNode.Attribute("", key, scalarText(v)));
                    continue;
                }
                boolean repeatable = childDecl != null && childDecl.repeatable();
                if (v.isArray()) {
                    ArrayNode items = (ArrayNode) v;
                    boolean indexed = repeatable || items.size() > 1;
                    for (int i = 0; i < items.size(); i++) {
                        JsonNode item = items.get(i);
                        Path itemPath = path.child(key, i, indexed, false);
                        if (item.isNull()) {
                            continue;
                        }
                        if (item.isArray()) {
                            problems.add(new ShapeProblem(itemPath, "nested arrays are not allowed",
                                    "zagnieżdżone tablice są niedozwolone"));
                            continue;
                        }
                        children.add(element(key, item, childDecl, itemPath));
                        items.set(i, NullNode.getInstance()); // converted: its JSON may go (see toTree)
                    }
                } else {
                    children.add(element(key, v, childDecl, repeatable ? path.child(key, 0) : path.child(key)));
                }
            }
            if (elementOnly) {
                children.sort(Comparator.comparingInt(c -> {
                    int order = ct.contentModel().order(c.name());
                    return order < 0 ? Integer.MAX_VALUE : order;
                }));
            }
            node.setChildren(children);
            ((ObjectNode) value).removeAll(); // converted: its JSON may go (see toTree)
        } else {
            node.appendText(scalarText(value));
        }
    }

    private XmlNode element(String name, JsonNode value, ElementDecl decl, Path path) {
        XmlNode child = new XmlNode(schema.namespace(), name, 0, 0);
        fill(child, value, decl, path);
        return child;
    }

    private static String scalarText(JsonNode v) {
        if (v.isNumber()) {
            return JsonInput.numberText(v);
        }
        return v.asText();
    }
}
