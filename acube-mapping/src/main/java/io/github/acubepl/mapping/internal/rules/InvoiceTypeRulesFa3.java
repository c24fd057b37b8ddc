package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules tied to the kind of invoice in FA(2) and FA(3) beyond FA-KOR/ZAL/ROZ/UPR-00x: the checksum of
 * the KSeF numbers an invoice refers to, the corrected number, an advance invoice without lines,
 * partial advances, and the simplified invoice without totals (docs/validation-rules-fa3-e-h.md).
 */
final class InvoiceTypeRulesFa3 {
    private static final BigDecimal UPR_PLN = new BigDecimal("450");
    private static final BigDecimal UPR_EUR = new BigDecimal("100");

    /**
     * Row 56, the checksum part. KSeF 1.0 numbers do not follow this checksum (the Ministry confirmed it
     * is intended) and the official samples refer to such numbers, so only numbers dated from
     * 1 February 2026, when KSeF 2.0 alone assigns them, are checked.
     */
    static final BusinessRule KOR_201 = BusinessRule.rule("FA-KOR-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.ERROR)
            .title("Each NrKSeFFaKorygowanej that KSeF 2.0 assigned (dated from 2026-02-01) has a correct CRC-8 check "
                            + "sum (polynomial 0x07, initial value 0, over the first 32 characters)",
                    "Każdy NrKSeFFaKorygowanej nadany przez KSeF 2.0 (z datą od 2026-02-01) ma poprawną sumę "
                            + "kontrolną CRC-8 (wielomian 0x07, wartość początkowa 0, z pierwszych 32 znaków)")
            .example("NrKSeFFaKorygowanej 9999999999-20260302-0100001AF629-A1 (the check sum is A7)")
            .check((inv, out) -> ksefNumbers(inv, out, "DaneFaKorygowanej", "NrKSeFFaKorygowanej"));

    /** Row 57. */
    static final BusinessRule KOR_202 = BusinessRule.rule("FA-KOR-202").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("NrFaKorygowany (the correct number of an invoice issued with a wrong one) differs from the "
                            + "corrected invoice's NrFaKorygowanej",
                    "NrFaKorygowany (poprawny numer faktury wystawionej z błędnym numerem) różni się od "
                            + "NrFaKorygowanej faktury korygowanej")
            .example("NrFaKorygowany FV/1/2026 and NrFaKorygowanej FV/1/2026")
            .check(InvoiceTypeRulesFa3::correctedNumber);

    /** Row 56 applied to the other KSeF numbers an invoice refers to: the advance invoices it settles. */
    static final BusinessRule ROZ_201 = BusinessRule.rule("FA-ROZ-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.ERROR)
            .title("Each NrKSeFFaZaliczkowej that KSeF 2.0 assigned (dated from 2026-02-01) has a correct CRC-8 check "
                            + "sum",
                    "Każdy NrKSeFFaZaliczkowej nadany przez KSeF 2.0 (z datą od 2026-02-01) ma poprawną sumę "
                            + "kontrolną CRC-8")
            .example("NrKSeFFaZaliczkowej 9999999999-20260302-0100001AF629-A1 (the check sum is A7)")
            .check((inv, out) -> ksefNumbers(inv, out, "FakturaZaliczkowa", "NrKSeFFaZaliczkowej"));

    /** Row 58, the part FA-ZAL-001 and FA-ROZ-001 do not cover. */
    static final BusinessRule ZAL_201 = BusinessRule.rule("FA-ZAL-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("An advance invoice (ZAL) has no invoice lines (FaWiersz): it describes the order in Zamowienie",
                    "Faktura zaliczkowa (ZAL) nie ma wierszy faktury (FaWiersz): zamówienie opisuje w Zamowienie")
            .example("RodzajFaktury ZAL with a FaWiersz")
            .check(InvoiceTypeRulesFa3::advanceWithoutLines);

    /** Row 59. */
    static final BusinessRule ZAL_202 = BusinessRule.rule("FA-ZAL-202").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("Partial advances (ZaliczkaCzesciowa/P_15Z): on ZAL they add up to P_15 (±0.01); on VAT and ROZ "
                            + "they add up to at most P_15, the rest being paid after the supply",
                    "Zaliczki częściowe (ZaliczkaCzesciowa/P_15Z): w ZAL sumują się do P_15 (±0,01); w VAT i ROZ "
                            + "sumują się najwyżej do P_15, a reszta to kwota pozostała do zapłaty")
            .example("ZAL with P_15 20000 and two P_15Z of 15000")
            .check(InvoiceTypeRulesFa3::partialAdvances);

    /** Row 60, the part FA-UPR-001 does not cover. */
    static final BusinessRule UPR_201 = BusinessRule.rule("FA-UPR-201").versions(FaVersion.fa2AndLater())
            .severity(Severity.WARNING)
            .title("A simplified invoice (UPR) without totals P_13_x/P_14_x gives the rate P_12 on every line, and "
                            + "P_11 or P_11A on every line when the lines are at different rates",
                    "Faktura uproszczona (UPR) bez sum P_13_x/P_14_x podaje stawkę P_12 w każdym wierszu, a gdy "
                            + "wiersze mają różne stawki – także P_11 lub P_11A w każdym wierszu")
            .example("UPR with P_15 only and a line without P_12")
            .check(InvoiceTypeRulesFa3::simplifiedWithoutTotals);

    static final List<BusinessRule> RULES = List.of(KOR_201, KOR_202, ROZ_201, ZAL_201, ZAL_202, UPR_201);

    private InvoiceTypeRulesFa3() {
    }

    private static void ksefNumbers(InvoiceView inv, Reporter out, String block, String field) {
        for (XmlNode b : all(inv.fa(), block)) {
            XmlNode node = b.child(field);
            String number = inv.text(node);
            if (number == null || !KsefNumber.assignedByKsef2(number)) {
                continue;
            }
            String canonical = KsefNumber.canonical(number);
            if (!KsefNumber.isValid(canonical)) {
                String expected = KsefNumber.checksum(canonical.substring(0, 32));
                out.add(inv.path(node), field + " " + Text.shorten(number) + " is not a KSeF number: its check sum "
                                + canonical.substring(33) + " should be " + expected + " (a typing error?)",
                        field + " " + Text.shorten(number) + " nie jest numerem KSeF: suma kontrolna "
                                + canonical.substring(33) + " powinna wynosić " + expected + " (błąd w przepisaniu?)");
            }
        }
    }

    private static void correctedNumber(InvoiceView inv, Reporter out) {
        XmlNode fixedNode = at(inv.fa(), "NrFaKorygowany");
        String fixed = inv.text(fixedNode);
        if (fixed == null) {
            return;
        }
        for (XmlNode data : all(inv.fa(), "DaneFaKorygowanej")) {
            if (fixed.equals(inv.text(data.child("NrFaKorygowanej")))) {
                out.add(inv.path(fixedNode), "NrFaKorygowany " + Text.shorten(fixed) + " is the corrected invoice's own "
                                + "number (NrFaKorygowanej); it should give the correct number instead",
                        "NrFaKorygowany " + Text.shorten(fixed) + " jest numerem faktury korygowanej "
                                + "(NrFaKorygowanej); należy podać w nim poprawny numer");
                return;
            }
        }
    }

    private static void advanceWithoutLines(InvoiceView inv, Reporter out) {
        List<XmlNode> lines = inv.lines();
        if ("ZAL".equals(Fa3Support.kind(inv)) && !lines.isEmpty()) {
            out.add(inv.path(lines.get(0)), "an advance invoice (ZAL) has " + lines.size() + " invoice line(s) "
                            + "(FaWiersz); it describes the order in Zamowienie instead",
                    "faktura zaliczkowa (ZAL) ma wiersze faktury (FaWiersz: " + lines.size() + "); zamówienie "
                            + "opisuje się w Zamowienie");
        }
    }

    private static void partialAdvances(InvoiceView inv, Reporter out) {
        String kind = Fa3Support.kind(inv);
        List<XmlNode> parts = all(inv.fa(), "ZaliczkaCzesciowa");
        XmlNode p15Node = at(inv.fa(), "P_15");
        BigDecimal p15 = inv.decimal(p15Node);
        if (parts.isEmpty() || p15 == null || kind == null) {
            return;
        }
        List<XmlNode> amounts = parts.stream().map(p -> p.child("P_15Z")).toList();
        BigDecimal sum = Fa3Support.sum(inv, amounts);
        if (sum == null) {
            return;
        }
        if (kind.equals("ZAL") && Fa3Support.differ(sum, p15, Fa3Support.CENT)) {
            out.add(inv.path(p15Node), "the partial advances (P_15Z) add up to " + Fa3Support.plain(sum)
                            + ", but P_15 is " + Fa3Support.plain(p15),
                    "zaliczki częściowe (P_15Z) sumują się do " + Fa3Support.plain(sum) + ", a P_15 wynosi "
                            + Fa3Support.plain(p15));
        } else if ((kind.equals("VAT") || kind.equals("ROZ")) && sum.subtract(p15).compareTo(Fa3Support.CENT) > 0) {
            out.add(inv.path(p15Node), "the partial payments before the supply (P_15Z) add up to "
                            + Fa3Support.plain(sum) + ", more than P_15 " + Fa3Support.plain(p15)
                            + "; P_15 minus them is what remains to pay",
                    "płatności częściowe przed dostawą (P_15Z) sumują się do " + Fa3Support.plain(sum)
                            + ", więcej niż P_15 " + Fa3Support.plain(p15) + "; P_15 minus ich suma to kwota "
                            + "pozostała do zapłaty");
        }
    }

    private static void simplifiedWithoutTotals(InvoiceView inv, Reporter out) {
        if (!"UPR".equals(Fa3Support.kind(inv))) {
            return;
        }
        for (RateGroup g : inv.facts().rateGroups()) {
            for (String f : g.netFields()) {
                if (at(inv.fa(), f) != null) {
                    return; // method I: the totals are given
                }
            }
            if (g.vatField() != null && at(inv.fa(), g.vatField()) != null) {
                return;
            }
        }
        List<XmlNode> lines = inv.lines();
        Set<String> rates = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode line = lines.get(i);
            if (inv.invalid(line.child("P_12"))) {
                return;
            }
            String rate = inv.text(line.child("P_12"));
            if (rate == null && line.child("P_12_XII") == null) {
                out.add(inv.path(line, "P_12"), "line " + (i + 1) + " of a simplified invoice without totals has no "
                                + "VAT rate P_12",
                        "wiersz " + (i + 1) + " faktury uproszczonej bez sum nie ma stawki podatku P_12");
                return;
            }
            rates.add(rate == null ? "OSS" : rate);
        }
        if (rates.size() < 2) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            XmlNode line = lines.get(i);
            if (line.child("P_11") == null && line.child("P_11A") == null) {
                out.add(inv.path(line, "P_11"), "line " + (i + 1) + " of a simplified invoice without totals, whose "
                                + "lines are at different rates, has no value P_11 or P_11A",
                        "wiersz " + (i + 1) + " faktury uproszczonej bez sum, której wiersze mają różne stawki, nie ma "
                                + "wartości P_11 ani P_11A");
                return;
            }
        }
    }
}
