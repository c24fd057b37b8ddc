package io.github.acubepl.mapping;

import static io.github.acubepl.mapping.BusinessRulesBreakingTest.row;

import io.github.acubepl.mapping.BusinessRulesBreakingTest.Row;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Breaking rows for the rules of reference/fa3-rules.md sections E to H written in AnnotationRulesFa3,
 * LineRulesFa3, InvoiceTypeRulesFa3, PaymentRulesFa3 and AttachmentRules (ids 201-299), in the shape
 * of {@link BusinessRulesBreakingTest#rows()}. Where sample 1 cannot show a rule (a correction, an
 * advance, a partial payment), {@link #onSample} swaps in the official sample of that kind first, of
 * the same version.
 */
final class NewRulesLinesTypesPaymentRows {
    private static final Set<Integer> FA3 = Set.of(3);
    /** A KSeF 2.0 number (accepted 2026-03-02) whose check sum should be A7: one digit mistyped. */
    static final String WRONG_KSEF_NUMBER = "9999999999-20260302-0100001AF629-A1";
    /** The same number with its correct check sum. */
    static final String GOOD_KSEF_NUMBER = "9999999999-20260302-0100001AF629-A7";

    private NewRulesLinesTypesPaymentRows() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // E. Adnotacje
        rows.add(row("FA-ADN-201", "a new means of transport names line 5 of a 3-line invoice",
                e -> newMeansOfTransport(e, "5")));
        rows.add(row("FA-ADN-202", "margin invoice whose lines have no rate keeps P_13_1/P_14_1",
                e -> marginInvoice(e).remove("Fa/P_13_3").remove("Fa/P_14_3")
                        .add("Fa", "<P_13_11>0.95</P_13_11>", "P_15").set("Fa/P_15", "2050.94")));
        rows.add(row("FA-ADN-203", "a line at oo sold to a buyer identified by KodUE DE and NrVatUE",
                e -> reverseChargeLine(e).remove("Podmiot2/DaneIdentyfikacyjne/NIP")
                        .add("Podmiot2/DaneIdentyfikacyjne", "<KodUE>DE</KodUE><NrVatUE>811234567</NrVatUE>", "Nazwa")
                        .set("Podmiot2/Adres/KodKraju", "DE")));
        rows.add(row("FA-ADN-204", "P_18 = 1 and every line at 23 or 5 %", e -> e.set("Fa/Adnotacje/P_18", "1")));
        // F. Lines
        rows.add(row("FA-LINE-201", "lines numbered 1, 2, 4", e -> e.set("Fa/FaWiersz[3]/NrWierszaFa", "4")));
        rows.add(row("FA-LINE-202", "a VAT invoice line with quantity -1", e -> e.set("Fa/FaWiersz[2]/P_8B", "-1")));
        rows.add(row("FA-LINE-203", "a fourth line with name and quantity but no rate and no amount",
                e -> e.addAfter("Fa/FaWiersz[3]", "<FaWiersz><NrWierszaFa>4</NrWierszaFa><P_7>torba gratis</P_7>"
                        + "<P_8A>szt.</P_8A><P_8B>1</P_8B></FaWiersz>")));
        rows.add(row("FA-LINE-204", "per-line VAT 370.00 + 9.35 at 23 % against P_14_1 383.33",
                e -> e.add("Fa/FaWiersz[1]", "<P_11Vat>370.00</P_11Vat>", "P_12")
                        .add("Fa/FaWiersz[2]", "<P_11Vat>9.35</P_11Vat>", "P_12")));
        rows.add(row("FA-LINE-205", "sample 11 (KOR_ZAL) with a FaWiersz carrying GTU_06",
                onSample(11, e -> e.add("Fa", "<FaWiersz><NrWierszaFa>1</NrWierszaFa><P_7>mieszkanie 50m^2</P_7>"
                        + "<GTU>GTU_06</GTU></FaWiersz>", "Rozliczenie", "Platnosc", "WarunkiTransakcji",
                        "Zamowienie"))));
        // G. Invoice types
        rows.add(row("FA-KOR-201", "sample 3 (KOR) naming a 2026 KSeF number with a mistyped check sum",
                onSample(3, e -> e.set("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej", WRONG_KSEF_NUMBER))));
        rows.add(row("FA-KOR-202", "sample 3 (KOR) whose NrFaKorygowany repeats NrFaKorygowanej",
                onSample(3, e -> e.add("Fa", "<NrFaKorygowany>"
                        + e.get("Fa/DaneFaKorygowanej/NrFaKorygowanej").getTextContent() + "</NrFaKorygowany>",
                        "Podmiot1K", "Podmiot2K", "P_15ZK", "KursWalutyZK", "ZaliczkaCzesciowa", "FP", "TP",
                        "DodatkowyOpis", "FakturaZaliczkowa", "ZwrotAkcyzy", "FaWiersz"))));
        rows.add(row("FA-ROZ-201", "sample 14 (ROZ) settling an advance with a mistyped 2026 KSeF number",
                onSample(14, e -> e.set("Fa/FakturaZaliczkowa/NrKSeFFaZaliczkowej", WRONG_KSEF_NUMBER))));
        rows.add(row("FA-ZAL-201", "sample 10 (ZAL) with an invoice line",
                onSample(10, e -> e.add("Fa", "<FaWiersz><NrWierszaFa>1</NrWierszaFa><P_7>zaliczka na mieszkanie"
                        + "</P_7><P_11>16260.16</P_11><P_12>23</P_12></FaWiersz>", "Platnosc"))));
        rows.add(row("FA-ZAL-202", "sample 10 (ZAL, P_15 20000) with partial advances of 15000 and 15000",
                onSample(10, e -> e.add("Fa", partialAdvance("2026-02-01", "15000")
                        + partialAdvance("2026-02-15", "15000"), "DodatkowyOpis"))));
        rows.add(row("FA-UPR-201", "sample 16 (UPR with P_15 only) whose line has no rate",
                onSample(16, e -> e.remove("Fa/FaWiersz/P_12"))));
        // H. Payment, settlement, attachment
        rows.add(row("FA-PAY-201", FA3, "the payment link's IPKSeF differs from the IPKSeF element",
                e -> e.add("Fa/Platnosc", "<LinkDoPlatnosci>https://platnosci.example.pl/zaplac?IPKSeF=123ABCDEFGHIJ"
                        + "</LinkDoPlatnosci><IPKSeF>123ABCDEFGHIK</IPKSeF>")));
        rows.add(row("FA-PAY-202", FA3, "sample 8: ZnacznikZaplatyCzesciowej 2 with 10000 paid of 15000",
                onSample(8, e -> e.set("Fa/Platnosc/ZnacznikZaplatyCzesciowej", "2"))));
        rows.add(row("FA-PAY-203", FA3, "sample 8: ZnacznikZaplatyCzesciowej 1 with all 15000 paid",
                onSample(8, e -> e.set("Fa/Platnosc/ZaplataCzesciowa/KwotaZaplatyCzesciowej", "15000"))));
        rows.add(row("FA-PAY-204", FA3, "an empty TerminPlatnosci",
                e -> e.add("Fa/Platnosc", "<TerminPlatnosci/>", "FormaPlatnosci")));
        rows.add(row("FA-SUM-201", "sample 4: deductions of 70000 exceed P_15, given as DoZaplaty -5720.08",
                onSample(4, e -> e.set("Fa/Rozliczenie/Odliczenia/Kwota", "70000")
                        .set("Fa/Rozliczenie/SumaOdliczen", "70000").set("Fa/Rozliczenie/DoZaplaty", "-5720.08"))));
        rows.add(row("FA-ZALA-201", FA3, "an attachment table of 2 columns with a row of 1 cell",
                e -> e.add("", attachment("<Kol Typ=\"txt\"><NKom>Pozycja</NKom></Kol>"
                        + "<Kol Typ=\"dec\"><NKom>Ilość</NKom></Kol>", "<Wiersz><WKom>licznik</WKom></Wiersz>")))
                .alongside("FA-KSEF-101"));
        rows.add(row("FA-ZALA-202", FA3, "an attachment table with 12 maja in a date column",
                e -> e.add("", attachment("<Kol Typ=\"date\"><NKom>Data odczytu</NKom></Kol>",
                        "<Wiersz><WKom>12 maja</WKom></Wiersz>")))
                .alongside("FA-KSEF-101"));
        return rows;
    }

    // ------------------------------------------------------------------------------- edits

    /** Sample 1 with P_22 = 1 and one new means of transport on line {@code line}. */
    static XmlEdit newMeansOfTransport(XmlEdit e, String line) {
        return e.remove("Fa/Adnotacje/NoweSrodkiTransportu/P_22N").add("Fa/Adnotacje/NoweSrodkiTransportu",
                "<P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu><P_22A>2026-01-10</P_22A>"
                        + "<P_NrWierszaNST>" + line + "</P_NrWierszaNST><P_22B>1500</P_22B></NowySrodekTransportu>");
    }

    /** Sample 1 as a margin invoice (used goods) whose three lines carry no rate; totals untouched. */
    static XmlEdit marginInvoice(XmlEdit e) {
        e.remove("Fa/Adnotacje/PMarzy/P_PMarzyN")
                .add("Fa/Adnotacje/PMarzy", "<P_PMarzy>1</P_PMarzy><P_PMarzy_3_1>1</P_PMarzy_3_1>");
        for (int i = 1; i <= 3; i++) {
            e.remove("Fa/FaWiersz[" + i + "]/P_12");
        }
        return e;
    }

    /** Sample 1 with line 3 at oo (P_13_10 instead of P_13_3/P_14_3) and P_18 = 1; buyer unchanged. */
    static XmlEdit reverseChargeLine(XmlEdit e) {
        return e.set("Fa/FaWiersz[3]/P_12", "oo").remove("Fa/P_13_3").remove("Fa/P_14_3")
                .add("Fa", "<P_13_10>0.95</P_13_10>", "P_15").set("Fa/P_15", "2050.94")
                .set("Fa/Adnotacje/P_18", "1");
    }

    static String partialAdvance(String date, String amount) {
        return "<ZaliczkaCzesciowa><P_6Z>" + date + "</P_6Z><P_15Z>" + amount + "</P_15Z></ZaliczkaCzesciowa>";
    }

    /** A Zalacznik with one data block holding one table. */
    static String attachment(String columns, String rows) {
        return "<Zalacznik><BlokDanych><ZNaglowek>Odczyty liczników</ZNaglowek><MetaDane><ZKlucz>okres</ZKlucz>"
                + "<ZWartosc>2026-01</ZWartosc></MetaDane><Tabela><TNaglowek>" + columns + "</TNaglowek>" + rows
                + "</Tabela></BlokDanych></Zalacznik>";
    }

    /**
     * First replaces the document with official sample {@code n} of the same version (read from the
     * document's {@code KodFormularza/@kodSystemowy}), then applies {@code edit}.
     */
    static Consumer<XmlEdit> onSample(int n, Consumer<XmlEdit> edit) {
        return e -> {
            Element header = e.get("Naglowek");
            int version = header.getElementsByTagNameNS("*", "KodFormularza").item(0).getAttributes()
                    .getNamedItem("kodSystemowy").getNodeValue().endsWith("(3)") ? 3 : 2;
            Document doc = header.getOwnerDocument();
            Element root = doc.getDocumentElement();
            while (root.getFirstChild() != null) {
                root.removeChild(root.getFirstChild());
            }
            for (Node c = sample(version, n).getDocumentElement().getFirstChild(); c != null; c = c.getNextSibling()) {
                root.appendChild(doc.importNode(c, true));
            }
            edit.accept(e);
        };
    }

    /** Official sample {@code n} of FA({@code version}), parsed. */
    static Document sample(int version, int n) {
        try {
            Path file = KsefFiles.samples(version).stream()
                    .filter(p -> p.getFileName().toString().endsWith("Przykład_" + n + ".xml")).findFirst()
                    .orElseThrow();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = Files.newInputStream(file)) {
                return f.newDocumentBuilder().parse(in);
            }
        } catch (Exception ex) {
            throw new IllegalStateException("official sample " + n + " of FA(" + version + ")", ex);
        }
    }
}
