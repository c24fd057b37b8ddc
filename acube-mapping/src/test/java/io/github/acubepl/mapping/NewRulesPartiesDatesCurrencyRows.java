package io.github.acubepl.mapping;

import io.github.acubepl.mapping.BusinessRulesBreakingTest.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The breaking rows of the new FA(2)/FA(3) rules on acceptance, parties, dates and currencies
 * (families AcceptanceRules, PartyRulesFa3, DateRulesFa3, CurrencyRulesFa3), in the shape of
 * {@link BusinessRulesBreakingTest#rows()}: each breaks official sample 1 of the version in one way
 * the XSD accepts. {@link #nearMisses()} are the valid variants next to each boundary, on which every
 * rule must stay silent ({@link NewRulesPartiesDatesCurrencyTest}).
 */
final class NewRulesPartiesDatesCurrencyRows {
    private static final Set<Integer> FA2_FA3 = Set.of(2, 3);
    private static final Set<Integer> FA3 = Set.of(3);

    private NewRulesPartiesDatesCurrencyRows() {
    }

    private static Row row(String id, Set<Integer> versions, String how, Consumer<XmlEdit> edit) {
        return BusinessRulesBreakingTest.row(id, versions, how, edit);
    }

    /** One row per rule × variant; sample 1: P_1 2026-02-15 (FA(2): 2022-02-15), PLN, buyer by NIP. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // A. acceptance
        rows.add(row("FA-KSEF-101", FA3, "an attachment (Zalacznik)", e -> e.add("", ATTACHMENT)));
        rows.add(row("FA-KSEF-102", FA3, "the file produced on the issue day in UTC, the next day in Poland (23:30Z)",
                e -> e.set("Naglowek/DataWytworzeniaFa", p1(e) + "T23:30:00Z")));
        // B. parties
        rows.add(row("FA-PTY-101", FA3, "JST 1 and the receiving unit (Rola 8) without NIP or IDWew",
                e -> e.set("Podmiot2/JST", "1").add("", third("<BrakID>1</BrakID><Nazwa>Szkoła nr 1</Nazwa>", "8"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-101", FA3, "GV 1 and the receiving member (Rola 10) with a foreign NrID",
                e -> e.set("Podmiot2/GV", "1").add("", third("<KodKraju>DE</KodKraju><NrID>HRB1234</NrID>"
                        + "<Nazwa>Mitglied GmbH</Nazwa>", "10"), "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-102", FA2_FA3, "the buyer's NIP as NrID with KodKraju PL",
                e -> buyerId(e, "<KodKraju>PL</KodKraju><NrID>1111111111</NrID>")));
        rows.add(row("FA-PTY-102", FA2_FA3, "the buyer's NIP as a valid-NIP NrID without KodKraju",
                e -> buyerId(e, "<NrID>1111111111</NrID>")));
        rows.add(row("FA-PTY-102", FA2_FA3, "the buyer's NIP as NrVatUE with KodUE PL",
                e -> buyerId(e, "<KodUE>PL</KodUE><NrVatUE>1111111111</NrVatUE>")));
        rows.add(row("FA-PTY-103", FA2_FA3, "a recipient's NrVatUE repeating KodUE",
                e -> e.add("", third("<KodUE>DE</KodUE><NrVatUE>DE123456789</NrVatUE><Nazwa>Lager GmbH</Nazwa>", "2"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-103", FA2_FA3, "a recipient's NrID starting with KodKraju",
                e -> e.add("", third("<KodKraju>GB</KodKraju><NrID>GB123456789</NrID><Nazwa>Depot Ltd</Nazwa>", "2"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-104", FA2_FA3, "an intra-Community supply line, seller without PrefiksPodatnika",
                NewRulesPartiesDatesCurrencyRows::intraCommunitySupply));
        rows.add(row("FA-PTY-105", FA2_FA3, "P_23 = 1 with a buyer identified by NIP",
                e -> e.set("Fa/Adnotacje/P_23", "1")));
        rows.add(row("FA-PTY-106", FA2_FA3, "a share for a recipient (Rola 2)",
                e -> e.add("", third("<NIP>5250007738</NIP><Nazwa>Odbiorca S.A.</Nazwa>", "2", "<Udzial>50</Udzial>"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-107", FA2_FA3, "self-billing with an issuer on the seller's behalf (Rola 5)",
                e -> e.set("Fa/Adnotacje/P_17", "1").add("", third("<NIP>5250007738</NIP><Nazwa>Biuro S.A.</Nazwa>",
                        "5"), "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-108", FA3, "an employee (Rola 11) identified by NIP",
                e -> e.add("", third("<NIP>5250007738</NIP><Nazwa>Jan Nowak</Nazwa>", "11"), "PodmiotUpowazniony",
                        "Fa")));
        rows.add(row("FA-PTY-109", FA2_FA3, "a VAT invoice without the buyer's address",
                e -> e.remove("Podmiot2/Adres")));
        rows.add(row("FA-PTY-110", FA2_FA3, "a corrected buyer whose IDNabywcy names no party",
                e -> correction(e, p1(e)).add("Fa", correctedBuyer("7"), "FP")));
        // C. dates and header
        rows.add(row("FA-DATE-101", FA2_FA3, "every line with the same P_6A instead of P_6",
                e -> lineDates(e, "01-27", "01-27", "01-27")));
        rows.add(row("FA-HDR-101", FA2_FA3, "a KSeF number as P_2",
                e -> e.set("Fa/P_2", "9999999999-20260215-0100001AF629-AF")));
        rows.add(row("FA-DATE-102", FA2_FA3, "paid (Zaplacono 1) five days after the issue date",
                e -> e.set("Fa/Platnosc/DataZaplaty", p1(e).plusDays(5).toString())));
        rows.add(row("FA-DATE-102", FA2_FA3, "a partial payment dated after the issue date",
                e -> partialPayment(e, p1(e).plusDays(5))));
        rows.add(row("FA-DATE-103", FA2_FA3, "the corrected invoice dated after the correction",
                e -> correction(e, p1(e).plusDays(5))));
        // D. currency
        rows.add(row("FA-CUR-101", FA2_FA3, "the advance's rate KursWalutyZ on a VAT invoice",
                e -> inEuro(e, "4").add("Fa", "<KursWalutyZ>4.3</KursWalutyZ>", "Adnotacje")));
        rows.add(row("FA-CUR-102", FA2_FA3, "KursWalutyZK on a KOR (not KOR_ZAL)",
                e -> correction(inEuro(e, "4"), p1(e)).add("Fa", "<P_15ZK>2051</P_15ZK><KursWalutyZK>4.3</KursWalutyZK>",
                        "FP")));
        rows.add(row("FA-CUR-103", FA2_FA3, "WalutaUmowna PLN",
                e -> e.add("Fa/WarunkiTransakcji", "<KursUmowny>1</KursUmowny><WalutaUmowna>PLN</WalutaUmowna>")));
        rows.add(row("FA-CUR-104", FA2_FA3, "a contractual rate on a EUR invoice",
                e -> inEuro(e, "4").add("Fa/WarunkiTransakcji",
                        "<KursUmowny>1.08</KursUmowny><WalutaUmowna>USD</WalutaUmowna>")));
        rows.add(row("FA-CUR-105", FA2_FA3, "split payment on 2051 EUR at 4.00 (8204 PLN)",
                e -> inEuro(e, "4").set("Fa/Adnotacje/P_18A", "1")));
        rows.add(row("FA-CUR-105", FA2_FA3, "Annex 15 goods for 2051 EUR at 8.00 (16408 PLN) without split payment",
                e -> inEuro(e, "8").add("Fa/FaWiersz[1]", "<P_12_Zal_15>1</P_12_Zal_15>", "KursWaluty")));
        return rows;
    }

    /** Valid variants next to the boundaries: no new rule (and no other) may fire. */
    static List<Row> nearMisses() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("FA-KSEF-102", FA3, "file produced at 23:30 Polish time on the issue day (22:30Z)",
                e -> e.set("Naglowek/DataWytworzeniaFa", p1(e) + "T22:30:00Z")));
        rows.add(row("FA-KSEF-102", FA3, "file produced on the issue day, with an offset",
                e -> e.set("Naglowek/DataWytworzeniaFa", p1(e) + "T00:30:00Z")));
        rows.add(row("FA-PTY-101", FA3, "JST 1 and the receiving unit (Rola 8) by NIP",
                e -> e.set("Podmiot2/JST", "1").add("", third("<NIP>5250007738</NIP><Nazwa>Szkoła nr 1</Nazwa>", "8"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-101", FA3, "GV 1 and two members (Rola 10), one by IDWew",
                e -> e.set("Podmiot2/GV", "1").add("", third("<BrakID>1</BrakID><Nazwa>Członek A</Nazwa>", "10")
                        + third("<IDWew>1111111111-00001</IDWew><Nazwa>Członek B</Nazwa>", "10"),
                        "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-102", FA2_FA3, "a foreign buyer's 10-digit NrID with KodKraju US",
                e -> buyerId(e, "<KodKraju>US</KodKraju><NrID>1111111111</NrID>")));
        rows.add(row("FA-PTY-102", FA2_FA3, "a Belgian 10-digit NrVatUE",
                e -> buyerId(e, "<KodUE>BE</KodUE><NrVatUE>0123456749</NrVatUE>")));
        rows.add(row("FA-PTY-103", FA2_FA3, "a Swiss UID whose letters are part of the number",
                e -> e.add("", third("<KodKraju>CH</KodKraju><NrID>CHE123456789</NrID><Nazwa>Lager AG</Nazwa>",
                        "2"), "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-104", FA2_FA3, "an intra-Community supply with PrefiksPodatnika PL",
                e -> intraCommunitySupply(e).add("Podmiot1", "<PrefiksPodatnika>PL</PrefiksPodatnika>",
                        "DaneIdentyfikacyjne")));
        rows.add(row("FA-PTY-106", FA2_FA3, "a share for an additional buyer (Rola 4)",
                e -> e.add("", BusinessRulesBreakingTest.additionalBuyer("50"), "PodmiotUpowazniony", "Fa")));
        rows.add(row("FA-PTY-108", FA3, "an employee by name only",
                e -> e.add("", third("<BrakID>1</BrakID><Nazwa>Jan Nowak</Nazwa>", "11"), "PodmiotUpowazniony",
                        "Fa")));
        rows.add(row("FA-PTY-110", FA2_FA3, "a corrected buyer paired with Podmiot2 by IDNabywcy",
                e -> correction(e, p1(e)).add("Fa", correctedBuyer("7"), "FP")
                        .add("Podmiot2", "<IDNabywcy>7</IDNabywcy>", "JST")));
        rows.add(row("FA-DATE-101", FA2_FA3, "lines with different P_6A", e -> lineDates(e, "01-27", "01-27", "01-28")));
        rows.add(row("FA-DATE-102", FA2_FA3, "paid on the issue day", e -> e.set("Fa/Platnosc/DataZaplaty",
                p1(e).toString())));
        rows.add(row("FA-DATE-103", FA2_FA3, "a correction of an invoice of the same day", e -> correction(e, p1(e))));
        rows.add(row("FA-CUR-101", FA2_FA3, "a EUR invoice without advance rates", e -> inEuro(e, "4")));
        rows.add(row("FA-CUR-105", FA2_FA3, "split payment on 2051 EUR at 8.00 (16408 PLN)",
                e -> inEuro(e, "8").set("Fa/Adnotacje/P_18A", "1")));
        rows.add(row("FA-CUR-105", FA2_FA3, "Annex 15 goods for 2051 EUR at 4.00 (8204 PLN) without split payment",
                e -> inEuro(e, "4").add("Fa/FaWiersz[1]", "<P_12_Zal_15>1</P_12_Zal_15>", "KursWaluty")));
        return rows;
    }

    private static final String ATTACHMENT = "<Zalacznik><BlokDanych><ZNaglowek>Umowa</ZNaglowek><MetaDane><ZKlucz>numer"
            + "</ZKlucz><ZWartosc>12/2026</ZWartosc></MetaDane><Tekst><Akapit>Dostawa zgodnie z umową.</Akapit></Tekst>"
            + "</BlokDanych></Zalacznik>";

    private static LocalDate p1(XmlEdit e) {
        return LocalDate.parse(e.get("Fa/P_1").getTextContent().strip());
    }

    /** A Podmiot3 with the given identification, role and extra trailing elements (such as Udzial). */
    static String third(String identification, String role, String... after) {
        return "<Podmiot3><DaneIdentyfikacyjne>" + identification + "</DaneIdentyfikacyjne><Adres><KodKraju>PL"
                + "</KodKraju><AdresL1>ul. Krótka 1, 60-001 Poznań</AdresL1></Adres><Rola>" + role + "</Rola>"
                + String.join("", after) + "</Podmiot3>";
    }

    /** Replaces the buyer's NIP by {@code identification} (before the name). */
    private static void buyerId(XmlEdit e, String identification) {
        e.remove("Podmiot2/DaneIdentyfikacyjne/NIP").add("Podmiot2/DaneIdentyfikacyjne", identification, "Nazwa");
    }

    /** Line 3 (0.95 at 5 %) becomes an intra-Community supply to a German buyer identified for VAT. */
    private static XmlEdit intraCommunitySupply(XmlEdit e) {
        boolean fa3 = e.has("Podmiot2/JST");
        buyerId(e, "<KodUE>DE</KodUE><NrVatUE>123456789</NrVatUE>");
        return e.set("Fa/FaWiersz[3]/P_12", fa3 ? "0 WDT" : "0").remove("Fa/P_13_3").remove("Fa/P_14_3")
                .add("Fa", "<P_13_6_2>0.95</P_13_6_2>", "P_13_7", "P_13_8", "P_13_9", "P_13_10", "P_13_11", "P_15")
                .set("Fa/P_15", "2050.94");
    }

    /** P_6 removed and the lines dated 2026- (FA(2): 2022-) plus the given month-days. */
    private static void lineDates(XmlEdit e, String... monthDays) {
        String year = e.get("Fa/P_1").getTextContent().strip().substring(0, 5);
        e.remove("Fa/P_6");
        for (int i = 0; i < monthDays.length; i++) {
            e.add("Fa/FaWiersz[" + (i + 1) + "]", "<P_6A>" + year + monthDays[i] + "</P_6A>", "P_7");
        }
    }

    private static void partialPayment(XmlEdit e, LocalDate paid) {
        e.remove("Fa/Platnosc/Zaplacono").remove("Fa/Platnosc/DataZaplaty").add("Fa/Platnosc",
                "<ZnacznikZaplatyCzesciowej>1</ZnacznikZaplatyCzesciowej><ZaplataCzesciowa><KwotaZaplatyCzesciowej>1000"
                        + "</KwotaZaplatyCzesciowej><DataZaplatyCzesciowej>" + paid + "</DataZaplatyCzesciowej>"
                        + "</ZaplataCzesciowa>", "FormaPlatnosci");
    }

    /** The invoice becomes a KOR of an invoice issued on {@code correctedIssued}, outside KSeF. */
    private static XmlEdit correction(XmlEdit e, LocalDate correctedIssued) {
        return e.set("Fa/RodzajFaktury", "KOR").add("Fa", "<PrzyczynaKorekty>błędna cena</PrzyczynaKorekty>"
                + "<TypKorekty>1</TypKorekty><DaneFaKorygowanej><DataWystFaKorygowanej>" + correctedIssued
                + "</DataWystFaKorygowanej><NrFaKorygowanej>FV/7/2026</NrFaKorygowanej><NrKSeFN>1</NrKSeFN>"
                + "</DaneFaKorygowanej>", "FP");
    }

    private static String correctedBuyer(String id) {
        return "<Podmiot2K><DaneIdentyfikacyjne><NIP>1111111111</NIP><Nazwa>F.H.U. Jan Kowalski</Nazwa>"
                + "</DaneIdentyfikacyjne><IDNabywcy>" + id + "</IDNabywcy></Podmiot2K>";
    }

    /** The invoice in EUR at {@code rate} per line, with the VAT in PLN (P_14_1W, P_14_3W) to match. */
    private static XmlEdit inEuro(XmlEdit e, String rate) {
        java.math.BigDecimal r = new java.math.BigDecimal(rate);
        e.set("Fa/KodWaluty", "EUR")
                .addAfter("Fa/P_14_1", "<P_14_1W>" + new java.math.BigDecimal("383.33").multiply(r) + "</P_14_1W>")
                .addAfter("Fa/P_14_3", "<P_14_3W>" + new java.math.BigDecimal("0.05").multiply(r) + "</P_14_3W>");
        for (int i = 1; i <= 3; i++) {
            e.add("Fa/FaWiersz[" + i + "]", "<KursWaluty>" + rate + "</KursWaluty>");
        }
        return e;
    }
}
