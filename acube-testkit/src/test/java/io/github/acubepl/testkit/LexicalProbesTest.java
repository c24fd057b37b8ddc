package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationRule.Category;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.testkit.internal.SecureXml;
import io.github.acubepl.testkit.internal.Text;
import io.github.acubepl.testkit.internal.TrickyValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A systematic complement to {@link DifferentialStructureTest}: for one element of every simple
 * type of the FA(1) schema (and the attributes of {@code KodFormularza}), every value of the tricky
 * corpus and every variant of the element's current value is put in its place, and our structural
 * verdict is compared with the official XSD's. Deterministic (a fixed seed picks the invoices).
 */
@AddLifecycleHook(OfficialFiles.Required.class)
class LexicalProbesTest {
    private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";

    /** An element (or {@code @attribute} of KodFormularza) to probe: its name, the names its parent may have, its type. */
    record Probe(String name, Set<String> parents, String type) {
        @Override
        public String toString() {
            return parents + "/" + name + " (" + type + ")";
        }
    }

    @Example
    void everySimpleTypeAgreesWithTheOfficialXsdOnTrickyValues() throws IOException {
        OfficialSchema xsd = Ksef.fa1Schema();
        List<Probe> probes = representativeElements(xsd.mainFile());
        Map<String, Category> categories = new HashMap<>();
        for (InvoiceFormat f : Ksef.MAPPER.formats()) {
            for (ValidationRule r : f.rules()) {
                categories.put(r.id(), r.category());
            }
        }
        Map<Probe, byte[]> carriers = carriers(probes);
        Map<String, List<String>> disagreements = new LinkedHashMap<>();
        int documents = 0;
        int valid = 0;
        for (Probe probe : probes) {
            byte[] carrier = carriers.get(probe);
            if (carrier == null) {
                disagreements.computeIfAbsent("no generated invoice contains " + probe, k -> new ArrayList<>())
                        .add(probe.name());
                continue;
            }
            Set<String> values = new LinkedHashSet<>(TrickyValues.TEXT);
            values.addAll(TrickyValues.forValue(currentText(carrier, probe)));
            for (String value : values) {
                byte[] document = replaceFirst(carrier, probe, value);
                List<String> xsdErrors = xsd.errors(document);
                String ours = ours(document, categories);
                documents++;
                if (xsdErrors.isEmpty()) {
                    valid++;
                }
                if (xsdErrors.isEmpty() != ours.isEmpty()) {
                    String key = probe + ": XSD " + (xsdErrors.isEmpty() ? "valid" : "invalid")
                            + ", ours " + (ours.isEmpty() ? "valid" : "invalid");
                    disagreements.computeIfAbsent(key, k -> new ArrayList<>()).add("'" + Text.show(value) + "' → XSD: "
                            + (xsdErrors.isEmpty() ? "valid" : xsdErrors.get(0)) + "; ours: "
                            + (ours.isEmpty() ? "valid" : ours));
                }
            }
        }
        System.out.printf("lexical probes FA(1): %d simple types and attributes, %d documents, %d valid per the XSD, "
                + "%d disagreeing value(s)%n", probes.size(), documents, valid,
                disagreements.values().stream().mapToInt(List::size).sum());
        StringBuilder sb = new StringBuilder();
        disagreements.forEach((k, v) -> {
            sb.append("\n").append(k).append(" — ").append(v.size()).append(" value(s):");
            v.stream().limit(8).forEach(x -> sb.append("\n    ").append(x));
        });
        if (!disagreements.isEmpty()) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "lexical-probes.txt"), sb.toString(), StandardCharsets.UTF_8);
        }
        assertTrue(disagreements.isEmpty(), "verdicts differ from the official XSD's:" + sb);
    }

    /** The structural errors, as text; empty when there is none. */
    private static String ours(byte[] document, Map<String, Category> categories) {
        try {
            List<String> errors = new ArrayList<>();
            for (ValidationIssue i : Ksef.MAPPER.validate(Ksef.MAPPER.read(document)).issues()) {
                Category c = categories.get(i.ruleId());
                if (i.severity() == Severity.ERROR && (c == Category.STRUCTURE || c == Category.INPUT)) {
                    errors.add(i.ruleId() + " " + i.messageEn());
                }
            }
            return String.join(" | ", errors);
        } catch (InvoiceReadException e) {
            return "InvoiceReadException: " + e.getMessage();
        } catch (RuntimeException e) {
            return "CRASH " + e;
        }
    }

    /**
     * One element per simple type of the schema (named or anonymous, with its fixed or default value),
     * plus the two attributes of {@code KodFormularza}.
     */
    static List<Probe> representativeElements(Path mainXsd) throws IOException {
        Document schema = SecureXml.parse(Files.readAllBytes(mainXsd));
        NodeList elements = schema.getElementsByTagNameNS(XSD_NS, "element");
        Map<String, Probe> byType = new LinkedHashMap<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            String name = e.getAttribute("name");
            String type = e.getAttribute("type");
            if (type.isEmpty()) {
                Element simple = first(e, "simpleType");
                Element complex = first(e, "complexType");
                if (simple != null) {
                    Element restriction = first(simple, "restriction");
                    type = "anonymous, restricting " + (restriction == null ? "?" : restriction.getAttribute("base"));
                } else if (complex != null && first(complex, "simpleContent") != null) {
                    type = "simple content";
                } else {
                    continue;
                }
            } else if (isComplex(schema, type)) {
                continue;
            }
            String key = type + (e.hasAttribute("fixed") ? ", fixed " + e.getAttribute("fixed") : "")
                    + (e.hasAttribute("default") ? ", default " + e.getAttribute("default") : "");
            if (key.startsWith("anonymous")) {
                key = name + " " + key;
            }
            byType.putIfAbsent(key, new Probe(name, parentNames(schema, e), key));
        }
        List<Probe> probes = new ArrayList<>(byType.values());
        probes.add(new Probe("@kodSystemowy", Set.of("KodFormularza"), "attribute, fixed FA (1)"));
        probes.add(new Probe("@wersjaSchemy", Set.of("KodFormularza"), "attribute, fixed 1-0E"));
        return probes;
    }

    /** The names the parent element of declaration {@code e} may have. */
    private static Set<String> parentNames(Document schema, Element e) {
        for (Node n = e.getParentNode(); n instanceof Element; n = n.getParentNode()) {
            Element a = (Element) n;
            if ("element".equals(a.getLocalName()) && a.hasAttribute("name")) {
                return Set.of(a.getAttribute("name"));
            }
            if ("complexType".equals(a.getLocalName()) && a.hasAttribute("name")) {
                Set<String> names = new LinkedHashSet<>();
                NodeList all = schema.getElementsByTagNameNS(XSD_NS, "element");
                for (int i = 0; i < all.getLength(); i++) {
                    Element x = (Element) all.item(i);
                    if (x.getAttribute("type").endsWith(":" + a.getAttribute("name"))) {
                        names.add(x.getAttribute("name"));
                    }
                }
                return names;
            }
        }
        return Set.of();
    }

    private static boolean isComplex(Document schema, String type) {
        String local = type.substring(type.indexOf(':') + 1);
        NodeList complex = schema.getElementsByTagNameNS(XSD_NS, "complexType");
        for (int i = 0; i < complex.getLength(); i++) {
            if (local.equals(((Element) complex.item(i)).getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }

    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && localName.equals(n.getLocalName())) {
                return (Element) n;
            }
        }
        return null;
    }

    /** For each probe, the XML of the first generated invoice (fixed seed) that has such an element. */
    private static Map<Probe, byte[]> carriers(List<Probe> probes) {
        Map<Probe, byte[]> found = new HashMap<>();
        RandomGenerator<Faktura> generator = Fa1Arbitraries.invoices().generator(1000);
        Random random = new Random(42);
        for (int i = 0; i < 3000 && found.size() < probes.size(); i++) {
            byte[] xml = Ksef.MAPPER.toXml(generator.next(random).value());
            Document d = SecureXml.parse(xml);
            for (Probe p : probes) {
                if (!found.containsKey(p) && target(d, p) != null) {
                    found.put(p, xml);
                }
            }
        }
        return found;
    }

    /** The first node of the document that {@code probe} designates, or {@code null}. */
    private static Node target(Document d, Probe probe) {
        if (probe.name().startsWith("@")) {
            return ((Element) d.getElementsByTagNameNS("*", "KodFormularza").item(0))
                    .getAttributeNode(probe.name().substring(1));
        }
        NodeList candidates = d.getElementsByTagNameNS("*", probe.name());
        for (int i = 0; i < candidates.getLength(); i++) {
            Node parent = candidates.item(i).getParentNode();
            if (parent instanceof Element && probe.parents().contains(parent.getLocalName())) {
                return candidates.item(i);
            }
        }
        return null;
    }

    private static String currentText(byte[] xml, Probe probe) {
        return target(SecureXml.parse(xml), probe).getTextContent();
    }

    private static byte[] replaceFirst(byte[] xml, Probe probe, String value) {
        Document d = SecureXml.parse(xml);
        Node target = target(d, probe);
        if (target instanceof org.w3c.dom.Attr) {
            ((org.w3c.dom.Attr) target).setValue(value);
        } else {
            while (target.getFirstChild() != null) {
                target.removeChild(target.getFirstChild());
            }
            if (!value.isEmpty()) {
                target.appendChild(d.createTextNode(value));
            }
        }
        return SecureXml.serialize(d);
    }
}
