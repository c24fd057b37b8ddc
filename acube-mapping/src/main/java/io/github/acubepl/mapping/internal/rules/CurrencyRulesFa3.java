package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Rules on currencies and exchange rates of FA(2) and FA(3): the advance rates, the contractual
 * currency, and the split-payment threshold of a foreign-currency invoice (docs/validation-rules.md
 * lists them).
 */
final class CurrencyRulesFa3 {
    private static final BigDecimal SPLIT_PAYMENT_THRESHOLD = new BigDecimal("15000");

    static final BusinessRule CUR_101 = BusinessRule.rule("FA-CUR-101").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.ERROR)
            .title("The advance's exchange rate Fa/KursWalutyZ is given only on an advance invoice (ZAL) or its "
                            + "correction (KOR_ZAL)",
                    "Kurs waluty zaliczki Fa/KursWalutyZ podaje się tylko w fakturze zaliczkowej (ZAL) lub jej "
                            + "korekcie (KOR_ZAL)")
            .example("RodzajFaktury VAT with KursWalutyZ 4.30 [FA(3) rules catalogue row 35]")
            .check(CurrencyRulesFa3::advanceRate);

    static final BusinessRule CUR_102 = BusinessRule.rule("FA-CUR-102").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("The exchange rate before the correction KursWalutyZK belongs to a correction of an advance "
                            + "invoice (KOR_ZAL), not to KOR or KOR_ROZ",
                    "Kurs waluty przed korektą KursWalutyZK dotyczy korekty faktury zaliczkowej (KOR_ZAL), a nie "
                            + "KOR ani KOR_ROZ")
            .example("RodzajFaktury KOR with KursWalutyZK 4.30 [FA(3) rules catalogue row 36]")
            .check(CurrencyRulesFa3::correctedAdvanceRate);

    static final BusinessRule CUR_103 = BusinessRule.rule("FA-CUR-103").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.ERROR)
            .title("The contractual currency WalutaUmowna is not PLN (it is the currency the PLN amounts were "
                            + "converted from)",
                    "Waluta umowna WalutaUmowna nie jest PLN (to waluta, z której przeliczono kwoty w złotych)")
            .example("KursUmowny 1.00, WalutaUmowna PLN [FA(3) rules catalogue row 37]")
            .check(CurrencyRulesFa3::contractualCurrency);

    static final BusinessRule CUR_104 = BusinessRule.rule("FA-CUR-104").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("A contractual rate (KursUmowny, WalutaUmowna) is given only when the invoice amounts are in PLN "
                            + "(KodWaluty PLN); a foreign-currency invoice converts its tax by KursWaluty (chapter VI "
                            + "of the VAT Act)",
                    "Kurs umowny (KursUmowny, WalutaUmowna) podaje się tylko, gdy kwoty faktury są w złotych "
                            + "(KodWaluty PLN); faktura w walucie obcej przelicza podatek według KursWaluty (dział VI "
                            + "ustawy)")
            .example("KodWaluty EUR with KursUmowny 4.30, WalutaUmowna USD [FA(3) rules catalogue row 38]")
            .check(CurrencyRulesFa3::contractualRateOnForeignInvoice);

    static final BusinessRule CUR_105 = BusinessRule.rule("FA-CUR-105").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("On a foreign-currency invoice the split-payment threshold of 15,000 PLN is applied to P_15 "
                            + "converted by the exchange rate the lines share: P_18A = 1 only above it, and Annex 15 "
                            + "goods above it with P_18A = 1",
                    "W fakturze w walucie obcej próg 15 000 zł dla podzielonej płatności stosuje się do P_15 "
                            + "przeliczonej po kursie wspólnym dla wierszy: P_18A = 1 tylko powyżej progu, a towary z "
                            + "załącznika 15 powyżej progu z P_18A = 1")
            .example("KodWaluty EUR, KursWaluty 4.00, P_15 2051.00 and P_18A = 1 [FA(3) rules catalogue row 41]")
            .check(CurrencyRulesFa3::splitPaymentInPln);

    static final List<BusinessRule> RULES = List.of(CUR_101, CUR_102, CUR_103, CUR_104, CUR_105);

    private CurrencyRulesFa3() {
    }

    private static void advanceRate(InvoiceView inv, Reporter out) {
        XmlNode rate = at(inv.fa(), "KursWalutyZ");
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (rate != null && kind != null && !kind.equals("ZAL") && !kind.equals("KOR_ZAL")) {
            out.add(inv.path(rate), "KursWalutyZ (the advance's exchange rate) is given on an invoice of type "
                            + Text.shorten(kind, 10) + "; it belongs to ZAL and KOR_ZAL only",
                    "KursWalutyZ (kurs waluty zaliczki) podano w fakturze typu " + Text.shorten(kind, 10)
                            + "; dotyczy on tylko ZAL i KOR_ZAL");
        }
    }

    /** Only KOR and KOR_ROZ: on an invoice that is no correction, FA-KOR-003 reports the element. */
    private static void correctedAdvanceRate(InvoiceView inv, Reporter out) {
        XmlNode rate = at(inv.fa(), "KursWalutyZK");
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (rate != null && ("KOR".equals(kind) || "KOR_ROZ".equals(kind))) {
            out.add(inv.path(rate), "KursWalutyZK (the exchange rate before the correction) is given on a " + kind
                            + "; it belongs to the correction of an advance invoice (KOR_ZAL)",
                    "KursWalutyZK (kurs waluty przed korektą) podano w fakturze typu " + kind
                            + "; dotyczy on korekty faktury zaliczkowej (KOR_ZAL)");
        }
    }

    private static void contractualCurrency(InvoiceView inv, Reporter out) {
        XmlNode currency = at(inv.fa(), "WarunkiTransakcji", "WalutaUmowna");
        if (inv.is(currency, "PLN")) {
            out.add(inv.path(currency), "the contractual currency WalutaUmowna is PLN; it names the currency the "
                            + "PLN amounts were converted from",
                    "waluta umowna WalutaUmowna to PLN; wskazuje ona walutę, z której przeliczono kwoty w złotych");
        }
    }

    private static void contractualRateOnForeignInvoice(InvoiceView inv, Reporter out) {
        String invoiceCurrency = inv.text(at(inv.fa(), "KodWaluty"));
        XmlNode terms = at(inv.fa(), "WarunkiTransakcji");
        XmlNode given = at(terms, "KursUmowny") != null ? at(terms, "KursUmowny") : at(terms, "WalutaUmowna");
        if (given != null && invoiceCurrency != null && !invoiceCurrency.equals("PLN")) {
            out.add(inv.path(given), "a contractual rate (" + given.name() + ") is given on an invoice in "
                            + invoiceCurrency + "; it applies only when the amounts are in PLN",
                    "kurs umowny (" + given.name() + ") podano w fakturze w " + invoiceCurrency
                            + "; dotyczy on tylko faktur z kwotami w złotych");
        }
    }

    private static void splitPaymentInPln(InvoiceView inv, Reporter out) {
        XmlNode fa = inv.fa();
        String currency = inv.text(at(fa, "KodWaluty"));
        XmlNode p18a = at(fa, "Adnotacje", "P_18A");
        Boolean split = inv.flag(p18a);
        BigDecimal total = inv.decimal(at(fa, "P_15"));
        if (currency == null || currency.equals("PLN") || split == null || total == null) {
            return;
        }
        BigDecimal rate = commonRate(inv);
        if (rate == null) {
            return;
        }
        BigDecimal pln = total.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        boolean over = pln.compareTo(SPLIT_PAYMENT_THRESHOLD) > 0;
        if (split && !over) {
            out.add(inv.path(p18a), "split payment (P_18A = 1) applies above 15,000 PLN; P_15 " + total.toPlainString()
                            + " " + currency + " × " + rate.toPlainString() + " is " + pln.toPlainString() + " PLN",
                    "mechanizm podzielonej płatności (P_18A = 1) dotyczy kwot powyżej 15 000 zł; P_15 "
                            + total.toPlainString() + " " + currency + " × " + rate.toPlainString() + " to "
                            + pln.toPlainString() + " zł");
            return;
        }
        if (!split && over) {
            for (XmlNode line : inv.lines()) {
                if (inv.facts().annex15(inv, line)) {
                    out.add(inv.path(p18a), "Annex 15 goods for " + pln.toPlainString() + " PLN (P_15 "
                                    + total.toPlainString() + " " + currency + " × " + rate.toPlainString()
                                    + ") usually require split payment (P_18A = 1)",
                            "towary z załącznika 15 za " + pln.toPlainString() + " zł (P_15 " + total.toPlainString()
                                    + " " + currency + " × " + rate.toPlainString()
                                    + ") zwykle wymagają podzielonej płatności (P_18A = 1)");
                    return;
                }
            }
        }
    }

    /** The exchange rate every line gives, the same for all; {@code null} when one lacks it or they differ. */
    private static BigDecimal commonRate(InvoiceView inv) {
        BigDecimal rate = null;
        for (XmlNode line : inv.lines()) {
            if (inv.facts().beforeCorrection(inv, line)) {
                continue;
            }
            BigDecimal r = inv.decimal(line.child("KursWaluty"));
            if (r == null || r.signum() <= 0 || rate != null && rate.compareTo(r) != 0) {
                return null;
            }
            rate = r;
        }
        return rate;
    }
}
