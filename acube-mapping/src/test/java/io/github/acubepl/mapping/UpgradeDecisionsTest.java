package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.UpgradeEntry.AnsweredBy;
import io.github.acubepl.mapping.UpgradeEntry.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;

/**
 * The rules of the FA(2) → FA(3) upgrade on invoices made from the official FA(2) samples by small
 * edits: what the totals decide is converted, what they do not is asked, and an open or wrongly
 * answered decision never gives a valid or complete result.
 */
class UpgradeDecisionsTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(UpgradeFa2SamplesTest.CLOCK).build()).build();
    private static final InvoiceUpgrader UPGRADER = InvoiceUpgrader.of(MAPPER);

    private static String sample(String name) throws IOException {
        for (Path p : KsefFiles.samples(2)) {
            if (p.getFileName().toString().endsWith("_" + name + ".xml")) {
                return Files.readString(p, StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no FA(2) sample " + name);
    }

    private static String edit(String xml, String regex, String replacement) {
        String out = Pattern.compile(regex).matcher(xml).replaceFirst(replacement);
        assertFalse(out.equals(xml), "the edit " + regex + " changed nothing");
        return out;
    }

    /** Sample 1 with line 2 (40.65) and line 3 ({@code amount3}) at rate 0, and the totals given. */
    private static byte[] twoZeroLines(String amount3, String zeroTotals, String p15) throws IOException {
        String xml = sample("1");
        xml = edit(xml, "(<P_11>40.65</P_11>\\s*<P_12>)23(</P_12>)", "$10$2");
        xml = edit(xml, "<P_9A>0.95</P_9A>(\\s*)<P_11>0.95</P_11>(\\s*)<P_12>5</P_12>",
                "<P_9A>" + amount3 + "</P_9A>$1<P_11>" + amount3 + "</P_11>$2<P_12>0</P_12>");
        xml = edit(xml, "<P_13_1>1666.66</P_13_1>\\s*<P_14_1>383.33</P_14_1>\\s*<P_13_3>0.95</P_13_3>\\s*"
                + "<P_14_3>0.05</P_14_3>\\s*<P_15>2051</P_15>",
                "<P_13_1>1626.01</P_13_1><P_14_1>373.98</P_14_1>" + zeroTotals + "<P_15>" + p15 + "</P_15>");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Lines 2 and 3 both 40.65 at rate 0, totals 40.65 domestic and 40.65 export: either line may be either. */
    private static byte[] undecidable() throws IOException {
        return twoZeroLines("40.65", "<P_13_6_1>40.65</P_13_6_1><P_13_6_3>40.65</P_13_6_3>", "2081.29");
    }

    private static List<UpgradeEntry> entries(UpgradeResult r, String rule) {
        List<UpgradeEntry> out = new ArrayList<>();
        for (UpgradeEntry e : r.entries()) {
            if (e.ruleId().equals(rule)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(UpgradeResult r) {
        return new String(r.document().toXml(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------- 0 and np

    @Test
    void aZeroRateWhoseOnlyTotalIsP13_6_2BecomesZeroWdtMechanically() throws IOException {
        String xml = sample("1");
        xml = edit(xml, "<P_12>5</P_12>", "<P_12>0</P_12>");
        xml = edit(xml, "<P_13_3>0.95</P_13_3>\\s*<P_14_3>0.05</P_14_3>\\s*<P_15>2051</P_15>",
                "<P_13_6_2>0.95</P_13_6_2><P_15>2050.94</P_15>");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        List<UpgradeEntry> zero = entries(r, "UPG-2-3-010");
        assertEquals(1, zero.size());
        assertEquals(Kind.MECHANICAL, zero.get(0).kind());
        assertEquals("0 WDT", zero.get(0).value());
        assertEquals("/Faktura/Fa/FaWiersz[3]/P_12", zero.get(0).sourceXpath());
        assertEquals("/Fa/FaWiersz/2/P_12", zero.get(0).targetPointer());
        assertTrue(text(r).contains("<P_12>0 WDT</P_12>"));
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void zeroRatedLinesWhoseAmountsMatchTheTotalsOnlyOneWayAreConvertedMechanically() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(twoZeroLines("0.95",
                "<P_13_6_1>40.65</P_13_6_1><P_13_6_3>0.95</P_13_6_3>", "2041.59"), UpgradeAnswers.none());
        List<UpgradeEntry> zero = entries(r, "UPG-2-3-010");
        assertEquals(2, zero.size());
        assertEquals("0 KR", zero.get(0).value());
        assertEquals("0 EX", zero.get(1).value());
        assertTrue(entries(r, "UPG-2-3-011").isEmpty());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    /** Found by the testkit property: an OSS line (P_12_XII, no P_12) beside the 0-rated ones made the totals "not decide". */
    @Test
    void zeroRatedLinesBesideALineWithoutARateAreStillDecidedByTheirSums() throws IOException {
        String xml = new String(twoZeroLines("0.95", "<P_13_6_1>40.65</P_13_6_1><P_13_6_2>0.95</P_13_6_2>", "2041.59"),
                StandardCharsets.UTF_8);
        xml = edit(xml, "<P_12>23</P_12>", "");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        List<UpgradeEntry> zero = entries(r, "UPG-2-3-010");
        assertEquals(2, zero.size(), () -> r.entries().toString());
        assertEquals("0 KR", zero.get(0).value());
        assertEquals("0 WDT", zero.get(1).value());
        assertTrue(r.openDecisions().isEmpty());
    }

    @Test
    void anOpenDecisionNeverGivesAValidOrCompleteResult() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(), UpgradeAnswers.none());
        List<UpgradeEntry> open = r.openDecisions();
        assertEquals(2, open.size());
        assertEquals(List.of("0 EX", "0 KR"), open.get(0).allowedAnswers(), "the first answers of all fit the totals");
        assertEquals(List.of("0 KR", "0 EX"), open.get(1).allowedAnswers());
        assertEquals(AnsweredBy.NONE, open.get(0).answeredBy());
        assertFalse(r.isComplete());
        assertFalse(r.isValid());
        assertEquals(2, r.issues().size());
        for (ValidationIssue i : r.issues()) {
            assertEquals("UPG-2-3-011", i.ruleId());
            assertEquals(Severity.ERROR, i.severity());
        }
        // never a guess: the FA(2) code stays, and FA(3) refuses it
        assertTrue(text(r).contains("<P_12>0</P_12>"));
        assertFalse(r.validation().isValid());
    }

    @Test
    void theFirstAllowedAnswersTogetherGiveAValidInvoice() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(),
                UpgradeAnswers.builder().policy(q -> Optional.of(q.allowedAnswers().get(0))).build());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
        for (UpgradeEntry e : entries(r, "UPG-2-3-011")) {
            assertEquals(AnsweredBy.POLICY, e.answeredBy());
            assertEquals(e.answer(), e.value());
        }
    }

    @Test
    void anAnswerAtALocationWinsOverTheAnswerForTheRule() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(), UpgradeAnswers.builder()
                .answer("UPG-2-3-011", "0 KR")
                .answer("UPG-2-3-011", "/Fa/FaWiersz/1/P_12", "0 EX")
                .build());
        List<UpgradeEntry> zero = entries(r, "UPG-2-3-011");
        assertEquals("0 EX", zero.get(0).answer());
        assertEquals(AnsweredBy.LOCATION, zero.get(0).answeredBy());
        assertEquals("0 KR", zero.get(1).answer());
        assertEquals(AnsweredBy.RULE, zero.get(1).answeredBy());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void anAnswerAtALocationMayNameTheXPathToo() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(), UpgradeAnswers.builder()
                .answer("UPG-2-3-011", "/Faktura/Fa/FaWiersz[2]/P_12", "0 EX")
                .answer("UPG-2-3-011", "/Faktura/Fa/FaWiersz[3]/P_12", "0 KR")
                .build());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void anAnswerNotAmongTheAllowedOnesIsAnErrorAndTheDecisionStaysOpen() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(), UpgradeAnswers.builder().answer("UPG-2-3-011", "0 WDT").build());
        assertEquals(2, r.openDecisions().size());
        assertEquals(2, r.issues().size());
        for (ValidationIssue i : r.issues()) {
            assertEquals("UPG-ANSWER-002", i.ruleId());
            assertTrue(i.messageEn().contains("'0 WDT'") && i.messageEn().contains("0 EX, 0 KR")
                    || i.messageEn().contains("0 KR, 0 EX"), i.messageEn());
        }
        assertFalse(r.isValid());
    }

    @Test
    void anAnswerThatNamesNoDecisionTheInvoiceNeedsIsAnError() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("1").getBytes(StandardCharsets.UTF_8), UpgradeAnswers.builder()
                .answer("UPG-2-3-011", "0 KR")
                .answer("UPG-2-3-013", "/Fa/FaWiersz/0/P_12", "np I")
                .build());
        assertTrue(r.validation().isValid(), "the invoice itself upgrades cleanly");
        assertEquals(2, r.issues().size());
        assertEquals("UPG-ANSWER-001", r.issues().get(0).ruleId());
        assertEquals("UPG-ANSWER-001", r.issues().get(1).ruleId());
        assertFalse(r.isComplete());
        assertFalse(r.isValid());
    }

    @Test
    void anAnswerToAMechanicalRuleIsAnErrorBecauseNothingThereIsUndecided() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("1").getBytes(StandardCharsets.UTF_8),
                UpgradeAnswers.builder().answer("UPG-2-3-006", "1").build());
        assertEquals("UPG-ANSWER-001", r.issues().get(0).ruleId());
        assertFalse(r.isValid());
    }

    @Test
    void npWhoseOnlyTotalIsP13_9BecomesNpIiMechanically() throws IOException {
        String xml = sample("1");
        xml = edit(xml, "<P_12>5</P_12>", "<P_12>np</P_12>");
        xml = edit(xml, "<P_13_3>0.95</P_13_3>\\s*<P_14_3>0.05</P_14_3>\\s*<P_15>2051</P_15>",
                "<P_13_9>0.95</P_13_9><P_15>2050.94</P_15>");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertEquals("np II", entries(r, "UPG-2-3-012").get(0).value());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void npWithNeitherTotalIsADecisionBetweenNpIAndNpIi() throws IOException {
        String xml = sample("1");
        xml = edit(xml, "<P_12>5</P_12>", "<P_12>np</P_12>");
        xml = edit(xml, "<P_13_3>0.95</P_13_3>\\s*<P_14_3>0.05</P_14_3>", "");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        UpgradeEntry np = entries(r, "UPG-2-3-013").get(0);
        assertTrue(np.isOpen());
        assertEquals(List.of("np I", "np II"), np.allowedAnswers());
        assertFalse(r.isValid());
    }

    // ------------------------------------------------------------------------------- hostile input

    @Test
    void manyZeroRatedLinesAreAskedAboutRatherThanEnumeratedWithoutEnd() throws IOException {
        String xml = sample("1");
        StringBuilder lines = new StringBuilder();
        for (int i = 4; i < 4 + 2000; i++) {
            lines.append("<FaWiersz><NrWierszaFa>").append(i).append("</NrWierszaFa><P_11>0.01</P_11><P_12>0</P_12>")
                    .append("</FaWiersz>");
        }
        xml = edit(xml, "<Platnosc>", lines + "<Platnosc>");
        xml = edit(xml, "<P_15>2051</P_15>", "<P_13_6_1>25</P_13_6_1><P_13_6_2>25</P_13_6_2><P_15>2101</P_15>");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        UpgradeResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> UPGRADER.upgrade(bytes,
                UpgradeAnswers.none()), "a hang guard only");
        assertEquals(2000, r.openDecisions().size());
        assertFalse(r.isValid());
    }

    @Test
    void amountsWithHugeExponentsAreNotComputedWith() throws IOException {
        String xml = sample("1");
        xml = edit(xml, "<P_11>0.95</P_11>\\s*<P_12>5</P_12>", "<P_11>1E+999999999</P_11><P_12>0</P_12>");
        xml = edit(xml, "<P_15>2051</P_15>", "<P_13_6_1>1E-999999999</P_13_6_1><P_13_6_2>9e999999999</P_13_6_2>"
                + "<P_15>2051</P_15>");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        UpgradeResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> UPGRADER.upgrade(bytes,
                UpgradeAnswers.none()), "a hang guard only");
        UpgradeEntry zero = entries(r, "UPG-2-3-011").get(0);
        assertTrue(zero.isOpen(), "unreadable amounts decide nothing");
        assertFalse(r.validation().isValid());
    }

    @Test
    void aPaymentTermTextWithAControlCharacterIsQuotedEscaped() throws IOException {
        // XML cannot carry an escape character; A-Cube JSON can
        String json = new String(MAPPER.read(sample("14").getBytes(StandardCharsets.UTF_8)).toJson(),
                StandardCharsets.UTF_8);
        json = edit(json, "co najmniej 50% pozostałej kwoty", "co\\\\u001b[2J najmniej");
        UpgradeResult r = UPGRADER.upgrade(json.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        String message = r.openDecisions().get(0).messageEn();
        assertTrue(message.contains("'co\\u001b[2J najmniej'"), message);
        assertFalse(message.contains("\u001b"), message);
    }

    // ------------------------------------------------------------------------------- payment

    @Test
    void partialPaymentsAddingUpToTheAmountDueBecomePaidInFullInParts() throws IOException {
        String xml = edit(sample("8"), "</ZaplataCzesciowa>", "</ZaplataCzesciowa><ZaplataCzesciowa>"
                + "<KwotaZaplatyCzesciowej>5000</KwotaZaplatyCzesciowej>"
                + "<DataZaplatyCzesciowej>2022-02-01</DataZaplatyCzesciowej></ZaplataCzesciowa>");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertEquals("2", entries(r, "UPG-2-3-020").get(0).value());
        assertTrue(text(r).contains("<ZnacznikZaplatyCzesciowej>2</ZnacznikZaplatyCzesciowej>"));
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void aPartialPaymentShortOfTheAmountDueKeepsItsMarker() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("8").getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertTrue(entries(r, "UPG-2-3-020").isEmpty());
        assertTrue(text(r).contains("<ZnacznikZaplatyCzesciowej>1</ZnacznikZaplatyCzesciowej>"));
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void aPaymentTermTextReadingNumberUnitEventMayBeSplitIntoFa3Fields() throws IOException {
        String xml = edit(sample("14"), "co najmniej 50% pozostałej kwoty", "30 dni od otrzymania faktury");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.builder()
                .answer("UPG-2-3-021", "/Fa/Platnosc/TerminPlatnosci/0/TerminOpis", "structured")
                .answer("UPG-2-3-021", "/Fa/Platnosc/TerminPlatnosci/1/TerminOpis", "drop")
                .build());
        List<UpgradeEntry> terms = entries(r, "UPG-2-3-021");
        assertEquals(List.of("drop", "DodatkowyOpis", "structured"), terms.get(0).allowedAnswers());
        assertEquals(List.of("drop", "DodatkowyOpis"), terms.get(1).allowedAnswers(), "'pozostała część' does not split");
        assertTrue(text(r).contains("<Ilosc>30</Ilosc>"));
        assertTrue(text(r).contains("<Jednostka>dni</Jednostka>"));
        assertTrue(text(r).contains("<ZdarzeniePoczatkowe>od otrzymania faktury</ZdarzeniePoczatkowe>"));
        assertFalse(text(r).contains("pozostała część"), "dropped");
        assertEquals("/Fa/Platnosc/TerminPlatnosci/1", terms.get(1).targetPointer(), "dropped: its parent");
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void anUnansweredPaymentTermTextQuotesTheTextAndFailsValidation() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("14").getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertEquals(2, r.openDecisions().size());
        assertTrue(r.openDecisions().get(0).messageEn().contains("'co najmniej 50% pozostałej kwoty'"));
        assertFalse(r.validation().isValid(), "free text where FA(3) wants Ilosc, Jednostka, ZdarzeniePoczatkowe");
    }

    // ------------------------------------------------------------------------------- header, parties, sources

    @Test
    void aCreationTimeFa3AcceptsIsKept() throws IOException {
        String xml = edit(sample("1"), "<DataWytworzeniaFa>[^<]*</DataWytworzeniaFa>",
                "<DataWytworzeniaFa>2025-09-01T00:00:00Z</DataWytworzeniaFa>");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertTrue(entries(r, "UPG-2-3-004").isEmpty());
        assertTrue(text(r).contains("<DataWytworzeniaFa>2025-09-01T00:00:00Z</DataWytworzeniaFa>"));
    }

    @Test
    void aCreationTimeBeforeFa3IsTheUpgradeTimeOfTheInjectedClock() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("1").getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        UpgradeEntry created = entries(r, "UPG-2-3-004").get(0);
        assertEquals(Kind.DEFAULTED, created.kind());
        assertEquals("2031-03-14T09:26:53Z", created.value());
    }

    @Test
    void aBuyerWithAJstUnitAsRecipientGetsJst1AndOthersGet2() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(sample("9").getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertEquals(Kind.MECHANICAL, entries(r, "UPG-2-3-005").get(0).kind());
        assertEquals(Kind.DEFAULTED, entries(r, "UPG-2-3-008").get(0).kind());
        assertTrue(text(r).contains("<JST>1</JST>"));
        assertTrue(text(r).contains("<GV>2</GV>"));
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void aSchemaLocationNamingFa2NamesFa3() throws IOException {
        String xml = edit(sample("1"), "<Faktura ", "<Faktura xsi:schemaLocation=\"http://crd.gov.pl/wzor/2023/06/29/12648/ "
                + "http://crd.gov.pl/wzor/2023/06/29/12648/schemat.xsd\" ");
        UpgradeResult r = UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        assertTrue(text(r).contains("xsi:schemaLocation=\"http://crd.gov.pl/wzor/2025/06/25/13775/ "
                + "http://crd.gov.pl/wzor/2025/06/25/13775/schemat.xsd\""), text(r));
        assertTrue(entries(r, "UPG-2-3-001").get(0).messageEn().contains("xsi:schemaLocation"));
    }

    @Test
    void aJsonInvoiceUpgradesToTheSameFa3AsItsXml() throws IOException {
        byte[] xml = sample("4").getBytes(StandardCharsets.UTF_8);
        byte[] json = MAPPER.read(xml).toJson();
        UpgradeResult fromXml = UPGRADER.upgrade(xml, UpgradeAnswers.none());
        UpgradeResult fromJson = UPGRADER.upgrade(json, UpgradeAnswers.none());
        // the JSON carries no namespace declarations besides the default one, so compare the content
        assertFalse(DiffBuilder.compare(fromXml.document().toXml()).withTest(fromJson.document().toXml())
                .ignoreWhitespace().checkForSimilar().build().hasDifferences());
        assertEquals(fromXml.entries(), fromJson.entries());
    }

    @Test
    void anFa3InvoiceComesBackAsItIsWithNoEntries() throws IOException {
        InvoiceDocument fa3 = MAPPER.read(KsefFiles.samples(3).get(0));
        UpgradeResult r = UPGRADER.upgrade(fa3);
        assertTrue(r.entries().isEmpty());
        assertArrayEquals(fa3.toXml(), r.document().toXml());
        assertEquals("FA(3)", r.sourceFormat());
    }

    @Test
    void anFa1InvoiceIsRefusedWithAMessageNamingWhatIsKnown() {
        InvoiceDocument fa1 = MAPPER.read(KsefFiles.fa1Samples().get(0));
        AcubeMappingException e = assertThrows(AcubeMappingException.class, () -> UPGRADER.upgrade(fa1));
        assertEquals("no upgrade from FA(1) to FA(3) (yet); known: FA(2) -> FA(3)", e.getMessage());
    }

    @Test
    void theSourceDocumentIsNotChangedByAnUpgrade() throws IOException {
        InvoiceDocument source = MAPPER.read(undecidable());
        byte[] before = source.toXml();
        UPGRADER.upgrade(source, UpgradeAnswers.builder().answer("UPG-2-3-011", "0 KR").build());
        assertArrayEquals(before, source.toXml());
        assertEquals("FA(2)", source.format().name());
    }

    @Test
    void theResultSaysWhatItIs() throws IOException {
        UpgradeResult r = UPGRADER.upgrade(undecidable(), UpgradeAnswers.none());
        assertEquals("UpgradeResult[FA(2) -> FA(3): 8 entries, 2 open decisions, 2 upgrade errors, "
                + r.validation().errors().size() + " validation errors]", r.toString());
        assertEquals(2, r.entries(Kind.NEEDS_DECISION).size());
        assertNotNull(UPGRADER.toString());
    }
}
