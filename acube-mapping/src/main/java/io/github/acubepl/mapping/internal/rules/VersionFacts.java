package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The per-version adapter: where the facts the rules need sit in each FA version, and the tables
 * that differ (the rate → total-field map). A rule asks these questions instead of naming elements
 * that only one version has. To add a fact, add a method here with an implementation for each
 * version (or a default for the versions where the fact does not exist).
 */
public abstract class VersionFacts {
    private static final VersionFacts FA1 = new Fa1();
    private static final VersionFacts FA2 = new Fa2();
    private static final VersionFacts FA3 = new Fa3();

    /** The adapter of {@code version}. */
    public static VersionFacts of(FaVersion version) {
        switch (version) {
            case FA1:
                return FA1;
            case FA2:
                return FA2;
            default:
                return FA3;
        }
    }

    // ------------------------------------------------------------------------------- lines

    /** The invoice lines ({@code FaWiersz}): FA(1) inside {@code FaWiersze}, FA(2)/FA(3) directly in {@code Fa}. */
    public abstract List<XmlNode> lines(InvoiceView invoice);

    /** Whether a line is the "before" row of a correction pair ({@code StanPrzed = 1}; FA(2)+). */
    public boolean beforeCorrection(InvoiceView invoice, XmlNode line) {
        return false;
    }

    /** Whether an order row is the "before" row of a correction pair ({@code StanPrzedZ = 1}; FA(2)+). */
    public boolean orderRowBeforeCorrection(InvoiceView invoice, XmlNode row) {
        return false;
    }

    /** Whether a line is for goods or services of Annex 15 (split payment): FA(1) P_12_Procedura 6, FA(2)+ P_12_Zal_15 1. */
    public abstract boolean annex15(InvoiceView invoice, XmlNode line);

    // ------------------------------------------------------------------------------- rates and totals

    /** Every rate group of the version, in schema order of their net fields. */
    public abstract List<RateGroup> rateGroups();

    /**
     * The rate group a line's amounts belong to, from its {@code P_12} or {@code P_12_XII}; {@code null}
     * when the line has no (valid) rate.
     */
    public RateGroup groupOf(InvoiceView invoice, XmlNode line) {
        if (at(line, "P_12_XII") != null && !invoice.invalid(at(line, "P_12_XII"))) {
            return groupOfCode("OSS");
        }
        String code = invoice.text(at(line, "P_12"));
        return code == null ? null : groupOfCode(code);
    }

    /** The rate group of a rate code ({@code OSS} for a line with {@code P_12_XII}), or {@code null}. */
    protected abstract RateGroup groupOfCode(String code);

    /** The percentage of a rate code whose group carries VAT, or {@code null} (0, zw, np…). */
    public BigDecimal percent(String code) {
        switch (code) {
            case "23":
            case "22":
            case "8":
            case "7":
            case "5":
            case "4":
            case "3":
                return new BigDecimal(code);
            default:
                return null;
        }
    }

    /** Whether a rate code is the domestic reverse charge ({@code oo}). */
    public boolean reverseCharge(String code) {
        return "oo".equals(code);
    }

    /** Whether a rate code is an exempt supply ({@code zw}). */
    public boolean exempt(String code) {
        return "zw".equals(code);
    }

    /** The field of the total of exempt supplies. */
    public String exemptTotalField() {
        return "P_13_7";
    }

    /**
     * The field of the total of margin-scheme supplies ({@code P_13_11}, FA(2)+), or {@code null} in
     * FA(1), where a margin invoice has no net field and holds margin lines only.
     */
    public String marginTotalField() {
        return "P_13_11";
    }

    // ------------------------------------------------------------------------------- annotations

    /**
     * Whether the invoice declares exempt supplies: FA(1) {@code P_19} 1/2, FA(2)+
     * {@code Zwolnienie/P_19} (yes) or {@code Zwolnienie/P_19N} (no); {@code null} if neither.
     */
    public abstract Boolean exemption(InvoiceView invoice, XmlNode adnotacje);

    /** The element that says whether the supply is exempt (for issue paths); {@code null} if absent. */
    public abstract XmlNode exemptionNode(XmlNode adnotacje);

    /** How many legal bases of an exemption are given (P_19A, P_19B, P_19C). */
    public abstract int exemptionBases(XmlNode adnotacje);

    /** Whether the invoice is under a margin scheme (P_PMarzy); {@code null} if not said. */
    public abstract Boolean margin(InvoiceView invoice, XmlNode adnotacje);

    /** The element that says whether the margin scheme applies, for issue paths. */
    public abstract XmlNode marginNode(XmlNode adnotacje);

    // ------------------------------------------------------------------------------- corrections, advances

    /** The elements of {@code Fa} only a correction may carry, in schema order. */
    public abstract List<String> correctionDataElements();

    /** The references to advance invoices a settlement (ROZ) lists: FA(1) NrFaZaliczkowej, FA(2)+ FakturaZaliczkowa. */
    public abstract String advanceInvoiceReference();

    /** The exchange rates outside the lines that a PLN invoice must not carry. */
    public abstract List<XmlNode> otherExchangeRates(InvoiceView invoice);

    // ------------------------------------------------------------------------------- payments

    /** The amounts of the partial payments in {@code Platnosc}. */
    public abstract List<XmlNode> partialPaymentAmounts(XmlNode platnosc);

    /**
     * The account numbers of one {@code RachunekBankowy}: an element with {@code domestic} when its
     * number is a Polish one to check as {@code PL} + 26 digits.
     */
    public abstract List<AccountNumber> accountNumbers(InvoiceView invoice, XmlNode account);

    /**
     * An account number to check.
     *
     * @param node the element holding it
     * @param iban the IBAN to check ({@code PL} + digits for a domestic number)
     * @param domestic whether it is a Polish account number (FA-BANK-001) or a foreign one (FA-BANK-002)
     */
    public record AccountNumber(XmlNode node, String iban, boolean domestic) {
    }

    // =============================================================================== FA(1)

    private static final class Fa1 extends VersionFacts {
        private static final RateGroup G1 = RateGroup.taxed("1", true, "23", "22");
        private static final RateGroup G2 = RateGroup.taxed("2", true, "8", "7");
        private static final RateGroup G3 = RateGroup.taxed("3", true, "5");
        private static final RateGroup G4 = RateGroup.taxed("4", true, "4", "3", "0");
        private static final RateGroup G5 = RateGroup.taxed("5", false);
        private static final RateGroup G6 = RateGroup.untaxed("P_13_6");
        private static final RateGroup G7 = RateGroup.untaxed("P_13_7");
        private static final List<RateGroup> GROUPS = List.of(G1, G2, G3, G4, G5, G6, G7);
        private static final Map<String, RateGroup> BY_CODE = Map.ofEntries(Map.entry("23", G1), Map.entry("22", G1),
                Map.entry("8", G2), Map.entry("7", G2), Map.entry("5", G3), Map.entry("4", G4), Map.entry("3", G4),
                Map.entry("oo", G4), Map.entry("np", G5), Map.entry("OSS", G5), Map.entry("0", G6),
                Map.entry("zw", G7));

        @Override
        public List<XmlNode> lines(InvoiceView invoice) {
            return all(at(invoice.fa(), "FaWiersze"), "FaWiersz");
        }

        @Override
        public boolean annex15(InvoiceView invoice, XmlNode line) {
            return invoice.is(at(line, "P_12_Procedura"), "6");
        }

        @Override
        public List<RateGroup> rateGroups() {
            return GROUPS;
        }

        @Override
        protected RateGroup groupOfCode(String code) {
            return BY_CODE.get(code);
        }

        @Override
        public String marginTotalField() {
            return null;
        }

        @Override
        public BigDecimal percent(String code) {
            // FA(1) puts the domestic reverse charge into P_13_4 with P_14_4 = 0
            return "oo".equals(code) ? BigDecimal.ZERO : super.percent(code);
        }

        @Override
        public Boolean exemption(InvoiceView invoice, XmlNode adnotacje) {
            return invoice.flag(at(adnotacje, "P_19"));
        }

        @Override
        public XmlNode exemptionNode(XmlNode adnotacje) {
            return at(adnotacje, "P_19");
        }

        @Override
        public int exemptionBases(XmlNode adnotacje) {
            return count(adnotacje, "P_19A", "P_19B", "P_19C");
        }

        @Override
        public Boolean margin(InvoiceView invoice, XmlNode adnotacje) {
            return invoice.flag(at(adnotacje, "P_PMarzy"));
        }

        @Override
        public XmlNode marginNode(XmlNode adnotacje) {
            return at(adnotacje, "P_PMarzy");
        }

        @Override
        public List<String> correctionDataElements() {
            return List.of("PrzyczynaKorekty", "TypKorekty", "DaneFaKorygowanej", "OkresFaKorygowanej",
                    "NrFaKorygowany", "Podmiot1K", "Podmiot2K");
        }

        @Override
        public String advanceInvoiceReference() {
            return "NrFaZaliczkowej";
        }

        @Override
        public List<XmlNode> otherExchangeRates(InvoiceView invoice) {
            return childOfEach(all(at(invoice.fa(), "Zamowienie"), "ZamowienieWiersz"), "KursWalutyZ");
        }

        @Override
        public List<XmlNode> partialPaymentAmounts(XmlNode platnosc) {
            return childOfEach(all(platnosc, "PlatnosciCzesciowe"), "KwotaZaplatyCzesciowej");
        }

        @Override
        public List<AccountNumber> accountNumbers(InvoiceView invoice, XmlNode account) {
            List<AccountNumber> out = new ArrayList<>(1);
            String pl = invoice.text(account.child("NrRBPL"));
            if (pl != null && pl.matches("[0-9]{26}")) {
                out.add(new AccountNumber(account.child("NrRBPL"), "PL" + pl, true));
            }
            String foreign = invoice.text(account.child("NrRBZagr"));
            if (foreign != null && foreign.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{6,30}")) {
                out.add(new AccountNumber(account.child("NrRBZagr"), foreign, false));
            }
            return out;
        }
    }

    // =============================================================================== FA(2), FA(3)

    /** What FA(2) and FA(3) share: no line wrapper, choice wrappers in Adnotacje, one NrRB. */
    private abstract static class Fa2AndLater extends VersionFacts {
        static final RateGroup G1 = RateGroup.taxed("1", true, "23", "22");
        static final RateGroup G2 = RateGroup.taxed("2", true, "8", "7");
        static final RateGroup G3 = RateGroup.taxed("3", true, "5");
        static final RateGroup G4 = RateGroup.taxed("4", true, "4", "3");
        static final RateGroup G5 = RateGroup.taxed("5", false);
        static final RateGroup G7 = RateGroup.untaxed("P_13_7");
        static final RateGroup G10 = RateGroup.untaxed("P_13_10");
        static final RateGroup G11 = RateGroup.untaxed("P_13_11");

        @Override
        public List<XmlNode> lines(InvoiceView invoice) {
            return all(invoice.fa(), "FaWiersz");
        }

        @Override
        public boolean beforeCorrection(InvoiceView invoice, XmlNode line) {
            return invoice.is(at(line, "StanPrzed"), "1");
        }

        @Override
        public boolean orderRowBeforeCorrection(InvoiceView invoice, XmlNode row) {
            return invoice.is(at(row, "StanPrzedZ"), "1");
        }

        @Override
        public boolean annex15(InvoiceView invoice, XmlNode line) {
            return invoice.is(at(line, "P_12_Zal_15"), "1");
        }

        @Override
        public Boolean exemption(InvoiceView invoice, XmlNode adnotacje) {
            return yesOrNo(invoice, at(adnotacje, "Zwolnienie"), "P_19", "P_19N");
        }

        @Override
        public XmlNode exemptionNode(XmlNode adnotacje) {
            return yesOrNoNode(at(adnotacje, "Zwolnienie"), "P_19", "P_19N");
        }

        @Override
        public int exemptionBases(XmlNode adnotacje) {
            return count(at(adnotacje, "Zwolnienie"), "P_19A", "P_19B", "P_19C");
        }

        @Override
        public Boolean margin(InvoiceView invoice, XmlNode adnotacje) {
            return yesOrNo(invoice, at(adnotacje, "PMarzy"), "P_PMarzy", "P_PMarzyN");
        }

        @Override
        public XmlNode marginNode(XmlNode adnotacje) {
            return yesOrNoNode(at(adnotacje, "PMarzy"), "P_PMarzy", "P_PMarzyN");
        }

        @Override
        public List<String> correctionDataElements() {
            return List.of("PrzyczynaKorekty", "TypKorekty", "DaneFaKorygowanej", "OkresFaKorygowanej",
                    "NrFaKorygowany", "Podmiot1K", "Podmiot2K", "P_15ZK", "KursWalutyZK");
        }

        @Override
        public String advanceInvoiceReference() {
            return "FakturaZaliczkowa";
        }

        @Override
        public List<XmlNode> otherExchangeRates(InvoiceView invoice) {
            List<XmlNode> out = new ArrayList<>();
            XmlNode fa = invoice.fa();
            for (String name : List.of("KursWalutyZ", "KursWalutyZK")) {
                if (at(fa, name) != null) {
                    out.add(at(fa, name));
                }
            }
            out.addAll(childOfEach(all(fa, "ZaliczkaCzesciowa"), "KursWalutyZW"));
            return out;
        }

        @Override
        public List<XmlNode> partialPaymentAmounts(XmlNode platnosc) {
            return childOfEach(all(platnosc, "ZaplataCzesciowa"), "KwotaZaplatyCzesciowej");
        }

        @Override
        public List<AccountNumber> accountNumbers(InvoiceView invoice, XmlNode account) {
            XmlNode node = account.child("NrRB");
            String nr = invoice.text(node);
            if (nr == null) {
                return List.of();
            }
            if (nr.matches("[0-9]{26}")) {
                return List.of(new AccountNumber(node, "PL" + nr, true));
            }
            if (nr.matches("PL[0-9]{26}")) {
                return List.of(new AccountNumber(node, nr, true));
            }
            if (nr.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{6,30}")) {
                return List.of(new AccountNumber(node, nr, false));
            }
            return List.of();
        }
    }

    private static final class Fa2 extends Fa2AndLater {
        /** FA(2)'s {@code 0} and {@code np} do not say which field: any of the candidates. */
        private static final RateGroup ZERO = RateGroup.untaxed("P_13_6_1", "P_13_6_2", "P_13_6_3");
        private static final RateGroup NP = RateGroup.untaxed("P_13_8", "P_13_9");
        private static final List<RateGroup> GROUPS = List.of(G1, G2, G3, G4, G5, ZERO, G7, NP, G10, G11);
        private static final Map<String, RateGroup> BY_CODE = Map.ofEntries(Map.entry("23", G1), Map.entry("22", G1),
                Map.entry("8", G2), Map.entry("7", G2), Map.entry("5", G3), Map.entry("4", G4), Map.entry("3", G4),
                Map.entry("OSS", G5), Map.entry("0", ZERO), Map.entry("zw", G7), Map.entry("np", NP),
                Map.entry("oo", G10));

        @Override
        public List<RateGroup> rateGroups() {
            return GROUPS;
        }

        @Override
        protected RateGroup groupOfCode(String code) {
            return BY_CODE.get(code);
        }
    }

    private static final class Fa3 extends Fa2AndLater {
        private static final RateGroup G6_1 = RateGroup.untaxed("P_13_6_1");
        private static final RateGroup G6_2 = RateGroup.untaxed("P_13_6_2");
        private static final RateGroup G6_3 = RateGroup.untaxed("P_13_6_3");
        private static final RateGroup G8 = RateGroup.untaxed("P_13_8");
        private static final RateGroup G9 = RateGroup.untaxed("P_13_9");
        private static final List<RateGroup> GROUPS = List.of(G1, G2, G3, G4, G5, G6_1, G6_2, G6_3, G7, G8, G9, G10,
                G11);
        /** The rate group (the P_13_x/P_14_x pair) of each P_12 rate code. */
        private static final Map<String, RateGroup> BY_CODE = Map.ofEntries(Map.entry("23", G1), Map.entry("22", G1),
                Map.entry("8", G2), Map.entry("7", G2), Map.entry("5", G3), Map.entry("4", G4), Map.entry("3", G4),
                Map.entry("OSS", G5), Map.entry("0 KR", G6_1), Map.entry("0 WDT", G6_2), Map.entry("0 EX", G6_3),
                Map.entry("zw", G7), Map.entry("np I", G8), Map.entry("np II", G9), Map.entry("oo", G10));

        @Override
        public List<RateGroup> rateGroups() {
            return GROUPS;
        }

        @Override
        protected RateGroup groupOfCode(String code) {
            return BY_CODE.get(code);
        }
    }

    /**
     * An FA(2)/FA(3) choice written as two flags ({@code P_19} = 1 or {@code P_19N} = 1): true,
     * false, or null when neither is set.
     */
    private static Boolean yesOrNo(InvoiceView invoice, XmlNode group, String yes, String no) {
        if (invoice.is(at(group, yes), "1")) {
            return Boolean.TRUE;
        }
        return invoice.is(at(group, no), "1") ? Boolean.FALSE : null;
    }

    /** The element of such a choice that is present (the "yes" flag first), for an issue's location. */
    private static XmlNode yesOrNoNode(XmlNode group, String yes, String no) {
        XmlNode flag = at(group, yes);
        return flag != null ? flag : at(group, no);
    }

    static int count(XmlNode parent, String... names) {
        int n = 0;
        for (String name : names) {
            if (at(parent, name) != null) {
                n++;
            }
        }
        return n;
    }

    /** The child {@code name} of each of {@code parents} that has one, in document order. */
    private static List<XmlNode> childOfEach(List<XmlNode> parents, String name) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode parent : parents) {
            XmlNode child = parent.child(name);
            if (child != null) {
                out.add(child);
            }
        }
        return out;
    }
}
