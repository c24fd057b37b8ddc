package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on Platnosc and Rozliczenie beyond FA-SUM-005/006 and FA-BANK-00x: the payment link and its
 * KSeF payment id, the partial-payment flag of FA(3), empty payment terms, and overpayments
 * (docs/validation-rules-fa3-e-h.md says where each departs from its source).
 */
final class PaymentRulesFa3 {
    /** Row 61. */
    static final BusinessRule PAY_201 = BusinessRule.rule("FA-PAY-201").versions(FaVersion.FA3)
            .severity(Severity.ERROR)
            .title("With both LinkDoPlatnosci and IPKSeF, the link's IPKSeF= parameter is the IPKSeF element",
                    "Gdy podano LinkDoPlatnosci i IPKSeF, parametr IPKSeF= linku jest równy elementowi IPKSeF")
            .example("LinkDoPlatnosci …?IPKSeF=123ABCDEFGHIJ and IPKSeF 123ABCDEFGHIK")
            .check(PaymentRulesFa3::paymentLink);

    /** Row 62, the "= 2" side (the sum beyond the amount due is FA-SUM-006). */
    static final BusinessRule PAY_202 = BusinessRule.rule("FA-PAY-202").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("ZnacznikZaplatyCzesciowej = 2 (paid in full, in parts): the partial payments add up to the amount "
                            + "due (DoZaplaty if given, else P_15; ±0.01)",
                    "ZnacznikZaplatyCzesciowej = 2 (zapłacono w całości, w częściach): zapłaty częściowe sumują się do "
                            + "kwoty należności (DoZaplaty, a gdy jej brak – P_15; ±0,01)")
            .example("P_15 15000, ZnacznikZaplatyCzesciowej 2 and one payment of 10000")
            .check((inv, out) -> partialFlag(inv, out, true));

    /** Row 62, the "= 1" side. */
    static final BusinessRule PAY_203 = BusinessRule.rule("FA-PAY-203").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("ZnacznikZaplatyCzesciowej = 1 (paid in part): the partial payments add up to less than the amount "
                            + "due; when they cover it, the flag is 2",
                    "ZnacznikZaplatyCzesciowej = 1 (zapłacono w części): zapłaty częściowe sumują się do mniej niż "
                            + "kwota należności; gdy ją pokrywają, znacznik wynosi 2")
            .example("P_15 15000, ZnacznikZaplatyCzesciowej 1 and payments of 10000 and 5000")
            .check((inv, out) -> partialFlag(inv, out, false));

    /** Row 63. */
    static final BusinessRule PAY_204 = BusinessRule.rule("FA-PAY-204").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("Each TerminPlatnosci says something: a date (Termin) or a description (TerminOpis)",
                    "Każdy TerminPlatnosci coś określa: datę (Termin) lub opis (TerminOpis)")
            .example("an empty TerminPlatnosci")
            .check(PaymentRulesFa3::emptyTerms);

    /** Row 66, the part FA-SUM-005 does not cover. */
    static final BusinessRule SUM_201 = BusinessRule.rule("FA-SUM-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("Rozliczenie: when P_15 + SumaObciazen - SumaOdliczen is negative (an overpayment), it is given as "
                            + "DoRozliczenia, equal to the overpaid amount (±0.01), not as DoZaplaty; DoRozliczenia "
                            + "is not used otherwise",
                    "Rozliczenie: gdy P_15 + SumaObciazen - SumaOdliczen jest ujemne (nadpłata), podaje się ją jako "
                            + "DoRozliczenia, równe kwocie nadpłaty (±0,01), a nie jako DoZaplaty; w innych "
                            + "przypadkach DoRozliczenia nie występuje")
            .example("P_15 1000, SumaOdliczen 1200, DoZaplaty -200")
            .check(PaymentRulesFa3::overpayment);

    static final List<BusinessRule> RULES = List.of(PAY_201, PAY_202, PAY_203, PAY_204, SUM_201);

    private PaymentRulesFa3() {
    }

    private static XmlNode platnosc(InvoiceView inv) {
        return at(inv.fa(), "Platnosc");
    }

    private static void paymentLink(InvoiceView inv, Reporter out) {
        XmlNode p = platnosc(inv);
        String link = inv.text(at(p, "LinkDoPlatnosci"));
        XmlNode idNode = at(p, "IPKSeF");
        String id = inv.text(idNode);
        if (link == null || id == null) {
            return;
        }
        List<String> inLink = queryValues(link, "IPKSeF");
        if (!inLink.isEmpty() && !inLink.contains(id)) {
            out.add(inv.path(idNode), "IPKSeF is " + Text.shorten(id) + ", but the payment link gives IPKSeF="
                            + Text.shorten(inLink.get(0)),
                    "IPKSeF wynosi " + Text.shorten(id) + ", a link do płatności podaje IPKSeF="
                            + Text.shorten(inLink.get(0)));
        }
    }

    /** The values of the query parameter {@code name} of {@code url} (the part between ? and #). */
    static List<String> queryValues(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return List.of();
        }
        int hash = url.indexOf('#', q);
        String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
        List<String> values = new ArrayList<>(1);
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                values.add(pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static void partialFlag(InvoiceView inv, Reporter out, boolean paidInFull) {
        XmlNode p = platnosc(inv);
        XmlNode flag = at(p, "ZnacznikZaplatyCzesciowej");
        if (!inv.is(flag, paidInFull ? "2" : "1")) {
            return;
        }
        BigDecimal paid = Fa3Support.sum(inv, inv.facts().partialPaymentAmounts(p));
        BigDecimal due = amountDue(inv);
        if (paid == null || due == null || due.signum() <= 0) {
            return;
        }
        if (paidInFull && due.subtract(paid).compareTo(Fa3Support.CENT) > 0) {
            out.add(inv.path(flag), "ZnacznikZaplatyCzesciowej 2 says the invoice is paid in full, but the partial "
                            + "payments add up to " + Fa3Support.plain(paid) + " of " + Fa3Support.plain(due),
                    "ZnacznikZaplatyCzesciowej 2 oznacza zapłatę w całości, a zapłaty częściowe sumują się do "
                            + Fa3Support.plain(paid) + " z " + Fa3Support.plain(due));
        } else if (!paidInFull && !Fa3Support.differ(paid, due, Fa3Support.CENT)) {
            out.add(inv.path(flag), "ZnacznikZaplatyCzesciowej 1 says the invoice is paid in part, but the partial "
                            + "payments add up to the whole amount due " + Fa3Support.plain(due) + "; use 2",
                    "ZnacznikZaplatyCzesciowej 1 oznacza zapłatę w części, a zapłaty częściowe sumują się do całej "
                            + "należności " + Fa3Support.plain(due) + "; należy podać 2");
        }
    }

    /** DoZaplaty if given, else P_15; {@code null} if unreadable. */
    private static BigDecimal amountDue(InvoiceView inv) {
        XmlNode toPay = at(inv.fa(), "Rozliczenie", "DoZaplaty");
        if (toPay != null) {
            return inv.decimal(toPay);
        }
        return inv.decimal(at(inv.fa(), "P_15"));
    }

    private static void emptyTerms(InvoiceView inv, Reporter out) {
        for (XmlNode term : all(platnosc(inv), "TerminPlatnosci")) {
            if (term.child("Termin") == null && term.child("TerminOpis") == null) {
                out.add(inv.path(term), "a payment term (TerminPlatnosci) gives neither a date (Termin) nor a "
                                + "description (TerminOpis)",
                        "termin płatności (TerminPlatnosci) nie podaje ani daty (Termin), ani opisu (TerminOpis)");
                return;
            }
        }
    }

    private static void overpayment(InvoiceView inv, Reporter out) {
        XmlNode r = at(inv.fa(), "Rozliczenie");
        XmlNode toPay = at(r, "DoZaplaty");
        XmlNode toSettle = at(r, "DoRozliczenia");
        BigDecimal p15 = inv.decimal(at(inv.fa(), "P_15"));
        if (r == null || p15 == null || (toPay == null && toSettle == null)) {
            return;
        }
        BigDecimal charges = total(inv, r, "Obciazenia", "SumaObciazen");
        BigDecimal deductions = total(inv, r, "Odliczenia", "SumaOdliczen");
        if (charges == null || deductions == null) {
            return;
        }
        BigDecimal result = p15.add(charges).subtract(deductions);
        BigDecimal pay = inv.decimal(toPay);
        BigDecimal settle = inv.decimal(toSettle);
        if (pay != null && result.signum() < 0) {
            out.add(inv.path(toPay), "P_15 + charges - deductions = " + Fa3Support.plain(result)
                            + " is an overpayment; give it as DoRozliczenia " + Fa3Support.plain(result.negate())
                            + " instead of DoZaplaty",
                    "P_15 + obciążenia - odliczenia = " + Fa3Support.plain(result) + " to nadpłata; należy ją podać "
                            + "jako DoRozliczenia " + Fa3Support.plain(result.negate()) + " zamiast DoZaplaty");
        } else if (settle != null && result.signum() >= 0) {
            out.add(inv.path(toSettle), "DoRozliczenia is for an overpayment, but P_15 + charges - deductions = "
                            + Fa3Support.plain(result) + " is due; give it as DoZaplaty",
                    "DoRozliczenia dotyczy nadpłaty, a P_15 + obciążenia - odliczenia = " + Fa3Support.plain(result)
                            + " to kwota należna; należy ją podać jako DoZaplaty");
        } else if (settle != null && Fa3Support.differ(settle.abs(), result.negate(), Fa3Support.CENT)) {
            out.add(inv.path(toSettle), "DoRozliczenia is " + Fa3Support.plain(settle) + ", but the overpayment "
                            + "(SumaOdliczen - P_15 - SumaObciazen) is " + Fa3Support.plain(result.negate()),
                    "DoRozliczenia wynosi " + Fa3Support.plain(settle) + ", a nadpłata (SumaOdliczen - P_15 - "
                            + "SumaObciazen) wynosi " + Fa3Support.plain(result.negate()));
        }
    }

    /**
     * The sum field if given, else the sum of the items; {@code null} when unreadable or when the sum
     * field and the items disagree (FA-SUM-005 reports that).
     */
    private static BigDecimal total(InvoiceView inv, XmlNode r, String items, String sumField) {
        List<XmlNode> amounts = new ArrayList<>();
        for (XmlNode item : all(r, items)) {
            amounts.add(item.child("Kwota"));
        }
        BigDecimal itemSum = Fa3Support.sum(inv, amounts);
        XmlNode sumNode = r.child(sumField);
        if (sumNode == null) {
            return itemSum;
        }
        BigDecimal declared = inv.decimal(sumNode);
        if (declared == null || itemSum == null || (!amounts.isEmpty() && declared.compareTo(itemSum) != 0)) {
            return null;
        }
        return declared;
    }
}
