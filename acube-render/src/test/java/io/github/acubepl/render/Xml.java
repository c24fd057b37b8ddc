package io.github.acubepl.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helpers: the JDK's XML parser, hardened, reads invoices and the rendered XHTML. */
final class Xml {
    private Xml() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The rendered HTML parsed as XML (it must be well-formed); the HTML5 doctype is allowed. */
    static Document html(String html) throws Exception {
        return parse(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of every element of this local name, whitespace collapsed. */
    static List<String> texts(Document d, String localName) {
        List<String> out = new ArrayList<>();
        NodeList nodes = d.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(collapse(nodes.item(i).getTextContent()));
        }
        return out;
    }

    /** The visible text of the body (cells separated by blanks), whitespace collapsed. */
    static String bodyText(Document d) {
        StringBuilder sb = new StringBuilder();
        walk(d.getDocumentElement(), sb);
        return collapse(sb.toString());
    }

    private static void walk(Node n, StringBuilder sb) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            sb.append(n.getNodeValue());
            return;
        }
        if (n instanceof Element && (((Element) n).getLocalName().equals("style")
                || ((Element) n).getLocalName().equals("title"))) {
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            walk(c, sb);
        }
        sb.append(' ');
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
