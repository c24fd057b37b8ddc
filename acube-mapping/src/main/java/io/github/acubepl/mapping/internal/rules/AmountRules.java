package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.Amounts.CENT;
import static io.github.acubepl.mapping.internal.rules.Amounts.HUNDRED;
import static io.github.acubepl.mapping.internal.rules.Amounts.field;
import static io.github.acubepl.mapping.internal.rules.Amounts.plain;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules on the totals: rate groups against lines, VAT against net, P_15, control sums, settlement. */
final class AmountRules {
    static final BusinessRule SUM_001 = BusinessRule.rule("FA-SUM-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("For VAT, KOR and UPR invoices whose lines all carry P_11 and a rate, the net total of each rate "
                            + "group P_13_x equals the sum of its lines' P_11 (±0.01; FA(2)/FA(3): a StanPrzed line "
                            + "counts negative)",
                    "W fakturach VAT, KOR i UPR, których wszystkie wiersze mają P_11 i stawkę, suma netto grupy "
                            + "stawek P_13_x równa się sumie P_11 jej wierszy (±0,01; FA(2)/FA(3): wiersz StanPrzed "
                            + "liczy się ze znakiem minus)")
            .example("two lines of 100.00 at 23 % and P_13_1 = 150.00")
            .check(AmountRules::groupNets);

    static final BusinessRule SUM_002 = BusinessRule.rule("FA-SUM-002").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("The VAT of each rate group P_14_x equals P_13_x times the rate, rounded half up (±0.01)",
                    "Podatek grupy stawek P_14_x równa się P_13_x razy stawka, zaokrąglone (±0,01)")
            .example("P_13_1 = 100.00, P_14_1 = 25.00")
            .check(AmountRules::groupVat);

    static final BusinessRule SUM_003 = BusinessRule.rule("FA-SUM-003").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("P_15 equals the sum of all P_13_x and P_14_x (not the P_14_xW), ±0.01 per rate group; not "
                            + "checked without any P_13_x, nor for FA(1) margin invoices (which have no margin total; "
                            + "FA(2)/FA(3) count P_13_11)",
                    "P_15 równa się sumie wszystkich P_13_x i P_14_x (bez P_14_xW), ±0,01 na grupę stawek; nie "
                            + "sprawdza się bez P_13_x ani dla faktur marży w FA(1) (bez sumy marży; FA(2)/FA(3) "
                            + "liczą P_13_11)")
            .example("P_13_1 100.00, P_14_1 23.00, P_15 150.00")
            .check(AmountRules::total);

    /** FA(1) only: FA(2) dropped the FaWiersze wrapper with its control totals and LiczbaWierszyZamowienia. */
    static final BusinessRule SUM_004 = BusinessRule.rule("FA-SUM-004").versions(FaVersion.FA1)
            .severity(Severity.ERROR)
            .title("Control totals: LiczbaWierszyFaktury = number of FaWiersz, WartoscWierszyFaktury1 = sum of "
                            + "P_11, WartoscWierszyFaktury2 = sum of P_11A, LiczbaWierszyZamowienia = number of "
                            + "ZamowienieWiersz",
                    "Sumy kontrolne: LiczbaWierszyFaktury = liczba FaWiersz, WartoscWierszyFaktury1 = suma P_11, "
                            + "WartoscWierszyFaktury2 = suma P_11A, LiczbaWierszyZamowienia = liczba ZamowienieWiersz")
            .example("LiczbaWierszyFaktury 3 with two FaWiersz")
            .check(AmountRules::controlTotals);

    static final BusinessRule SUM_005 = BusinessRule.rule("FA-SUM-005").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Rozliczenie: SumaObciazen and SumaOdliczen are the sums of their items; DoZaplaty = P_15 + "
                            + "SumaObciazen - SumaOdliczen (±0.01)",
                    "Rozliczenie: SumaObciazen i SumaOdliczen to sumy pozycji; DoZaplaty = P_15 + SumaObciazen - "
                            + "SumaOdliczen (±0,01)")
            .example("P_15 1000, SumaOdliczen 100, DoZaplaty 1000")
            .check(AmountRules::settlement);

    static final List<BusinessRule> RULES = List.of(SUM_001, SUM_002, SUM_003, SUM_004, SUM_005);

    private AmountRules() {
    }

    private static void groupNets(InvoiceView inv, Reporter out) {
        if (!Amounts.totalsReadable(inv)) {
            return;
        }
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (!"VAT".equals(kind) && !"KOR".equals(kind) && !"UPR".equals(kind)) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        if (lines.isEmpty()) {
            return;
        }
        Map<RateGroup, BigDecimal> sums = new LinkedHashMap<>();
        for (XmlNode line : lines) {
            BigDecimal net = inv.decimal(line.child("P_11"));
            RateGroup g = inv.facts().groupOf(inv, line);
            if (net == null || g == null) {
                return; // an incomplete line: the rule cannot tell
            }
            sums.merge(g, inv.facts().beforeCorrection(inv, line) ? net.negate() : net, BigDecimal::add);
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            BigDecimal expected = sums.getOrDefault(g, BigDecimal.ZERO);
            BigDecimal declared = Amounts.net(inv, g);
            BigDecimal actual = declared == null ? BigDecimal.ZERO : declared;
            if (expected.subtract(actual).abs().compareTo(CENT) > 0) {
                out.add(inv.path(inv.fa(), g.netFields().get(0)),
                        g.netName() + " is " + (declared == null ? "absent" : plain(declared))
                                + ", but the lines of its rates add up to " + plain(expected),
                        g.netName() + (declared == null ? " nie występuje" : " wynosi " + plain(declared))
                                + ", a wiersze jego stawek sumują się do " + plain(expected));
            }
        }
    }

    private static void groupVat(InvoiceView inv, Reporter out) {
        if (!Amounts.totalsReadable(inv)) {
            return;
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            if (g.rates().isEmpty()) {
                continue;
            }
            BigDecimal net = Amounts.net(inv, g);
            BigDecimal vat = field(inv, g.vatField());
            if (net == null || vat == null) {
                continue;
            }
            BigDecimal closest = null;
            for (BigDecimal r : candidateRates(inv, g)) {
                BigDecimal expected = net.multiply(r).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
                if (expected.subtract(vat).abs().compareTo(CENT) <= 0) {
                    closest = null;
                    break;
                }
                closest = expected;
            }
            if (closest != null) {
                out.add(inv.path(inv.fa(), g.vatField()),
                        g.vatField() + " is " + plain(vat) + ", but " + plain(net) + " at the group's rate gives "
                                + plain(closest),
                        g.vatField() + " wynosi " + plain(vat) + ", a " + plain(net) + " według stawki grupy daje "
                                + plain(closest));
            }
        }
    }

    /** The rates a group's lines use; none when they mix rates; with no rated lines, every rate of the group. */
    private static Set<BigDecimal> candidateRates(InvoiceView inv, RateGroup g) {
        Set<BigDecimal> rates = new HashSet<>();
        for (XmlNode line : inv.lines()) {
            String code = Amounts.rate(inv, line);
            if (code != null && !Amounts.oss(inv, line) && inv.facts().groupOf(inv, line) == g) {
                BigDecimal p = inv.facts().percent(code);
                if (p != null) {
                    rates.add(p);
                }
            }
        }
        if (rates.size() > 1) {
            return Set.of(); // mixed rates in one group: the rule cannot tell
        }
        return rates.isEmpty() ? new HashSet<>(g.rates()) : rates;
    }

    private static void total(InvoiceView inv, Reporter out) {
        if (!Amounts.totalsReadable(inv) || Amounts.margin(inv) && inv.facts().marginTotalField() == null) {
            return;
        }
        BigDecimal p15 = field(inv, "P_15");
        if (p15 == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int groups = 0;
        for (RateGroup g : inv.facts().rateGroups()) {
            for (String f : g.netFields()) {
                BigDecimal net = field(inv, f);
                if (net != null) {
                    sum = sum.add(net);
                    groups++;
                }
            }
            BigDecimal vat = field(inv, g.vatField());
            if (vat != null) {
                sum = sum.add(vat);
            }
        }
        if (groups > 0 && sum.subtract(p15).abs().compareTo(CENT.multiply(BigDecimal.valueOf(groups))) > 0) {
            out.add(inv.path(inv.fa(), "P_15"),
                    "P_15 is " + plain(p15) + ", but the net and VAT totals add up to " + plain(sum),
                    "P_15 wynosi " + plain(p15) + ", a sumy netto i podatku dają " + plain(sum));
        }
    }

    private static void controlTotals(InvoiceView inv, Reporter out) {
        XmlNode block = at(inv.fa(), "FaWiersze");
        List<XmlNode> lines = inv.lines();
        if (block != null) {
            XmlNode countNode = block.child("LiczbaWierszyFaktury");
            BigDecimal count = inv.decimal(countNode);
            if (count != null && count.compareTo(BigDecimal.valueOf(lines.size())) != 0) {
                out.add(inv.path(countNode), "LiczbaWierszyFaktury is " + plain(count) + ", but there are "
                        + lines.size() + " lines", "LiczbaWierszyFaktury wynosi " + plain(count) + ", a wierszy jest "
                        + lines.size());
            }
            controlSum(inv, out, block, "WartoscWierszyFaktury1", "P_11");
            controlSum(inv, out, block, "WartoscWierszyFaktury2", "P_11A");
        }
        XmlNode order = at(inv.fa(), "Zamowienie");
        XmlNode orderCount = at(order, "LiczbaWierszyZamowienia");
        BigDecimal declared = inv.decimal(orderCount);
        int rows = all(order, "ZamowienieWiersz").size();
        if (declared != null && declared.compareTo(BigDecimal.valueOf(rows)) != 0) {
            out.add(inv.path(orderCount), "LiczbaWierszyZamowienia is " + plain(declared) + ", but there are " + rows
                    + " order lines", "LiczbaWierszyZamowienia wynosi " + plain(declared)
                    + ", a wierszy zamówienia jest " + rows);
        }
    }

    private static void controlSum(InvoiceView inv, Reporter out, XmlNode block, String field, String lineField) {
        XmlNode node = block.child(field);
        BigDecimal declared = inv.decimal(node);
        if (declared == null || !Amounts.linesReadable(inv, List.of(lineField), List.of())) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode line : inv.lines()) {
            BigDecimal v = inv.decimal(line.child(lineField));
            if (v != null) {
                sum = sum.add(v);
            }
        }
        if (sum.compareTo(declared) != 0) {
            out.add(inv.path(node), field + " is " + plain(declared) + ", but the lines' " + lineField + " add up to "
                    + plain(sum), field + " wynosi " + plain(declared) + ", a " + lineField + " wierszy sumują się do "
                    + plain(sum));
        }
    }

    /** Whether Rozliczenie and P_15 hold no unreadable value (rules computing the amount due need both). */
    static boolean settlementReadable(InvoiceView inv) {
        return !inv.invalidUnder(at(inv.fa(), "Rozliczenie")) && !Amounts.unreadable(inv, "P_15")
                && !unreadableUnder(inv, at(inv.fa(), "Rozliczenie"));
    }

    private static boolean unreadableUnder(InvoiceView inv, XmlNode r) {
        for (String name : List.of("SumaObciazen", "SumaOdliczen", "DoZaplaty", "DoRozliczenia")) {
            if (inv.unreadableNumber(at(r, name))) {
                return true;
            }
        }
        for (String items : List.of("Obciazenia", "Odliczenia")) {
            for (XmlNode item : all(r, items)) {
                if (inv.unreadableNumber(item.child("Kwota"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sum of the {@code Kwota} of the items {@code name} of Rozliczenie. */
    static BigDecimal items(InvoiceView inv, XmlNode r, String name) {
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode item : all(r, name)) {
            BigDecimal k = inv.decimal(item.child("Kwota"));
            if (k != null) {
                sum = sum.add(k);
            }
        }
        return sum;
    }

    private static void settlement(InvoiceView inv, Reporter out) {
        XmlNode r = at(inv.fa(), "Rozliczenie");
        if (r == null || !settlementReadable(inv)) {
            return;
        }
        BigDecimal charges = items(inv, r, "Obciazenia");
        BigDecimal deductions = items(inv, r, "Odliczenia");
        itemSum(inv, out, r.child("SumaObciazen"), charges, "Obciazenia");
        itemSum(inv, out, r.child("SumaOdliczen"), deductions, "Odliczenia");
        BigDecimal due = inv.decimal(r.child("DoZaplaty"));
        BigDecimal p15 = field(inv, "P_15");
        if (due != null && p15 != null) {
            BigDecimal expected = p15.add(charges).subtract(deductions);
            if (expected.subtract(due).abs().compareTo(CENT) > 0) {
                out.add(inv.path(r.child("DoZaplaty")),
                        "DoZaplaty is " + plain(due) + ", but P_15 + charges - deductions = " + plain(expected),
                        "DoZaplaty wynosi " + plain(due) + ", a P_15 + obciążenia - odliczenia = " + plain(expected));
            }
        }
    }

    private static void itemSum(InvoiceView inv, Reporter out, XmlNode node, BigDecimal sum, String items) {
        BigDecimal declared = inv.decimal(node);
        if (declared != null && declared.compareTo(sum) != 0) {
            out.add(inv.path(node), node.name() + " is " + plain(declared) + ", but the " + items + " add up to "
                    + plain(sum), node.name() + " wynosi " + plain(declared) + ", a pozycje " + items
                    + " sumują się do " + plain(sum));
        }
    }
}
