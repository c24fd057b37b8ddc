package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.ArrayList;
import java.util.List;

/** The {@link Path} of a node in a tree of one schema version, indexed where the schema makes an element repeatable. */
final class Locations {
    private Locations() {
    }

    /** The path of {@code node}, or of its attribute {@code attribute} when not {@code null}. */
    static Path of(XmlNode node, String attribute, FormSchema schema) {
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
            List<XmlNode> same = n.parent().children(n.name());
            int index = indexOf(same, n);
            if (d != null && d.repeatable()) {
                p = p.child(n.name(), index);
            } else {
                p = p.child(n.name(), index, false, same.size() > 1);
            }
            decl = d;
        }
        return attribute == null ? p : p.attribute(attribute);
    }

    private static int indexOf(List<XmlNode> nodes, XmlNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return 0;
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
