package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules on Adnotacje that FA(2) and FA(3) make checkable: new means of transport pointing at lines,
 * the margin scheme's totals, the domestic reverse charge with a foreign buyer, and P_18 without a
 * reverse-charge line (docs/validation-rules-fa3-e-h.md says where each departs from its source).
 */
final class AnnotationRulesFa3 {
    /** Row 43. */
    static final BusinessRule ADN_201 = BusinessRule.rule("FA-ADN-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.ERROR)
            .title("With P_22 = 1 every new means of transport names an existing invoice line "
                            + "(P_NrWierszaNST = some NrWierszaFa)",
                    "Przy P_22 = 1 każdy nowy środek transportu wskazuje istniejący wiersz faktury "
                            + "(P_NrWierszaNST = jakiś NrWierszaFa)")
            .example("P_NrWierszaNST 5 on an invoice with lines 1 to 3")
            .check(AnnotationRulesFa3::transportLines);

    /**
     * Row 44, the part FA-ADN-004 does not cover. The FA(3) schema says P_13_1 to P_13_3 are
     * "z wyłączeniem procedury marży"; official FA(3) sample 19 shows that a margin invoice may also
     * sell at 23 % on a rated line, so only totals with no rated line behind them are flagged.
     */
    static final BusinessRule ADN_202 = BusinessRule.rule("FA-ADN-202").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("A margin invoice (P_PMarzy = 1) shows margin sales in P_13_11 only: P_13_1, P_13_2, P_13_3 and "
                            + "their P_14_x are for lines at that rate, not for the margin lines",
                    "Faktura marży (P_PMarzy = 1) wykazuje sprzedaż w procedurze marży tylko w P_13_11: P_13_1, "
                            + "P_13_2, P_13_3 i ich P_14_x dotyczą wierszy z tą stawką, a nie wierszy marży")
            .example("P_PMarzy = 1, lines without a rate, P_13_1 and P_14_1 given")
            .check(AnnotationRulesFa3::marginTotals);

    /** Row 46. */
    static final BusinessRule ADN_203 = BusinessRule.rule("FA-ADN-203").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("The domestic reverse charge (P_12 = oo) is for buyers identified by a Polish NIP; a foreign buyer "
                            + "(KodUE/NrVatUE, NrID with another country, an address abroad) is sold to at np I/np II "
                            + "(FA(2): np)",
                    "Krajowe odwrotne obciążenie (P_12 = oo) dotyczy nabywców z polskim NIP; dla nabywcy "
                            + "zagranicznego (KodUE/NrVatUE, NrID z innym krajem, adres za granicą) stosuje się np I/np II "
                            + "(FA(2): np)")
            .example("a line at oo, buyer identified by KodUE DE and NrVatUE")
            .check(AnnotationRulesFa3::reverseChargeAbroad);

    /** Row 47: information in the catalogue; a warning here (the library has no lower level). */
    static final BusinessRule ADN_204 = BusinessRule.rule("FA-ADN-204").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("P_18 = 1 (reverse charge) goes with at least one line at oo, np I or np II (FA(2): oo, np); "
                            + "checked only when every line has a rate",
                    "P_18 = 1 (odwrotne obciążenie) wymaga co najmniej jednego wiersza ze stawką oo, np I lub np II "
                            + "(FA(2): oo, np); sprawdzane tylko, gdy każdy wiersz ma stawkę")
            .example("P_18 = 1 and every line at 23 %")
            .check(AnnotationRulesFa3::reverseChargeWithoutLine);

    static final List<BusinessRule> RULES = List.of(ADN_201, ADN_202, ADN_203, ADN_204);

    /** The rate codes a reverse charge (P_18 = 1) can stand behind, in FA(2) and FA(3). */
    private static final Set<String> BUYER_LIABLE = Set.of("oo", "np", "np I", "np II");

    private AnnotationRulesFa3() {
    }

    private static void transportLines(InvoiceView inv, Reporter out) {
        XmlNode nst = at(Fa3Support.annotations(inv), "NoweSrodkiTransportu");
        if (!inv.is(at(nst, "P_22"), "1")) {
            return;
        }
        Set<String> numbers = new HashSet<>();
        for (XmlNode line : inv.lines()) {
            XmlNode nr = line.child("NrWierszaFa");
            if (inv.unreadableNumber(nr)) {
                return; // the structural issue says what is wrong; the set of numbers is unknown
            }
            String key = inv.numberKey(nr);
            if (key != null) {
                numbers.add(key);
            }
        }
        for (XmlNode item : all(nst, "NowySrodekTransportu")) {
            XmlNode ref = item.child("P_NrWierszaNST");
            String key = inv.numberKey(ref);
            if (key != null && !numbers.contains(key)) {
                out.add(inv.path(ref), "new means of transport: P_NrWierszaNST " + key
                                + " names no invoice line (no FaWiersz has NrWierszaFa " + key + ")",
                        "nowy środek transportu: P_NrWierszaNST " + key + " nie wskazuje żadnego wiersza faktury "
                                + "(żaden FaWiersz nie ma NrWierszaFa " + key + ")");
            }
        }
    }

    private static void marginTotals(InvoiceView inv, Reporter out) {
        List<XmlNode> lines = inv.lines();
        if (!Fa3Support.margin(inv) || lines.isEmpty()) {
            return;
        }
        Set<RateGroup> rated = new HashSet<>();
        for (XmlNode line : lines) {
            if (inv.invalid(line.child("P_12"))) {
                return;
            }
            RateGroup g = inv.facts().groupOf(inv, line);
            if (g != null) {
                rated.add(g);
            }
        }
        for (RateGroup g : inv.facts().rateGroups().subList(0, 3)) {
            if (rated.contains(g)) {
                continue;
            }
            for (String field : List.of(g.netFields().get(0), g.vatField())) {
                XmlNode node = at(inv.fa(), field);
                if (node != null) {
                    out.add(inv.path(node), "a margin invoice (P_PMarzy = 1) shows " + field
                                    + " although no line is at " + rates(g) + "; margin sales go into P_13_11",
                            "faktura marży (P_PMarzy = 1) wykazuje " + field + ", choć żaden wiersz nie ma stawki "
                                    + rates(g) + "; sprzedaż w procedurze marży wykazuje się w P_13_11");
                    return;
                }
            }
        }
    }

    private static String rates(RateGroup g) {
        StringBuilder b = new StringBuilder();
        for (BigDecimal r : g.rates()) {
            b.append(b.length() == 0 ? "" : "/").append(r.toPlainString());
        }
        return b + " %";
    }

    private static void reverseChargeAbroad(InvoiceView inv, Reporter out) {
        XmlNode buyer = at(inv.root(), "Podmiot2");
        XmlNode id = at(buyer, "DaneIdentyfikacyjne");
        if (id == null || id.child("NIP") != null || inv.invalidUnder(buyer)) {
            return;
        }
        String country = foreignCountry(inv, buyer, id);
        if (country == null) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode rate = lines.get(i).child("P_12");
            if (inv.is(rate, "oo")) {
                out.add(inv.path(rate), "line " + (i + 1) + " is at oo (domestic reverse charge), but the buyer is "
                                + "identified abroad (" + country + "); a foreign buyer is sold to at np I or np II",
                        "wiersz " + (i + 1) + " ma stawkę oo (krajowe odwrotne obciążenie), a nabywca jest "
                                + "zidentyfikowany za granicą (" + country + "); dla nabywcy zagranicznego stosuje się "
                                + "np I lub np II");
                return;
            }
        }
    }

    /** How the buyer (without a NIP) is identified abroad, for the message, or {@code null}. */
    private static String foreignCountry(InvoiceView inv, XmlNode buyer, XmlNode id) {
        String eu = inv.text(id.child("KodUE"));
        if (eu != null) {
            return "KodUE " + Text.shorten(eu);
        }
        if (id.child("NrVatUE") != null) {
            return "NrVatUE";
        }
        String idCountry = inv.text(id.child("KodKraju"));
        if (id.child("NrID") != null && idCountry != null && !idCountry.equals("PL")) {
            return "KodKraju " + Text.shorten(idCountry);
        }
        String address = inv.text(at(buyer, "Adres", "KodKraju"));
        if (address != null && !address.equals("PL")) {
            return "Adres/KodKraju " + Text.shorten(address);
        }
        return null;
    }

    private static void reverseChargeWithoutLine(InvoiceView inv, Reporter out) {
        XmlNode p18 = at(Fa3Support.annotations(inv), "P_18");
        List<XmlNode> lines = inv.lines();
        if (!inv.is(p18, "1") || lines.isEmpty()) {
            return;
        }
        for (XmlNode line : lines) {
            String code = inv.text(line.child("P_12"));
            if (code == null || BUYER_LIABLE.contains(code)) {
                return; // a line without a (valid) rate: the rule cannot tell
            }
        }
        out.add(inv.path(p18), "P_18 = 1 (reverse charge), but no line is at oo, np I or np II",
                "P_18 = 1 (odwrotne obciążenie), a żaden wiersz nie ma stawki oo, np I ani np II");
    }
}
