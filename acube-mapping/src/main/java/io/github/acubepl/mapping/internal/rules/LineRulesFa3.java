package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules on the lines of FA(2) and FA(3) beyond FA-LINE-001..003: numbering without gaps, negative
 * quantities, lines without a rate, per-line VAT, and where an advance invoice puts its GTU and
 * procedure codes (docs/validation-rules-fa3-e-h.md says where each departs from its source).
 */
final class LineRulesFa3 {
    /** Row 51, the gap check (uniqueness is FA-LINE-001). */
    static final BusinessRule LINE_201 = BusinessRule.rule("FA-LINE-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("Line numbers run from 1 without gaps: the distinct NrWierszaFa are 1, 2, 3 …, and so are the "
                            + "NrWierszaZam of the order lines; not checked on corrections, which may keep the numbers "
                            + "of the corrected lines",
                    "Numery wierszy biegną od 1 bez luk: różne NrWierszaFa to 1, 2, 3 …, podobnie NrWierszaZam "
                            + "wierszy zamówienia; nie dotyczy faktur korygujących, które mogą zachować numery "
                            + "korygowanych wierszy")
            .example("lines numbered 1, 2, 4")
            .check(LineRulesFa3::consecutive);

    /** Row 52. */
    static final BusinessRule LINE_202 = BusinessRule.rule("FA-LINE-202").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("A negative quantity P_8B belongs to a correction (KOR, KOR_ZAL, KOR_ROZ)",
                    "Ujemna ilość P_8B występuje tylko w fakturze korygującej (KOR, KOR_ZAL, KOR_ROZ)")
            .example("RodzajFaktury VAT and a line with P_8B = -1")
            .check(LineRulesFa3::negativeQuantity);

    /**
     * Row 53. A line with an amount and no rate on an invoice that is not a margin invoice is
     * FA-ADN-004's; this rule takes the lines without a rate and without an amount, and leaves out
     * the invoices the law lets omit P_12 (margin, exempt, UPR) and corrections (official FA(3)
     * sample 7 corrects a period with a line that names the goods only).
     */
    static final BusinessRule LINE_203 = BusinessRule.rule("FA-LINE-203").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("Each line of a VAT, ZAL or ROZ invoice has its rate P_12 (or P_12_XII), unless the invoice is under "
                            + "the margin scheme, documents exempt sales (P_19 = 1) or is simplified (UPR); a line with "
                            + "an amount and no rate is FA-ADN-004",
                    "Każdy wiersz faktury VAT, ZAL lub ROZ ma stawkę P_12 (lub P_12_XII), chyba że faktura dotyczy "
                            + "procedury marży, sprzedaży zwolnionej (P_19 = 1) lub jest uproszczona (UPR); wiersz z "
                            + "kwotą bez stawki to FA-ADN-004")
            .example("a VAT invoice line with name and quantity but no P_12")
            .check(LineRulesFa3::lineWithoutRate);

    /** Row 54. */
    static final BusinessRule LINE_204 = BusinessRule.rule("FA-LINE-204").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("Where every line of a rate group gives its VAT (P_11Vat, art. 106e(10)), their sum equals the "
                            + "group's P_14_x (±0.01 per line; before-correction rows count negatively)",
                    "Gdy każdy wiersz grupy stawek podaje podatek (P_11Vat, art. 106e ust. 10), ich suma równa się "
                            + "P_14_x grupy (±0,01 na wiersz; wiersze sprzed korekty liczą się ze znakiem minus)")
            .example("P_11Vat 370.00 and 9.35 at 23 %, P_14_1 383.33")
            .check(LineRulesFa3::lineVat);

    /** Row 55. */
    static final BusinessRule LINE_205 = BusinessRule.rule("FA-LINE-205").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("On an advance invoice (ZAL, KOR_ZAL) the GTU and procedure codes go into the order lines "
                            + "(ZamowienieWiersz/GTUZ, ProceduraZ), not into FaWiersz",
                    "W fakturze zaliczkowej (ZAL, KOR_ZAL) oznaczenia GTU i procedury podaje się w wierszach "
                            + "zamówienia (ZamowienieWiersz/GTUZ, ProceduraZ), a nie w FaWiersz")
            .example("KOR_ZAL with a FaWiersz carrying GTU_06")
            .check(LineRulesFa3::advanceCodes);

    static final List<BusinessRule> RULES = List.of(LINE_201, LINE_202, LINE_203, LINE_204, LINE_205);

    private LineRulesFa3() {
    }

    private static void consecutive(InvoiceView inv, Reporter out) {
        String kind = Fa3Support.kind(inv);
        if (kind == null || Fa3Support.CORRECTIONS.contains(kind)) {
            return;
        }
        gaps(inv, out, inv.lines(), "NrWierszaFa", "invoice lines", "wiersze faktury");
        gaps(inv, out, all(at(inv.fa(), "Zamowienie"), "ZamowienieWiersz"), "NrWierszaZam", "order lines",
                "wiersze zamówienia");
    }

    /** Reports the first number missing from 1..k, where k is the count of distinct numbers; linear. */
    private static void gaps(InvoiceView inv, Reporter out, List<XmlNode> rows, String field, String en, String pl) {
        Set<BigInteger> seen = new HashSet<>();
        XmlNode firstBeyond = null;
        for (XmlNode row : rows) {
            XmlNode node = row.child(field);
            BigDecimal n = inv.decimal(node);
            if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
                return; // absent or unreadable: the structural check reports it
            }
            seen.add(n.toBigIntegerExact());
        }
        BigInteger k = BigInteger.valueOf(seen.size());
        for (XmlNode row : rows) {
            if (inv.decimal(row.child(field)).toBigIntegerExact().compareTo(k) > 0) {
                firstBeyond = row.child(field);
                break;
            }
        }
        if (firstBeyond == null) {
            return;
        }
        int missing = 1;
        while (seen.contains(BigInteger.valueOf(missing))) {
            missing++;
        }
        String value = inv.numberKey(firstBeyond);
        out.add(inv.path(firstBeyond), "the " + en + " are not numbered 1, 2, 3 … without gaps: " + field + " "
                        + value + " is used while " + missing + " is missing",
                pl + " nie są numerowane 1, 2, 3 … bez luk: użyto " + field + " " + value + ", a brak numeru "
                        + missing);
    }

    private static void negativeQuantity(InvoiceView inv, Reporter out) {
        String kind = Fa3Support.kind(inv);
        if (kind == null || Fa3Support.CORRECTIONS.contains(kind)) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode q = lines.get(i).child("P_8B");
            BigDecimal v = inv.decimal(q);
            if (v != null && v.signum() < 0) {
                out.add(inv.path(q), "line " + (i + 1) + " has the negative quantity " + Fa3Support.plain(v) + " on a "
                                + kind + " invoice; negative quantities belong to corrections",
                        "wiersz " + (i + 1) + " ma ujemną ilość " + Fa3Support.plain(v) + " w fakturze " + kind
                                + "; ujemne ilości występują w fakturach korygujących");
                return;
            }
        }
    }

    private static void lineWithoutRate(InvoiceView inv, Reporter out) {
        String kind = Fa3Support.kind(inv);
        if (!"VAT".equals(kind) && !"ZAL".equals(kind) && !"ROZ".equals(kind)) {
            return;
        }
        XmlNode a = Fa3Support.annotations(inv);
        if (a == null || inv.invalidUnder(a) || Fa3Support.margin(inv) || Fa3Support.exempt(inv)) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode line = lines.get(i);
            if (line.child("P_12") != null || line.child("P_12_XII") != null) {
                continue;
            }
            if (amount(inv, line.child("P_11")) || amount(inv, line.child("P_11A"))) {
                continue; // FA-ADN-004 reports a line with an amount and no rate
            }
            out.add(inv.path(line, "P_12"), "line " + (i + 1) + " of a " + kind + " invoice has no VAT rate P_12",
                    "wiersz " + (i + 1) + " faktury " + kind + " nie ma stawki podatku P_12");
            return;
        }
    }

    /** Whether an amount is given and is not a readable zero. */
    private static boolean amount(InvoiceView inv, XmlNode node) {
        if (node == null) {
            return false;
        }
        BigDecimal d = inv.decimal(node);
        return d == null || d.signum() != 0;
    }

    private static void lineVat(InvoiceView inv, Reporter out) {
        Map<RateGroup, BigDecimal> sums = new LinkedHashMap<>();
        Map<RateGroup, Integer> counts = new LinkedHashMap<>();
        Set<RateGroup> incomplete = new HashSet<>();
        boolean any = false;
        for (XmlNode line : inv.lines()) {
            if (inv.invalid(line.child("P_12"))) {
                return;
            }
            RateGroup g = inv.facts().groupOf(inv, line);
            if (g == null || g.vatField() == null) {
                continue;
            }
            XmlNode vatNode = line.child("P_11Vat");
            if (vatNode == null) {
                incomplete.add(g);
                continue;
            }
            BigDecimal vat = inv.decimal(vatNode);
            if (vat == null) {
                return;
            }
            any = true;
            if (inv.facts().beforeCorrection(inv, line)) {
                vat = vat.negate();
            }
            sums.merge(g, vat, BigDecimal::add);
            counts.merge(g, 1, Integer::sum);
        }
        if (!any) {
            return;
        }
        for (Map.Entry<RateGroup, BigDecimal> e : sums.entrySet()) {
            RateGroup g = e.getKey();
            XmlNode totalNode = at(inv.fa(), g.vatField());
            BigDecimal total = inv.decimal(totalNode);
            if (incomplete.contains(g) || total == null) {
                continue;
            }
            BigDecimal tolerance = Fa3Support.CENT.multiply(BigDecimal.valueOf(counts.get(g)));
            if (Fa3Support.differ(total, e.getValue(), tolerance)) {
                out.add(inv.path(totalNode), "the lines' VAT (P_11Vat) at " + g.netName() + " adds up to "
                                + Fa3Support.plain(e.getValue()) + ", but " + g.vatField() + " is "
                                + Fa3Support.plain(total),
                        "podatek wierszy (P_11Vat) w " + g.netName() + " sumuje się do "
                                + Fa3Support.plain(e.getValue()) + ", a " + g.vatField() + " wynosi "
                                + Fa3Support.plain(total));
            }
        }
    }

    private static void advanceCodes(InvoiceView inv, Reporter out) {
        String kind = Fa3Support.kind(inv);
        if (!"ZAL".equals(kind) && !"KOR_ZAL".equals(kind)) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            for (String code : List.of("GTU", "Procedura")) {
                XmlNode node = lines.get(i).child(code);
                if (node != null) {
                    out.add(inv.path(node), "line " + (i + 1) + " of an advance invoice (" + kind + ") carries " + code
                                    + "; on " + kind + " it goes into the order lines (ZamowienieWiersz/" + code + "Z)",
                            "wiersz " + (i + 1) + " faktury zaliczkowej (" + kind + ") zawiera " + code + "; w " + kind
                                    + " podaje się je w wierszach zamówienia (ZamowienieWiersz/" + code + "Z)");
                    return;
                }
            }
        }
    }
}
