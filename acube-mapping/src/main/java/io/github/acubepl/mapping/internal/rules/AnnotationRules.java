package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.Amounts.plain;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;

/** Rules on Adnotacje: reverse charge, exemption, margin scheme, new means of transport, split payment. */
final class AnnotationRules {
    private static final BigDecimal SPLIT_PAYMENT_THRESHOLD = new BigDecimal("15000");

    static final BusinessRule ADN_001 = BusinessRule.rule("FA-ADN-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("A reverse-charge line (P_12 = oo) needs P_18 = 1",
                    "Wiersz z odwrotnym obciążeniem (P_12 = oo) wymaga P_18 = 1")
            .example("a line at oo with P_18 = 2")
            .check(AnnotationRules::reverseCharge);

    static final BusinessRule ADN_002 = BusinessRule.rule("FA-ADN-002").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Exempt content (lines at zw, P_13_7) goes with P_19 = 1 and the reverse (FA(2)/FA(3): "
                            + "Zwolnienie/P_19, else P_19N); FA(1): P_19 = 1 needs exactly one of P_19A, P_19B, "
                            + "P_19C, and P_19 = 2 none",
                    "Sprzedaż zwolniona (wiersze zw, P_13_7) wymaga P_19 = 1 i odwrotnie (FA(2)/FA(3): "
                            + "Zwolnienie/P_19, w przeciwnym razie P_19N); FA(1): P_19 = 1 wymaga dokładnie jednego "
                            + "z P_19A, P_19B, P_19C, a P_19 = 2 żadnego")
            .example("P_13_7 present and P_19 = 2")
            .check(AnnotationRules::exemption);

    /** FA(1) only: the choice wrappers of FA(2)/FA(3) (PMarzy, NoweSrodkiTransportu) make the XSD enforce it. */
    static final BusinessRule ADN_003 = BusinessRule.rule("FA-ADN-003").versions(FaVersion.FA1)
            .severity(Severity.ERROR)
            .title("P_PMarzy = 1 exactly when a margin type (P_PMarzy_2, _3_1, _3_2, _3_3) is given; P_22 = 1 "
                            + "exactly when the new means of transport (P_22A …) are described",
                    "P_PMarzy = 1 dokładnie wtedy, gdy podano rodzaj marży (P_PMarzy_2, _3_1, _3_2, _3_3); P_22 = 1 "
                            + "dokładnie wtedy, gdy opisano nowe środki transportu (P_22A …)")
            .example("P_PMarzy = 1 without a margin type")
            .check(AnnotationRules::marginAndTransport);

    static final BusinessRule ADN_004 = BusinessRule.rule("FA-ADN-004").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A line with an amount but no rate belongs to a margin invoice (P_PMarzy = 1); in FA(1), whose "
                            + "margin invoices have margin lines only, margin-invoice lines carry no VAT rate (FA(2) "
                            + "and FA(3) mix them with taxed lines, totalled in P_13_11)",
                    "Wiersz z kwotą bez stawki należy do faktury marży (P_PMarzy = 1); w FA(1), gdzie faktura marży "
                            + "ma tylko wiersze marży, wiersze faktury marży nie mają stawki VAT (FA(2) i FA(3) łączą "
                            + "je z wierszami opodatkowanymi, suma w P_13_11)")
            .example("P_PMarzy = 1 and a line at 23 %")
            .check(AnnotationRules::marginLines);

    static final BusinessRule ADN_005 = BusinessRule.rule("FA-ADN-005").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("Split payment (P_18A = 1) is for PLN invoices over 15,000 with Annex 15 goods (FA(1): "
                            + "P_12_Procedura = 6; FA(2)/FA(3): P_12_Zal_15 = 1); such an invoice without P_18A = 1 is "
                            + "flagged too",
                    "Mechanizm podzielonej płatności (P_18A = 1) dotyczy faktur w PLN powyżej 15 000 z towarami z "
                            + "załącznika 15 (FA(1): P_12_Procedura = 6; FA(2)/FA(3): P_12_Zal_15 = 1); taka faktura "
                            + "bez P_18A = 1 też jest sygnalizowana")
            .example("P_18A = 1 and P_15 = 100.00")
            .check(AnnotationRules::splitPayment);

    static final List<BusinessRule> RULES = List.of(ADN_001, ADN_002, ADN_003, ADN_004, ADN_005);

    private AnnotationRules() {
    }

    /** Adnotacje when it and the values these rules read are all valid, else {@code null}. */
    private static XmlNode annotations(InvoiceView inv) {
        XmlNode a = at(inv.fa(), "Adnotacje");
        if (a == null || inv.invalidUnder(a) || Amounts.unreadable(inv, inv.facts().exemptTotalField())
                || Amounts.unreadable(inv, "P_15")
                || !Amounts.linesReadable(inv, List.of("P_11", "P_11A"),
                        List.of("P_12", "P_12_XII", "P_12_Procedura", "P_12_Zal_15"))) {
            return null;
        }
        return a;
    }

    private static void reverseCharge(InvoiceView inv, Reporter out) {
        XmlNode a = annotations(inv);
        if (a == null) {
            return;
        }
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            String code = Amounts.rate(inv, lines.get(i));
            if (code != null && inv.facts().reverseCharge(code) && !Boolean.TRUE.equals(inv.flag(a.child("P_18")))) {
                out.add(inv.path(a, "P_18"), "line " + (i + 1) + " is reverse charge (oo), so P_18 must be 1",
                        "wiersz " + (i + 1) + " jest objęty odwrotnym obciążeniem (oo), więc P_18 musi wynosić 1");
                return;
            }
        }
    }

    private static void exemption(InvoiceView inv, Reporter out) {
        XmlNode a = annotations(inv);
        if (a == null) {
            return;
        }
        VersionFacts facts = inv.facts();
        boolean exemptContent = Amounts.field(inv, facts.exemptTotalField()) != null;
        for (XmlNode line : inv.lines()) {
            String code = Amounts.rate(inv, line);
            exemptContent |= code != null && facts.exempt(code);
        }
        Boolean declared = facts.exemption(inv, a);
        if (declared == null) {
            return;
        }
        XmlNode node = facts.exemptionNode(a);
        if (exemptContent && !declared) {
            out.add(inv.path(node), "the invoice has exempt sales (zw, P_13_7), so P_19 must be 1",
                    "faktura zawiera sprzedaż zwolnioną (zw, P_13_7), więc P_19 musi wynosić 1");
        } else if (!exemptContent && declared) {
            out.add(inv.path(node), "P_19 is 1, but the invoice has no exempt sales (zw, P_13_7)",
                    "P_19 wynosi 1, a faktura nie zawiera sprzedaży zwolnionej (zw, P_13_7)");
        }
        int bases = facts.exemptionBases(a);
        if (declared && bases != 1) {
            out.add(inv.path(node.parent(), "P_19A"), "P_19 is 1, so exactly one legal basis (P_19A, P_19B or P_19C) "
                    + "is required", "P_19 wynosi 1, więc wymagana jest dokładnie jedna podstawa (P_19A, P_19B lub "
                    + "P_19C)");
        } else if (!declared && bases > 0) {
            out.add(inv.path(node.parent(), "P_19A"), "P_19 is 2, so no exemption basis may be given",
                    "P_19 wynosi 2, więc nie podaje się podstawy zwolnienia");
        }
    }

    private static void marginAndTransport(InvoiceView inv, Reporter out) {
        XmlNode a = annotations(inv);
        if (a == null) {
            return;
        }
        int marginTypes = VersionFacts.count(a, "P_PMarzy_2", "P_PMarzy_3_1", "P_PMarzy_3_2", "P_PMarzy_3_3");
        Boolean margin = inv.flag(a.child("P_PMarzy"));
        if (Boolean.TRUE.equals(margin) && marginTypes != 1) {
            out.add(inv.path(a, "P_PMarzy"), "P_PMarzy is 1, so exactly one margin type is required",
                    "P_PMarzy wynosi 1, więc wymagany jest dokładnie jeden rodzaj marży");
        } else if (Boolean.FALSE.equals(margin) && marginTypes > 0) {
            out.add(inv.path(a, "P_PMarzy"), "P_PMarzy is 2, so no margin type may be given",
                    "P_PMarzy wynosi 2, więc nie podaje się rodzaju marży");
        }
        Boolean transport = inv.flag(a.child("P_22"));
        if (Boolean.TRUE.equals(transport) && a.child("P_22A") == null) {
            out.add(inv.path(a, "P_22"), "P_22 is 1, so the new means of transport must be described (P_22A …)",
                    "P_22 wynosi 1, więc należy opisać nowe środki transportu (P_22A …)");
        } else if (Boolean.FALSE.equals(transport) && a.child("P_22A") != null) {
            out.add(inv.path(a, "P_22A"), "P_22 is 2, so no new means of transport may be described",
                    "P_22 wynosi 2, więc nie opisuje się nowych środków transportu");
        }
    }

    private static void marginLines(InvoiceView inv, Reporter out) {
        XmlNode a = annotations(inv);
        if (a == null) {
            return;
        }
        boolean margin = Boolean.TRUE.equals(inv.facts().margin(inv, a));
        List<XmlNode> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            XmlNode line = lines.get(i);
            String code = Amounts.rate(inv, line);
            if (margin && code != null && inv.facts().marginTotalField() == null) {
                out.add(inv.path(line.child("P_12")), "line " + (i + 1) + " of a margin invoice carries the VAT rate "
                        + code, "wiersz " + (i + 1) + " faktury marży ma stawkę VAT " + code);
                return;
            }
            if (!margin && code == null && !Amounts.oss(inv, line) && (nonZero(inv, line.child("P_11"))
                    || nonZero(inv, line.child("P_11A")))) {
                out.add(inv.path(line, "P_12"),
                        "line " + (i + 1) + " has an amount but no VAT rate P_12; for a margin-scheme sale set P_PMarzy",
                        "wiersz " + (i + 1) + " ma kwotę, ale nie ma stawki P_12; dla procedury marży ustaw P_PMarzy");
                return;
            }
        }
    }

    private static boolean nonZero(InvoiceView inv, XmlNode amount) {
        BigDecimal d = inv.decimal(amount);
        return d != null && d.signum() != 0;
    }

    private static void splitPayment(InvoiceView inv, Reporter out) {
        XmlNode a = annotations(inv);
        if (a == null) {
            return;
        }
        boolean annex15 = false;
        for (XmlNode line : inv.lines()) {
            annex15 |= inv.facts().annex15(inv, line);
        }
        boolean pln = inv.is(at(inv.fa(), "KodWaluty"), "PLN");
        BigDecimal p15 = Amounts.field(inv, "P_15");
        Boolean split = inv.flag(a.child("P_18A"));
        if (!pln || p15 == null || split == null) {
            return;
        }
        if (split && p15.compareTo(SPLIT_PAYMENT_THRESHOLD) <= 0) {
            out.add(inv.path(a, "P_18A"),
                    "split payment (P_18A = 1) applies to amounts over 15,000 PLN; P_15 is " + plain(p15),
                    "mechanizm podzielonej płatności (P_18A = 1) dotyczy kwot powyżej 15 000 zł; P_15 wynosi "
                            + plain(p15));
        } else if (!split && annex15 && p15.compareTo(SPLIT_PAYMENT_THRESHOLD) > 0) {
            out.add(inv.path(a, "P_18A"), "Annex 15 goods over 15,000 PLN usually require split payment (P_18A = 1)",
                    "towary z załącznika 15 powyżej 15 000 zł zwykle wymagają podzielonej płatności (P_18A = 1)");
        }
    }
}
