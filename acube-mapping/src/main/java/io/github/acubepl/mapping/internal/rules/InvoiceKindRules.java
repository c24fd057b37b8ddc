package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.Amounts.plain;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;

/** Rules tied to the kind of invoice: advance (ZAL), settlement (ROZ), simplified (UPR). */
final class InvoiceKindRules {
    static final BusinessRule ZAL_001 = BusinessRule.rule("FA-ZAL-001").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("An advance invoice (ZAL, KOR_ZAL) describes the order (Zamowienie), and only those do",
                    "Faktura zaliczkowa (ZAL, KOR_ZAL) opisuje zamówienie (Zamowienie) i tylko ona")
            .example("RodzajFaktury ZAL without Zamowienie")
            .check(InvoiceKindRules::order);

    static final BusinessRule ZAL_002 = BusinessRule.rule("FA-ZAL-002").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("WartoscZamowienia equals the sum of P_11NettoZ + P_11VatZ over the order lines (±0.01; "
                            + "FA(2)/FA(3): rows before correction, StanPrzedZ, aside)",
                    "WartoscZamowienia równa się sumie P_11NettoZ + P_11VatZ wierszy zamówienia (±0,01; "
                            + "FA(2)/FA(3): bez wierszy sprzed korekty, StanPrzedZ)")
            .example("two order lines of 123.00 and WartoscZamowienia 200.00")
            .check(InvoiceKindRules::orderValue);

    static final BusinessRule ROZ_001 = BusinessRule.rule("FA-ROZ-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("A settlement invoice (ROZ) lists the advance invoices it settles (FA(1): NrFaZaliczkowej; "
                            + "FA(2)/FA(3): FakturaZaliczkowa)",
                    "Faktura rozliczeniowa (ROZ) wskazuje rozliczane faktury zaliczkowe (FA(1): NrFaZaliczkowej; "
                            + "FA(2)/FA(3): FakturaZaliczkowa)")
            .example("RodzajFaktury ROZ without the advance invoices")
            .check(InvoiceKindRules::settledAdvances);

    static final BusinessRule UPR_001 = BusinessRule.rule("FA-UPR-001").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A simplified invoice (UPR) is for at most 450 PLN or 100 EUR (art. 106e(5)(3) of the VAT Act)",
                    "Faktura uproszczona (UPR) jest na kwotę do 450 zł lub 100 euro (art. 106e ust. 5 pkt 3 ustawy)")
            .example("RodzajFaktury UPR, P_15 = 451.00 PLN")
            .check(InvoiceKindRules::simplified);

    static final List<BusinessRule> RULES = List.of(ZAL_001, ZAL_002, ROZ_001, UPR_001);

    private InvoiceKindRules() {
    }

    private static void order(InvoiceView inv, Reporter out) {
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (kind == null) {
            return;
        }
        boolean advance = kind.equals("ZAL") || kind.equals("KOR_ZAL");
        XmlNode order = at(inv.fa(), "Zamowienie");
        if (advance && order == null) {
            out.add(inv.path(inv.fa(), "Zamowienie"), kind + " should describe the order (Zamowienie)",
                    kind + " powinna opisywać zamówienie (Zamowienie)");
        } else if (!advance && order != null) {
            out.add(inv.path(order), "Zamowienie belongs to advance invoices (ZAL, KOR_ZAL), not to " + kind,
                    "Zamowienie dotyczy faktur zaliczkowych (ZAL, KOR_ZAL), a nie " + kind);
        }
    }

    private static void orderValue(InvoiceView inv, Reporter out) {
        XmlNode order = at(inv.fa(), "Zamowienie");
        XmlNode valueNode = at(order, "WartoscZamowienia");
        BigDecimal declared = inv.decimal(valueNode);
        if (declared == null || inv.invalidUnder(order)) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode row : all(order, "ZamowienieWiersz")) {
            if (inv.facts().orderRowBeforeCorrection(inv, row)) {
                continue;
            }
            for (String field : List.of("P_11NettoZ", "P_11VatZ")) {
                XmlNode amount = row.child(field);
                if (inv.unreadableNumber(amount)) {
                    return;
                }
                if (amount != null) {
                    sum = sum.add(inv.decimal(amount));
                }
            }
        }
        if (sum.subtract(declared).abs().compareTo(Amounts.CENT) > 0) {
            out.add(inv.path(valueNode),
                    "WartoscZamowienia is " + plain(declared) + ", but the order lines' net and VAT add up to "
                            + plain(sum),
                    "WartoscZamowienia wynosi " + plain(declared) + ", a netto i VAT wierszy zamówienia sumują się do "
                            + plain(sum));
        }
    }

    private static void settledAdvances(InvoiceView inv, Reporter out) {
        String reference = inv.facts().advanceInvoiceReference();
        if (inv.is(at(inv.fa(), "RodzajFaktury"), "ROZ") && at(inv.fa(), reference) == null) {
            out.add(inv.path(inv.fa(), reference),
                    "a settlement invoice (ROZ) must list the advance invoices it settles (" + reference + ")",
                    "faktura rozliczeniowa (ROZ) musi wskazywać rozliczane faktury zaliczkowe (" + reference + ")");
        }
    }

    private static void simplified(InvoiceView inv, Reporter out) {
        XmlNode fa = inv.fa();
        String currency = inv.text(at(fa, "KodWaluty"));
        BigDecimal p15 = Amounts.field(inv, "P_15");
        if (!inv.is(at(fa, "RodzajFaktury"), "UPR") || p15 == null || currency == null) {
            return;
        }
        BigDecimal limit = currency.equals("PLN") ? new BigDecimal("450")
                : currency.equals("EUR") ? new BigDecimal("100") : null;
        if (limit != null && p15.compareTo(limit) > 0) {
            out.add(inv.path(fa, "P_15"),
                    "a simplified invoice (UPR) may be for at most " + plain(limit) + " " + currency + "; P_15 is "
                            + plain(p15),
                    "faktura uproszczona (UPR) może opiewać najwyżej na " + plain(limit) + " " + currency
                            + "; P_15 wynosi " + plain(p15));
        }
    }
}
