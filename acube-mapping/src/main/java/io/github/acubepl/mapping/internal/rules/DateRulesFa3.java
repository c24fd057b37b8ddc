package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on dates and the header of FA(2) and FA(3): per-line delivery dates, the seller's own
 * invoice number, payment dates and the dates of the corrected invoices (docs/validation-rules.md
 * lists them).
 */
final class DateRulesFa3 {
    /** The KSeF number as the FA(3) schema's {@code TNumerKSeF} writes it (KSeF 1.0 and 2.0 forms). */
    private static final Pattern KSEF_NUMBER = Pattern.compile("([1-9]((\\d[1-9])|([1-9]\\d))\\d{7}|M\\d{9}|[A-Z]{3}\\d{7})"
            + "-(20[2-9][0-9]|2[1-9][0-9]{2}|[3-9][0-9]{3})(0[1-9]|1[0-2])(0[1-9]|[1-2][0-9]|3[0-1])"
            + "-([0-9A-F]{6})-?([0-9A-F]{6})-([0-9A-F]{2})");
    /** Longer than any KSeF number; a longer P_2 is not matched at all. */
    private static final int MAX_KSEF_NUMBER = 40;

    static final BusinessRule DATE_101 = BusinessRule.rule("FA-DATE-101").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("Per-line dates P_6A are for lines with different dates: when every line carries the same P_6A, "
                            + "the common date P_6 is the field",
                    "Daty w wierszach P_6A służą wierszom o różnych datach: gdy każdy wiersz ma tę samą P_6A, "
                            + "właściwym polem jest wspólna data P_6")
            .example("three lines, each with P_6A 2026-01-27, and no P_6 [FA(3) rules catalogue row 27]")
            .check(DateRulesFa3::sameLineDates);

    static final BusinessRule HDR_101 = BusinessRule.rule("FA-HDR-101").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("The invoice number P_2 is the seller's own number, not a KSeF number (KSeF assigns that on "
                            + "acceptance)",
                    "Numer faktury P_2 to własny numer sprzedawcy, a nie numer KSeF (ten nadaje KSeF przy przyjęciu)")
            .example("P_2 9999999999-20260215-0100001AF629-AF [FA(3) rules catalogue row 30]")
            .check(DateRulesFa3::ownNumber);

    static final BusinessRule DATE_102 = BusinessRule.rule("FA-DATE-102").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("A payment made by the time of issue is dated no later than the issue date: DataZaplaty (with "
                            + "Zaplacono = 1) and each DataZaplatyCzesciowej are not after P_1",
                    "Zapłata dokonana do chwili wystawienia ma datę nie późniejszą niż data wystawienia: DataZaplaty "
                            + "(przy Zaplacono = 1) i każda DataZaplatyCzesciowej nie są późniejsze niż P_1")
            .example("P_1 2026-02-15, Zaplacono 1, DataZaplaty 2026-02-20 [FA(3) rules catalogue row 31]")
            .check(DateRulesFa3::paidBeforeIssue);

    static final BusinessRule DATE_103 = BusinessRule.rule("FA-DATE-103").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("Each corrected invoice was issued no later than the correction: DataWystFaKorygowanej is not "
                            + "after P_1",
                    "Każda faktura korygowana została wystawiona nie później niż korekta: DataWystFaKorygowanej nie "
                            + "jest późniejsza niż P_1")
            .example("P_1 2026-03-15, DataWystFaKorygowanej 2026-03-20 [FA(3) rules catalogue row 32]")
            .check(DateRulesFa3::correctedBeforeCorrection);

    static final List<BusinessRule> RULES = List.of(DATE_101, HDR_101, DATE_102, DATE_103);

    private DateRulesFa3() {
    }

    /** Silent with a common P_6: combining the two is FA-DATE-003's finding. */
    private static void sameLineDates(InvoiceView inv, Reporter out) {
        if (at(inv.fa(), "P_6") != null) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        LocalDate common = null;
        for (XmlNode line : lines) {
            LocalDate d = inv.date(line.child("P_6A"));
            if (d == null || common != null && !common.equals(d)) {
                return;
            }
            common = d;
        }
        if (common != null) {
            out.add(inv.path(lines.get(0).child("P_6A")),
                    "every line has the same date P_6A " + common + "; give it once as P_6",
                    "każdy wiersz ma tę samą datę P_6A " + common + "; należy ją podać raz jako P_6");
        }
    }

    private static void ownNumber(InvoiceView inv, Reporter out) {
        XmlNode p2 = at(inv.fa(), "P_2");
        String number = inv.text(p2);
        if (number != null && number.length() <= MAX_KSEF_NUMBER && KSEF_NUMBER.matcher(number).matches()) {
            out.add(inv.path(p2), "P_2 " + Text.shorten(number) + " is a KSeF number; P_2 is the seller's own "
                            + "invoice number, KSeF assigns its own on acceptance",
                    "P_2 " + Text.shorten(number) + " jest numerem KSeF; P_2 to własny numer faktury sprzedawcy, "
                            + "numer KSeF nadaje system przy przyjęciu");
        }
    }

    private static void paidBeforeIssue(InvoiceView inv, Reporter out) {
        LocalDate issued = inv.date(at(inv.fa(), "P_1"));
        XmlNode payment = at(inv.fa(), "Platnosc");
        if (issued == null || payment == null) {
            return;
        }
        XmlNode paid = payment.child("DataZaplaty");
        LocalDate paidOn = inv.date(paid);
        if (inv.is(payment.child("Zaplacono"), "1") && paidOn != null && paidOn.isAfter(issued)) {
            out.add(inv.path(paid), "the invoice says it was paid (Zaplacono 1) on " + paidOn
                            + ", after its issue date " + issued,
                    "faktura podaje, że została zapłacona (Zaplacono 1) " + paidOn + ", po dacie wystawienia "
                            + issued);
            return;
        }
        for (XmlNode part : all(payment, "ZaplataCzesciowa")) {
            XmlNode date = part.child("DataZaplatyCzesciowej");
            LocalDate d = inv.date(date);
            if (d != null && d.isAfter(issued)) {
                out.add(inv.path(date), "a partial payment made by the time of issue is dated " + d
                                + ", after the issue date " + issued,
                        "zapłata częściowa dokonana do chwili wystawienia ma datę " + d + ", późniejszą niż data "
                                + "wystawienia " + issued);
                return;
            }
        }
    }

    private static void correctedBeforeCorrection(InvoiceView inv, Reporter out) {
        LocalDate issued = inv.date(at(inv.fa(), "P_1"));
        if (issued == null) {
            return;
        }
        for (XmlNode data : all(inv.fa(), "DaneFaKorygowanej")) {
            XmlNode date = data.child("DataWystFaKorygowanej");
            LocalDate d = inv.date(date);
            if (d != null && d.isAfter(issued)) {
                out.add(inv.path(date), "the corrected invoice is dated " + d + ", after the correction itself ("
                                + issued + ")",
                        "faktura korygowana ma datę " + d + ", późniejszą niż sama korekta (" + issued + ")");
                return;
            }
        }
    }
}
