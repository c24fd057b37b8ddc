package io.github.acubepl.mapping;

import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.GOOD_KSEF_NUMBER;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.WRONG_KSEF_NUMBER;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.attachment;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.marginInvoice;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.newMeansOfTransport;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.onSample;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.partialAdvance;
import static io.github.acubepl.mapping.NewRulesLinesTypesPaymentRows.reverseChargeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The other side of each boundary of the rules in {@link NewRulesLinesTypesPaymentRows}: valid
 * variants close to a breach stay silent, the second branch of the rules with two (VAT/ROZ partial
 * advances, UPR with several rates, DoRozliczenia), the KSeF number check sum with its KSeF 1.0 /
 * KSeF 2.0 boundary, and values the structural check rejects, which the rules must survive quietly.
 */
class NewRulesLinesTypesPaymentTest {
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(BusinessRulesBreakingTest.CLOCK).build())
            .build();

    /** The rule ids the edited sample 1 of FA({@code version}) raises; the document must stay XSD-valid. */
    private Set<String> ids(int version, Consumer<XmlEdit> edit) {
        XmlEdit e = XmlEdit.of(BusinessRulesBreakingTest.base(version));
        edit.accept(e);
        byte[] xml = e.bytes();
        assertEquals(List.of(), OfficialXsd.errors(version, xml), "the variant must stay valid per the XSD");
        return idsOf(xml);
    }

    /** The rule ids of a document the XSD may reject. */
    private Set<String> idsOf(byte[] xml) {
        ValidationReport report = mapper.validate(xml);
        List<String> documented = OfficialSamplesTest.expectedWarnings(report.format());
        return report.issues().stream().map(ValidationIssue::ruleId).filter(id -> !documented.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ------------------------------------------------------------------------------- KSeF numbers

    @Test
    void ksefNumberChecksumMatchesThePublishedExamples() {
        assertEquals("F4", KsefNumber.checksum("123456789"), "CRC-8 (poly 0x07, init 0) check value");
        assertTrue(KsefNumber.isValid("5555555555-20250828-010080615740-E4"));
        assertTrue(KsefNumber.isValid("5265877635-20250826-0100001AF629-AF"));
        assertTrue(KsefNumber.isValid(GOOD_KSEF_NUMBER));
        assertFalse(KsefNumber.isValid(WRONG_KSEF_NUMBER));
        assertFalse(KsefNumber.isValid("5265877635-20250826-0100001af629-AF"), "hex is upper-case");
        assertFalse(KsefNumber.isValid("5265877635-20250826-0100001AF629-AF "), "35 characters exactly");
    }

    @Test
    void theSchemasThirtySixCharacterFormIsCheckedWithoutItsExtraHyphen() {
        String dashed = GOOD_KSEF_NUMBER.substring(0, 26) + "-" + GOOD_KSEF_NUMBER.substring(26);
        assertEquals(GOOD_KSEF_NUMBER, KsefNumber.canonical(dashed));
        assertTrue(KsefNumber.assignedByKsef2(dashed));
        assertEquals(null, KsefNumber.canonical("9999999999-20260302-0100001AF629"));
    }

    @Test
    void ksef1NumbersBeforeFebruary2026AreNotExpectedToCarryTheChecksum() {
        // the official samples refer to 9999999999-20230908-8BEF280C8D35-4D, whose CRC-8 is 21
        assertFalse(KsefNumber.assignedByKsef2("9999999999-20230908-8BEF280C8D35-4D"));
        assertFalse(KsefNumber.assignedByKsef2("9999999999-20260131-0100001AF629-00"), "the day before KSeF 2.0");
        assertTrue(KsefNumber.assignedByKsef2("9999999999-20260201-0100001AF629-00"), "KSeF 2.0's first day");
        assertFalse(KsefNumber.assignedByKsef2("9999999999-20261399-0100001AF629-00"), "no such date");
        assertFalse(KsefNumber.assignedByKsef2("FV/2026/1"));
        assertThrows(IllegalArgumentException.class, () -> KsefNumber.checksum("żółw"));
    }

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void aMistypedKsef2NumberIsFlaggedFromTheFirstDayOfKsef2Only(int version) {
        String bad31 = "9999999999-20260131-0100001AF629-00";
        String bad01 = "9999999999-20260201-0100001AF629-00";
        assertFalse(ids(version, onSample(3, e -> e.set("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej", bad31)))
                .contains("FA-KOR-201"));
        assertEquals(Set.of("FA-KOR-201"),
                ids(version, onSample(3, e -> e.set("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej", bad01))));
        assertEquals(Set.of(), ids(version, onSample(3,
                e -> e.set("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej", GOOD_KSEF_NUMBER))));
        assertEquals(Set.of(), ids(version, onSample(14,
                e -> e.set("Fa/FakturaZaliczkowa/NrKSeFFaZaliczkowej", GOOD_KSEF_NUMBER))));
    }

    // ------------------------------------------------------------------------------- near misses

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void validVariantsNextToEachBreachRaiseNothing(int version) {
        assertEquals(Set.of(), ids(version, e -> newMeansOfTransport(e, "3")), "FA-ADN-201: line 3 exists");
        assertEquals(Set.of(), ids(version, e -> marginInvoice(e).remove("Fa/P_13_1").remove("Fa/P_14_1")
                .remove("Fa/P_13_3").remove("Fa/P_14_3").add("Fa", "<P_13_11>2051</P_13_11>", "P_15")),
                "FA-ADN-202: a margin invoice with P_13_11 only");
        assertEquals(Set.of(), ids(version, NewRulesLinesTypesPaymentRows::reverseChargeLine),
                "FA-ADN-203/204: oo to a buyer with a Polish NIP, and P_18 = 1");
        assertEquals(Set.of(), ids(version, e -> e.set("Fa/FaWiersz[1]/NrWierszaFa", "3")
                .set("Fa/FaWiersz[3]/NrWierszaFa", "1")), "FA-LINE-201: 3, 2, 1 has no gap");
        assertEquals(Set.of(), ids(version, onSample(3, e -> e.set("Fa/FaWiersz/NrWierszaFa", "3")
                .set("Fa/FaWiersz/P_8B", "-1"))), "FA-LINE-201/202: a correction may keep line 3 and go negative");
        assertEquals(Set.of(), ids(version, e -> e.add("Fa/FaWiersz[1]", "<P_11Vat>373.99</P_11Vat>", "P_12")
                .add("Fa/FaWiersz[2]", "<P_11Vat>9.35</P_11Vat>", "P_12")),
                "FA-LINE-204: 383.34 against 383.33 is within 0.01 per line");
        assertEquals(Set.of(), ids(version, onSample(3, e -> e.add("Fa", "<NrFaKorygowany>FV2026/02/151"
                + "</NrFaKorygowany>", "FaWiersz"))), "FA-KOR-202: a different number");
        assertEquals(Set.of(), ids(version, onSample(10, e -> e.add("Fa", partialAdvance("2026-02-01", "5000")
                + partialAdvance("2026-02-15", "15000"), "DodatkowyOpis"))), "FA-ZAL-202: 5000 + 15000 = P_15");
        assertEquals(Set.of(), ids(version, onSample(16, e -> e.addAfter("Fa/FaWiersz", "<FaWiersz><NrWierszaFa>2"
                + "</NrWierszaFa><P_7>wiertło</P_7><P_11A>10</P_11A><P_12>8</P_12></FaWiersz>")
                .add("Fa/FaWiersz[1]", "<P_11A>440</P_11A>", "P_12"))),
                "FA-UPR-201: two rates, each line with its value");
        assertEquals(Set.of(), ids(version, onSample(4, e -> e.set("Fa/Rozliczenie/Odliczenia/Kwota", "70000")
                .set("Fa/Rozliczenie/SumaOdliczen", "70000").remove("Fa/Rozliczenie/DoZaplaty")
                .add("Fa/Rozliczenie", "<DoRozliczenia>5720.08</DoRozliczenia>"))),
                "FA-SUM-201: the overpayment as DoRozliczenia");
    }

    @Test
    void validFa3OnlyVariantsRaiseNothing() {
        assertEquals(Set.of(), ids(3, e -> e.add("Fa/Platnosc", "<LinkDoPlatnosci>https://platnosci.example.pl/z?"
                + "k=1&amp;IPKSeF=123ABCDEFGHIJ&amp;x=2#top</LinkDoPlatnosci><IPKSeF>123ABCDEFGHIJ</IPKSeF>")),
                "FA-PAY-201: the same id among other parameters");
        assertEquals(Set.of(), ids(3, onSample(8, e -> e.set("Fa/Platnosc/ZnacznikZaplatyCzesciowej", "2")
                .set("Fa/Platnosc/ZaplataCzesciowa/KwotaZaplatyCzesciowej", "14999.99"))),
                "FA-PAY-202: 14999.99 of 15000 is within 0.01");
        assertEquals(Set.of(), ids(3, e -> e.add("Fa/Platnosc", "<TerminPlatnosci><TerminOpis><Ilosc>14</Ilosc>"
                + "<Jednostka>dni</Jednostka><ZdarzeniePoczatkowe>dostawa</ZdarzeniePoczatkowe></TerminOpis>"
                + "</TerminPlatnosci>", "FormaPlatnosci")), "FA-PAY-204: a described term");
        // any Zalacznik draws FA-KSEF-101 (batch sessions only, code 415); the tables themselves raise nothing
        assertEquals(Set.of("FA-KSEF-101"), ids(3, e -> e.add("", attachment("<Kol Typ=\"date\"><NKom>Data</NKom></Kol>"
                + "<Kol Typ=\"datetime\"><NKom>Odczyt</NKom></Kol><Kol Typ=\"time\"><NKom>Godzina</NKom></Kol>"
                + "<Kol Typ=\"int\"><NKom>Licznik</NKom></Kol><Kol Typ=\"dec\"><NKom>kWh</NKom></Kol>"
                + "<Kol Typ=\"txt\"><NKom>Uwagi</NKom></Kol>",
                "<Wiersz><WKom>2026-01-31</WKom><WKom>2026-01-31T23:59:00Z</WKom><WKom>10:15</WKom><WKom>-3</WKom>"
                        + "<WKom>12,5</WKom><WKom>bez uwag</WKom></Wiersz>"
                        + "<Wiersz><WKom/><WKom/><WKom/><WKom/><WKom>7.25</WKom><WKom/></Wiersz>"
                        + "<Suma><SKom>razem</SKom><SKom/><SKom/><SKom/><SKom>19.75</SKom></Suma>"))),
                "FA-ZALA-201/202: every type, empty cells, a shorter sums row");
    }

    // ------------------------------------------------------------------------------- second branches

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void partialAdvancesBeyondTheSettlementsTotalAreFlagged(int version) {
        assertEquals(Set.of("FA-ZAL-202"), ids(version, onSample(14, e -> e.add("Fa", partialAdvance("2026-02-01",
                "300000") + partialAdvance("2026-02-15", "10000"), "DodatkowyOpis", "FakturaZaliczkowa"))));
        assertEquals(Set.of(), ids(version, onSample(14, e -> e.add("Fa", partialAdvance("2026-02-01", "7635"),
                "DodatkowyOpis", "FakturaZaliczkowa"))), "a remainder of 300000 to pay is fine");
    }

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void aSimplifiedInvoiceAtTwoRatesNeedsEachLinesValue(int version) {
        assertEquals(Set.of("FA-UPR-201"), ids(version, onSample(16, e -> e.addAfter("Fa/FaWiersz",
                "<FaWiersz><NrWierszaFa>2</NrWierszaFa><P_7>wiertło</P_7><P_11A>10</P_11A><P_12>8</P_12></FaWiersz>"))));
    }

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void doRozliczeniaIsForAnOverpaymentOfTheRightAmount(int version) {
        Consumer<XmlEdit> overpaid = e -> e.set("Fa/Rozliczenie/Odliczenia/Kwota", "70000")
                .set("Fa/Rozliczenie/SumaOdliczen", "70000").remove("Fa/Rozliczenie/DoZaplaty");
        assertEquals(Set.of("FA-SUM-201"), ids(version, onSample(4, overpaid.andThen(
                e -> e.add("Fa/Rozliczenie", "<DoRozliczenia>5000</DoRozliczenia>")))), "the wrong amount");
        assertEquals(Set.of("FA-SUM-201"), ids(version, onSample(4, e -> e.remove("Fa/Rozliczenie/DoZaplaty")
                .add("Fa/Rozliczenie", "<DoRozliczenia>100</DoRozliczenia>"))), "no overpayment at all");
    }

    @Test
    void aSumsRowWiderThanTheHeaderIsFlagged() {
        assertEquals(Set.of("FA-KSEF-101", "FA-ZALA-201"), ids(3, e -> e.add("", attachment("<Kol Typ=\"txt\"><NKom>A</NKom></Kol>",
                "<Wiersz><WKom>a</WKom></Wiersz><Suma><SKom>x</SKom><SKom>y</SKom></Suma>"))));
    }

    @Test
    void aFourteenDigitLineNumberIsAGapNotAnAllocation() {
        // the largest NrWierszaFa the schema allows: the check is a set of the numbers seen, not an array
        assertEquals(Set.of("FA-LINE-201"), ids(3, e -> e.set("Fa/FaWiersz[3]/NrWierszaFa", "99999999999999")));
    }

    // ------------------------------------------------------------------------------- hostile input

    @ParameterizedTest(name = "FA({0})")
    @ValueSource(ints = {2, 3})
    void valuesTheSchemaRejectsLeaveTheNewRulesSilent(int version) {
        Set<String> mine = Set.of("FA-ADN-201", "FA-ADN-202", "FA-ADN-203", "FA-ADN-204", "FA-LINE-201",
                "FA-LINE-202", "FA-LINE-203", "FA-LINE-204", "FA-LINE-205", "FA-KOR-201", "FA-KOR-202", "FA-ROZ-201",
                "FA-ZAL-201", "FA-ZAL-202", "FA-UPR-201", "FA-PAY-201", "FA-PAY-202", "FA-PAY-203", "FA-PAY-204",
                "FA-SUM-201", "FA-ZALA-201", "FA-ZALA-202");
        List<Consumer<XmlEdit>> hostile = List.of(
                e -> e.set("Fa/FaWiersz[3]/NrWierszaFa", "1e999999999"),
                e -> e.set("Fa/FaWiersz[3]/NrWierszaFa", "9".repeat(5000)),
                e -> newMeansOfTransport(e, "x"),
                e -> e.add("Fa/FaWiersz[1]", "<P_11Vat>" + "9".repeat(100_000) + "</P_11Vat>", "P_12"),
                e -> e.set("Fa/FaWiersz[2]/P_8B", "-1e10000000"),
                e -> reverseChargeLine(e).set("Fa/FaWiersz[3]/P_12", "o o"),
                onSample(3, e -> e.set("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej", "9999999999-20260302-ąąąąąą-A1")),
                onSample(4, e -> e.set("Fa/Rozliczenie/SumaOdliczen", "NaN")),
                onSample(10, e -> e.add("Fa", partialAdvance("2026-02-01", "1,5"), "DodatkowyOpis")));
        for (Consumer<XmlEdit> edit : hostile) {
            XmlEdit e = XmlEdit.of(BusinessRulesBreakingTest.base(version));
            edit.accept(e);
            Set<String> raised = idsOf(e.bytes());
            assertTrue(raised.stream().anyMatch(id -> id.startsWith("FA-STRUCT-")), "the edit is invalid: " + raised);
            raised.retainAll(mine);
            assertEquals(Set.of(), raised);
        }
    }
}
