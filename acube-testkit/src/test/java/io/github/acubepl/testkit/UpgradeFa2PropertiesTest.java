package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceUpgrader;
import io.github.acubepl.mapping.UpgradeAnswers;
import io.github.acubepl.mapping.UpgradeEntry;
import io.github.acubepl.mapping.UpgradeResult;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 13: the FA(2) → FA(3) upgrade over the FA(2) invoices the testkit generates (valid, free of
 * rule errors): upgrading and validating never throws, every report entry points at places that
 * exist, answering every decision with its first allowed answer gives a valid FA(3) invoice, an
 * open decision never does, and no amount or total changes. Validation runs on {@link Clocks#CLOCK}.
 */
class UpgradeFa2PropertiesTest {
    private static final InvoiceUpgrader UPGRADER = InvoiceUpgrader.of(Clocks.MAPPER);
    private static final UpgradeAnswers FIRST = UpgradeAnswers.builder()
            .policy(q -> Optional.of(q.allowedAnswers().get(0))).build();
    /** Totals, line amounts, order amounts and payments: every amount the upgrade must leave alone. */
    private static final Pattern AMOUNT = Pattern.compile("P_13_.*|P_14_.*|P_15|P_15Z.*|P_11|P_11A|P_11Vat|P_9A|P_9B"
            + "|P_10|KwotaAkcyzy|WartoscZamowienia|P_11NettoZ|P_11VatZ|P_9AZ|KwotaZaplatyCzesciowej|Kwota|SumaObciazen"
            + "|SumaOdliczen|DoZaplaty|DoRozliczenia|P_15ZK|KursWaluty.*");

    @Property(tries = 200)
    @Domain(Fa2Domain.class)
    void upgradingAGeneratedFa2InvoiceAndAnsweringEveryDecisionGivesAValidFa3Invoice(
            @ForAll GeneratedInvoice invoice) {
        InvoiceDocument source = Clocks.MAPPER.read(invoice.xml());
        UpgradeResult open = assertDoesNotThrow(() -> UPGRADER.upgrade(source));
        if (!open.openDecisions().isEmpty()) {
            assertFalse(open.isValid(), "an open decision never gives a valid result");
            assertFalse(open.isComplete());
        }
        UpgradeResult answered = assertDoesNotThrow(() -> UPGRADER.upgrade(source, FIRST));
        assertTrue(answered.isComplete(), () -> answered.issues().toString());
        assertEquals(List.of(), answered.validation().errors(), () -> new String(answered.document().toXml(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(answered.isValid());
        assertEquals("FA(3)", answered.document().format().name());
    }

    @Property(tries = 200)
    @Domain(Fa2Domain.class)
    void everyEntryOfAnUpgradePointsAtPlacesThatExist(@ForAll GeneratedInvoice invoice) {
        InvoiceDocument source = Clocks.MAPPER.read(invoice.xml());
        for (UpgradeAnswers answers : List.of(UpgradeAnswers.none(), FIRST)) {
            UpgradeResult result = UPGRADER.upgrade(source, answers);
            Document before = dom(source.toXml());
            Document after = dom(result.document().toXml());
            for (UpgradeEntry e : result.entries()) {
                assertTrue(xpathExists(before, e.sourceXpath()), () -> "source " + e);
                assertTrue(pointerExists(before, e.sourcePointer()), () -> "source pointer " + e);
                assertTrue(xpathExists(after, e.targetXpath()), () -> "target " + e);
                assertTrue(pointerExists(after, e.targetPointer()), () -> "target pointer " + e);
            }
        }
    }

    @Property(tries = 200)
    @Domain(Fa2Domain.class)
    void noAmountOrTotalChangesInAnUpgrade(@ForAll GeneratedInvoice invoice) {
        InvoiceDocument source = Clocks.MAPPER.read(invoice.xml());
        UpgradeResult result = UPGRADER.upgrade(source, FIRST);
        List<String> before = amounts(dom(source.toXml()));
        List<String> after = amounts(dom(result.document().toXml()));
        assertEquals(before, after);
    }

    // ------------------------------------------------------------------------------- oracles

    private static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false); // the report's XPaths carry no prefixes
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean xpathExists(Document doc, String xpath) {
        try {
            NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            return found.getLength() > 0;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** A JSON Pointer into A-Cube's JSON of the document: the root has no key, a repeatable element's index follows its name. */
    private static boolean pointerExists(Document doc, String pointer) {
        if (pointer.isEmpty()) {
            return true;
        }
        String[] steps = pointer.substring(1).split("/", -1);
        Element at = doc.getDocumentElement();
        for (int i = 0; i < steps.length; i++) {
            String name = steps[i].replace("~1", "/").replace("~0", "~");
            List<Element> same = children(at, name);
            if (same.isEmpty()) {
                return i == steps.length - 1 && at.hasAttribute(name);
            }
            int index = 0;
            if (i + 1 < steps.length && steps[i + 1].matches("\\d+")) {
                index = Integer.parseInt(steps[++i]);
            }
            if (index >= same.size()) {
                return false;
            }
            at = same.get(index);
        }
        return true;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** Every amount, in document order, as "path = number" with the number's trailing zeros stripped. */
    private static List<String> amounts(Document doc) {
        List<String> out = new ArrayList<>();
        collect(doc.getDocumentElement(), "", out);
        return out;
    }

    private static void collect(Element e, String path, List<String> out) {
        String here = path + "/" + e.getTagName();
        if (AMOUNT.matcher(e.getTagName()).matches() && children(e).isEmpty()) {
            String text = e.getTextContent().strip();
            out.add(here + " = " + new BigDecimal(text).stripTrailingZeros().toPlainString());
        }
        for (Element c : children(e)) {
            collect(c, here, out);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                out.add((Element) n);
            }
        }
        return out;
    }
}
