package io.github.acubepl.mapping.internal.io;

import io.github.acubepl.mapping.internal.tree.XmlNode;

/**
 * How attributes in a namespace travel through JSON, where A-Cube's convention has no namespaces:
 * {@code xsi:…} keys for the XML Schema instance attributes ({@code xsi:schemaLocation},
 * {@code xsi:type}), {@code {namespace}name} keys for any other; the prefixed name in an
 * {@code xsi:type} value is written as {@code {namespace}name}, so it keeps its meaning without the
 * prefix declarations of the XML.
 */
final class JsonNames {
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private JsonNames() {
    }

    static String attributeKey(String namespace, String name) {
        return XSI.equals(namespace) ? "xsi:" + name : "{" + namespace + "}" + name;
    }

    /** The value to write for a namespaced attribute: an xsi:type name resolved to {namespace}name. */
    static String attributeValue(XmlNode node, XmlNode.Attribute a) {
        if (!XSI.equals(a.namespace()) || !a.name().equals("type")) {
            return a.value();
        }
        String qname = a.value().strip();
        int colon = qname.indexOf(':');
        String ns = node.namespaceFor(colon < 0 ? "" : qname.substring(0, colon));
        return ns == null ? a.value() : "{" + ns + "}" + qname.substring(colon + 1);
    }

    static boolean isQualifiedAttributeKey(String key) {
        return key.startsWith("xsi:") || key.startsWith("{") && key.indexOf('}') > 0;
    }

    /** Adds the attribute a qualified key stands for, declaring a prefix for an xsi:type name. */
    static void addQualifiedAttribute(XmlNode node, String key, String value, String defaultNamespace) {
        String namespace;
        String name;
        if (key.startsWith("xsi:")) {
            namespace = XSI;
            name = key.substring(4);
        } else {
            namespace = key.substring(1, key.indexOf('}'));
            name = key.substring(key.indexOf('}') + 1);
        }
        String v = value;
        if (XSI.equals(namespace) && name.equals("type") && v.startsWith("{") && v.indexOf('}') > 0) {
            String typeNamespace = v.substring(1, v.indexOf('}'));
            String local = v.substring(v.indexOf('}') + 1);
            if (typeNamespace.equals(defaultNamespace)) {
                v = local;
            } else {
                String prefix = "ns" + node.namespaceDeclarations().size();
                node.declareNamespace(prefix, typeNamespace);
                v = prefix + ":" + local;
            }
        }
        node.addAttribute(new XmlNode.Attribute(namespace, name, v));
    }
}
