package io.github.acubepl.mapping;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Edits an FA XML document by element paths relative to {@code Faktura}, for tests that break a
 * valid invoice in one way: {@code Fa/FaWiersz[2]/P_11} is the {@code P_11} of the second line.
 * Fragments are written without a namespace and take the document's.
 */
final class XmlEdit {
    private final Document doc;
    private final String namespace;

    private XmlEdit(Document doc) {
        this.doc = doc;
        this.namespace = doc.getDocumentElement().getNamespaceURI();
    }

    static XmlEdit of(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlEdit(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element at {@code path}; fails when there is none. */
    Element get(String path) {
        Element e = find(path);
        if (e == null) {
            throw new IllegalArgumentException("no element " + path);
        }
        return e;
    }

    /** Whether the element at {@code path} exists. */
    boolean has(String path) {
        return find(path) != null;
    }

    private Element find(String path) {
        Element e = doc.getDocumentElement();
        for (String step : path.split("/")) {
            String name = step;
            int index = 1;
            int bracket = step.indexOf('[');
            if (bracket >= 0) {
                name = step.substring(0, bracket);
                index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
            }
            Element next = null;
            int seen = 0;
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element && name.equals(c.getLocalName()) && ++seen == index) {
                    next = (Element) c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            e = next;
        }
        return e;
    }

    /** Replaces the text of the element at {@code path}. */
    XmlEdit set(String path, String value) {
        get(path).setTextContent(value);
        return this;
    }

    /** Removes the element at {@code path}. */
    XmlEdit remove(String path) {
        Element e = get(path);
        e.getParentNode().removeChild(e);
        return this;
    }

    /**
     * Inserts {@code fragment} (one or more elements) into the element at {@code parentPath}, before
     * its first child named in {@code before}, or at the end when it has none of them.
     */
    XmlEdit add(String parentPath, String fragment, String... before) {
        Element parent = parentPath.isEmpty() ? doc.getDocumentElement() : get(parentPath);
        Node anchor = null;
        for (Node c = parent.getFirstChild(); c != null && anchor == null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                for (String b : before) {
                    if (b.equals(c.getLocalName())) {
                        anchor = c;
                        break;
                    }
                }
            }
        }
        for (Node n : parse(fragment)) {
            parent.insertBefore(n, anchor);
        }
        return this;
    }

    /** Inserts {@code fragment} right after the element at {@code path}. */
    XmlEdit addAfter(String path, String fragment) {
        Element e = get(path);
        Node next = e.getNextSibling();
        for (Node n : parse(fragment)) {
            e.getParentNode().insertBefore(n, next);
        }
        return this;
    }

    private List<Node> parse(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            Document d = b.parse(new InputSource(new StringReader("<w xmlns=\"" + namespace + "\">" + fragment
                    + "</w>")));
            List<Node> out = new ArrayList<>();
            for (Node c = d.getDocumentElement().getFirstChild(); c != null; c = c.getNextSibling()) {
                out.add(doc.importNode(c, true));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalArgumentException("bad fragment " + fragment, e);
        }
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
