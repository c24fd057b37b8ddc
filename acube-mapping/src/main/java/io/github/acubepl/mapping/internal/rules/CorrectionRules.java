package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on corrections (KOR, KOR_ZAL, KOR_ROZ). */
final class CorrectionRules {
    static final BusinessRule KOR_001 = BusinessRule.rule("FA-KOR-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("A correction (KOR, KOR_ZAL, KOR_ROZ) names the corrected invoice (DaneFaKorygowanej)",
                    "Faktura korygująca (KOR, KOR_ZAL, KOR_ROZ) wskazuje fakturę korygowaną (DaneFaKorygowanej)")
            .example("RodzajFaktury KOR without DaneFaKorygowanej")
            .check(CorrectionRules::correctedInvoice);

    static final BusinessRule KOR_002 = BusinessRule.rule("FA-KOR-002").versions(FaVersion.all())
            .severity(Severity.WARNING)
            .title("A correction gives its reason (PrzyczynaKorekty) and its type (TypKorekty)",
                    "Faktura korygująca podaje przyczynę (PrzyczynaKorekty) i typ korekty (TypKorekty)")
            .example("KOR without PrzyczynaKorekty")
            .check(CorrectionRules::reasonAndType);

    static final BusinessRule KOR_003 = BusinessRule.rule("FA-KOR-003").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Only corrections carry correction data (PrzyczynaKorekty, TypKorekty, DaneFaKorygowanej, "
                            + "OkresFaKorygowanej, NrFaKorygowany, Podmiot1K, Podmiot2K; FA(2)/FA(3): also P_15ZK, "
                            + "KursWalutyZK)",
                    "Tylko faktury korygujące zawierają dane korekty (PrzyczynaKorekty, TypKorekty, "
                            + "DaneFaKorygowanej, OkresFaKorygowanej, NrFaKorygowany, Podmiot1K, Podmiot2K; "
                            + "FA(2)/FA(3): także P_15ZK, KursWalutyZK)")
            .example("RodzajFaktury VAT with DaneFaKorygowanej")
            .check(CorrectionRules::onlyCorrections);

    static final BusinessRule KOR_005 = BusinessRule.rule("FA-KOR-005").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("The NIP in Podmiot1K is the seller's; a NIP in Podmiot2K is the buyer's or a Podmiot3's (a wrong "
                            + "NIP is corrected by a zero correction and a new invoice)",
                    "NIP w Podmiot1K jest NIP-em sprzedawcy; NIP w Podmiot2K jest NIP-em nabywcy lub Podmiotu3 "
                            + "(błędny NIP koryguje się do zera i wystawia nową fakturę)")
            .example("Podmiot1K with another NIP")
            .check(CorrectionRules::correctedParties);

    static final List<BusinessRule> RULES = List.of(KOR_001, KOR_002, KOR_003, KOR_005);

    private CorrectionRules() {
    }

    private static void correctedInvoice(InvoiceView inv, Reporter out) {
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (kind != null && Amounts.CORRECTIONS.contains(kind) && at(inv.fa(), "DaneFaKorygowanej") == null) {
            out.add(inv.path(inv.fa(), "DaneFaKorygowanej"),
                    kind + " is a correction, so DaneFaKorygowanej (the corrected invoice) is required",
                    kind + " jest fakturą korygującą, więc wymagane jest DaneFaKorygowanej");
        }
    }

    private static void reasonAndType(InvoiceView inv, Reporter out) {
        XmlNode fa = inv.fa();
        String kind = inv.text(at(fa, "RodzajFaktury"));
        // Reason and type go with the corrected-invoice block; without it, FA-KOR-001 says all.
        if (kind == null || !Amounts.CORRECTIONS.contains(kind) || at(fa, "DaneFaKorygowanej") == null) {
            return;
        }
        if (at(fa, "PrzyczynaKorekty") == null) {
            out.add(inv.path(fa, "PrzyczynaKorekty"), "the correction gives no reason (PrzyczynaKorekty)",
                    "korekta nie podaje przyczyny (PrzyczynaKorekty)");
        }
        if (at(fa, "TypKorekty") == null) {
            out.add(inv.path(fa, "TypKorekty"), "the correction gives no type (TypKorekty)",
                    "korekta nie podaje typu (TypKorekty)");
        }
    }

    private static void onlyCorrections(InvoiceView inv, Reporter out) {
        XmlNode fa = inv.fa();
        String kind = inv.text(at(fa, "RodzajFaktury"));
        if (kind == null || Amounts.CORRECTIONS.contains(kind)) {
            return;
        }
        for (String name : inv.facts().correctionDataElements()) {
            XmlNode present = at(fa, name);
            if (present != null && !inv.invalid(present)) {
                out.add(inv.path(present), kind + " is not a correction, so it must not carry " + name,
                        kind + " nie jest fakturą korygującą, więc nie może zawierać " + name);
                return;
            }
        }
    }

    private static void correctedParties(InvoiceView inv, Reporter out) {
        XmlNode root = inv.root();
        XmlNode fa = inv.fa();
        String sellerNip = inv.text(at(root, "Podmiot1", "DaneIdentyfikacyjne", "NIP"));
        XmlNode p1k = at(fa, "Podmiot1K", "DaneIdentyfikacyjne", "NIP");
        String nip1k = inv.text(p1k);
        if (sellerNip != null && nip1k != null && !nip1k.equals(sellerNip)) {
            out.add(inv.path(p1k), "Podmiot1K has NIP " + nip1k + ", not the seller's " + sellerNip
                            + "; a wrong NIP is corrected to zero and a new invoice issued",
                    "Podmiot1K ma NIP " + nip1k + ", a nie NIP sprzedawcy " + sellerNip
                            + "; błędny NIP koryguje się do zera i wystawia nową fakturę");
        }
        Set<String> buyers = new HashSet<>();
        String buyer = inv.text(at(root, "Podmiot2", "DaneIdentyfikacyjne", "NIP"));
        if (buyer != null) {
            buyers.add(buyer);
        }
        for (XmlNode p3 : all(root, "Podmiot3")) {
            String nip = inv.text(at(p3, "DaneIdentyfikacyjne", "NIP"));
            if (nip != null) {
                buyers.add(nip);
            }
        }
        for (XmlNode p2k : all(fa, "Podmiot2K")) {
            XmlNode node = at(p2k, "DaneIdentyfikacyjne", "NIP");
            String nip = inv.text(node);
            if (nip != null && !buyers.contains(nip)) {
                out.add(inv.path(node), "Podmiot2K has NIP " + nip + ", which is neither the buyer's nor a third "
                        + "party's", "Podmiot2K ma NIP " + nip + ", który nie jest NIP-em nabywcy ani podmiotu trzeciego");
            }
        }
    }
}
