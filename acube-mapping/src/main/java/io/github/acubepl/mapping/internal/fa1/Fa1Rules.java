package io.github.acubepl.mapping.internal.fa1;

import io.github.acubepl.mapping.InvoiceKey;
import io.github.acubepl.mapping.Nip;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.ValidationRule.Category;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Obciazenia;
import io.github.acubepl.model.fa1.Odliczenia;
import io.github.acubepl.model.fa1.Platnosc;
import io.github.acubepl.model.fa1.PlatnosciCzesciowe;
import io.github.acubepl.model.fa1.Podmiot2K;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.ProceduraFa;
import io.github.acubepl.model.fa1.RachunekBankowy;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.Rozliczenie;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.Transport;
import io.github.acubepl.model.fa1.Wybor1_2;
import io.github.acubepl.model.fa1.Zamowienie;
import io.github.acubepl.model.fa1.ZamowienieWiersz;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * The FA(1) business rules: what the XSD cannot express (reference: ksef-fa-structure.md §14–§15).
 * Works on the bound model, which may be incomplete when the document is structurally invalid:
 * every rule checks that its inputs are present and stays silent otherwise.
 */
final class Fa1Rules {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static final ValidationRule CUR_001 = rule("FA-CUR-001", Severity.ERROR,
            "In a foreign-currency invoice each non-zero VAT amount P_14_x (x = 1..4) has its PLN amount P_14_xW",
            "W fakturze w walucie obcej każda niezerowa kwota podatku P_14_x (x = 1..4) ma kwotę w złotych P_14_xW",
            "KodWaluty EUR, P_14_1 = 23.00, no P_14_1W");
    static final ValidationRule CUR_002 = rule("FA-CUR-002", Severity.WARNING,
            "A PLN invoice carries no PLN conversions (P_14_xW) and no exchange rates (KursWaluty, KursWalutyZ)",
            "Faktura w PLN nie zawiera przeliczeń na złote (P_14_xW) ani kursów walut (KursWaluty, KursWalutyZ)",
            "KodWaluty PLN with P_14_1W");
    static final ValidationRule CUR_003 = rule("FA-CUR-003", Severity.WARNING,
            "P_14_xW equals P_14_x times the exchange rate shared by the lines (±0.01)",
            "P_14_xW równa się P_14_x razy kurs wspólny dla wierszy (±0,01)",
            "P_14_1 100.00, KursWaluty 4.5, P_14_1W 400.00");
    static final ValidationRule SUM_001 = rule("FA-SUM-001", Severity.ERROR,
            "For VAT, KOR and UPR invoices whose lines all carry P_11 and P_12, the net total of each rate group "
                    + "P_13_x equals the sum of its lines' P_11 (±0.01)",
            "W fakturach VAT, KOR i UPR, których wszystkie wiersze mają P_11 i P_12, suma netto grupy stawek P_13_x "
                    + "równa się sumie P_11 jej wierszy (±0,01)",
            "two lines of 100.00 at 23 % and P_13_1 = 150.00");
    static final ValidationRule SUM_002 = rule("FA-SUM-002", Severity.WARNING,
            "The VAT of each rate group P_14_x equals P_13_x times the rate, rounded half up (±0.01)",
            "Podatek grupy stawek P_14_x równa się P_13_x razy stawka, zaokrąglone (±0,01)",
            "P_13_1 = 100.00, P_14_1 = 25.00");
    static final ValidationRule SUM_003 = rule("FA-SUM-003", Severity.ERROR,
            "P_15 equals the sum of all P_13_x and P_14_x (not the P_14_xW), ±0.01 per rate group; not checked "
                    + "without any P_13_x or for margin invoices",
            "P_15 równa się sumie wszystkich P_13_x i P_14_x (bez P_14_xW), ±0,01 na grupę stawek; nie sprawdza się "
                    + "bez P_13_x ani dla faktur marży",
            "P_13_1 100.00, P_14_1 23.00, P_15 150.00");
    static final ValidationRule SUM_004 = rule("FA-SUM-004", Severity.ERROR,
            "Control totals: LiczbaWierszyFaktury = number of FaWiersz, WartoscWierszyFaktury1 = sum of P_11, "
                    + "WartoscWierszyFaktury2 = sum of P_11A, LiczbaWierszyZamowienia = number of ZamowienieWiersz",
            "Sumy kontrolne: LiczbaWierszyFaktury = liczba FaWiersz, WartoscWierszyFaktury1 = suma P_11, "
                    + "WartoscWierszyFaktury2 = suma P_11A, LiczbaWierszyZamowienia = liczba ZamowienieWiersz",
            "LiczbaWierszyFaktury 3 with two FaWiersz");
    static final ValidationRule SUM_005 = rule("FA-SUM-005", Severity.ERROR,
            "Rozliczenie: SumaObciazen and SumaOdliczen are the sums of their items; DoZaplaty = P_15 + SumaObciazen "
                    + "- SumaOdliczen (±0.01)",
            "Rozliczenie: SumaObciazen i SumaOdliczen to sumy pozycji; DoZaplaty = P_15 + SumaObciazen - "
                    + "SumaOdliczen (±0,01)",
            "P_15 1000, SumaOdliczen 100, DoZaplaty 1000");
    static final ValidationRule SUM_006 = rule("FA-SUM-006", Severity.ERROR,
            "Partial payments add up to no more than the amount due (DoZaplaty if given, else P_15)",
            "Zapłaty częściowe nie przekraczają kwoty należności (DoZaplaty, a gdy jej brak – P_15)",
            "P_15 1000 and partial payments of 600 and 500");
    static final ValidationRule LINE_001 = rule("FA-LINE-001", Severity.ERROR,
            "Line numbers are unique: NrWierszaFa among the invoice lines, NrWierszaZam among the order lines",
            "Numery wierszy są unikalne: NrWierszaFa w wierszach faktury, NrWierszaZam w wierszach zamówienia",
            "two FaWiersz with NrWierszaFa 1");
    static final ValidationRule LINE_002 = rule("FA-LINE-002", Severity.ERROR,
            "A line at 23, 22, 8, 7, 5, 4 or 3 % has its rate group's P_13_x (not for UPR)",
            "Wiersz ze stawką 23, 22, 8, 7, 5, 4 lub 3 % ma P_13_x swojej grupy stawek (nie dotyczy UPR)",
            "a line at 8 % and no P_13_2");
    static final ValidationRule LINE_003 = rule("FA-LINE-003", Severity.WARNING,
            "A line at 0 %, zw, np or oo has its total field (P_13_6, P_13_7, P_13_5, P_13_4); the law lets some "
                    + "invoices omit it",
            "Wiersz ze stawką 0 %, zw, np lub oo ma pole sumy (P_13_6, P_13_7, P_13_5, P_13_4); przepisy pozwalają "
                    + "czasem je pominąć",
            "a line at zw and no P_13_7");
    static final ValidationRule ADN_001 = rule("FA-ADN-001", Severity.ERROR,
            "A reverse-charge line (P_12 = oo) needs P_18 = 1",
            "Wiersz z odwrotnym obciążeniem (P_12 = oo) wymaga P_18 = 1", "a line at oo with P_18 = 2");
    static final ValidationRule ADN_002 = rule("FA-ADN-002", Severity.ERROR,
            "Exempt content (lines at zw, P_13_7) goes with P_19 = 1 and the reverse; P_19 = 1 needs exactly one "
                    + "of P_19A, P_19B, P_19C, and P_19 = 2 none",
            "Sprzedaż zwolniona (wiersze zw, P_13_7) wymaga P_19 = 1 i odwrotnie; P_19 = 1 wymaga dokładnie jednego "
                    + "z P_19A, P_19B, P_19C, a P_19 = 2 żadnego",
            "P_13_7 present and P_19 = 2");
    static final ValidationRule ADN_003 = rule("FA-ADN-003", Severity.ERROR,
            "P_PMarzy = 1 exactly when a margin type (P_PMarzy_2, _3_1, _3_2, _3_3) is given; P_22 = 1 exactly when "
                    + "the new means of transport (P_22A …) are described",
            "P_PMarzy = 1 dokładnie wtedy, gdy podano rodzaj marży (P_PMarzy_2, _3_1, _3_2, _3_3); P_22 = 1 "
                    + "dokładnie wtedy, gdy opisano nowe środki transportu (P_22A …)",
            "P_PMarzy = 1 without a margin type");
    static final ValidationRule ADN_004 = rule("FA-ADN-004", Severity.WARNING,
            "Margin-scheme lines carry no VAT rate, and a line with an amount but no rate belongs to a margin "
                    + "invoice (P_PMarzy = 1)",
            "Wiersze w procedurze marży nie mają stawki VAT, a wiersz z kwotą bez stawki należy do faktury marży "
                    + "(P_PMarzy = 1)",
            "P_PMarzy = 1 and a line at 23 %");
    static final ValidationRule ADN_005 = rule("FA-ADN-005", Severity.WARNING,
            "Split payment (P_18A = 1) is for PLN invoices over 15,000 with Annex 15 goods (P_12_Procedura = 6); such "
                    + "an invoice without P_18A = 1 is flagged too",
            "Mechanizm podzielonej płatności (P_18A = 1) dotyczy faktur w PLN powyżej 15 000 z towarami z załącznika "
                    + "15 (P_12_Procedura = 6); taka faktura bez P_18A = 1 też jest sygnalizowana",
            "P_18A = 1 and P_15 = 100.00");
    static final ValidationRule KOR_001 = rule("FA-KOR-001", Severity.ERROR,
            "A correction (KOR, KOR_ZAL, KOR_ROZ) names the corrected invoice (DaneFaKorygowanej)",
            "Faktura korygująca (KOR, KOR_ZAL, KOR_ROZ) wskazuje fakturę korygowaną (DaneFaKorygowanej)",
            "RodzajFaktury KOR without DaneFaKorygowanej");
    static final ValidationRule KOR_002 = rule("FA-KOR-002", Severity.WARNING,
            "A correction gives its reason (PrzyczynaKorekty) and its type (TypKorekty)",
            "Faktura korygująca podaje przyczynę (PrzyczynaKorekty) i typ korekty (TypKorekty)",
            "KOR without PrzyczynaKorekty");
    static final ValidationRule KOR_003 = rule("FA-KOR-003", Severity.ERROR,
            "Only corrections carry correction data (PrzyczynaKorekty, TypKorekty, DaneFaKorygowanej, "
                    + "OkresFaKorygowanej, NrFaKorygowany, Podmiot1K, Podmiot2K)",
            "Tylko faktury korygujące zawierają dane korekty (PrzyczynaKorekty, TypKorekty, DaneFaKorygowanej, "
                    + "OkresFaKorygowanej, NrFaKorygowany, Podmiot1K, Podmiot2K)",
            "RodzajFaktury VAT with DaneFaKorygowanej");
    static final ValidationRule KOR_005 = rule("FA-KOR-005", Severity.ERROR,
            "The NIP in Podmiot1K is the seller's; a NIP in Podmiot2K is the buyer's or a Podmiot3's (a wrong NIP is "
                    + "corrected by a zero correction and a new invoice)",
            "NIP w Podmiot1K jest NIP-em sprzedawcy; NIP w Podmiot2K jest NIP-em nabywcy lub Podmiotu3 (błędny NIP "
                    + "koryguje się do zera i wystawia nową fakturę)",
            "Podmiot1K with another NIP");
    static final ValidationRule ZAL_001 = rule("FA-ZAL-001", Severity.WARNING,
            "An advance invoice (ZAL, KOR_ZAL) describes the order (Zamowienie), and only those do",
            "Faktura zaliczkowa (ZAL, KOR_ZAL) opisuje zamówienie (Zamowienie) i tylko ona",
            "RodzajFaktury ZAL without Zamowienie");
    static final ValidationRule ZAL_002 = rule("FA-ZAL-002", Severity.WARNING,
            "WartoscZamowienia equals the sum of P_11NettoZ + P_11VatZ over the order lines (±0.01)",
            "WartoscZamowienia równa się sumie P_11NettoZ + P_11VatZ wierszy zamówienia (±0,01)",
            "two order lines of 123.00 and WartoscZamowienia 200.00");
    static final ValidationRule ROZ_001 = rule("FA-ROZ-001", Severity.ERROR,
            "A settlement invoice (ROZ) lists the advance invoices it settles (NrFaZaliczkowej)",
            "Faktura rozliczeniowa (ROZ) wskazuje rozliczane faktury zaliczkowe (NrFaZaliczkowej)",
            "RodzajFaktury ROZ without NrFaZaliczkowej");
    static final ValidationRule UPR_001 = rule("FA-UPR-001", Severity.WARNING,
            "A simplified invoice (UPR) is for at most 450 PLN or 100 EUR (art. 106e(5)(3) of the VAT Act)",
            "Faktura uproszczona (UPR) jest na kwotę do 450 zł lub 100 euro (art. 106e ust. 5 pkt 3 ustawy)",
            "RodzajFaktury UPR, P_15 = 451.00 PLN");
    static final ValidationRule BANK_001 = rule("FA-BANK-001", Severity.ERROR,
            "A Polish account number (NrRBPL, 26 digits) passes the IBAN check as PL + digits",
            "Polski numer rachunku (NrRBPL, 26 cyfr) przechodzi kontrolę IBAN jako PL + cyfry",
            "NrRBPL 12345678901234567890123456");
    static final ValidationRule BANK_002 = rule("FA-BANK-002", Severity.WARNING,
            "A foreign account number shaped like an IBAN (NrRBZagr) passes the IBAN check",
            "Zagraniczny numer rachunku w postaci IBAN (NrRBZagr) przechodzi kontrolę IBAN",
            "NrRBZagr DE00123456780000000000");

    static final List<ValidationRule> ALL = List.of(CUR_001, CUR_002, CUR_003, SUM_001, SUM_002, SUM_003, SUM_004, SUM_005, SUM_006,
            LINE_001, LINE_002, LINE_003, ADN_001, ADN_002, ADN_003, ADN_004, ADN_005, KOR_001, KOR_002, KOR_003,
            KOR_005, ZAL_001, ZAL_002, ROZ_001, UPR_001, BANK_001, BANK_002);

    private static final Set<RodzajFaktury> CORRECTIONS = EnumSet.of(RodzajFaktury.KOR, RodzajFaktury.KOR_ZAL,
            RodzajFaktury.KOR_ROZ);

    /** A rate group: the totals P_13_x/P_14_x (or only P_13_x) that lines of some rates sum into. */
    private enum Group {
        G1("1", Fa::getP_13_1, Fa::getP_14_1, Fa::getP_14_1W),
        G2("2", Fa::getP_13_2, Fa::getP_14_2, Fa::getP_14_2W),
        G3("3", Fa::getP_13_3, Fa::getP_14_3, Fa::getP_14_3W),
        G4("4", Fa::getP_13_4, Fa::getP_14_4, Fa::getP_14_4W),
        G5("5", Fa::getP_13_5, Fa::getP_14_5, null),
        G6("6", Fa::getP_13_6, null, null),
        G7("7", Fa::getP_13_7, null, null);

        final String suffix;
        final Function<Fa, BigDecimal> net;
        final Function<Fa, BigDecimal> vat;
        final Function<Fa, BigDecimal> vatPln;

        Group(String suffix, Function<Fa, BigDecimal> net, Function<Fa, BigDecimal> vat,
                Function<Fa, BigDecimal> vatPln) {
            this.suffix = suffix;
            this.net = net;
            this.vat = vat;
            this.vatPln = vatPln;
        }

        String netName() {
            return "P_13_" + suffix;
        }

        String vatName() {
            return "P_14_" + suffix;
        }
    }

    private final Faktura invoice;
    private final ValidationContext context;
    private final Issues issues;
    private final Path root = Path.root("Faktura");
    private final Path faPath = root.child("Fa");

    Fa1Rules(Faktura invoice, ValidationContext context, Issues issues) {
        this.invoice = invoice;
        this.context = context;
        this.issues = issues;
    }

    private static ValidationRule rule(String id, Severity severity, String en, String pl, String example) {
        return new ValidationRule(id, Category.BUSINESS, severity, en, pl, example);
    }

    void check() {
        Fa fa = invoice.getFa();
        if (fa == null) {
            return;
        }
        List<FaWiersz> lines = lines(fa);
        // A value invalid for its type is not in the model (see JaxbBinding), so a rule would take it
        // for absent. The rules below that sum or compare amounts are skipped while a value they read
        // is invalid: the structural issue already says what is wrong, and the arithmetic would not.
        boolean totalsValid = !anyInvalidTotal() && !anyInvalidInLines(lines.size(), "P_11", "P_12", "P_12_XII")
                && !issues.isInvalid(faPath.child("Adnotacje").child("P_PMarzy"));
        if (totalsValid && !anyInvalidInLines(lines.size(), "KursWaluty")) {
            checkCurrency(fa, lines);
        }
        if (totalsValid) {
            checkTotals(fa, lines);
        }
        checkControlTotals(fa, lines);
        checkSettlement(fa);
        checkLines(fa, lines);
        if (!issues.hasInvalidUnder(faPath.child("Adnotacje")) && !issues.isInvalid(faPath.child("P_13_7"))
                && !issues.isInvalid(faPath.child("P_15"))
                && !anyInvalidInLines(lines.size(), "P_11", "P_11A", "P_12", "P_12_XII", "P_12_Procedura")) {
            checkAnnotations(fa, lines);
        }
        checkCorrections(fa);
        checkAdvances(fa);
        checkSimplified(fa);
        checkAccounts(fa);
    }

    // ---------------------------------------------------------------------------------------- currency

    private void checkCurrency(Fa fa, List<FaWiersz> lines) {
        if (fa.getKodWaluty() == null) {
            return;
        }
        boolean pln = fa.getKodWaluty() == KodWaluty.PLN;
        if (pln) {
            for (Group g : Group.values()) {
                if (g.vatPln != null && g.vatPln.apply(fa) != null) {
                    issues.add(CUR_002, faPath.child(g.vatName() + "W"),
                            g.vatName() + "W (VAT in PLN) is given on a PLN invoice",
                            g.vatName() + "W (podatek w PLN) podano w fakturze w PLN");
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).getKursWaluty() != null) {
                    issues.add(CUR_002, linePath(i).child("KursWaluty"), "an exchange rate is given on a PLN invoice",
                            "w fakturze w PLN podano kurs waluty");
                    break;
                }
            }
            List<ZamowienieWiersz> rows = fa.getZamowienie() == null ? List.of() : fa.getZamowienie().getZamowienieWiersz();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getKursWalutyZ() != null) {
                    issues.add(CUR_002, orderRowPath(i).child("KursWalutyZ"),
                            "an exchange rate is given on a PLN invoice", "w fakturze w PLN podano kurs waluty");
                    break;
                }
            }
            return;
        }
        BigDecimal rate = commonRate(lines);
        for (Group g : Group.values()) {
            if (g.vatPln == null) {
                continue;
            }
            BigDecimal vat = g.vat.apply(fa);
            BigDecimal vatPln = g.vatPln.apply(fa);
            if (vat != null && vat.signum() != 0 && vatPln == null) {
                issues.add(CUR_001, faPath.child(g.vatName() + "W"),
                        "the invoice is in " + fa.getKodWaluty().value() + ": " + g.vatName() + " " + plain(vat)
                                + " needs its amount in PLN, " + g.vatName() + "W",
                        "faktura jest w " + fa.getKodWaluty().value() + ": " + g.vatName() + " " + plain(vat)
                                + " wymaga kwoty w złotych, " + g.vatName() + "W");
            }
            if (vat != null && vatPln != null && rate != null) {
                BigDecimal expected = vat.multiply(rate).setScale(2, RoundingMode.HALF_UP);
                if (expected.subtract(vatPln).abs().compareTo(CENT) > 0) {
                    issues.add(CUR_003, faPath.child(g.vatName() + "W"),
                            g.vatName() + "W is " + plain(vatPln) + ", but " + plain(vat) + " × " + plain(rate) + " = "
                                    + plain(expected),
                            g.vatName() + "W wynosi " + plain(vatPln) + ", a " + plain(vat) + " × " + plain(rate)
                                    + " = " + plain(expected));
                }
            }
        }
    }

    /** The exchange rate all lines share, or {@code null} when there are none or they differ. */
    private static BigDecimal commonRate(List<FaWiersz> lines) {
        BigDecimal rate = null;
        for (FaWiersz l : lines) {
            BigDecimal r = l.getKursWaluty();
            if (r == null) {
                return null;
            }
            if (rate != null && rate.compareTo(r) != 0) {
                return null;
            }
            rate = r;
        }
        return rate;
    }

    // ---------------------------------------------------------------------------------------- totals

    /** The rate group a line's amounts belong to, or {@code null} when the line has no rate. */
    private static Group groupOf(FaWiersz line) {
        if (line.getP_12_XII() != null) {
            return Group.G5;
        }
        StawkaPodatku rate = line.getP_12();
        if (rate == null) {
            return null;
        }
        switch (rate) {
            case RATE_23:
            case RATE_22:
                return Group.G1;
            case RATE_8:
            case RATE_7:
                return Group.G2;
            case RATE_5:
                return Group.G3;
            case RATE_4:
            case RATE_3:
            case REVERSE_CHARGE:
                return Group.G4;
            case NOT_TAXABLE_IN_POLAND:
                return Group.G5;
            case RATE_0:
                return Group.G6;
            default:
                return Group.G7;
        }
    }

    private static BigDecimal percent(StawkaPodatku rate) {
        switch (rate) {
            case RATE_23:
            case RATE_22:
            case RATE_8:
            case RATE_7:
            case RATE_5:
            case RATE_4:
            case RATE_3:
                return new BigDecimal(rate.value());
            case REVERSE_CHARGE:
                return BigDecimal.ZERO;
            default:
                return null;
        }
    }

    private void checkTotals(Fa fa, List<FaWiersz> lines) {
        RodzajFaktury kind = fa.getRodzajFaktury();
        boolean sumsApply = kind == RodzajFaktury.VAT || kind == RodzajFaktury.KOR || kind == RodzajFaktury.UPR;
        boolean complete = !lines.isEmpty();
        for (FaWiersz l : lines) {
            if (l.getP_11() == null || (l.getP_12() == null && l.getP_12_XII() == null)) {
                complete = false;
                break;
            }
        }
        if (sumsApply && complete) {
            Map<Group, BigDecimal> sums = new HashMap<>();
            for (FaWiersz l : lines) {
                sums.merge(groupOf(l), l.getP_11(), BigDecimal::add);
            }
            for (Group g : Group.values()) {
                BigDecimal expected = sums.getOrDefault(g, BigDecimal.ZERO);
                BigDecimal declared = g.net.apply(fa);
                BigDecimal actual = declared == null ? BigDecimal.ZERO : declared;
                if (expected.subtract(actual).abs().compareTo(CENT) > 0) {
                    issues.add(SUM_001, faPath.child(g.netName()),
                            g.netName() + " is " + (declared == null ? "absent" : plain(declared))
                                    + ", but the lines of its rates add up to " + plain(expected),
                            g.netName() + (declared == null ? " nie występuje" : " wynosi " + plain(declared))
                                    + ", a wiersze jego stawek sumują się do " + plain(expected));
                }
            }
        }
        // FA-SUM-002: VAT per group from its rate.
        for (Group g : List.of(Group.G1, Group.G2, Group.G3, Group.G4)) {
            BigDecimal net = g.net.apply(fa);
            BigDecimal vat = g.vat.apply(fa);
            if (net == null || vat == null) {
                continue;
            }
            Set<BigDecimal> candidates = candidateRates(g, lines);
            if (candidates.isEmpty()) {
                continue;
            }
            BigDecimal closest = null;
            for (BigDecimal r : candidates) {
                BigDecimal expected = net.multiply(r).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
                if (expected.subtract(vat).abs().compareTo(CENT) <= 0) {
                    closest = null;
                    break;
                }
                closest = expected;
            }
            if (closest != null) {
                issues.add(SUM_002, faPath.child(g.vatName()),
                        g.vatName() + " is " + plain(vat) + ", but " + plain(net) + " at the group's rate gives "
                                + plain(closest),
                        g.vatName() + " wynosi " + plain(vat) + ", a " + plain(net) + " według stawki grupy daje "
                                + plain(closest));
            }
        }
        // FA-SUM-003: P_15 against all totals.
        if (fa.getP_15() != null && !isMargin(fa)) {
            BigDecimal sum = BigDecimal.ZERO;
            int groups = 0;
            for (Group g : Group.values()) {
                BigDecimal net = g.net.apply(fa);
                if (net != null) {
                    sum = sum.add(net);
                    groups++;
                }
                BigDecimal vat = g.vat == null ? null : g.vat.apply(fa);
                if (vat != null) {
                    sum = sum.add(vat);
                }
            }
            if (groups > 0) {
                BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(groups));
                if (sum.subtract(fa.getP_15()).abs().compareTo(tolerance) > 0) {
                    issues.add(SUM_003, faPath.child("P_15"),
                            "P_15 is " + plain(fa.getP_15()) + ", but the net and VAT totals add up to " + plain(sum),
                            "P_15 wynosi " + plain(fa.getP_15()) + ", a sumy netto i podatku dają " + plain(sum));
                }
            }
        }
    }

    /** The rates a group's lines use; with no rated lines, every rate the group stands for. */
    private static Set<BigDecimal> candidateRates(Group g, List<FaWiersz> lines) {
        Set<BigDecimal> rates = new HashSet<>();
        for (FaWiersz l : lines) {
            if (groupOf(l) == g && l.getP_12() != null && l.getP_12_XII() == null) {
                BigDecimal p = percent(l.getP_12());
                if (p != null) {
                    rates.add(p);
                }
            }
        }
        if (rates.size() > 1) {
            return Set.of(); // mixed rates in one group: the rule cannot tell
        }
        if (!rates.isEmpty()) {
            return rates;
        }
        switch (g) {
            case G1:
                return Set.of(new BigDecimal("23"), new BigDecimal("22"));
            case G2:
                return Set.of(new BigDecimal("8"), new BigDecimal("7"));
            case G3:
                return Set.of(new BigDecimal("5"));
            default:
                return Set.of(new BigDecimal("4"), new BigDecimal("3"), BigDecimal.ZERO);
        }
    }

    private void checkControlTotals(Fa fa, List<FaWiersz> lines) {
        FaWiersze block = fa.getFaWiersze();
        if (block != null) {
            Path blockPath = faPath.child("FaWiersze");
            Long count = block.getLiczbaWierszyFaktury();
            if (count != null && count != lines.size()) {
                issues.add(SUM_004, blockPath.child("LiczbaWierszyFaktury"),
                        "LiczbaWierszyFaktury is " + count + ", but there are " + lines.size() + " lines",
                        "LiczbaWierszyFaktury wynosi " + count + ", a wierszy jest " + lines.size());
            }
            if (!anyInvalidInLines(lines.size(), "P_11")) {
                controlSum(block.getWartoscWierszyFaktury1(), lines, FaWiersz::getP_11, blockPath,
                        "WartoscWierszyFaktury1", "P_11");
            }
            if (!anyInvalidInLines(lines.size(), "P_11A")) {
                controlSum(block.getWartoscWierszyFaktury2(), lines, FaWiersz::getP_11A, blockPath,
                        "WartoscWierszyFaktury2", "P_11A");
            }
        }
        Zamowienie order = fa.getZamowienie();
        if (order != null && order.getLiczbaWierszyZamowienia() != null
                && order.getLiczbaWierszyZamowienia() != order.getZamowienieWiersz().size()) {
            issues.add(SUM_004, faPath.child("Zamowienie").child("LiczbaWierszyZamowienia"),
                    "LiczbaWierszyZamowienia is " + order.getLiczbaWierszyZamowienia() + ", but there are "
                            + order.getZamowienieWiersz().size() + " order lines",
                    "LiczbaWierszyZamowienia wynosi " + order.getLiczbaWierszyZamowienia() + ", a wierszy zamówienia jest "
                            + order.getZamowienieWiersz().size());
        }
    }

    private void controlSum(BigDecimal declared, List<FaWiersz> lines, Function<FaWiersz, BigDecimal> amount,
            Path blockPath, String field, String lineField) {
        if (declared == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FaWiersz l : lines) {
            if (amount.apply(l) != null) {
                sum = sum.add(amount.apply(l));
            }
        }
        if (sum.compareTo(declared) != 0) {
            issues.add(SUM_004, blockPath.child(field),
                    field + " is " + plain(declared) + ", but the lines' " + lineField + " add up to " + plain(sum),
                    field + " wynosi " + plain(declared) + ", a " + lineField + " wierszy sumują się do " + plain(sum));
        }
    }

    private void checkSettlement(Fa fa) {
        Rozliczenie r = fa.getRozliczenie();
        BigDecimal due = fa.getP_15();
        Path settlement = faPath.child("Rozliczenie");
        boolean settlementValid = !issues.hasInvalidUnder(settlement) && !issues.isInvalid(faPath.child("P_15"));
        if (r != null && settlementValid) {
            Path rp = faPath.child("Rozliczenie");
            BigDecimal charges = BigDecimal.ZERO;
            for (Obciazenia o : r.getObciazenia()) {
                charges = charges.add(o.getKwota() == null ? BigDecimal.ZERO : o.getKwota());
            }
            BigDecimal deductions = BigDecimal.ZERO;
            for (Odliczenia o : r.getOdliczenia()) {
                deductions = deductions.add(o.getKwota() == null ? BigDecimal.ZERO : o.getKwota());
            }
            itemSum(r.getSumaObciazen(), charges, rp.child("SumaObciazen"), "SumaObciazen", "Obciazenia");
            itemSum(r.getSumaOdliczen(), deductions, rp.child("SumaOdliczen"), "SumaOdliczen", "Odliczenia");
            if (r.getDoZaplaty() != null && fa.getP_15() != null) {
                BigDecimal expected = fa.getP_15().add(charges).subtract(deductions);
                if (expected.subtract(r.getDoZaplaty()).abs().compareTo(CENT) > 0) {
                    issues.add(SUM_005, rp.child("DoZaplaty"),
                            "DoZaplaty is " + plain(r.getDoZaplaty()) + ", but P_15 + charges - deductions = "
                                    + plain(expected),
                            "DoZaplaty wynosi " + plain(r.getDoZaplaty()) + ", a P_15 + obciążenia - odliczenia = "
                                    + plain(expected));
                }
            }
            if (r.getDoZaplaty() != null) {
                due = r.getDoZaplaty();
            }
        }
        Platnosc p = fa.getPlatnosc();
        if (p != null && due != null && due.signum() > 0 && !p.getPlatnosciCzesciowe().isEmpty() && settlementValid
                && !issues.hasInvalidUnder(faPath.child("Platnosc"))) {
            BigDecimal paid = BigDecimal.ZERO;
            for (PlatnosciCzesciowe part : p.getPlatnosciCzesciowe()) {
                if (part.getKwotaZaplatyCzesciowej() != null) {
                    paid = paid.add(part.getKwotaZaplatyCzesciowej());
                }
            }
            if (paid.compareTo(due) > 0) {
                issues.add(SUM_006, faPath.child("Platnosc").child("PlatnosciCzesciowe", 0),
                        "partial payments add up to " + plain(paid) + ", more than the amount due " + plain(due),
                        "zapłaty częściowe sumują się do " + plain(paid) + ", więcej niż należność " + plain(due));
            }
        }
    }

    private void itemSum(BigDecimal declared, BigDecimal sum, Path path, String field, String items) {
        if (declared != null && declared.compareTo(sum) != 0) {
            issues.add(SUM_005, path, field + " is " + plain(declared) + ", but the " + items + " add up to " + plain(sum),
                    field + " wynosi " + plain(declared) + ", a pozycje " + items + " sumują się do " + plain(sum));
        }
    }

    // ---------------------------------------------------------------------------------------- lines

    private void checkLines(Fa fa, List<FaWiersz> lines) {
        Set<Long> numbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Long n = lines.get(i).getNrWierszaFa();
            if (n != null && !numbers.add(n)) {
                issues.add(LINE_001, linePath(i).child("NrWierszaFa"), "line number " + n + " is used twice",
                        "numer wiersza " + n + " występuje dwukrotnie");
            }
        }
        if (fa.getZamowienie() != null) {
            Set<Long> orderNumbers = new HashSet<>();
            List<ZamowienieWiersz> rows = fa.getZamowienie().getZamowienieWiersz();
            for (int i = 0; i < rows.size(); i++) {
                Long n = rows.get(i).getNrWierszaZam();
                if (n != null && !orderNumbers.add(n)) {
                    issues.add(LINE_001, orderRowPath(i).child("NrWierszaZam"),
                            "order line number " + n + " is used twice",
                            "numer wiersza zamówienia " + n + " występuje dwukrotnie");
                }
            }
        }
        boolean simplified = fa.getRodzajFaktury() == RodzajFaktury.UPR;
        Set<Group> reported = EnumSet.noneOf(Group.class);
        for (int i = 0; i < lines.size(); i++) {
            FaWiersz l = lines.get(i);
            Group g = groupOf(l);
            if (g == null || g.net.apply(fa) != null || issues.isInvalid(faPath.child(g.netName()))
                    || !reported.add(g)) {
                continue;
            }
            boolean rated = l.getP_12_XII() == null && percent(l.getP_12()) != null
                    && l.getP_12() != StawkaPodatku.REVERSE_CHARGE;
            if (rated && !simplified) {
                issues.add(LINE_002, faPath.child(g.netName()),
                        "line " + (i + 1) + " is at " + l.getP_12().value() + " %, but " + g.netName() + " is absent",
                        "wiersz " + (i + 1) + " ma stawkę " + l.getP_12().value() + " %, a brak " + g.netName());
            } else if (!rated) {
                String code = l.getP_12_XII() != null ? "OSS" : l.getP_12().value();
                issues.add(LINE_003, faPath.child(g.netName()),
                        "line " + (i + 1) + " is at " + code + ", but " + g.netName() + " is absent",
                        "wiersz " + (i + 1) + " ma stawkę " + code + ", a brak " + g.netName());
            }
        }
    }

    // ---------------------------------------------------------------------------------------- Adnotacje

    private void checkAnnotations(Fa fa, List<FaWiersz> lines) {
        Adnotacje a = fa.getAdnotacje();
        if (a == null) {
            return;
        }
        Path ap = faPath.child("Adnotacje");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).getP_12() == StawkaPodatku.REVERSE_CHARGE && a.getP_18() != Wybor1_2.YES) {
                issues.add(ADN_001, ap.child("P_18"),
                        "line " + (i + 1) + " is reverse charge (oo), so P_18 must be 1",
                        "wiersz " + (i + 1) + " jest objęty odwrotnym obciążeniem (oo), więc P_18 musi wynosić 1");
                break;
            }
        }
        boolean exemptContent = fa.getP_13_7() != null;
        for (FaWiersz l : lines) {
            exemptContent |= l.getP_12() == StawkaPodatku.EXEMPT;
        }
        int exemptionBases = count(a.getP_19A(), a.getP_19B(), a.getP_19C());
        if (a.getP_19() != null) {
            if (exemptContent && a.getP_19() != Wybor1_2.YES) {
                issues.add(ADN_002, ap.child("P_19"), "the invoice has exempt sales (zw, P_13_7), so P_19 must be 1",
                        "faktura zawiera sprzedaż zwolnioną (zw, P_13_7), więc P_19 musi wynosić 1");
            } else if (!exemptContent && a.getP_19() == Wybor1_2.YES) {
                issues.add(ADN_002, ap.child("P_19"), "P_19 is 1, but the invoice has no exempt sales (zw, P_13_7)",
                        "P_19 wynosi 1, a faktura nie zawiera sprzedaży zwolnionej (zw, P_13_7)");
            }
            if (a.getP_19() == Wybor1_2.YES && exemptionBases != 1) {
                issues.add(ADN_002, ap.child("P_19A"), "P_19 is 1, so exactly one legal basis (P_19A, P_19B or P_19C) "
                        + "is required", "P_19 wynosi 1, więc wymagana jest dokładnie jedna podstawa (P_19A, P_19B lub P_19C)");
            } else if (a.getP_19() == Wybor1_2.NO && exemptionBases > 0) {
                issues.add(ADN_002, ap.child("P_19A"), "P_19 is 2, so no exemption basis may be given",
                        "P_19 wynosi 2, więc nie podaje się podstawy zwolnienia");
            }
        }
        int marginTypes = count(a.getP_PMarzy_2(), a.getP_PMarzy_3_1(), a.getP_PMarzy_3_2(), a.getP_PMarzy_3_3());
        if (a.getP_PMarzy() == Wybor1_2.YES && marginTypes != 1) {
            issues.add(ADN_003, ap.child("P_PMarzy"), "P_PMarzy is 1, so exactly one margin type is required",
                    "P_PMarzy wynosi 1, więc wymagany jest dokładnie jeden rodzaj marży");
        } else if (a.getP_PMarzy() == Wybor1_2.NO && marginTypes > 0) {
            issues.add(ADN_003, ap.child("P_PMarzy"), "P_PMarzy is 2, so no margin type may be given",
                    "P_PMarzy wynosi 2, więc nie podaje się rodzaju marży");
        }
        if (a.getP_22() == Wybor1_2.YES && a.getP_22A() == null) {
            issues.add(ADN_003, ap.child("P_22"), "P_22 is 1, so the new means of transport must be described (P_22A …)",
                    "P_22 wynosi 1, więc należy opisać nowe środki transportu (P_22A …)");
        } else if (a.getP_22() == Wybor1_2.NO && a.getP_22A() != null) {
            issues.add(ADN_003, ap.child("P_22A"), "P_22 is 2, so no new means of transport may be described",
                    "P_22 wynosi 2, więc nie opisuje się nowych środków transportu");
        }
        boolean margin = a.getP_PMarzy() == Wybor1_2.YES;
        for (int i = 0; i < lines.size(); i++) {
            FaWiersz l = lines.get(i);
            if (margin && l.getP_12() != null) {
                issues.add(ADN_004, linePath(i).child("P_12"),
                        "line " + (i + 1) + " of a margin invoice carries the VAT rate " + l.getP_12().value(),
                        "wiersz " + (i + 1) + " faktury marży ma stawkę VAT " + l.getP_12().value());
                break;
            }
            if (!margin && l.getP_12() == null && l.getP_12_XII() == null
                    && (l.getP_11() != null && l.getP_11().signum() != 0
                            || l.getP_11A() != null && l.getP_11A().signum() != 0)) {
                issues.add(ADN_004, linePath(i).child("P_12"),
                        "line " + (i + 1) + " has an amount but no VAT rate P_12; for a margin-scheme sale set P_PMarzy",
                        "wiersz " + (i + 1) + " ma kwotę, ale nie ma stawki P_12; dla procedury marży ustaw P_PMarzy");
                break;
            }
        }
        boolean annex15 = false;
        for (FaWiersz l : lines) {
            annex15 |= l.getP_12_Procedura() == ProceduraFa.ANNEX_15_GOODS_SERVICES;
        }
        boolean pln = fa.getKodWaluty() == KodWaluty.PLN;
        BigDecimal threshold = new BigDecimal("15000");
        if (a.getP_18A() == Wybor1_2.YES && pln && fa.getP_15() != null && fa.getP_15().compareTo(threshold) <= 0) {
            issues.add(ADN_005, ap.child("P_18A"),
                    "split payment (P_18A = 1) applies to amounts over 15,000 PLN; P_15 is " + plain(fa.getP_15()),
                    "mechanizm podzielonej płatności (P_18A = 1) dotyczy kwot powyżej 15 000 zł; P_15 wynosi "
                            + plain(fa.getP_15()));
        } else if (a.getP_18A() == Wybor1_2.NO && pln && annex15 && fa.getP_15() != null
                && fa.getP_15().compareTo(threshold) > 0) {
            issues.add(ADN_005, ap.child("P_18A"),
                    "Annex 15 goods over 15,000 PLN usually require split payment (P_18A = 1)",
                    "towary z załącznika 15 powyżej 15 000 zł zwykle wymagają podzielonej płatności (P_18A = 1)");
        }
    }

    // ---------------------------------------------------------------------------------------- corrections

    private void checkCorrections(Fa fa) {
        RodzajFaktury kind = fa.getRodzajFaktury();
        if (kind == null) {
            return;
        }
        boolean correction = CORRECTIONS.contains(kind);
        if (correction) {
            if (fa.getDaneFaKorygowanej().isEmpty()) {
                issues.add(KOR_001, faPath.child("DaneFaKorygowanej", 0),
                        kind.value() + " is a correction, so DaneFaKorygowanej (the corrected invoice) is required",
                        kind.value() + " jest fakturą korygującą, więc wymagane jest DaneFaKorygowanej");
            }
            // Reason and type live in the corrected-invoice block; without it, FA-KOR-001 says all.
            if (fa.getPrzyczynaKorekty() == null && !fa.getDaneFaKorygowanej().isEmpty()
                    && !issues.isInvalid(faPath.child("PrzyczynaKorekty"))) {
                issues.add(KOR_002, faPath.child("PrzyczynaKorekty"), "the correction gives no reason (PrzyczynaKorekty)",
                        "korekta nie podaje przyczyny (PrzyczynaKorekty)");
            }
            if (fa.getTypKorekty() == null && !fa.getDaneFaKorygowanej().isEmpty()
                    && !issues.isInvalid(faPath.child("TypKorekty"))) {
                issues.add(KOR_002, faPath.child("TypKorekty"), "the correction gives no type (TypKorekty)",
                        "korekta nie podaje typu (TypKorekty)");
            }
        } else {
            String present = fa.getPrzyczynaKorekty() != null ? "PrzyczynaKorekty"
                    : fa.getTypKorekty() != null ? "TypKorekty"
                    : !fa.getDaneFaKorygowanej().isEmpty() ? "DaneFaKorygowanej"
                    : fa.getOkresFaKorygowanej() != null ? "OkresFaKorygowanej"
                    : fa.getNrFaKorygowany() != null ? "NrFaKorygowany"
                    : fa.getPodmiot1K() != null ? "Podmiot1K"
                    : !fa.getPodmiot2K().isEmpty() ? "Podmiot2K" : null;
            if (present != null) {
                Path p = present.equals("DaneFaKorygowanej") || present.equals("Podmiot2K")
                        ? faPath.child(present, 0) : faPath.child(present);
                issues.add(KOR_003, p, kind.value() + " is not a correction, so it must not carry " + present,
                        kind.value() + " nie jest fakturą korygującą, więc nie może zawierać " + present);
            }
        }
        String sellerNip = invoice.getPodmiot1() == null || invoice.getPodmiot1().getDaneIdentyfikacyjne() == null ? null
                : invoice.getPodmiot1().getDaneIdentyfikacyjne().getNIP();
        if (fa.getPodmiot1K() != null && fa.getPodmiot1K().getDaneIdentyfikacyjne() != null && sellerNip != null) {
            String nip = fa.getPodmiot1K().getDaneIdentyfikacyjne().getNIP();
            if (nip != null && !nip.equals(sellerNip)) {
                issues.add(KOR_005, faPath.child("Podmiot1K").child("DaneIdentyfikacyjne").child("NIP"),
                        "Podmiot1K has NIP " + nip + ", not the seller's " + sellerNip
                                + "; a wrong NIP is corrected to zero and a new invoice issued",
                        "Podmiot1K ma NIP " + nip + ", a nie NIP sprzedawcy " + sellerNip
                                + "; błędny NIP koryguje się do zera i wystawia nową fakturę");
            }
        }
        Set<String> buyerNips = new HashSet<>();
        if (invoice.getPodmiot2() != null && invoice.getPodmiot2().getDaneIdentyfikacyjne() != null
                && invoice.getPodmiot2().getDaneIdentyfikacyjne().getNIP() != null) {
            buyerNips.add(invoice.getPodmiot2().getDaneIdentyfikacyjne().getNIP());
        }
        for (Podmiot3 p3 : invoice.getPodmiot3()) {
            if (p3.getDaneIdentyfikacyjne() != null && p3.getDaneIdentyfikacyjne().getNIP() != null) {
                buyerNips.add(p3.getDaneIdentyfikacyjne().getNIP());
            }
        }
        List<Podmiot2K> p2k = fa.getPodmiot2K();
        for (int i = 0; i < p2k.size(); i++) {
            String nip = p2k.get(i).getDaneIdentyfikacyjne() == null ? null : p2k.get(i).getDaneIdentyfikacyjne().getNIP();
            if (nip != null && !buyerNips.contains(nip)) {
                issues.add(KOR_005, faPath.child("Podmiot2K", i).child("DaneIdentyfikacyjne").child("NIP"),
                        "Podmiot2K has NIP " + nip + ", which is neither the buyer's nor a third party's",
                        "Podmiot2K ma NIP " + nip + ", który nie jest NIP-em nabywcy ani podmiotu trzeciego");
            }
        }
    }

    // ---------------------------------------------------------------------------------------- advances

    private void checkAdvances(Fa fa) {
        RodzajFaktury kind = fa.getRodzajFaktury();
        if (kind == null) {
            return;
        }
        boolean advance = kind == RodzajFaktury.ZAL || kind == RodzajFaktury.KOR_ZAL;
        Zamowienie order = fa.getZamowienie();
        if (advance && order == null) {
            issues.add(ZAL_001, faPath.child("Zamowienie"), kind.value() + " should describe the order (Zamowienie)",
                    kind.value() + " powinna opisywać zamówienie (Zamowienie)");
        } else if (!advance && order != null) {
            issues.add(ZAL_001, faPath.child("Zamowienie"),
                    "Zamowienie belongs to advance invoices (ZAL, KOR_ZAL), not to " + kind.value(),
                    "Zamowienie dotyczy faktur zaliczkowych (ZAL, KOR_ZAL), a nie " + kind.value());
        }
        if (order != null && order.getWartoscZamowienia() != null
                && !issues.hasInvalidUnder(faPath.child("Zamowienie"))) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ZamowienieWiersz row : order.getZamowienieWiersz()) {
                sum = sum.add(row.getP_11NettoZ() == null ? BigDecimal.ZERO : row.getP_11NettoZ())
                        .add(row.getP_11VatZ() == null ? BigDecimal.ZERO : row.getP_11VatZ());
            }
            if (sum.subtract(order.getWartoscZamowienia()).abs().compareTo(CENT) > 0) {
                issues.add(ZAL_002, faPath.child("Zamowienie").child("WartoscZamowienia"),
                        "WartoscZamowienia is " + plain(order.getWartoscZamowienia())
                                + ", but the order lines' net and VAT add up to " + plain(sum),
                        "WartoscZamowienia wynosi " + plain(order.getWartoscZamowienia())
                                + ", a netto i VAT wierszy zamówienia sumują się do " + plain(sum));
            }
        }
        if (kind == RodzajFaktury.ROZ && fa.getNrFaZaliczkowej().isEmpty()) {
            issues.add(ROZ_001, faPath.child("NrFaZaliczkowej", 0),
                    "a settlement invoice (ROZ) must list the advance invoices it settles (NrFaZaliczkowej)",
                    "faktura rozliczeniowa (ROZ) musi wskazywać rozliczane faktury zaliczkowe (NrFaZaliczkowej)");
        }
    }

    private void checkSimplified(Fa fa) {
        if (fa.getRodzajFaktury() != RodzajFaktury.UPR || fa.getP_15() == null || fa.getKodWaluty() == null) {
            return;
        }
        BigDecimal limit = fa.getKodWaluty() == KodWaluty.PLN ? new BigDecimal("450")
                : fa.getKodWaluty() == KodWaluty.EUR ? new BigDecimal("100") : null;
        if (limit != null && fa.getP_15().compareTo(limit) > 0) {
            issues.add(UPR_001, faPath.child("P_15"),
                    "a simplified invoice (UPR) may be for at most " + plain(limit) + " " + fa.getKodWaluty().value()
                            + "; P_15 is " + plain(fa.getP_15()),
                    "faktura uproszczona (UPR) może opiewać najwyżej na " + plain(limit) + " "
                            + fa.getKodWaluty().value() + "; P_15 wynosi " + plain(fa.getP_15()));
        }
    }

    private void checkAccounts(Fa fa) {
        Platnosc p = fa.getPlatnosc();
        if (p == null) {
            return;
        }
        Path pp = faPath.child("Platnosc");
        accounts(p.getRachunekBankowy(), pp, "RachunekBankowy");
        accounts(p.getRachunekBankowyFaktora(), pp, "RachunekBankowyFaktora");
    }

    private void accounts(List<RachunekBankowy> accounts, Path parent, String element) {
        IBANValidator iban = IBANValidator.getInstance();
        for (int i = 0; i < accounts.size(); i++) {
            RachunekBankowy a = accounts.get(i);
            String pl = a.getNrRBPL();
            if (pl != null && pl.matches("[0-9]{26}") && !iban.isValid("PL" + pl)) {
                issues.add(BANK_001, parent.child(element, i).child("NrRBPL"),
                        "account number " + pl + " fails the IBAN check (PL" + pl.substring(0, 2) + " …)",
                        "numer rachunku " + pl + " nie przechodzi kontroli IBAN (PL" + pl.substring(0, 2) + " …)");
            }
            String foreign = a.getNrRBZagr();
            if (foreign != null && foreign.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{6,30}") && !iban.isValid(foreign)) {
                issues.add(BANK_002, parent.child(element, i).child("NrRBZagr"),
                        "account number " + foreign + " looks like an IBAN but fails its check",
                        "numer rachunku " + foreign + " wygląda jak IBAN, ale nie przechodzi kontroli");
            }
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** Whether any rate-group total (P_13_x, P_14_x, P_14_xW) or P_15 holds a value invalid for its type. */
    private boolean anyInvalidTotal() {
        for (Group g : Group.values()) {
            if (issues.isInvalid(faPath.child(g.netName()))
                    || g.vat != null && issues.isInvalid(faPath.child(g.vatName()))
                    || g.vatPln != null && issues.isInvalid(faPath.child(g.vatName() + "W"))) {
                return true;
            }
        }
        return issues.isInvalid(faPath.child("P_15"));
    }

    /** Whether any of the first {@code count} lines holds a value invalid for its type in one of {@code fields}. */
    private boolean anyInvalidInLines(int count, String... fields) {
        if (!issues.hasInvalidUnder(faPath.child("FaWiersze"))) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            for (String field : fields) {
                if (issues.isInvalid(linePath(i).child(field))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<FaWiersz> lines(Fa fa) {
        return fa.getFaWiersze() == null ? List.of() : fa.getFaWiersze().getFaWiersz();
    }

    private Path linePath(int index) {
        return faPath.child("FaWiersze").child("FaWiersz", index);
    }

    private Path orderRowPath(int index) {
        return faPath.child("Zamowienie").child("ZamowienieWiersz", index);
    }

    private static boolean isMargin(Fa fa) {
        return fa.getAdnotacje() != null && fa.getAdnotacje().getP_PMarzy() == Wybor1_2.YES;
    }

    private static int count(Object... values) {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
