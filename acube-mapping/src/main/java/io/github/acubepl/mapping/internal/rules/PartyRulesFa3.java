package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Nip;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the parties that FA(2) and FA(3) make possible: how the buyer and the third parties are
 * identified, which roles they take, and how the corrected buyer data are paired
 * (docs/validation-rules.md lists them).
 */
final class PartyRulesFa3 {
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    /** A country code written in front of the number: the letters, then a digit (NrID is [a-zA-Z0-9]{1,50}). */
    private static final String PREFIXED = "[0-9].*";

    static final BusinessRule PTY_101 = BusinessRule.rule("FA-PTY-101").versions(FaVersion.FA3)
            .severity(Severity.ERROR)
            .title("With JST = 1 the local-government unit receiving the invoice (Podmiot3, Rola 8), with GV = 1 the "
                            + "VAT group member (Rola 10), is identified by NIP or IDWew, or it does not get the "
                            + "invoice in KSeF",
                    "Przy JST = 1 jednostka samorządu terytorialnego – odbiorca (Podmiot3, Rola 8), a przy GV = 1 "
                            + "członek grupy VAT – odbiorca (Rola 10) jest identyfikowany przez NIP lub IDWew, inaczej "
                            + "nie otrzyma faktury w KSeF")
            .example("JST 1 and the Podmiot3 with Rola 8 given by BrakID [FA(3) rules catalogue rows 12-13]")
            .check(PartyRulesFa3::subordinateUnitId);

    static final BusinessRule PTY_102 = BusinessRule.rule("FA-PTY-102").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("A Polish buyer's NIP is in Podmiot2/DaneIdentyfikacyjne/NIP, not in NrVatUE (KodUE PL) or NrID "
                            + "(10 digits with KodKraju PL, or a valid NIP without KodKraju): otherwise the invoice does "
                            + "not reach the buyer in KSeF",
                    "NIP polskiego nabywcy jest w Podmiot2/DaneIdentyfikacyjne/NIP, a nie w NrVatUE (KodUE PL) ani "
                            + "w NrID (10 cyfr przy KodKraju PL lub poprawny NIP bez KodKraju): inaczej faktura nie "
                            + "trafi do nabywcy w KSeF")
            .example("Podmiot2 with KodKraju PL and NrID 5260250274 [FA(3) rules catalogue row 15]")
            .check(PartyRulesFa3::nipInWrongField);

    static final BusinessRule PTY_103 = BusinessRule.rule("FA-PTY-103").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("The country code is not repeated in the identifier: NrVatUE does not start with its KodUE, NrID "
                            + "does not start with its KodKraju followed by digits (buyer, third parties, corrected "
                            + "buyer)",
                    "Kod kraju nie jest powtórzony w identyfikatorze: NrVatUE nie zaczyna się od KodUE, NrID nie "
                            + "zaczyna się od KodKraju, po którym następują cyfry (nabywca, podmioty trzecie, nabywca "
                            + "korygowany)")
            .example("KodUE DE, NrVatUE DE123456789 [FA(3) rules catalogue row 16]")
            .check(PartyRulesFa3::countryCodeInIdentifier);

    static final BusinessRule PTY_104 = BusinessRule.rule("FA-PTY-104").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("An intra-Community supply (lines at 0 WDT, or P_13_6_2 other than 0) carries the seller's "
                            + "PrefiksPodatnika PL",
                    "Wewnątrzwspólnotowa dostawa towarów (wiersze 0 WDT lub P_13_6_2 różne od 0) zawiera "
                            + "PrefiksPodatnika PL sprzedawcy")
            .example("a line at 0 WDT and Podmiot1 without PrefiksPodatnika [FA(3) rules catalogue row 17]")
            .check(PartyRulesFa3::wdtSellerPrefix);

    static final BusinessRule PTY_105 = BusinessRule.rule("FA-PTY-105").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("A simplified triangular transaction (P_23 = 1) identifies the buyer by KodUE and NrVatUE",
                    "Uproszczona procedura wewnątrzwspólnotowej transakcji trójstronnej (P_23 = 1) identyfikuje "
                            + "nabywcę przez KodUE i NrVatUE")
            .example("P_23 = 1 and a buyer with a NIP [FA(3) rules catalogue row 18]")
            .check(PartyRulesFa3::triangularBuyer);

    static final BusinessRule PTY_106 = BusinessRule.rule("FA-PTY-106").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.ERROR)
            .title("A share (Udzial) is given only for an additional buyer (Podmiot3 with Rola 4); the XSD allows it "
                            + "for any role",
                    "Udział (Udzial) podaje się tylko dla dodatkowego nabywcy (Podmiot3 z Rola 4); XSD dopuszcza go "
                            + "przy każdej roli")
            .example("Podmiot3 with Rola 2 and Udzial 50 [FA(3) rules catalogue row 19]")
            .check(PartyRulesFa3::shareOnlyForBuyers);

    static final BusinessRule PTY_107 = BusinessRule.rule("FA-PTY-107").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("A self-billed invoice (P_17 = 1) is issued by the buyer of Podmiot2: it has no Podmiot3 with "
                            + "Rola 5 (issuer on the seller's behalf, which excludes the buyer)",
                    "Fakturę w ramach samofakturowania (P_17 = 1) wystawia nabywca z Podmiot2: nie zawiera ona "
                            + "Podmiot3 z Rola 5 (wystawca w imieniu podatnika, z wyłączeniem nabywcy)")
            .example("P_17 = 1 and a Podmiot3 with Rola 5 [FA(3) rules catalogue row 21]")
            .check(PartyRulesFa3::selfBillingIssuer);

    static final BusinessRule PTY_108 = BusinessRule.rule("FA-PTY-108").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("An employee (Podmiot3 with Rola 11) is given by name only: BrakID = 1 and Nazwa with the full "
                            + "name",
                    "Pracownik (Podmiot3 z Rola 11) jest podany tylko z imienia i nazwiska: BrakID = 1 i Nazwa z "
                            + "imieniem i nazwiskiem")
            .example("Podmiot3 with Rola 11 identified by NIP [FA(3) rules catalogue row 22]")
            .check(PartyRulesFa3::employee);

    static final BusinessRule PTY_109 = BusinessRule.rule("FA-PTY-109").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("The buyer's address (Podmiot2/Adres) is omitted only on a simplified invoice (UPR, art. 106e(5)(3) "
                            + "of the VAT Act)",
                    "Adres nabywcy (Podmiot2/Adres) pomija się tylko w fakturze uproszczonej (UPR, art. 106e ust. 5 "
                            + "pkt 3 ustawy)")
            .example("RodzajFaktury VAT and Podmiot2 without Adres [FA(3) rules catalogue row 23]")
            .check(PartyRulesFa3::buyerAddress);

    static final BusinessRule PTY_110 = BusinessRule.rule("FA-PTY-110").versions(FaVersion.FA2, FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("Every corrected buyer (Podmiot2K) names by IDNabywcy the buyer it corrects: the IDNabywcy of "
                            + "Podmiot2 or of a Podmiot3",
                    "Każdy korygowany nabywca (Podmiot2K) wskazuje przez IDNabywcy nabywcę, którego dane koryguje: "
                            + "IDNabywcy z Podmiot2 lub z Podmiot3")
            .example("Podmiot2K with IDNabywcy 7 and no party with IDNabywcy 7 [FA(3) rules catalogue row 24]")
            .check(PartyRulesFa3::correctedBuyerPairing);

    static final List<BusinessRule> RULES = List.of(PTY_101, PTY_102, PTY_103, PTY_104, PTY_105, PTY_106, PTY_107,
            PTY_108, PTY_109, PTY_110);

    private PartyRulesFa3() {
    }

    private static String role(InvoiceView inv, XmlNode podmiot3) {
        return inv.text(podmiot3.child("Rola"));
    }

    private static void subordinateUnitId(InvoiceView inv, Reporter out) {
        XmlNode buyer = at(inv.root(), "Podmiot2");
        unitId(inv, out, buyer, "JST", "8", "the local-government unit receiving the invoice",
                "jednostka samorządu terytorialnego – odbiorca");
        unitId(inv, out, buyer, "GV", "10", "the VAT group member receiving the invoice",
                "członek grupy VAT – odbiorca");
    }

    /** Stays silent when no Podmiot3 has the role at all: that is FA-PTY-001's finding. */
    private static void unitId(InvoiceView inv, Reporter out, XmlNode buyer, String flag, String role, String en,
            String pl) {
        if (!inv.is(at(buyer, flag), "1")) {
            return;
        }
        XmlNode first = null;
        for (XmlNode p : all(inv.root(), "Podmiot3")) {
            if (!role.equals(role(inv, p))) {
                continue;
            }
            XmlNode id = p.child("DaneIdentyfikacyjne");
            if (inv.text(at(id, "NIP")) != null || inv.text(at(id, "IDWew")) != null) {
                return;
            }
            if (first == null) {
                first = p;
            }
        }
        if (first != null) {
            out.add(inv.path(first, "DaneIdentyfikacyjne"),
                    flag + " is 1, but " + en + " (Podmiot3, Rola " + role + ") has no NIP or IDWew: it will not get "
                            + "the invoice in KSeF",
                    flag + " wynosi 1, a " + pl + " (Podmiot3, Rola " + role + ") nie ma NIP ani IDWew: nie otrzyma "
                            + "faktury w KSeF");
        }
    }

    private static void nipInWrongField(InvoiceView inv, Reporter out) {
        XmlNode id = at(inv.root(), "Podmiot2", "DaneIdentyfikacyjne");
        XmlNode vatUe = at(id, "NrVatUE");
        if (inv.is(at(id, "KodUE"), "PL") && inv.text(vatUe) != null) {
            out.add(inv.path(vatUe), "a Polish buyer is identified by NrVatUE with KodUE PL: put the NIP into NIP, "
                            + "or the invoice does not reach the buyer in KSeF",
                    "polski nabywca jest identyfikowany przez NrVatUE z KodUE PL: NIP należy podać w polu NIP, inaczej "
                            + "faktura nie trafi do nabywcy w KSeF");
            return;
        }
        XmlNode nrId = at(id, "NrID");
        String number = inv.text(nrId);
        if (number == null || !TEN_DIGITS.matcher(number).matches() || inv.invalid(at(id, "KodKraju"))) {
            return;
        }
        String country = inv.text(at(id, "KodKraju"));
        if ("PL".equals(country) || country == null && Nip.isValid(number)) {
            out.add(inv.path(nrId), "NrID " + number + (country == null ? " is a valid NIP" : " is a Polish number")
                            + ": put it into NIP, or the invoice does not reach the buyer in KSeF",
                    "NrID " + number + (country == null ? " jest poprawnym NIP-em" : " jest polskim numerem")
                            + ": należy go podać w polu NIP, inaczej faktura nie trafi do nabywcy w KSeF");
        }
    }

    private static void countryCodeInIdentifier(InvoiceView inv, Reporter out) {
        XmlNode root = inv.root();
        if (prefixed(inv, out, at(root, "Podmiot2"), "Podmiot2")) {
            return;
        }
        for (XmlNode p : all(root, "Podmiot3")) {
            if (prefixed(inv, out, p, "Podmiot3")) {
                return;
            }
        }
        for (XmlNode p : all(inv.fa(), "Podmiot2K")) {
            if (prefixed(inv, out, p, "Podmiot2K")) {
                return;
            }
        }
    }

    private static boolean prefixed(InvoiceView inv, Reporter out, XmlNode party, String name) {
        XmlNode id = at(party, "DaneIdentyfikacyjne");
        String kodUe = inv.text(at(id, "KodUE"));
        String vatUe = inv.text(at(id, "NrVatUE"));
        if (kodUe != null && vatUe != null && !kodUe.isEmpty() && vatUe.startsWith(kodUe)) {
            out.add(inv.path(id.child("NrVatUE")),
                    "NrVatUE " + Text.shorten(vatUe, 20) + " of " + name + " repeats its country code " + kodUe
                            + ", which belongs in KodUE only",
                    "NrVatUE " + Text.shorten(vatUe, 20) + " w " + name + " powtarza kod kraju " + kodUe
                            + ", który podaje się tylko w KodUE");
            return true;
        }
        String country = inv.text(at(id, "KodKraju"));
        String nrId = inv.text(at(id, "NrID"));
        if (country != null && nrId != null && !country.isEmpty() && nrId.startsWith(country)
                && nrId.length() <= 50 && nrId.substring(country.length()).matches(PREFIXED)) {
            out.add(inv.path(id.child("NrID")),
                    "NrID " + Text.shorten(nrId, 20) + " of " + name + " starts with its country code " + country
                            + ", which belongs in KodKraju only",
                    "NrID " + Text.shorten(nrId, 20) + " w " + name + " zaczyna się od kodu kraju " + country
                            + ", który podaje się tylko w KodKraju");
            return true;
        }
        return false;
    }

    private static void wdtSellerPrefix(InvoiceView inv, Reporter out) {
        XmlNode seller = at(inv.root(), "Podmiot1");
        if (seller == null || inv.is(seller.child("PrefiksPodatnika"), "PL") || inv.invalid(seller.child(
                "PrefiksPodatnika"))) {
            return;
        }
        BigDecimal wdtTotal = inv.decimal(at(inv.fa(), "P_13_6_2"));
        boolean wdt = wdtTotal != null && wdtTotal.signum() != 0;
        for (XmlNode line : inv.lines()) {
            RateGroup g = inv.facts().groupOf(inv, line);
            wdt |= g != null && g.netFields().equals(List.of("P_13_6_2"));
        }
        if (wdt) {
            out.add(inv.path(seller, "PrefiksPodatnika"),
                    "the invoice has an intra-Community supply (0 WDT, P_13_6_2), so the seller needs PrefiksPodatnika PL",
                    "faktura obejmuje wewnątrzwspólnotową dostawę towarów (0 WDT, P_13_6_2), więc sprzedawca "
                            + "wymaga PrefiksPodatnika PL");
        }
    }

    private static void triangularBuyer(InvoiceView inv, Reporter out) {
        if (!inv.is(at(inv.fa(), "Adnotacje", "P_23"), "1")) {
            return;
        }
        XmlNode buyer = at(inv.root(), "Podmiot2");
        XmlNode id = at(buyer, "DaneIdentyfikacyjne");
        if (buyer == null || inv.invalidUnder(id)) {
            return;
        }
        if (inv.text(at(id, "KodUE")) == null || inv.text(at(id, "NrVatUE")) == null) {
            out.add(id == null ? inv.path(buyer, "DaneIdentyfikacyjne") : inv.path(id),
                    "P_23 is 1 (simplified triangular transaction), so the buyer is identified by KodUE and NrVatUE",
                    "P_23 wynosi 1 (uproszczona procedura transakcji trójstronnej), więc nabywcę identyfikują KodUE "
                            + "i NrVatUE");
        }
    }

    private static void shareOnlyForBuyers(InvoiceView inv, Reporter out) {
        for (XmlNode p : all(inv.root(), "Podmiot3")) {
            XmlNode share = p.child("Udzial");
            if (share == null || inv.invalid(p.child("Rola"))) {
                continue;
            }
            String role = role(inv, p);
            if (!"4".equals(role)) {
                String what = role == null ? "another role (RolaInna)" : "Rola " + role;
                String co = role == null ? "innej roli (RolaInna)" : "roli " + role;
                out.add(inv.path(share), "a share (Udzial) is given for a third party of " + what
                                + "; only additional buyers (Rola 4) have shares",
                        "udział (Udzial) podano dla podmiotu trzeciego " + co
                                + "; udział mają tylko dodatkowi nabywcy (Rola 4)");
                return;
            }
        }
    }

    private static void selfBillingIssuer(InvoiceView inv, Reporter out) {
        if (!inv.is(at(inv.fa(), "Adnotacje", "P_17"), "1")) {
            return;
        }
        for (XmlNode p : all(inv.root(), "Podmiot3")) {
            if ("5".equals(role(inv, p))) {
                out.add(inv.path(p.child("Rola")),
                        "P_17 is 1 (self-billing: the buyer issues the invoice), but a Podmiot3 has Rola 5 (an issuer "
                                + "on the seller's behalf other than the buyer)",
                        "P_17 wynosi 1 (samofakturowanie: fakturę wystawia nabywca), a Podmiot3 ma Rola 5 (wystawca w "
                                + "imieniu podatnika inny niż nabywca)");
                return;
            }
        }
    }

    private static void employee(InvoiceView inv, Reporter out) {
        for (XmlNode p : all(inv.root(), "Podmiot3")) {
            if (!"11".equals(role(inv, p))) {
                continue;
            }
            XmlNode id = p.child("DaneIdentyfikacyjne");
            if (id == null || inv.invalidUnder(id)) {
                continue;
            }
            if (!inv.is(id.child("BrakID"), "1") || inv.text(id.child("Nazwa")) == null) {
                out.add(inv.path(id), "an employee (Podmiot3, Rola 11) is given by full name only: BrakID 1 and Nazwa",
                        "pracownika (Podmiot3, Rola 11) podaje się tylko z imienia i nazwiska: BrakID 1 i Nazwa");
                return;
            }
        }
    }

    private static void buyerAddress(InvoiceView inv, Reporter out) {
        XmlNode buyer = at(inv.root(), "Podmiot2");
        String kind = inv.text(at(inv.fa(), "RodzajFaktury"));
        if (buyer != null && buyer.child("Adres") == null && kind != null && !"UPR".equals(kind)) {
            out.add(inv.path(buyer, "Adres"), "the buyer has no address (Podmiot2/Adres); only a simplified invoice "
                            + "(UPR) may omit it, and this one is " + Text.shorten(kind, 10),
                    "nabywca nie ma adresu (Podmiot2/Adres); pominąć go może tylko faktura uproszczona (UPR), a ta "
                            + "jest typu " + Text.shorten(kind, 10));
        }
    }

    private static void correctedBuyerPairing(InvoiceView inv, Reporter out) {
        List<XmlNode> corrected = all(inv.fa(), "Podmiot2K");
        if (corrected.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        String own = inv.text(at(inv.root(), "Podmiot2", "IDNabywcy"));
        if (own != null) {
            ids.add(own);
        }
        for (XmlNode p : all(inv.root(), "Podmiot3")) {
            String id = inv.text(p.child("IDNabywcy"));
            if (id != null) {
                ids.add(id);
            }
        }
        for (XmlNode k : corrected) {
            XmlNode idNode = k.child("IDNabywcy");
            String id = inv.text(idNode);
            if (id != null && !ids.contains(id)) {
                out.add(inv.path(idNode), "corrected buyer IDNabywcy " + Text.shorten(id, 20) + " matches no "
                                + "IDNabywcy of Podmiot2 or of a Podmiot3",
                        "IDNabywcy korygowanego nabywcy " + Text.shorten(id, 20) + " nie odpowiada żadnemu IDNabywcy "
                                + "z Podmiot2 ani z Podmiot3");
                return;
            }
        }
    }
}
