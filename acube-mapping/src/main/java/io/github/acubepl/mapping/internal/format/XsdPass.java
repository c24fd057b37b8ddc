package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.mapping.internal.validation.StructureRules;
import java.util.HashMap;
import java.util.Map;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The optional pass with the official XSD files ({@link CompiledSchema}): the document tree is fed
 * to the JDK validator as SAX events, so each error is reported at the element being validated,
 * for XML and JSON input alike.
 */
final class XsdPass {
    private XsdPass() {
    }

    /** Validates the tree with the official schema; each error becomes an FA-XSD-001 issue. */
    static void validate(XmlNode root, FormSchema formSchema, java.nio.file.Path mainXsd, Issues issues) {
        CompiledSchema schema = CompiledSchema.load(mainXsd);
        Path[] current = {Path.root(root.name())};
        XmlNode[] currentNode = {root};
        schema.withValidatorHandler(handler -> {
            handler.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings of the JDK validator are not verdicts
                }

                @Override
                public void error(SAXParseException e) {
                    add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    add(e.getMessage());
                }

                private void add(String message) {
                    String m = message == null ? "rejected" : message;
                    issues.add(StructureRules.XSD, current[0], "official XSD: " + m,
                            "oficjalny schemat XSD odrzuca dokument: " + m, currentNode[0]);
                }
            });
            try {
                handler.startDocument();
                feed(root, formSchema.root(), current[0], handler, current, currentNode);
                handler.endDocument();
            } catch (SAXException stopped) {
                // a fatal error has already been reported
            } catch (RuntimeException e) {
                // The JDK's validator may fail while formatting its own message (e.g. a resource key
                // missing from JDK 17's bundles); the document is invalid all the same.
                issues.add(StructureRules.XSD, current[0],
                        "official XSD: rejected at this element (the JDK validator failed to describe why: "
                                + e.getClass().getSimpleName() + " " + e.getMessage() + ")",
                        "oficjalny schemat XSD odrzuca dokument w tym elemencie (walidator JDK nie opisał "
                                + "przyczyny: " + e.getClass().getSimpleName() + " " + e.getMessage() + ")",
                        currentNode[0]);
            }
            return null;
        });
    }

    private static void feed(XmlNode node, ElementDecl decl, Path path, ValidatorHandler handler, Path[] current,
            XmlNode[] currentNode) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        for (XmlNode.Attribute a : node.attributes()) {
            String qname = a.namespace().isEmpty() ? a.name() : "a:" + a.name();
            attributes.addAttribute(a.namespace(), a.name(), qname, "CDATA", a.value());
        }
        current[0] = path;
        currentNode[0] = node;
        for (XmlNode.Attribute d : node.namespaceDeclarations()) {
            handler.startPrefixMapping(d.name(), d.value());
        }
        handler.startElement(node.namespace(), node.name(), node.name(), attributes);
        String text = node.text();
        if (!text.isEmpty()) {
            handler.characters(text.toCharArray(), 0, text.length());
        }
        ComplexType type = decl == null ? null : decl.complexType();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (XmlNode c : node.children()) {
            counts.merge(c.name(), 1, Integer::sum);
        }
        for (XmlNode child : node.children()) {
            ElementDecl childDecl = type == null ? null : type.element(child.name());
            int index = seen.merge(child.name(), 1, Integer::sum) - 1;
            boolean repeatable = childDecl != null && childDecl.repeatable();
            feed(child, childDecl, path.child(child.name(), index, repeatable, counts.get(child.name()) > 1), handler,
                    current, currentNode);
        }
        current[0] = path;
        currentNode[0] = node;
        handler.endElement(node.namespace(), node.name(), node.name());
        for (XmlNode.Attribute d : node.namespaceDeclarations()) {
            handler.endPrefixMapping(d.name());
        }
    }
}
