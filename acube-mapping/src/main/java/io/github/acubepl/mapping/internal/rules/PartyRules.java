package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Nip;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;

/** Rules on the parties: NIP check digits, third parties' shares. */
final class PartyRules {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static final BusinessRule NIP_001 = BusinessRule.rule("FA-NIP-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("Every NIP (seller, buyer, third parties, authorised entity, corrected parties, carrier) has a "
                            + "correct check digit",
                    "Każdy NIP (sprzedawcy, nabywcy, podmiotów trzecich, podmiotu upoważnionego, podmiotów "
                            + "korygowanych, przewoźnika) ma poprawną cyfrę kontrolną")
            .example("NIP 1234563219")
            .check(PartyRules::nips);

    static final BusinessRule PTY_002 = BusinessRule.rule("FA-PTY-002").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("The shares of the third parties (Podmiot3/Udzial) add up to at most 100",
                    "Udziały podmiotów trzecich (Podmiot3/Udzial) sumują się najwyżej do 100")
            .example("two Podmiot3 with Udzial 60")
            .check(PartyRules::shares);

    static final List<BusinessRule> RULES = List.of(NIP_001, PTY_002);

    private PartyRules() {
    }

    private static void nips(InvoiceView inv, Reporter out) {
        XmlNode root = inv.root();
        nip(inv, out, at(root, "Podmiot1"), "Podmiot1");
        nip(inv, out, at(root, "Podmiot2"), "Podmiot2");
        for (XmlNode p : all(root, "Podmiot3")) {
            nip(inv, out, p, "Podmiot3");
        }
        nip(inv, out, at(root, "PodmiotUpowazniony"), "PodmiotUpowazniony");
        XmlNode fa = inv.fa();
        nip(inv, out, at(fa, "Podmiot1K"), "Podmiot1K");
        for (XmlNode p : all(fa, "Podmiot2K")) {
            nip(inv, out, p, "Podmiot2K");
        }
        for (XmlNode t : all(at(fa, "WarunkiTransakcji"), "Transport")) {
            nip(inv, out, t.child("Przewoznik"), "Przewoznik");
        }
    }

    private static void nip(InvoiceView inv, Reporter out, XmlNode party, String name) {
        XmlNode node = at(party, "DaneIdentyfikacyjne", "NIP");
        String nip = inv.text(node);
        if (nip == null || !nip.matches("[0-9]{10}")) {
            return; // absent, or the structural pattern check reports it
        }
        if (!Nip.isValid(nip)) {
            out.add(inv.path(node), "NIP " + nip + " of " + name + " has a wrong check digit",
                    "NIP " + nip + " w " + name + " ma błędną cyfrę kontrolną");
        }
    }

    private static void shares(InvoiceView inv, Reporter out) {
        List<XmlNode> thirds = all(inv.root(), "Podmiot3");
        BigDecimal total = BigDecimal.ZERO;
        for (XmlNode p : thirds) {
            BigDecimal share = inv.decimal(p.child("Udzial"));
            if (share != null) {
                total = total.add(share);
            }
        }
        if (total.compareTo(HUNDRED) > 0) {
            out.add(inv.path(thirds.get(0), "Udzial"),
                    "the third parties' shares add up to " + total.toPlainString() + " %, more than 100 %",
                    "udziały podmiotów trzecich sumują się do " + total.toPlainString() + " %, więcej niż 100 %");
        }
    }
}
