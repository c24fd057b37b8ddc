package io.github.acubepl.mapping.internal.io;

import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.InvoiceReadException.Reason;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into {@link XmlNode} trees with a hardened StAX parser: no DTD (a DOCTYPE is
 * rejected), no external entities or resources, bounded size and depth.
 */
public final class XmlInput {
    private static final int MAX_SHARED = 1024;

    private XmlInput() {
    }

    /** The namespace and local name of a document's root element. */
    public record Root(String namespace, String name) {
    }

    private static XMLInputFactory factory() {
        // A new factory per read: the JDK's factory may reuse reader instances and is not thread-safe.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed (" + systemId + ")");
        });
        return f;
    }

    /** Reads only up to the root element, to detect the format. */
    public static Root peekRoot(byte[] input, ReadLimits limits) {
        checkSize(input, limits);
        XMLStreamReader r = open(input);
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw hostileDtd(r);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    return new Root(ns == null ? "" : ns, r.getLocalName());
                }
            }
            throw new InvoiceReadException(Reason.MALFORMED, "malformed XML: no root element");
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(r);
        }
    }

    /** Parses the whole document. */
    public static XmlNode parse(byte[] input, ReadLimits limits, SourceFacts facts) {
        checkSize(input, limits);
        XMLStreamReader r = open(input);
        try {
            String declared = r.getCharacterEncodingScheme();
            facts.declaredEncoding(declared);
            XmlNode root = null;
            XmlNode current = null;
            int depth = 0;
            Map<String, String> blanks = new HashMap<>();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD:
                        throw hostileDtd(r);
                    case XMLStreamConstants.START_ELEMENT: {
                        depth++;
                        if (depth > limits.maxDepth()) {
                            Location l = r.getLocation();
                            throw new InvoiceReadException(Reason.HOSTILE, "XML nesting deeper than "
                                    + limits.maxDepth() + " elements at line " + l.getLineNumber() + ", column "
                                    + l.getColumnNumber(), l.getLineNumber(), l.getColumnNumber(), null);
                        }
                        String ns = r.getNamespaceURI();
                        Location l = r.getLocation();
                        XmlNode node = new XmlNode(ns == null ? "" : ns, r.getLocalName(), l.getLineNumber(),
                                l.getColumnNumber());
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            String prefix = r.getNamespacePrefix(i);
                            String uri = r.getNamespaceURI(i);
                            node.declareNamespace(prefix == null ? "" : prefix, uri == null ? "" : uri);
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ans = r.getAttributeNamespace(i);
                            node.addAttribute(new XmlNode.Attribute(ans == null ? "" : ans, r.getAttributeLocalName(i),
                                    r.getAttributeValue(i)));
                        }
                        if (current == null) {
                            root = node;
                        } else {
                            current.addChild(node);
                        }
                        current = node;
                        break;
                    }
                    case XMLStreamConstants.END_ELEMENT:
                        depth--;
                        current.endText();
                        shareIndentation(current, blanks);
                        current = current.parent();
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (current != null) {
                            current.appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                        break;
                    case XMLStreamConstants.PROCESSING_INSTRUCTION:
                        facts.processingInstructions().add(r.getPITarget());
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw new InvoiceReadException(Reason.HOSTILE,
                                "entity references are not allowed (&" + r.getLocalName() + ";)");
                    default:
                        break;
                }
            }
            if (root == null) {
                throw new InvoiceReadException(Reason.MALFORMED, "malformed XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(r);
        }
    }

    /**
     * Gives an element with children the same string as every earlier element with the same white
     * space between its children (the indentation at its depth), instead of a copy each: a big
     * invoice has tens of thousands of such elements. Only short white space is shared, and at most
     * {@value #MAX_SHARED} strings per document.
     */
    private static void shareIndentation(XmlNode node, Map<String, String> blanks) {
        if (node.children().isEmpty() || !node.hasText()) {
            return;
        }
        String text = node.text();
        if (text.length() > 256 || !isXmlBlank(text)) {
            return;
        }
        String shared = blanks.get(text);
        if (shared != null) {
            node.replaceText(shared);
        } else if (blanks.size() < MAX_SHARED) {
            blanks.put(text, text);
        }
    }

    private static boolean isXmlBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void checkSize(byte[] input, ReadLimits limits) {
        if (input.length > limits.maxBytes()) {
            throw new InvoiceReadException(Reason.TOO_LARGE,
                    "input is " + input.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
    }

    private static XMLStreamReader open(byte[] input) {
        try {
            return factory().createXMLStreamReader(new ByteArrayInputStream(input));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to release beyond the in-memory input
        }
    }

    private static InvoiceReadException hostileDtd(XMLStreamReader r) {
        Location l = r.getLocation();
        return new InvoiceReadException(Reason.HOSTILE,
                "a DOCTYPE declaration is not allowed (it ends at line " + l.getLineNumber() + "): FA invoices have no DTD, "
                        + "and DTDs enable entity-expansion and external-entity attacks",
                l.getLineNumber(), l.getColumnNumber(), null);
    }

    private static InvoiceReadException malformed(XMLStreamException e) {
        Location l = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int idx = message.indexOf("Message: ");
        if (idx >= 0) {
            message = message.substring(idx + "Message: ".length());
        }
        message = message.strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        if (l != null && l.getLineNumber() > 0) {
            return new InvoiceReadException(Reason.MALFORMED, "malformed XML at line " + l.getLineNumber()
                    + ", column " + l.getColumnNumber() + ": " + message, l.getLineNumber(), l.getColumnNumber(), e);
        }
        return new InvoiceReadException(Reason.MALFORMED, "malformed XML: " + message, 0, 0, e);
    }
}
