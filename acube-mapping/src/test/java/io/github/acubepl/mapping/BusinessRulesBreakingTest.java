package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every business rule of FA(2) and FA(3), broken once on a valid invoice of each version it applies
 * to: the official sample 1 of that version (the same invoice in both), edited in exactly one way
 * that the official XSD still accepts, must raise exactly that rule (besides the documented
 * FA-TECH-002 warning of FA(2)). One row of {@link #rows()} is a rule, the versions, what is broken
 * and how; each version of a row is its own test case. FA(1) has its own model-based table in
 * {@link Fa1BusinessRulesTest}.
 */
class BusinessRulesBreakingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    private static final Set<Integer> FA2_FA3 = Set.of(2, 3);

    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(CLOCK).build())
            .build();

    /** A rule broken one way, for the given versions. */
    /**
     * One rule broken in one way. {@code alongside} names the ids the edit cannot avoid raising with
     * it, because they describe what the edit had to add rather than the breach (an attachment table
     * needs a {@code Zalacznik}, which always draws FA-KSEF-101); it is empty for almost every row.
     */
    record Row(String ruleId, Set<Integer> versions, String how, Consumer<XmlEdit> breakIt, Set<String> alongside) {
        Row alongside(String... ids) {
            return new Row(ruleId, versions, how, breakIt, Set.of(ids));
        }
    }

    static Row row(String ruleId, String how, Consumer<XmlEdit> breakIt) {
        return new Row(ruleId, FA2_FA3, how, breakIt, Set.of());
    }

    static Row row(String ruleId, Set<Integer> versions, String how, Consumer<XmlEdit> breakIt) {
        return new Row(ruleId, versions, how, breakIt, Set.of());
    }

    /** Base: sample 1 (lines 1626.01 and 40.65 at 23 %, 0.95 at 5 %; P_15 2051; P_6 2026-01-27 / 2022-01-27). */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // parties
        rows.add(row("FA-NIP-001", "buyer NIP with a wrong check digit",
                e -> e.set("Podmiot2/DaneIdentyfikacyjne/NIP", "1111111112")));
        rows.add(row("FA-PTY-002", "two additional buyers with 60 % each",
                e -> e.add("", additionalBuyer("60") + additionalBuyer("60"), "PodmiotUpowazniony", "Fa")));
        // dates
        rows.add(row("FA-DATE-001", "issue date tomorrow", e -> e.set("Fa/P_1", "2031-03-15")));
        rows.add(row("FA-DATE-002", "period ends before it starts", e -> e.remove("Fa/P_6")
                .add("Fa", "<OkresFa><P_6_Od>2022-01-10</P_6_Od><P_6_Do>2022-01-01</P_6_Do></OkresFa>", "P_13_1")));
        rows.add(row("FA-DATE-003", "P_6 together with a line date P_6A",
                e -> e.add("Fa/FaWiersz[1]", "<P_6A>2022-01-20</P_6A>", "P_7")));
        // currency
        rows.add(row("FA-CUR-001", "EUR invoice without VAT in PLN", e -> e.set("Fa/KodWaluty", "EUR")));
        rows.add(row("FA-CUR-002", "PLN invoice with VAT in PLN",
                e -> e.addAfter("Fa/P_14_1", "<P_14_1W>383.33</P_14_1W>")));
        rows.add(row("FA-CUR-003", "EUR invoice whose VAT in PLN does not match the lines' rate", e -> {
            e.set("Fa/KodWaluty", "EUR").addAfter("Fa/P_14_1", "<P_14_1W>1500.00</P_14_1W>")
                    .addAfter("Fa/P_14_3", "<P_14_3W>0.20</P_14_3W>");
            for (int i = 1; i <= 3; i++) {
                e.add("Fa/FaWiersz[" + i + "]", "<KursWaluty>4.0000</KursWaluty>", "StanPrzed");
            }
        }));
        // totals
        rows.add(row("FA-SUM-001", "a line's net changed without its group total",
                e -> e.set("Fa/FaWiersz[2]/P_9A", "50.65").set("Fa/FaWiersz[2]/P_11", "50.65")));
        rows.add(row("FA-SUM-002", "VAT of the 23 % group miscomputed",
                e -> e.set("Fa/P_14_1", "390.00").set("Fa/P_15", "2057.66")));
        rows.add(row("FA-SUM-003", "P_15 does not add up", e -> e.set("Fa/P_15", "2100")));
        rows.add(row("FA-SUM-005", "DoZaplaty ignores the deduction", e -> e.add("Fa", "<Rozliczenie><Odliczenia>"
                + "<Kwota>100</Kwota><Powod>rabat</Powod></Odliczenia><SumaOdliczen>100</SumaOdliczen>"
                + "<DoZaplaty>2051</DoZaplaty></Rozliczenie>", "Platnosc")));
        rows.add(row("FA-SUM-006", "partial payments exceed the amount due", e -> e.remove("Fa/Platnosc/Zaplacono")
                .remove("Fa/Platnosc/DataZaplaty").add("Fa/Platnosc", "<ZnacznikZaplatyCzesciowej>1"
                        + "</ZnacznikZaplatyCzesciowej>" + partialPayment("1500") + partialPayment("1000"),
                        "FormaPlatnosci")));
        // lines
        rows.add(row("FA-LINE-001", "two lines numbered 2", e -> e.set("Fa/FaWiersz[3]/NrWierszaFa", "2")));
        rows.add(row("FA-LINE-002", "a settlement invoice with a 5 % line and no P_13_3",
                e -> settlement(e).remove("Fa/P_13_3").remove("Fa/P_14_3").set("Fa/P_15", "2049.99")));
        rows.add(row("FA-LINE-003", "a settlement invoice with an exempt line and no P_13_7",
                e -> exempt(settlement(e)).set("Fa/FaWiersz[3]/P_12", "zw").remove("Fa/P_13_3").remove("Fa/P_14_3")
                        .set("Fa/P_15", "2049.99")));
        // annotations
        rows.add(row("FA-ADN-001", "reverse charge without P_18 = 1", e -> e.set("Fa/FaWiersz[3]/P_12", "oo")
                .remove("Fa/P_13_3").remove("Fa/P_14_3").add("Fa", "<P_13_10>0.95</P_13_10>", "P_13_11", "P_15")
                .set("Fa/P_15", "2050.94")));
        rows.add(row("FA-ADN-002", "P_19 = 1 without exempt sales", e -> exempt(e)));
        rows.add(row("FA-ADN-004", "a line with an amount but no rate on an invoice without the margin scheme",
                e -> e.remove("Fa/FaWiersz[3]/P_12")));
        rows.add(row("FA-ADN-005", "split payment on a small invoice", e -> e.set("Fa/Adnotacje/P_18A", "1")));
        // corrections
        rows.add(row("FA-KOR-001", "a correction without the corrected invoice", e -> e.set("Fa/RodzajFaktury", "KOR")));
        rows.add(row("FA-KOR-002", "a correction without its reason", e -> e.set("Fa/RodzajFaktury", "KOR")
                .addAfter("Fa/RodzajFaktury", "<TypKorekty>2</TypKorekty>" + CORRECTED)));
        rows.add(row("FA-KOR-003", "a VAT invoice carrying correction data",
                e -> e.addAfter("Fa/RodzajFaktury", CORRECTION)));
        rows.add(row("FA-KOR-005", "Podmiot1K with another seller NIP", e -> e.set("Fa/RodzajFaktury", "KOR")
                .addAfter("Fa/RodzajFaktury", CORRECTION + "<Podmiot1K><DaneIdentyfikacyjne><NIP>1134567895</NIP>"
                        + "<Nazwa>Inna sp. z o.o.</Nazwa></DaneIdentyfikacyjne><Adres><KodKraju>PL</KodKraju>"
                        + "<AdresL1>ul. Nowa 1, 90-001 Łódź</AdresL1></Adres></Podmiot1K>")));
        // kinds of invoice
        rows.add(row("FA-ZAL-001", "an advance invoice without the order",
                e -> withoutLines(e.set("Fa/RodzajFaktury", "ZAL"))));
        rows.add(row("FA-ZAL-002", "an order value that is not the sum of its lines",
                e -> withoutLines(e.set("Fa/RodzajFaktury", "ZAL"))
                .add("Fa", "<Zamowienie><WartoscZamowienia>1000.00</WartoscZamowienia><ZamowienieWiersz>"
                        + "<NrWierszaZam>1</NrWierszaZam><P_7Z>lodówka</P_7Z><P_11NettoZ>1000.00</P_11NettoZ>"
                        + "<P_11VatZ>230.00</P_11VatZ><P_12Z>23</P_12Z></ZamowienieWiersz></Zamowienie>")));
        rows.add(row("FA-ROZ-001", "a settlement invoice without its advance invoices",
                e -> e.set("Fa/RodzajFaktury", "ROZ")));
        rows.add(row("FA-UPR-001", "a simplified invoice over 450 PLN", e -> e.set("Fa/RodzajFaktury", "UPR")));
        // payment
        rows.add(row("FA-BANK-001", "a Polish account number with a wrong checksum", e -> e.add("Fa/Platnosc",
                "<RachunekBankowy><NrRB>61102010260000042270201111</NrRB></RachunekBankowy>")));
        rows.add(row("FA-BANK-002", "a foreign IBAN with a wrong checksum", e -> e.add("Fa/Platnosc",
                "<RachunekBankowy><NrRB>DE00500105175407324931</NrRB><SWIFT>INGDDEFFXXX</SWIFT></RachunekBankowy>")));
        rows.addAll(NewRulesLinesTypesPaymentRows.rows());
        rows.addAll(NewRulesPartiesDatesCurrencyRows.rows());
        return rows;
    }

    /** The corrected invoice, issued outside KSeF (so that no KSeF number is involved). */
    static final String CORRECTED = "<DaneFaKorygowanej><DataWystFaKorygowanej>2022-01-10</DataWystFaKorygowanej>"
            + "<NrFaKorygowanej>FV2022/01/100</NrFaKorygowanej><NrKSeFN>1</NrKSeFN></DaneFaKorygowanej>";
    /** A complete correction block (reason, type, corrected invoice). */
    static final String CORRECTION = "<PrzyczynaKorekty>zmiana ceny</PrzyczynaKorekty><TypKorekty>2</TypKorekty>"
            + CORRECTED;

    static String partialPayment(String amount) {
        return "<ZaplataCzesciowa><KwotaZaplatyCzesciowej>" + amount + "</KwotaZaplatyCzesciowej>"
                + "<DataZaplatyCzesciowej>2022-01-27</DataZaplatyCzesciowej></ZaplataCzesciowa>";
    }

    /** Turns the invoice into a settlement (ROZ) of one advance invoice, which the line-sum rule leaves alone. */
    static XmlEdit settlement(XmlEdit e) {
        return e.set("Fa/RodzajFaktury", "ROZ").add("Fa", "<FakturaZaliczkowa><NrKSeFZN>1</NrKSeFZN>"
                + "<NrFaZaliczkowej>FZ/2022/01/007</NrFaZaliczkowej></FakturaZaliczkowa>", "ZwrotAkcyzy", "FaWiersz");
    }

    /** Drops sample 1's three invoice lines: an advance invoice (ZAL) describes the order instead (FA-ZAL-201). */
    static XmlEdit withoutLines(XmlEdit e) {
        return e.remove("Fa/FaWiersz[3]").remove("Fa/FaWiersz[2]").remove("Fa/FaWiersz[1]");
    }

    /** Declares an exempt supply with its legal basis (Zwolnienie/P_19 + P_19A instead of P_19N). */
    static XmlEdit exempt(XmlEdit e) {
        return e.remove("Fa/Adnotacje/Zwolnienie/P_19N").add("Fa/Adnotacje/Zwolnienie",
                "<P_19>1</P_19><P_19A>art. 43 ust. 1 pkt 37 ustawy VAT</P_19A>");
    }

    static String additionalBuyer(String share) {
        return "<Podmiot3><DaneIdentyfikacyjne><NIP>5250007738</NIP><Nazwa>Trzeci Nabywca S.A.</Nazwa>"
                + "</DaneIdentyfikacyjne><Adres><KodKraju>PL</KodKraju><AdresL1>ul. Krótka 1, 60-001 Poznań</AdresL1>"
                + "</Adres><Rola>4</Rola><Udzial>" + share + "</Udzial></Podmiot3>";
    }

    static Stream<Arguments> cases() {
        return rows().stream().flatMap(r -> r.versions().stream().sorted()
                .map(v -> Arguments.of(r.ruleId(), "FA(" + v + ")", r.how(), v, r.breakIt(), r.alongside())));
    }

    /** Official sample 1 of FA({@code version}). */
    static byte[] base(int version) {
        try {
            Path sample = KsefFiles.samples(version).stream()
                    .filter(p -> p.getFileName().toString().endsWith("Przykład_1.xml")).findFirst().orElseThrow();
            return Files.readAllBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ruleIds(ValidationReport report) {
        List<String> documented = OfficialSamplesTest.expectedWarnings(report.format());
        return report.issues().stream().map(ValidationIssue::ruleId).filter(id -> !documented.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "FA({0}) sample 1 is a valid base")
    @ValueSource(ints = {2, 3})
    void theBaseRaisesNoRule(int version) {
        ValidationReport report = mapper.validate(base(version));
        assertEquals(Set.of(), ruleIds(report), report.issues()::toString);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void breakingOneRuleRaisesExactlyThatRule(String ruleId, String versionName, String how, int version,
            Consumer<XmlEdit> breakIt, Set<String> alongside) {
        XmlEdit edit = XmlEdit.of(base(version));
        breakIt.accept(edit);
        byte[] broken = edit.bytes();
        assertEquals(List.of(), OfficialXsd.errors(version, broken), "the broken invoice must stay valid per the XSD");
        ValidationReport report = mapper.validate(broken);
        assertEquals(versionName, report.format());
        Set<String> expected = new TreeSet<>(alongside);
        expected.add(ruleId);
        assertEquals(expected, ruleIds(report), report.issues()::toString);
        Severity declared = mapper.format(versionName).orElseThrow().rules().stream()
                .filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow().severity();
        for (ValidationIssue issue : report.issues(ruleId)) {
            assertEquals(declared, issue.severity());
            assertFalse(issue.messageEn().isBlank());
            assertFalse(issue.messagePl().isBlank());
            assertTrue(issue.xpath().startsWith("/Faktura"), issue.xpath());
            assertTrue(issue.line() != null && issue.line() > 0, "an XML input gives the line: " + issue);
        }
    }

    @ParameterizedTest(name = "FA-DUP-001 FA({0}): the same invoice twice in a batch")
    @ValueSource(ints = {2, 3})
    void duplicateInvoiceNumberOfOneSellerIsFound(int version) {
        InvoiceMapper batch = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(CLOCK).registry(InvoiceKeyRegistry.inMemory()).build())
                .build();
        assertEquals(Set.of(), ruleIds(batch.validate(base(version))));
        ValidationReport second = batch.validate(base(version));
        assertEquals(Set.of("FA-DUP-001"), ruleIds(second));
        assertEquals("/Fa/P_2", second.issues("FA-DUP-001").get(0).jsonPointer());
    }

    /** Each business rule of FA(2) and FA(3) has a breaking case for that version. */
    @Test
    void everyBusinessRuleOfFa2AndFa3IsBrokenByARow() {
        for (int v : List.of(2, 3)) {
            // the technical rules have their own tests (Fa1BusinessRulesTest, InputEncodingTest)
            Set<String> tested = new TreeSet<>(Set.of("FA-DUP-001", "FA-TECH-001", "FA-TECH-002"));
            for (Row r : rows()) {
                if (r.versions().contains(v)) {
                    tested.add(r.ruleId());
                }
            }
            Set<String> declared = mapper.format("FA(" + v + ")").orElseThrow().rules().stream()
                    .filter(r -> r.category() == ValidationRule.Category.BUSINESS).map(ValidationRule::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, tested, "FA(" + v + ")");
        }
    }
}
