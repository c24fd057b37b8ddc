package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.model.InvoiceModel;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Binds the neutral tree to a JAXB model and back, through SAX events (no XML text in between).
 * The {@link JAXBContext} is created once, on first use, and shared; marshallers and unmarshallers
 * are created per call.
 */
final class JaxbBinding {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private final Class<?> rootType;
    private volatile JAXBContext context;

    JaxbBinding(Class<?> rootType) {
        this.rootType = rootType;
    }

    private JAXBContext context() {
        JAXBContext c = context;
        if (c == null) {
            synchronized (this) {
                c = context;
                if (c == null) {
                    try {
                        c = JAXBContext.newInstance(rootType);
                    } catch (JAXBException e) {
                        throw new AcubeMappingException("cannot create the JAXB context for " + rootType.getName(), e);
                    }
                    context = c;
                }
            }
        }
        return c;
    }

    /**
     * Builds the model from a tree. Binding is lenient: a value the model cannot hold is left
     * {@code null} and described in {@code problems}. Values the structural check found invalid for
     * their type ({@code invalid}) are not bound at all, and valid numbers written with needless
     * zeros are bound in their bounded plain notation: the model, and every rule that reads it,
     * only ever sees values of their schema type, in at most as many characters as the type's
     * digit facets allow (a decimal with at most its type's digits, say).
     */
    Object toModel(XmlNode root, Issues invalid, List<String> problems) {
        try {
            Unmarshaller u = context().createUnmarshaller();
            u.setEventHandler((ValidationEvent event) -> {
                problems.add(event.getMessage());
                return true;
            });
            UnmarshallerHandler handler = u.getUnmarshallerHandler();
            handler.startDocument();
            feed(root, handler, invalid);
            handler.endDocument();
            return handler.getResult();
        } catch (JAXBException | SAXException e) {
            throw new AcubeMappingException("cannot bind the document to " + rootType.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void feed(XmlNode node, org.xml.sax.ContentHandler handler, Issues invalid) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        for (XmlNode.Attribute a : node.attributes()) {
            // xsi:type would let the document choose the Java class JAXB instantiates, and xsi:nil
            // blank a value; FA schemas allow neither (the structural validator reports them).
            if (!XSI.equals(a.namespace()) && !invalid.isInvalidAttribute(a)) {
                String bound = invalid.boundNumber(a);
                attributes.addAttribute(a.namespace(), a.name(), a.name(), "CDATA", bound != null ? bound : a.value());
            }
        }
        handler.startElement(node.namespace(), node.name(), node.name(), attributes);
        String bound = invalid.boundNumber(node);
        String text = bound != null ? bound : node.text();
        if (!text.isEmpty() && !invalid.isInvalidText(node)) {
            handler.characters(text.toCharArray(), 0, text.length());
        }
        for (XmlNode child : node.children()) {
            feed(child, handler, invalid);
        }
        handler.endElement(node.namespace(), node.name(), node.name());
    }

    /** Builds a tree from a model object. */
    XmlNode fromModel(InvoiceModel model) {
        if (!rootType.isInstance(model)) {
            throw new AcubeMappingException("expected a " + rootType.getName() + ", got "
                    + (model == null ? "null" : model.getClass().getName()));
        }
        TreeBuilder builder = new TreeBuilder();
        try {
            Marshaller m = context().createMarshaller();
            m.marshal(model, builder);
        } catch (JAXBException e) {
            throw new AcubeMappingException("cannot write the model: " + e.getMessage(), e);
        }
        return builder.root;
    }

    /** Builds an {@link XmlNode} tree from SAX events. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<XmlNode> stack = new ArrayDeque<>();
        private XmlNode root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            XmlNode node = new XmlNode(uri == null ? "" : uri, localName, 0, 0);
            for (int i = 0; i < attributes.getLength(); i++) {
                String q = attributes.getQName(i);
                if (q.equals("xmlns") || q.startsWith("xmlns:")) {
                    continue;
                }
                String ns = attributes.getURI(i);
                node.addAttribute(new XmlNode.Attribute(ns == null ? "" : ns, attributes.getLocalName(i),
                        attributes.getValue(i)));
            }
            if (stack.isEmpty()) {
                root = node;
            } else {
                stack.peek().addChild(node);
            }
            stack.push(node);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!stack.isEmpty()) {
                stack.peek().appendText(ch, start, length);
            }
        }
    }
}
