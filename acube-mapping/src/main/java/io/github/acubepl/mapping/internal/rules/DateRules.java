package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.time.LocalDate;
import java.util.List;

/** Rules on dates: issue date, period, delivery dates. */
final class DateRules {
    static final BusinessRule DATE_001 = BusinessRule.rule("FA-DATE-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("The issue date P_1 is not in the future (today in Poland, from the injected clock)",
                    "Data wystawienia P_1 nie jest datą przyszłą (dzisiaj w Polsce, wg wstrzykniętego zegara)")
            .example("P_1 = tomorrow")
            .check(DateRules::issueDate);

    static final BusinessRule DATE_002 = BusinessRule.rule("FA-DATE-002").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("OkresFa: P_6_Od is not after P_6_Do", "OkresFa: P_6_Od nie jest późniejsza niż P_6_Do")
            .example("P_6_Od 2022-02-01, P_6_Do 2022-01-31")
            .check(DateRules::period);

    /** An error in FA(3) (docs/validation-rules.md); no official sample combines them. */
    static final BusinessRule DATE_003 = BusinessRule.rule("FA-DATE-003").versions(FaVersion.all())
            .severity(Severity.WARNING).severityIn(FaVersion.FA3, Severity.ERROR)
            .title("P_6 (one delivery date for all lines) is not combined with per-line dates P_6A",
                    "P_6 (wspólna data dostawy) nie występuje razem z datami w wierszach P_6A")
            .example("P_6 and a FaWiersz with P_6A")
            .check(DateRules::lineDates);

    static final List<BusinessRule> RULES = List.of(DATE_001, DATE_002, DATE_003);

    private DateRules() {
    }

    private static void issueDate(InvoiceView inv, Reporter out) {
        XmlNode p1 = at(inv.fa(), "P_1");
        LocalDate issued = inv.date(p1);
        LocalDate today = inv.today();
        if (issued != null && issued.isAfter(today)) {
            out.add(inv.path(p1), "issue date P_1 " + issued + " is after today (" + today + ")",
                    "data wystawienia P_1 " + issued + " jest późniejsza niż dzisiaj (" + today + ")");
        }
    }

    private static void period(InvoiceView inv, Reporter out) {
        XmlNode okres = at(inv.fa(), "OkresFa");
        LocalDate from = inv.date(at(okres, "P_6_Od"));
        LocalDate to = inv.date(at(okres, "P_6_Do"));
        if (from != null && to != null && from.isAfter(to)) {
            out.add(inv.path(okres.child("P_6_Od")), "the period starts (" + from + ") after it ends (" + to + ")",
                    "okres zaczyna się (" + from + ") później, niż się kończy (" + to + ")");
        }
    }

    private static void lineDates(InvoiceView inv, Reporter out) {
        if (inv.date(at(inv.fa(), "P_6")) == null) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode p6a = lines.get(i).child("P_6A");
            if (inv.date(p6a) != null) {
                out.add(inv.path(p6a),
                        "line " + (i + 1) + " has its own date P_6A while P_6 gives one date for all lines",
                        "wiersz " + (i + 1) + " ma własną datę P_6A, a P_6 podaje jedną datę dla wszystkich wierszy");
                return;
            }
        }
    }
}
