package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.testkit.InvoiceMutations.Kind;
import io.github.acubepl.testkit.internal.DomMutation;
import io.github.acubepl.testkit.internal.SecureXml;
import io.github.acubepl.testkit.internal.TrickyValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.w3c.dom.Document;

/** {@link InvoiceMutations} on a small document. */
class InvoiceMutationsTest {
    private static final String NS = "http://crd.gov.pl/wzor/2021/11/29/11089/";
    private static final byte[] DOC = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Faktura xmlns=\"" + NS + "\">\n"
            + "  <Naglowek>\n    <KodFormularza kodSystemowy=\"FA (1)\" wersjaSchemy=\"1-0E\">FA</KodFormularza>\n"
            + "    <WariantFormularza>1</WariantFormularza>\n  </Naglowek>\n"
            + "  <Fa>\n    <P_1>2024-02-29</P_1>\n    <P_2>FV/1</P_2>\n    <P_15>123.45</P_15>\n  </Fa>\n</Faktura>\n")
            .getBytes(StandardCharsets.UTF_8);

    private static int elements(byte[] xml) {
        return SecureXml.parse(xml).getElementsByTagNameNS("*", "*").getLength();
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return InvoiceMutations.mutations();
    }

    @Property(tries = 2000)
    void everyMutationGivesWellFormedXmlDeterministically(@ForAll("mutations") Mutation m) {
        byte[] once = m.apply(DOC);
        assertArrayEquals(once, m.apply(DOC), m.description());
        Document d = SecureXml.parse(once);
        assertEquals("Faktura", d.getDocumentElement().getLocalName());
        assertFalse(m.describe(DOC).isBlank());
    }

    @Example
    void deleteRemovesOneElementAndSaysWhich() {
        Mutation m = new DomMutation(Kind.DELETE_ELEMENT, 6, 0, 0, 0);
        assertEquals("delete /Faktura/Fa/P_15", m.describe(DOC));
        assertEquals(elements(DOC) - 1, elements(m.apply(DOC)));
    }

    @Example
    void duplicateAddsACopyRightAfter() {
        Mutation m = new DomMutation(Kind.DUPLICATE_ELEMENT, 6, 0, 0, 0);
        String out = new String(m.apply(DOC), StandardCharsets.UTF_8);
        assertTrue(out.contains("<P_15>123.45</P_15><P_15>123.45</P_15>"), out);
    }

    @Example
    void swapExchangesNeighbours() {
        Mutation m = new DomMutation(Kind.SWAP_ADJACENT, 2, 0, 0, 0);
        String out = new String(m.apply(DOC), StandardCharsets.UTF_8);
        assertTrue(out.indexOf("<P_2>") < out.indexOf("<P_1>"), out);
        assertEquals("swap /Faktura/Fa/P_1 with its next sibling P_2", m.describe(DOC));
    }

    @Example
    void moveChangesThePositionAmongSiblings() {
        Mutation m = new DomMutation(Kind.MOVE_ELEMENT, 6, 0, 0, 0);
        String out = new String(m.apply(DOC), StandardCharsets.UTF_8);
        assertTrue(out.indexOf("<P_15>") < out.indexOf("<P_1>"), out);
    }

    @Example
    void insertAddsAnElementOfTheChosenKind() {
        for (int variant = 0; variant < 6; variant++) {
            Mutation m = new DomMutation(Kind.INSERT_ELEMENT, 4, 1, 7, variant);
            assertEquals(elements(DOC) + 1, elements(m.apply(DOC)), m.describe(DOC));
        }
        String foreign = new String(new DomMutation(Kind.INSERT_ELEMENT, 4, 1, 7, 4).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(foreign.contains("xmlns:ext=\"urn:example:extension\""), foreign);
        String none = new String(new DomMutation(Kind.INSERT_ELEMENT, 4, 1, 7, 2).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(none.contains("<P_15 xmlns=\"\">"), none);
    }

    @Example
    void replaceTextUsesTheCorpusAndVariantsOfTheCurrentValue() {
        Mutation m = new DomMutation(Kind.REPLACE_TEXT, 2, 0, 1, 1);
        assertEquals("replace the text of /Faktura/Fa/P_1 ('2024-02-29') with ' 2024-02-29'", m.describe(DOC));
        String out = new String(m.apply(DOC), StandardCharsets.UTF_8);
        assertTrue(out.contains("<P_1> 2024-02-29</P_1>"), out);
    }

    @Example
    void attributesAreRemovedChangedAndAdded() {
        String removed = new String(new DomMutation(Kind.REMOVE_ATTRIBUTE, 0, 0, 0, 0).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(removed.contains("kodSystemowy") != removed.contains("wersjaSchemy"), removed);
        String changed = new String(new DomMutation(Kind.CHANGE_ATTRIBUTE, 0, 0, 1, 0).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(changed.contains("=\" FA (1)\"") || changed.contains("=\" 1-0E\""), changed);
        String typed = new String(new DomMutation(Kind.ADD_ATTRIBUTE, 7, 0, 1, 3).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(typed.contains("xsi:type=\"tns:TKwotowy\"") && typed.contains("xmlns:xsi="), typed);
    }

    @Example
    void markupSplitsValuesWithoutChangingThem() {
        String split = new String(new DomMutation(Kind.INSERT_MARKUP, 4, 3, 0, 3).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(split.contains("<P_15>123<!--c-->.45</P_15>"), split);
        String cdata = new String(new DomMutation(Kind.INSERT_MARKUP, 4, 0, 0, 2).apply(DOC), StandardCharsets.UTF_8);
        assertTrue(cdata.contains("<![CDATA[123.45]]>"), cdata);
    }

    @Example
    void aDocumentWithoutAttributesIsLeftAloneByAttributeRemoval() {
        byte[] plain = ("<a xmlns=\"" + NS + "\"><b>1</b></a>").getBytes(StandardCharsets.UTF_8);
        Mutation m = new DomMutation(Kind.REMOVE_ATTRIBUTE, 3, 0, 0, 0);
        assertArrayEquals(plain, m.apply(plain));
        assertTrue(m.describe(plain).endsWith("no target in this document, unchanged"));
    }

    @Example
    void theParserRefusesDoctypes() {
        byte[] hostile = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> new DomMutation(Kind.DELETE_ELEMENT, 0, 0, 0, 0)
                .apply(hostile));
    }

    @Example
    void theCorpusHoldsTheTrickyValuesAskedFor() {
        List<String> v = InvoiceMutations.trickyValues();
        for (String s : List.of("", " ", "\t", "+1", "01", "1.0", "-0", ".5", "5.", "1e3", "1,5", "\u0663", "\uff13",
                "\u2028", "\u00a0", "2022-02-29", "2024-02-29", "2022-13-01", "2005-12-31", "2050-01-02",
                "2024-01-01T10:00:00+14:00", "2024-01-01T10:00:00+14:01", "2024-01-01T24:00:00Z",
                "2024-01-01T23:59:60Z", "2024-01-01T10:00:00", "2024-01-01T10:00:00.123456789Z", "vat", "pln",
                "123-456-32-18", "123 456 32 18", "1234567890123456789", "12.345")) {
            assertTrue(v.contains(s), "missing '" + s + "'");
        }
        assertTrue(v.stream().anyMatch(s -> s.length() == 257) && v.stream().anyMatch(s -> s.length() == 513));
    }

    /**
     * Found by DifferentialStructureTest (seed 2052487629080342840): the value "spaced every three
     * characters" put a space between the two halves of an emoji, so the mutated document could not
     * even be serialised. Every derived value must stay well-formed UTF-16.
     */
    @Property(tries = 500)
    void derivedValuesNeverSplitASurrogatePair(
            @ForAll("textsWithSupplementaryCharacters") @StringLength(max = 12) String current) {
        for (String value : TrickyValues.forValue(current)) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)),
                            "a lone high surrogate in '" + value + "' derived from '" + current + "'");
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c),
                            "a lone low surrogate in '" + value + "' derived from '" + current + "'");
                }
            }
        }
    }

    @Provide
    Arbitrary<String> textsWithSupplementaryCharacters() {
        return net.jqwik.api.Arbitraries.of("\ud83d\ude00", "a", " ", "1", "\u017c", "\ud835\udc00")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
