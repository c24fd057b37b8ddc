package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.Amounts.field;
import static io.github.acubepl.mapping.internal.rules.Amounts.plain;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Rules on the currency: VAT in PLN, exchange rates. */
final class CurrencyRules {
    static final BusinessRule CUR_001 = BusinessRule.rule("FA-CUR-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("In a foreign-currency invoice each non-zero VAT amount P_14_x (x = 1..4) has its PLN amount "
                            + "P_14_xW",
                    "W fakturze w walucie obcej każda niezerowa kwota podatku P_14_x (x = 1..4) ma kwotę w złotych "
                            + "P_14_xW")
            .example("KodWaluty EUR, P_14_1 = 23.00, no P_14_1W")
            .check(CurrencyRules::vatInPln);

    static final BusinessRule CUR_002 = BusinessRule.rule("FA-CUR-002").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A PLN invoice carries no PLN conversions (P_14_xW) and no exchange rates (KursWaluty; FA(1): "
                            + "KursWalutyZ; FA(2)/FA(3): KursWalutyZ, KursWalutyZK, KursWalutyZW)",
                    "Faktura w PLN nie zawiera przeliczeń na złote (P_14_xW) ani kursów walut (KursWaluty; FA(1): "
                            + "KursWalutyZ; FA(2)/FA(3): KursWalutyZ, KursWalutyZK, KursWalutyZW)")
            .example("KodWaluty PLN with P_14_1W")
            .check(CurrencyRules::plnInvoice);

    static final BusinessRule CUR_003 = BusinessRule.rule("FA-CUR-003").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("P_14_xW equals P_14_x times the exchange rate shared by the lines (±0.01)",
                    "P_14_xW równa się P_14_x razy kurs wspólny dla wierszy (±0,01)")
            .example("P_14_1 100.00, KursWaluty 4.5, P_14_1W 400.00")
            .check(CurrencyRules::conversion);

    static final List<BusinessRule> RULES = List.of(CUR_001, CUR_002, CUR_003);

    private CurrencyRules() {
    }

    /** The currency code when the amounts and the lines' rates are readable, else {@code null}. */
    private static String currency(InvoiceView inv) {
        if (!Amounts.totalsReadable(inv) || !Amounts.linesReadable(inv, List.of("KursWaluty"), List.of())) {
            return null;
        }
        return inv.text(at(inv.fa(), "KodWaluty"));
    }

    private static void vatInPln(InvoiceView inv, Reporter out) {
        String currency = currency(inv);
        if (currency == null || currency.equals("PLN")) {
            return;
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            if (g.vatPlnField() == null) {
                continue;
            }
            BigDecimal vat = field(inv, g.vatField());
            if (vat != null && vat.signum() != 0 && field(inv, g.vatPlnField()) == null) {
                out.add(inv.path(inv.fa(), g.vatPlnField()),
                        "the invoice is in " + currency + ": " + g.vatField() + " " + plain(vat)
                                + " needs its amount in PLN, " + g.vatPlnField(),
                        "faktura jest w " + currency + ": " + g.vatField() + " " + plain(vat)
                                + " wymaga kwoty w złotych, " + g.vatPlnField());
            }
        }
    }

    private static void plnInvoice(InvoiceView inv, Reporter out) {
        if (!"PLN".equals(currency(inv))) {
            return;
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            if (g.vatPlnField() != null && field(inv, g.vatPlnField()) != null) {
                out.add(inv.path(inv.fa(), g.vatPlnField()), g.vatPlnField() + " (VAT in PLN) is given on a PLN invoice",
                        g.vatPlnField() + " (podatek w PLN) podano w fakturze w PLN");
            }
        }
        for (XmlNode line : inv.lines()) {
            XmlNode rate = line.child("KursWaluty");
            if (inv.decimal(rate) != null) {
                out.add(inv.path(rate), "an exchange rate is given on a PLN invoice", "w fakturze w PLN podano kurs waluty");
                break;
            }
        }
        for (XmlNode rate : inv.facts().otherExchangeRates(inv)) {
            if (inv.decimal(rate) != null) {
                out.add(inv.path(rate), "an exchange rate (" + rate.name() + ") is given on a PLN invoice",
                        "w fakturze w PLN podano kurs waluty (" + rate.name() + ")");
                break;
            }
        }
    }

    private static void conversion(InvoiceView inv, Reporter out) {
        String currency = currency(inv);
        if (currency == null || currency.equals("PLN")) {
            return;
        }
        BigDecimal rate = commonRate(inv);
        if (rate == null) {
            return;
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            BigDecimal vat = field(inv, g.vatField());
            BigDecimal vatPln = field(inv, g.vatPlnField());
            if (vat == null || vatPln == null) {
                continue;
            }
            BigDecimal expected = vat.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            if (expected.subtract(vatPln).abs().compareTo(Amounts.CENT) > 0) {
                out.add(inv.path(inv.fa(), g.vatPlnField()),
                        g.vatPlnField() + " is " + plain(vatPln) + ", but " + plain(vat) + " × " + plain(rate) + " = "
                                + plain(expected),
                        g.vatPlnField() + " wynosi " + plain(vatPln) + ", a " + plain(vat) + " × " + plain(rate)
                                + " = " + plain(expected));
            }
        }
    }

    /** The exchange rate all lines share, or {@code null} when there are none or they differ. */
    private static BigDecimal commonRate(InvoiceView inv) {
        BigDecimal rate = null;
        for (XmlNode line : inv.lines()) {
            BigDecimal r = inv.decimal(line.child("KursWaluty"));
            if (r == null || rate != null && rate.compareTo(r) != 0) {
                return null;
            }
            rate = r;
        }
        return rate;
    }
}
