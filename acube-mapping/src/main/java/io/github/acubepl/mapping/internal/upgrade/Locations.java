package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Path} of a node in a tree of one schema version, indexed where the schema makes an
 * element repeatable. Caches each node's index among its same-name siblings, so that the paths of
 * thousands of lines cost linear time: make a new instance after the tree changes.
 */
final class Locations {
    private final FormSchema schema;
    /** Per node: its index among the same-name children of its parent, and how many there are. */
    private final Map<XmlNode, int[]> siblings = new IdentityHashMap<>();

    Locations(FormSchema schema) {
        this.schema = schema;
    }

    /** The path of {@code node}, or of its attribute {@code attribute} when not {@code null}. */
    Path of(XmlNode node, String attribute) {
        List<XmlNode> chain = new ArrayList<>();
        for (XmlNode n = node; n != null; n = n.parent()) {
            chain.add(0, n);
        }
        Path p = Path.root(chain.get(0).name());
        ElementDecl decl = schema.root();
        for (int i = 1; i < chain.size(); i++) {
            XmlNode n = chain.get(i);
            ComplexType ct = decl == null ? null : decl.complexType();
            ElementDecl d = ct == null ? null : ct.element(n.name());
            int[] at = position(n);
            if (d != null && d.repeatable()) {
                p = p.child(n.name(), at[0]);
            } else {
                p = p.child(n.name(), at[0], false, at[1] > 1);
            }
            decl = d;
        }
        return attribute == null ? p : p.attribute(attribute);
    }

    private int[] position(XmlNode node) {
        int[] known = siblings.get(node);
        if (known != null) {
            return known;
        }
        Map<String, int[]> counts = new HashMap<>();
        List<XmlNode> children = node.parent().children();
        for (XmlNode c : children) {
            int[] count = counts.computeIfAbsent(c.name(), k -> new int[1]);
            siblings.put(c, new int[] {count[0]++, 0});
        }
        for (XmlNode c : children) {
            siblings.get(c)[1] = counts.get(c.name())[0];
        }
        return siblings.get(node);
    }

    /**
     * Inserts {@code child} into {@code parent} at its place in schema order: after every sibling the
     * schema puts before it or at its own place, before the first it puts after.
     */
    static void insertInOrder(XmlNode parent, XmlNode child, FormSchema schema) {
        ElementDecl decl = declOf(parent, schema);
        ComplexType ct = decl == null ? null : decl.complexType();
        int order = ct == null ? -1 : ct.contentModel().order(child.name());
        int at = parent.children().size();
        if (order >= 0) {
            for (int i = 0; i < parent.children().size(); i++) {
                int o = ct.contentModel().order(parent.children().get(i).name());
                if (o > order) {
                    at = i;
                    break;
                }
            }
        }
        parent.insertChild(at, child);
    }

    private static ElementDecl declOf(XmlNode node, FormSchema schema) {
        if (node.parent() == null) {
            return schema.root().name().equals(node.name()) ? schema.root() : null;
        }
        ElementDecl parent = declOf(node.parent(), schema);
        ComplexType ct = parent == null ? null : parent.complexType();
        return ct == null ? null : ct.element(node.name());
    }
}
