package io.github.acubepl.testkit.internal;

import io.github.acubepl.testkit.InvoiceMutations.Kind;
import io.github.acubepl.testkit.Mutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A {@link Mutation} applied to a DOM of the document (parsed with {@link SecureXml}). The target
 * and the value are chosen from the document by the mutation's picks, modulo the number of
 * candidates, so that one mutation applies to any document and shrinks towards the first
 * candidate. Not part of the API.
 */
public final class DomMutation implements Mutation {
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final String ETD = "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2021/06/09/eD/DefinicjeTypy/";
    /** The base-types namespace of FA(2) and FA(3). */
    static final String ETD_2022 = "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/";
    /** Every version a mutation may apply to. */
    public static final Set<String> ALL_VERSIONS = Set.of("FA(1)", "FA(2)", "FA(3)");
    static final String EXT = "urn:example:extension";
    private static final String[] UNKNOWN_NAMES = {"Uwagi", "P_99", "X", "Faktura", "Nota", "p_15", "NIP ",
        "Podmiot4", "FaWiersz2"};
    private static final String[] TYPES = {"tns:TAdres", "tns:TKwotowy", "tns:TZnakowy", "tns:TPodmiot",
        "tns:TPodmiot1", "tns:TDataT", "tns:TNaturalny", "tns:TRachunekBankowy", "tns:TNaglowek", "tns:TKluczWartosc",
        "tns:TStawkaPodatku", "tns:TKodWaluty", "tns:TIlosci", "etd:TNrNIP", "etd:TWybor1_2", "etd:TWybor1",
        "xsd:string", "xsd:decimal", "xsd:anyType", "tns:TNieMa"};
    private static final String[] MIXED_TEXT = {"x", "\u00a0", "\u2028", " \n\t ", "&", "0", "\u3000", "\r\n"};

    private final Kind kind;
    private final int target;
    private final int position;
    private final int choice;
    private final int variant;
    private final Set<String> versions;

    /** A mutation for documents of every version. */
    public DomMutation(Kind kind, int target, int position, int choice, int variant) {
        this(kind, target, position, choice, variant, ALL_VERSIONS);
    }

    /**
     * A mutation for documents of {@code versions}; with exactly one version, value replacements
     * also draw on that version's own corpus ({@link TrickyValues#forVersion(String)}).
     */
    public DomMutation(Kind kind, int target, int position, int choice, int variant, Set<String> versions) {
        this.versions = Set.copyOf(versions);
        this.kind = kind;
        this.target = target;
        this.position = position;
        this.choice = choice;
        this.variant = variant;
    }

    @Override
    public Set<String> versions() {
        return versions;
    }

    @Override
    public String description() {
        return kind.name().toLowerCase(Locale.ROOT) + "(target " + target + ", position " + position + ", choice "
                + choice + ", variant " + variant + ")" + (versions.size() == 1 ? " for " + versions.iterator().next() : "");
    }

    @Override
    public byte[] apply(byte[] xml) {
        Document doc = SecureXml.parse(xml);
        if (run(doc) == null) {
            return xml.clone();
        }
        doc.normalizeDocument();
        return SecureXml.serialize(doc);
    }

    @Override
    public String describe(byte[] xml) {
        String d = run(SecureXml.parse(xml));
        return d == null ? description() + ": no target in this document, unchanged" : d;
    }

    @Override
    public String toString() {
        return description();
    }

    /** The base-types namespace of the document's version (FA(1)'s unless the root is in FA(2)'s or FA(3)'s). */
    private static String etd(Document doc) {
        String ns = doc.getDocumentElement().getNamespaceURI();
        return ns != null && (ns.contains("/2023/06/29/") || ns.contains("/2025/06/25/")) ? ETD_2022 : ETD;
    }

    /** Applies the mutation to {@code doc}; returns what was done, or {@code null} when nothing applies. */
    private @Nullable String run(Document doc) {
        Element root = doc.getDocumentElement();
        List<Element> all = elements(root);
        List<Element> nonRoot = all.subList(1, all.size());
        switch (kind) {
            case DELETE_ELEMENT:
                return delete(nonRoot);
            case DUPLICATE_ELEMENT:
                return duplicate(nonRoot);
            case SWAP_ADJACENT:
                return swap(nonRoot);
            case MOVE_ELEMENT:
                return move(nonRoot);
            case INSERT_ELEMENT:
                return insert(doc, all);
            case RENAME_ELEMENT:
                return rename(doc, all, nonRoot);
            case REPLACE_TEXT:
                return replaceText(doc, all);
            case REMOVE_ATTRIBUTE:
                return removeAttribute(all);
            case CHANGE_ATTRIBUTE:
                return changeAttribute(all);
            case ADD_ATTRIBUTE:
                return addAttribute(all);
            case INSERT_TEXT:
                return insertText(doc, all);
            case INSERT_MARKUP:
                return insertMarkup(doc, all);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private @Nullable String delete(List<Element> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Element t = pick(candidates, target);
        String where = path(t);
        t.getParentNode().removeChild(t);
        return "delete " + where;
    }

    private @Nullable String duplicate(List<Element> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Element t = pick(candidates, target);
        t.getParentNode().insertBefore(t.cloneNode(true), t.getNextSibling());
        return "duplicate " + path(t);
    }

    private @Nullable String swap(List<Element> nonRoot) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : nonRoot) {
            if (nextElement(e) != null) {
                candidates.add(e);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Element t = pick(candidates, target);
        Element next = nextElement(t);
        String d = "swap " + path(t) + " with its next sibling " + next.getLocalName();
        t.getParentNode().insertBefore(next, t);
        return d;
    }

    private @Nullable String move(List<Element> nonRoot) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : nonRoot) {
            if (children((Element) e.getParentNode()).size() > 1) {
                candidates.add(e);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Element t = pick(candidates, target);
        Element parent = (Element) t.getParentNode();
        List<Element> siblings = children(parent);
        int from = siblings.indexOf(t);
        siblings.remove(t);
        int to = Math.floorMod(position, siblings.size() + 1);
        String d = "move " + path(t) + " from child " + (from + 1) + " to child " + (to + 1) + " of "
                + (siblings.size() + 1) + " in " + path(parent);
        parent.removeChild(t);
        insertAt(parent, t, siblings, to);
        return d;
    }

    private String insert(Document doc, List<Element> all) {
        Element parent = pick(all, target);
        List<Element> siblings = children(parent);
        int at = Math.floorMod(position, siblings.size() + 1);
        Element source = pick(all, choice);
        String ns = doc.getDocumentElement().getNamespaceURI();
        Element e;
        String what;
        switch (Math.floorMod(variant, 6)) {
            case 0:
                e = (Element) source.cloneNode(true);
                what = "a copy of " + path(source);
                break;
            case 1:
                e = doc.createElementNS(ns, UNKNOWN_NAMES[Math.floorMod(choice, UNKNOWN_NAMES.length)].strip());
                if (choice % 2 == 0) {
                    e.setTextContent("1");
                }
                what = "an undeclared element " + e.getLocalName() + (choice % 2 == 0 ? " with text '1'" : "");
                break;
            case 2:
                e = doc.createElementNS(null, source.getLocalName());
                e.setTextContent(source.getTextContent());
                what = "an element " + source.getLocalName() + " in no namespace";
                break;
            case 3:
                e = doc.createElementNS(etd(doc), "etd:" + source.getLocalName());
                e.setTextContent(source.getTextContent());
                what = "an element etd:" + source.getLocalName() + " in the base-types namespace";
                break;
            case 4:
                e = doc.createElementNS(EXT, "ext:Uwagi");
                e.setTextContent("x");
                what = "an element ext:Uwagi in a foreign namespace";
                break;
            default:
                e = doc.createElementNS(source.getNamespaceURI(), source.getTagName());
                what = "an empty " + source.getLocalName();
                break;
        }
        String d = "insert " + what + " into " + path(parent) + " as child " + (at + 1) + " of "
                + (siblings.size() + 1);
        insertAt(parent, e, siblings, at);
        return d;
    }

    private @Nullable String rename(Document doc, List<Element> all, List<Element> nonRoot) {
        if (nonRoot.isEmpty()) {
            return null;
        }
        Element t = pick(nonRoot, target);
        String where = path(t);
        String name = t.getLocalName();
        String to;
        switch (Math.floorMod(variant, 5)) {
            case 4:
                doc.renameNode(t, t.getNamespaceURI(), "fa:" + name);
                return "give " + where + " the prefix fa: (same namespace)";
            case 0:
                to = pick(all, choice).getLocalName();
                doc.renameNode(t, t.getNamespaceURI(), to);
                return "rename " + where + " to " + to;
            case 1:
                to = Character.isUpperCase(name.charAt(0)) ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                        : name.toUpperCase(Locale.ROOT);
                doc.renameNode(t, t.getNamespaceURI(), to);
                return "rename " + where + " to " + to;
            case 2:
                doc.renameNode(t, null, name);
                return "move " + where + " into no namespace";
            default:
                doc.renameNode(t, etd(doc), "etd:" + name);
                return "move " + where + " into the base-types namespace";
        }
    }

    private String replaceText(Document doc, List<Element> all) {
        List<Element> leaves = new ArrayList<>();
        for (Element e : all) {
            if (children(e).isEmpty()) {
                leaves.add(e);
            }
        }
        Element t = pick(leaves, target);
        String current = t.getTextContent();
        // three times in four a value that suits the current one, else anything from the corpus
        List<String> values = Math.floorMod(variant, 4) != 0 ? TrickyValues.forValue(current)
                : versions.size() == 1 && Math.floorMod(variant, 8) == 4
                        ? TrickyValues.forVersion(versions.iterator().next()) : TrickyValues.TEXT;
        String value = pick(values, choice);
        while (t.getFirstChild() != null) {
            t.removeChild(t.getFirstChild());
        }
        if (!value.isEmpty()) {
            t.appendChild(doc.createTextNode(value));
        }
        return "replace the text of " + path(t) + " ('" + Text.show(current) + "') with '" + Text.show(value) + "'";
    }

    private @Nullable String removeAttribute(List<Element> all) {
        List<Attr> attributes = attributes(all);
        if (attributes.isEmpty()) {
            return null;
        }
        Attr a = pick(attributes, target);
        String d = "remove attribute " + a.getName() + " of " + path(a.getOwnerElement());
        a.getOwnerElement().removeAttributeNode(a);
        return d;
    }

    private @Nullable String changeAttribute(List<Element> all) {
        List<Attr> attributes = attributes(all);
        if (attributes.isEmpty()) {
            return null;
        }
        Attr a = pick(attributes, target);
        List<String> values = new ArrayList<>(TrickyValues.derived(a.getValue()));
        values.addAll(TrickyValues.ATTRIBUTE);
        String value = pick(values, choice);
        String d = "change attribute " + a.getName() + " of " + path(a.getOwnerElement()) + " from '"
                + Text.show(a.getValue()) + "' to '" + Text.show(value) + "'";
        a.setValue(value);
        return d;
    }

    private String addAttribute(List<Element> all) {
        Element e = pick(all, target);
        String ns = e.getOwnerDocument().getDocumentElement().getNamespaceURI();
        String shown;
        switch (Math.floorMod(variant, 8)) {
            case 0:
                e.setAttributeNS(null, "id", "x" + choice);
                shown = "id=\"x" + choice + "\"";
                break;
            case 1:
                e.setAttributeNS(null, "kodSystemowy", "FA (1)");
                shown = "kodSystemowy=\"FA (1)\"";
                break;
            case 2:
                String nil = choice % 2 == 0 ? "true" : "false";
                e.setAttributeNS(XSI, "xsi:nil", nil);
                shown = "xsi:nil=\"" + nil + "\"";
                break;
            case 3:
                String type = TYPES[Math.floorMod(choice, TYPES.length)];
                e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:tns", ns);
                e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:etd", etd(e.getOwnerDocument()));
                e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsd", XSD);
                e.setAttributeNS(XSI, "xsi:type", type);
                shown = "xsi:type=\"" + type + "\"";
                break;
            case 4:
                String location = choice % 2 == 0 ? ns + " schemat.xsd" : "schemat.xsd";
                e.setAttributeNS(XSI, "xsi:schemaLocation", location);
                shown = "xsi:schemaLocation=\"" + location + "\"";
                break;
            case 5:
                e.setAttributeNS(XSI, "xsi:noNamespaceSchemaLocation", "schemat.xsd");
                shown = "xsi:noNamespaceSchemaLocation=\"schemat.xsd\"";
                break;
            case 6:
                e.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "pl");
                shown = "xml:lang=\"pl\"";
                break;
            default:
                e.setAttributeNS(EXT, "ext:flag", "1");
                shown = "ext:flag=\"1\" (foreign namespace)";
                break;
        }
        return "add attribute " + shown + " to " + path(e);
    }

    private String insertText(Document doc, List<Element> all) {
        Element parent = pick(all, target);
        String text = MIXED_TEXT[Math.floorMod(choice, MIXED_TEXT.length)];
        List<Node> nodes = childNodes(parent);
        int at = Math.floorMod(position, nodes.size() + 1);
        parent.insertBefore(doc.createTextNode(text), at < nodes.size() ? nodes.get(at) : null);
        return "insert text '" + Text.show(text) + "' into " + path(parent) + " as node " + (at + 1) + " of "
                + (nodes.size() + 1);
    }

    private String insertMarkup(Document doc, List<Element> all) {
        List<Element> leaves = new ArrayList<>();
        for (Element e : all) {
            if (children(e).isEmpty() && !e.getTextContent().isEmpty()) {
                leaves.add(e);
            }
        }
        int v = Math.floorMod(variant, 5);
        if (leaves.isEmpty() && v >= 2) {
            v = 0;
        }
        if (v < 2) {
            Element parent = pick(all, target);
            List<Node> nodes = childNodes(parent);
            int at = Math.floorMod(position, nodes.size() + 1);
            Node markup = v == 0 ? doc.createComment(" c ") : doc.createProcessingInstruction("pi", "x");
            parent.insertBefore(markup, at < nodes.size() ? nodes.get(at) : null);
            return "insert a " + (v == 0 ? "comment" : "processing instruction") + " into " + path(parent)
                    + " as node " + (at + 1) + " of " + (nodes.size() + 1);
        }
        Element leaf = pick(leaves, target);
        String text = leaf.getTextContent();
        while (leaf.getFirstChild() != null) {
            leaf.removeChild(leaf.getFirstChild());
        }
        if (v == 2) {
            leaf.appendChild(doc.createCDATASection(text));
            return "wrap the text of " + path(leaf) + " in a CDATA section";
        }
        int cut = Math.floorMod(position, text.length() + 1);
        if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        Node head = doc.createTextNode(text.substring(0, cut));
        Node tail = doc.createTextNode(text.substring(cut));
        Node markup = v == 3 ? doc.createComment("c") : doc.createProcessingInstruction("pi", "x");
        leaf.appendChild(head);
        leaf.appendChild(markup);
        leaf.appendChild(tail);
        return "split the text of " + path(leaf) + " after " + cut + " characters with a "
                + (v == 3 ? "comment" : "processing instruction");
    }

    // ---------------------------------------------------------------- DOM helpers

    private static <T> T pick(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }

    private static void insertAt(Element parent, Node node, List<Element> siblings, int at) {
        if (at < siblings.size()) {
            parent.insertBefore(node, siblings.get(at));
        } else if (siblings.isEmpty()) {
            parent.appendChild(node);
        } else {
            parent.insertBefore(node, siblings.get(siblings.size() - 1).getNextSibling());
        }
    }

    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Element c : children(e)) {
            collect(c, out);
        }
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static List<Node> childNodes(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            out.add(n);
        }
        return out;
    }

    private static @Nullable Element nextElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        return null;
    }

    private static List<Attr> attributes(List<Element> all) {
        List<Attr> out = new ArrayList<>();
        for (Element e : all) {
            NamedNodeMap map = e.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Attr a = (Attr) map.item(i);
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** An XPath-like location: {@code /Faktura/Fa/FaWiersze/FaWiersz[2]/P_11}. */
    static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        String rootNs = e.getOwnerDocument().getDocumentElement().getNamespaceURI();
        for (Node n = e; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            Element el = (Element) n;
            String name = el.getLocalName();
            String ns = el.getNamespaceURI();
            if (ns == null ? rootNs != null : !ns.equals(rootNs)) {
                name = "{" + (ns == null ? "" : ns) + "}" + name;
            }
            String segment = "/" + name + index(el);
            sb.insert(0, segment);
        }
        return sb.toString();
    }

    private static String index(Element e) {
        if (!(e.getParentNode() instanceof Element)) {
            return "";
        }
        int same = 0;
        int mine = 0;
        for (Element s : children((Element) e.getParentNode())) {
            if (s.getLocalName().equals(e.getLocalName())) {
                same++;
                if (s == e) {
                    mine = same;
                }
            }
        }
        return same > 1 ? "[" + mine + "]" : "";
    }
}
