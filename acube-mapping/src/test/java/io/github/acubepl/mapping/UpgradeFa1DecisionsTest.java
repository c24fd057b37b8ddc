package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both sides of the FA(1) → FA(2) rules the official samples do not reach: what the source decides is
 * converted, what it does not is asked, and the answer is applied. Edits of the Ministry's FA(1) sample 1.
 */
class UpgradeFa1DecisionsTest {
    private static final InvoiceUpgrader UPGRADER = InvoiceUpgrader.of(InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(UpgradeFa2SamplesTest.CLOCK).build()).build());

    private static String sample1() throws IOException {
        return Files.readString(KsefFiles.samples(1).stream()
                .filter(p -> p.getFileName().toString().equals("Przykład 1.xml")).findFirst().orElseThrow(),
                StandardCharsets.UTF_8);
    }

    private static UpgradeResult upgrade(UnaryOperator<String> edit, UpgradeAnswers answers) throws IOException {
        String xml = edit.apply(sample1());
        return UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8), answers);
    }

    /** The upgraded FA XML without the indentation between elements. */
    private static String xml(UpgradeResult r) {
        return new String(r.document().toXml(), StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
    }

    private static List<UpgradeEntry> entries(UpgradeResult r, String rule) {
        return r.entries().stream().filter(e -> e.ruleId().equals(rule)).collect(Collectors.toList());
    }

    /** Line 3 at rate 0 with procedure {@code procedure} (none when null); P_13_3/P_14_3 become P_13_6. */
    private static UnaryOperator<String> zeroRated(String procedure) {
        return s -> s.replace("<P_13_3>0.95</P_13_3>\n\t\t<P_14_3>0.05</P_14_3>", "<P_13_6>0.95</P_13_6>")
                .replace("<P_15>2051</P_15>", "<P_15>2050.94</P_15>")
                .replace("<P_12>5</P_12>\n\t\t\t\t<P_12_Procedura>7</P_12_Procedura>", "<P_12>0</P_12>"
                        + (procedure == null ? "" : "\n\t\t\t\t<P_12_Procedura>" + procedure + "</P_12_Procedura>"));
    }

    @Test
    void aZeroTotalWhoseLinesAllSayIntraEuSupplyBecomesP_13_6_2AndTheLine0Wdt() throws IOException {
        assertTrue(zeroRated("2").apply(sample1()).contains("<P_13_6>"), "the edit applies");
        UpgradeResult r = upgrade(zeroRated("2"), UpgradeAnswers.none());
        assertEquals(UpgradeEntry.Kind.MECHANICAL, entries(r, "UPG-1-2-009").get(0).kind());
        assertEquals("P_13_6_2", entries(r, "UPG-1-2-009").get(0).value());
        assertTrue(xml(r).contains("<P_13_6_2>0.95</P_13_6_2>"), xml(r));
        assertTrue(xml(r).contains("<P_12>0 WDT</P_12>"), "FA(2) → FA(3) decides the line from the only total");
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void aZeroTotalTheLinesDoNotDecideIsADecisionAndItsAnswerIsApplied() throws IOException {
        UpgradeResult open = upgrade(zeroRated(null), UpgradeAnswers.none());
        UpgradeEntry question = entries(open, "UPG-1-2-010").get(0);
        assertTrue(question.isOpen());
        assertEquals(List.of("P_13_6_1", "P_13_6_2", "P_13_6_3"), question.allowedAnswers());
        assertEquals("/Faktura/Fa/P_13_6", question.sourceXpath(), "the location in the FA(1) document");
        assertFalse(open.isValid());
        assertTrue(open.issues().stream().anyMatch(i -> i.ruleId().equals("UPG-1-2-010")));

        UpgradeResult answered = upgrade(zeroRated(null),
                UpgradeAnswers.builder().answer("UPG-1-2-010", "/Faktura/Fa/P_13_6", "P_13_6_3").build());
        assertTrue(xml(answered).contains("<P_13_6_3>0.95</P_13_6_3>"), xml(answered));
        assertTrue(xml(answered).contains("<P_12>0 EX</P_12>"), xml(answered));
        assertTrue(answered.isValid(), () -> answered.issues() + " " + answered.validation().errors());
    }

    private static final UnaryOperator<String> LINE_INFO = s -> s.replace("<P_7>lodówka Zimnotech mk1</P_7>",
            "<P_7>lodówka Zimnotech mk1</P_7>\n\t\t\t\t<DodatkoweInfo>kolor biały</DodatkoweInfo>");

    @Test
    void aLineInfoFa2HasNoPlaceForIsAskedThenDroppedOrKeptAsDodatkowyOpisWithItsLineNumber() throws IOException {
        UpgradeResult open = upgrade(LINE_INFO, UpgradeAnswers.none());
        UpgradeEntry question = entries(open, "UPG-1-2-017").get(0);
        assertTrue(question.isOpen());
        assertEquals("/Faktura/Fa/FaWiersze/FaWiersz[1]/DodatkoweInfo", question.sourceXpath());
        assertFalse(open.isValid());

        UpgradeResult kept = upgrade(LINE_INFO, UpgradeAnswers.builder().answer("UPG-1-2-017", "DodatkowyOpis").build());
        assertTrue(xml(kept).contains("<NrWiersza>1</NrWiersza><Klucz>DodatkoweInfo</Klucz><Wartosc>kolor biały"
                + "</Wartosc>"), xml(kept));
        assertTrue(kept.isValid(), () -> kept.issues() + " " + kept.validation().errors());

        UpgradeResult dropped = upgrade(LINE_INFO, UpgradeAnswers.builder().answer("UPG-1-2-017", "drop").build());
        assertFalse(xml(dropped).contains("kolor biały"));
        assertTrue(dropped.isValid(), () -> dropped.issues() + " " + dropped.validation().errors());
    }

    @Test
    void procedure6OfALineBecomesTheAnnex15FlagAndProcedure7Goes() throws IOException {
        UpgradeResult r = upgrade(s -> s.replaceFirst("<P_12_Procedura>7</P_12_Procedura>",
                "<P_12_Procedura>6</P_12_Procedura>"), UpgradeAnswers.none());
        assertTrue(xml(r).contains("<P_12_Zal_15>1</P_12_Zal_15>"), xml(r));
        assertFalse(xml(r).contains("Procedura"));
        assertEquals(3, entries(r, "UPG-1-2-016").size());
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    private static final UnaryOperator<String> PREFIXED = s -> s.replace(
            "<Podmiot2>\n\t\t<DaneIdentyfikacyjne>\n\t\t\t<BrakID>1</BrakID>",
            "<Podmiot2>\n\t\t<PrefiksNabywcy>DE</PrefiksNabywcy>\n\t\t<DaneIdentyfikacyjne>\n\t\t\t<NrID>123456789</NrID>");

    @Test
    void aBuyerPrefixBesideAForeignIdIsAskedAndBecomesAnEuVatNumberWhenAnswered() throws IOException {
        assertTrue(PREFIXED.apply(sample1()).contains("PrefiksNabywcy"), "the edit applies");
        UpgradeResult open = upgrade(PREFIXED, UpgradeAnswers.none());
        assertEquals(List.of("KodUE", "drop"), entries(open, "UPG-1-2-008").get(0).allowedAnswers());
        assertFalse(open.isComplete());

        UpgradeResult answered = upgrade(PREFIXED, UpgradeAnswers.builder().answer("UPG-1-2-008", "KodUE").build());
        assertTrue(answered.isComplete(), () -> answered.issues().toString());
        assertTrue(xml(answered).contains("<KodUE>DE</KodUE><NrVatUE>123456789</NrVatUE>"), xml(answered));
        assertFalse(xml(answered).contains("PrefiksNabywcy"));
        assertEquals(List.of(), answered.validation().errors().stream()
                .filter(i -> i.ruleId().startsWith("FA-STRUCT")).collect(Collectors.toList()));
    }

    @Test
    void anEmailAndTwoPhonesBecomeTwoContactEntriesTheEmailWithTheFirstPhone() throws IOException {
        UpgradeResult r = upgrade(s -> s.replace("<Telefon>667444555</Telefon>",
                "<Telefon>667444555</Telefon>\n\t\t<Telefon>221234567</Telefon>"), UpgradeAnswers.none());
        assertTrue(xml(r).contains("<DaneKontaktowe><Email>abc@abc.pl</Email><Telefon>667444555</Telefon>"
                + "</DaneKontaktowe><DaneKontaktowe><Telefon>221234567</Telefon></DaneKontaktowe>"), xml(r));
        assertTrue(r.isValid(), () -> r.issues() + " " + r.validation().errors());
    }

    @Test
    void aPolishAddressBecomesTwoLinesAndAFullNameOneNazwa() throws IOException {
        UpgradeResult r = upgrade(UnaryOperator.identity(), UpgradeAnswers.none());
        assertTrue(xml(r).contains("<KodKraju>PL</KodKraju><AdresL1>Kwiatowa 1/2</AdresL1><AdresL2>00-001 Warszawa"
                + "</AdresL2>"), xml(r));
        assertTrue(xml(r).contains("<Nazwa>Jan Kowalski</Nazwa>"), xml(r));
        UpgradeEntry name = entries(r, "UPG-1-2-004").get(1);
        assertEquals("/Faktura/Podmiot2/DaneIdentyfikacyjne/ImiePierwsze", name.sourceXpath());
        assertEquals("/Faktura/Podmiot2/DaneIdentyfikacyjne/Nazwa", name.targetXpath());
    }

    @Test
    void anExemptionAnnotationMovesIntoZwolnienieWithItsBasis() throws IOException {
        UpgradeResult r = upgrade(s -> s.replace("<P_19>2</P_19>",
                "<P_19>1</P_19>\n\t\t\t<P_19A>art. 43 ust. 1 pkt 2</P_19A>"), UpgradeAnswers.none());
        assertTrue(xml(r).contains("<Zwolnienie><P_19>1</P_19><P_19A>art. 43 ust. 1 pkt 2</P_19A></Zwolnienie>"),
                xml(r));
        assertEquals(List.of(), r.validation().errors().stream()
                .filter(i -> i.ruleId().startsWith("FA-STRUCT")).collect(Collectors.toList()));
    }

    private static UnaryOperator<String> newVehicle() {
        return s -> s.replace("<P_22>2</P_22>", "<P_22>1</P_22>\n\t\t\t<P_22A>2022-01-10</P_22A>\n\t\t\t"
                + "<P_22BMK>Marka</P_22BMK>\n\t\t\t<P_22B>1200</P_22B>");
    }

    private static String sample(int n) throws IOException {
        return Files.readString(KsefFiles.samples(1).stream()
                .filter(p -> p.getFileName().toString().equals("Przykład " + n + ".xml")).findFirst().orElseThrow(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aNewMeansOfTransportAsksForP_42_5AndTakesTheOnlyLineAsItsLine() throws IOException {
        String oneLine = newVehicle().apply(sample(3));
        assertTrue(oneLine.contains("<P_22A>"), "the edit applies");
        UpgradeResult open = UPGRADER.upgrade(oneLine.getBytes(StandardCharsets.UTF_8), UpgradeAnswers.none());
        UpgradeEntry question = entries(open, "UPG-1-2-020").get(0);
        assertTrue(question.isOpen());
        assertEquals("/Faktura/Fa/Adnotacje/P_22", question.sourceXpath());
        assertEquals(List.of("1", "2"), question.allowedAnswers());
        assertFalse(open.isValid());

        UpgradeResult answered = UPGRADER.upgrade(oneLine.getBytes(StandardCharsets.UTF_8),
                UpgradeAnswers.builder().answer("UPG-1-2-020", "2").build());
        assertTrue(xml(answered).contains("<NoweSrodkiTransportu><P_22>1</P_22><P_42_5>2</P_42_5>"
                + "<NowySrodekTransportu><P_22A>2022-01-10</P_22A><P_NrWierszaNST>1</P_NrWierszaNST>"
                + "<P_22BMK>Marka</P_22BMK><P_22B>1200</P_22B></NowySrodekTransportu></NoweSrodkiTransportu>"),
                xml(answered));
        assertEquals("1", entries(answered, "UPG-1-2-021").get(0).value());
        assertEquals(List.of(), answered.validation().errors().stream()
                .filter(i -> i.ruleId().startsWith("FA-STRUCT")).collect(Collectors.toList()));
    }

    @Test
    void aNewMeansOfTransportOnAnInvoiceOfSeveralLinesLacksItsLineAndFailsValidation() throws IOException {
        UpgradeResult r = upgrade(newVehicle(), UpgradeAnswers.builder().answer("UPG-1-2-020", "1").build());
        assertTrue(r.isComplete(), () -> r.issues().toString());
        assertTrue(entries(r, "UPG-1-2-021").get(0).messageEn().contains("the invoice has 3 lines"));
        assertTrue(r.validation().errors().stream().anyMatch(i -> i.ruleId().equals("FA-STRUCT-001")
                && i.xpath().endsWith("/P_NrWierszaNST")), () -> r.validation().errors().toString());
        assertFalse(r.isValid());
    }

    /** Hostile input: every decision and rewrite per line must stay linear enough for thousands of lines. */
    @Test
    void fiveThousandLinesEachWithDataFa2HasNoPlaceForAreAllAnsweredAndEndWithinTheHangGuard() throws IOException {
        String one = "<FaWiersz>\n\t\t\t\t<NrWierszaFa>1</NrWierszaFa>";
        String s = sample1();
        int start = s.indexOf(one);
        int end = s.indexOf("</FaWiersz>", start) + "</FaWiersz>".length();
        String line = s.substring(start, end);
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            many.append(line.replace("<NrWierszaFa>1</NrWierszaFa>", "<NrWierszaFa>" + i + "</NrWierszaFa>")
                    .replace("</P_7>", "</P_7><DodatkoweInfo>info \u202e[2J " + i + "</DodatkoweInfo>"));
        }
        String xml = s.substring(0, start) + many + s.substring(end);
        UpgradeResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> UPGRADER.upgrade(xml.getBytes(StandardCharsets.UTF_8),
                        UpgradeAnswers.builder().answer("UPG-1-2-017", "DodatkowyOpis").build()));
        assertEquals(5000, entries(r, "UPG-1-2-017").size());
        assertTrue(r.isComplete(), () -> r.issues().toString());
        assertEquals("/Faktura/Fa/FaWiersze/FaWiersz[5000]/DodatkoweInfo",
                entries(r, "UPG-1-2-017").get(4999).sourceXpath());
        assertTrue(entries(r, "UPG-1-2-017").get(0).messageEn().contains("info \\u202e[2J 1"),
                "a control character of the invoice is quoted escaped: "
                        + entries(r, "UPG-1-2-017").get(0).messageEn());
    }

    @Test
    void aTaxiOrOssTotalWhoseMeaningNarrowedMustBeConfirmed() throws IOException {
        UnaryOperator<String> taxi = s -> s.replace("<P_13_3>0.95</P_13_3>\n\t\t<P_14_3>0.05</P_14_3>",
                "<P_13_4>0.95</P_13_4>\n\t\t<P_14_4>0.05</P_14_4>");
        assertTrue(taxi.apply(sample1()).contains("<P_13_4>"), "the edit applies");
        UpgradeResult open = upgrade(taxi, UpgradeAnswers.none());
        assertTrue(entries(open, "UPG-1-2-011").get(0).isOpen());
        assertFalse(open.isValid());
        UpgradeResult confirmed = upgrade(taxi, UpgradeAnswers.builder().answer("UPG-1-2-011", "keep").build());
        assertTrue(confirmed.isComplete(), () -> confirmed.issues().toString());
        assertTrue(xml(confirmed).contains("<P_13_4>0.95</P_13_4>"));
    }
}
