package io.github.acubepl.render.internal;

import io.github.acubepl.mapping.internal.xml.SecureDom;
import io.github.acubepl.render.AcubeRenderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An FA element, read by local name only: FA(1), FA(2) and FA(3) put every element in their own
 * namespace but share most names, so the view builder reads all three through one tree. Parsing is
 * hardened by acube-mapping's {@code internal/xml/SecureDom}: secure processing, no DOCTYPE, no
 * external entities or DTDs, no XInclude. The bytes reach this class only after the mapping module has read
 * them as an invoice (size and depth limits included).
 */
public final class FaXml {
    private final Element element;

    private FaXml(Element element) {
        this.element = element;
    }

    /**
     * Parses FA XML and returns its root element.
     *
     * @throws AcubeRenderException if the bytes are not well-formed XML
     */
    public static FaXml parse(byte[] xml) {
        DocumentBuilderFactory f = SecureDom.factory();
        f.setCoalescing(true);
        f.setIgnoringComments(true);
        try {
            return new FaXml(SecureDom.builder(f).parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (SAXException | IOException e) {
            throw new AcubeRenderException("the invoice is not well-formed XML", e);
        }
    }

    /** The element's local name. */
    public String name() {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }

    /** The namespace URI of the element, or an empty string. */
    public String namespace() {
        String ns = element.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** The value of an attribute by local name, or null. */
    public @Nullable String attribute(String localName) {
        String v = element.getAttributeNS(null, localName);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The child elements, in document order. */
    public List<FaXml> children() {
        List<FaXml> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                out.add(new FaXml((Element) n));
            }
        }
        return out;
    }

    /** The child elements with this local name. */
    public List<FaXml> all(String name) {
        List<FaXml> out = new ArrayList<>();
        for (FaXml c : children()) {
            if (c.name().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child element at a path of local names separated by {@code /}, or null. */
    public @Nullable FaXml child(String path) {
        FaXml at = this;
        for (String step : path.split("/")) {
            FaXml next = null;
            for (FaXml c : at.children()) {
                if (c.name().equals(step)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            at = next;
        }
        return at;
    }

    /** The trimmed text at a path of local names, or null where the element is absent or empty. */
    public @Nullable String text(String path) {
        FaXml c = child(path);
        return c == null ? null : c.text();
    }

    /** Whether the element at the path holds {@code 1}, the FA "yes" flag. */
    public boolean flag(String path) {
        return "1".equals(text(path));
    }

    /** The element's own trimmed text, or null where it is empty. */
    public @Nullable String text() {
        String t = element.getTextContent();
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /** The element's own text as written, untrimmed (for cells that may be empty). */
    public String rawText() {
        String t = element.getTextContent();
        return t == null ? "" : t;
    }

    /** Whether the element has no child elements. */
    public boolean isLeaf() {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return false;
            }
        }
        return true;
    }
}
