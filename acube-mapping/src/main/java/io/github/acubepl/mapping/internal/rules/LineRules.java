package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Rules on the lines: numbering, and the total field each line's rate needs. */
final class LineRules {
    static final BusinessRule LINE_001 = BusinessRule.rule("FA-LINE-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Line numbers are unique: NrWierszaFa among the invoice lines, NrWierszaZam among the order lines "
                            + "(FA(2)/FA(3): a StanPrzed row may share the number of its after-correction row)",
                    "Numery wierszy są unikalne: NrWierszaFa w wierszach faktury, NrWierszaZam w wierszach zamówienia "
                            + "(FA(2)/FA(3): wiersz StanPrzed może mieć numer swojego wiersza po korekcie)")
            .example("two FaWiersz with NrWierszaFa 1")
            .check(LineRules::numbers);

    static final BusinessRule LINE_002 = BusinessRule.rule("FA-LINE-002").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("A line at 23, 22, 8, 7, 5, 4 or 3 % has its rate group's P_13_x (not for UPR)",
                    "Wiersz ze stawką 23, 22, 8, 7, 5, 4 lub 3 % ma P_13_x swojej grupy stawek (nie dotyczy UPR)")
            .example("a line at 8 % and no P_13_2")
            .check(LineRules::ratedTotals);

    static final BusinessRule LINE_003 = BusinessRule.rule("FA-LINE-003").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A line at 0 %, zw, np, oo or OSS has its total field (FA(1): P_13_6, P_13_7, P_13_5, P_13_4; "
                            + "FA(2)/FA(3): P_13_6_x, P_13_7, P_13_8/P_13_9, P_13_10, P_13_5); the law lets some "
                            + "invoices omit it",
                    "Wiersz ze stawką 0 %, zw, np, oo lub OSS ma pole sumy (FA(1): P_13_6, P_13_7, P_13_5, P_13_4; "
                            + "FA(2)/FA(3): P_13_6_x, P_13_7, P_13_8/P_13_9, P_13_10, P_13_5); przepisy pozwalają "
                            + "czasem je pominąć")
            .example("a line at zw and no P_13_7")
            .check(LineRules::untaxedTotals);

    static final List<BusinessRule> RULES = List.of(LINE_001, LINE_002, LINE_003);

    private LineRules() {
    }

    private static void numbers(InvoiceView inv, Reporter out) {
        unique(inv, out, inv.lines(), "NrWierszaFa", inv.facts()::beforeCorrection, "line number ", "numer wiersza ");
        unique(inv, out, all(at(inv.fa(), "Zamowienie"), "ZamowienieWiersz"), "NrWierszaZam",
                inv.facts()::orderRowBeforeCorrection, "order line number ", "numer wiersza zamówienia ");
    }

    private static void unique(InvoiceView inv, Reporter out, List<XmlNode> rows, String field,
            BiPredicate<InvoiceView, XmlNode> before, String en, String pl) {
        Set<String> seen = new HashSet<>();
        for (XmlNode row : rows) {
            XmlNode node = row.child(field);
            String n = inv.numberKey(node);
            if (n != null && !seen.add((before.test(inv, row) ? "before " : "") + n)) {
                out.add(inv.path(node), en + n + " is used twice", pl + n + " występuje dwukrotnie");
            }
        }
    }

    private static void ratedTotals(InvoiceView inv, Reporter out) {
        if (inv.is(at(inv.fa(), "RodzajFaktury"), "UPR")) {
            return;
        }
        missingTotals(inv, out, true);
    }

    private static void untaxedTotals(InvoiceView inv, Reporter out) {
        missingTotals(inv, out, false);
    }

    /** Reports, once per group, a line whose group has no total, for rated lines or for the others. */
    private static void missingTotals(InvoiceView inv, Reporter out, boolean ratedLines) {
        Set<RateGroup> reported = new HashSet<>();
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode line = lines.get(i);
            RateGroup g = inv.facts().groupOf(inv, line);
            if (g == null || Amounts.net(inv, g) != null || anyUnreadable(inv, g) || reported.contains(g)) {
                continue;
            }
            String code = Amounts.oss(inv, line) ? "OSS" : Amounts.rate(inv, line);
            boolean rated = !code.equals("OSS") && inv.facts().percent(code) != null
                    && !inv.facts().reverseCharge(code);
            if (rated != ratedLines) {
                continue;
            }
            reported.add(g);
            String where = g.netName();
            out.add(inv.path(inv.fa(), g.netFields().get(0)),
                    "line " + (i + 1) + " is at " + code + (rated ? " %" : "") + ", but " + where + " is absent",
                    "wiersz " + (i + 1) + " ma stawkę " + code + (rated ? " %" : "") + ", a brak " + where);
        }
    }

    private static boolean anyUnreadable(InvoiceView inv, RateGroup g) {
        for (String f : g.netFields()) {
            if (Amounts.unreadable(inv, f)) {
                return true;
            }
        }
        return false;
    }
}
