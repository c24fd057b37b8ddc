package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.Amounts.plain;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.validator.routines.IBANValidator;

/** Rules on Platnosc: partial payments, account numbers. */
final class PaymentRules {
    static final BusinessRule SUM_006 = BusinessRule.rule("FA-SUM-006").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Partial payments add up to no more than the amount due (DoZaplaty if given, else P_15)",
                    "Zapłaty częściowe nie przekraczają kwoty należności (DoZaplaty, a gdy jej brak – P_15)")
            .example("P_15 1000 and partial payments of 600 and 500")
            .check(PaymentRules::partialPayments);

    static final BusinessRule BANK_001 = BusinessRule.rule("FA-BANK-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("A Polish account number (FA(1): NrRBPL; FA(2)/FA(3): NrRB of 26 digits, or PL and 26 digits) "
                            + "passes the IBAN check as PL + digits",
                    "Polski numer rachunku (FA(1): NrRBPL; FA(2)/FA(3): NrRB z 26 cyfr albo PL i 26 cyfr) przechodzi "
                            + "kontrolę IBAN jako PL + cyfry")
            .example("NrRBPL 12345678901234567890123456")
            .check((inv, out) -> accounts(inv, out, true));

    static final BusinessRule BANK_002 = BusinessRule.rule("FA-BANK-002").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A foreign account number shaped like an IBAN (FA(1): NrRBZagr; FA(2)/FA(3): NrRB) passes the IBAN "
                            + "check",
                    "Zagraniczny numer rachunku w postaci IBAN (FA(1): NrRBZagr; FA(2)/FA(3): NrRB) przechodzi "
                            + "kontrolę IBAN")
            .example("NrRBZagr DE00123456780000000000")
            .check((inv, out) -> accounts(inv, out, false));

    static final List<BusinessRule> RULES = List.of(SUM_006, BANK_001, BANK_002);

    private PaymentRules() {
    }

    private static void partialPayments(InvoiceView inv, Reporter out) {
        XmlNode fa = inv.fa();
        XmlNode platnosc = at(fa, "Platnosc");
        List<XmlNode> amounts = inv.facts().partialPaymentAmounts(platnosc);
        if (amounts.isEmpty() || !AmountRules.settlementReadable(inv) || inv.invalidUnder(platnosc)) {
            return;
        }
        BigDecimal due = Amounts.field(inv, "P_15");
        BigDecimal toPay = inv.decimal(at(fa, "Rozliczenie", "DoZaplaty"));
        if (toPay != null) {
            due = toPay;
        }
        if (due == null || due.signum() <= 0) {
            return;
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (XmlNode a : amounts) {
            BigDecimal v = inv.decimal(a);
            if (v == null) {
                return;
            }
            paid = paid.add(v);
        }
        if (paid.compareTo(due) > 0) {
            out.add(inv.path(amounts.get(0).parent()),
                    "partial payments add up to " + plain(paid) + ", more than the amount due " + plain(due),
                    "zapłaty częściowe sumują się do " + plain(paid) + ", więcej niż należność " + plain(due));
        }
    }

    private static void accounts(InvoiceView inv, Reporter out, boolean domestic) {
        XmlNode platnosc = at(inv.fa(), "Platnosc");
        IBANValidator iban = IBANValidator.getInstance();
        for (String element : List.of("RachunekBankowy", "RachunekBankowyFaktora")) {
            for (XmlNode account : all(platnosc, element)) {
                for (VersionFacts.AccountNumber n : inv.facts().accountNumbers(inv, account)) {
                    if (n.domestic() != domestic || iban.isValid(n.iban())) {
                        continue;
                    }
                    String nr = inv.text(n.node());
                    if (domestic) {
                        out.add(inv.path(n.node()),
                                "account number " + nr + " fails the IBAN check (" + n.iban().substring(0, 4) + " …)",
                                "numer rachunku " + nr + " nie przechodzi kontroli IBAN (" + n.iban().substring(0, 4)
                                        + " …)");
                    } else {
                        out.add(inv.path(n.node()), "account number " + nr + " looks like an IBAN but fails its check",
                                "numer rachunku " + nr + " wygląda jak IBAN, ale nie przechodzi kontroli");
                    }
                }
            }
        }
    }
}
