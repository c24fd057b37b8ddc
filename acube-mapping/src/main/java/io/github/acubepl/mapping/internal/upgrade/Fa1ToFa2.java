package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * FA(1) → FA(2) (the version diff in ksef-fa-structure.md §12, checked against the two official XSDs):
 * the parties' names, addresses and contacts change shape, totals and annotations gain wrappers or
 * splits, the lines lose their wrapper and control totals; what FA(2) only adds needs nothing. Runs
 * before {@link Fa2ToFa3}; its entries point into the FA(1) document read.
 */
final class Fa1ToFa2 implements UpgradeStep {
    static final Fa1ToFa2 INSTANCE = new Fa1ToFa2();

    /** The elements whose content is a TAdres. */
    private static final Set<String> ADDRESSES = Set.of("Adres", "AdresKoresp", "AdresPrzewoznika", "WysylkaZ",
            "WysylkaPrzez", "WysylkaDo");

    private Fa1ToFa2() {
    }

    @Override
    public String from() {
        return "FA(1)";
    }

    @Override
    public String to() {
        return "FA(2)";
    }

    @Override
    public String fromNamespace() {
        return "http://crd.gov.pl/wzor/2021/11/29/11089/";
    }

    @Override
    public String toNamespace() {
        return "http://crd.gov.pl/wzor/2023/06/29/12648/";
    }

    @Override
    public String fromSchemaUrl() {
        return "http://crd.gov.pl/wzor/2021/11/29/11089/schemat.xsd";
    }

    @Override
    public String toSchemaUrl() {
        return "http://crd.gov.pl/wzor/2023/06/29/12648/schemat.xsd";
    }

    @Override
    public List<UpgradeRule> rules() {
        return UpgradeRules.FA1_TO_FA2;
    }

    @Override
    public UpgradeRule namespaceRule() {
        return UpgradeRules.FA1_NAMESPACE;
    }

    @Override
    public void apply(Rewrite rw) {
        XmlNode root = rw.target();
        header(rw, root.child("Naglowek"));
        XmlNode fa = root.child("Fa");
        if (fa != null) {
            // first the wrappers, so that every later insertion finds its place in the FA(2) schema
            lines(rw, fa);
        }
        parties(rw, root);
        if (fa != null) {
            totals(rw, fa);
            annotations(rw, fa.child("Adnotacje"));
            correction(rw, fa);
            advance(rw, fa);
            payment(rw, fa.child("Platnosc"));
            noPlace(rw, fa);
        }
        rw.treeChanged();
    }

    // ------------------------------------------------------------------------------- header

    private static void header(Rewrite rw, XmlNode header) {
        if (header == null) {
            return;
        }
        XmlNode code = header.child("KodFormularza");
        if (code != null && "FA (1)".equals(code.attribute("kodSystemowy"))) {
            code.replaceAttribute("kodSystemowy", "FA (2)");
            rw.record(UpgradeRules.FA1_SYSTEM_CODE, rw.originOf(code), "kodSystemowy", code, "kodSystemowy",
                    "FA (2)", "kodSystemowy 'FA (1)' became 'FA (2)'", "kodSystemowy 'FA (1)' zmieniono na 'FA (2)'");
        }
        XmlNode variant = header.child("WariantFormularza");
        if (variant != null && variant.text().strip().equals("1")) {
            variant.replaceText("2");
            rw.record(UpgradeRules.FA1_VARIANT, rw.originOf(variant), null, variant, null, "2",
                    "WariantFormularza 1 became 2", "WariantFormularza 1 zmieniono na 2");
        }
    }

    // ------------------------------------------------------------------------------- parties

    private static void parties(Rewrite rw, XmlNode node) {
        List<XmlNode> children = new ArrayList<>(node.children());
        for (XmlNode c : children) {
            parties(rw, c);
        }
        if (node.name().equals("DaneIdentyfikacyjne")) {
            names(rw, node);
        } else if (ADDRESSES.contains(node.name()) && (node.child("AdresPol") != null
                || node.child("AdresZagr") != null)) {
            address(rw, node);
        }
        if (node.child("Email") != null || node.child("Telefon") != null) {
            contacts(rw, node, "Email", "Telefon");
        }
        if (node.child("EmailPU") != null || node.child("TelefonPU") != null) {
            contacts(rw, node, "EmailPU", "TelefonPU");
        }
        for (String name : List.of("NrRBPL", "NrRBZagr")) {
            XmlNode account = node.child(name);
            if (account != null) {
                XmlNode nrb = rename(rw, account, "NrRB");
                rw.record(UpgradeRules.FA1_BANK_ACCOUNT, rw.originOf(account), null, nrb, null, null,
                        name + " became NrRB", name + " zmieniono na NrRB");
            }
        }
        XmlNode prefix = node.child("PrefiksNabywcy");
        if (prefix != null) {
            buyerPrefix(rw, node, prefix);
        }
    }

    private static void names(Rewrite rw, XmlNode ids) {
        XmlNode first = ids.child("ImiePierwsze");
        XmlNode last = ids.child("Nazwisko");
        XmlNode full = ids.child("PelnaNazwa");
        XmlNode trade = ids.child("NazwaHandlowa");
        if (first == null && last == null && full == null && trade == null) {
            return;
        }
        String name = full != null ? full.text().strip()
                : ((first == null ? "" : first.text().strip()) + " " + (last == null ? "" : last.text().strip()))
                        .strip();
        XmlNode source = rw.originOf(full != null ? full : first != null ? first : last != null ? last : trade);
        for (XmlNode n : new XmlNode[] {first, last, full}) {
            if (n != null) {
                ids.removeChild(n);
            }
        }
        XmlNode nazwa = null;
        if (!name.isEmpty()) {
            nazwa = rw.element("Nazwa", name);
            rw.sameOrigin(nazwa, full != null ? full : first != null ? first : last);
            ids.addChild(nazwa);
            rw.record(UpgradeRules.FA1_NAME, source, null, nazwa, null, name,
                    (full != null ? "PelnaNazwa" : "ImiePierwsze and Nazwisko, joined by a space,") + " became Nazwa",
                    (full != null ? "PelnaNazwa" : "ImiePierwsze i Nazwisko, połączone spacją,")
                            + " przeniesiono do Nazwa");
        }
        if (trade != null) {
            String tradeName = trade.text().strip();
            Rewrite.Change c = rw.decide(UpgradeRules.FA1_TRADE_NAME, rw.originOf(trade), trade,
                    nazwa == null ? List.of("replace", "drop") : List.of("append", "replace", "drop"),
                    "NazwaHandlowa '" + Text.shorten(tradeName) + "' has no place in FA(2) (one Nazwa): append it to "
                            + "Nazwa in parentheses, use it as Nazwa instead (replace), or drop it?",
                    "NazwaHandlowa '" + Text.shorten(tradeName) + "' nie ma miejsca w FA(2) (jedno pole Nazwa): "
                            + "dopisać ją w nawiasie do Nazwa, użyć jej zamiast Nazwa (replace) czy usunąć?");
            if ("replace".equals(c.answer)) {
                if (nazwa == null) {
                    nazwa = rw.element("Nazwa", tradeName);
                    ids.addChild(nazwa);
                } else {
                    nazwa.replaceText(tradeName);
                }
                ids.removeChild(trade);
                c.target = nazwa;
                c.value = tradeName;
            } else if ("append".equals(c.answer) && nazwa != null) {
                String joined = name + " (" + tradeName + ")";
                nazwa.replaceText(joined);
                ids.removeChild(trade);
                c.target = nazwa;
                c.value = joined;
            } else if ("drop".equals(c.answer)) {
                ids.removeChild(trade);
                c.target = ids;
            }
        }
        rw.treeChanged();
    }

    /**
     * AdresPol/AdresZagr → KodKraju, AdresL1, AdresL2: line 1 the street, house and flat
     * ("Ulica NrDomu/NrLokalu", the town when there is no street), line 2 the postcode and town, then
     * the post office, voivodeship, district and commune after ", " when given.
     */
    private static void address(Rewrite rw, XmlNode adres) {
        XmlNode form = adres.child("AdresPol") != null ? adres.child("AdresPol") : adres.child("AdresZagr");
        String country = text(form, "KodKraju");
        String street = text(form, "Ulica");
        String house = text(form, "NrDomu");
        String flat = text(form, "NrLokalu");
        String town = text(form, "Miejscowosc");
        String number = join("/", house, flat);
        String line1 = join(" ", street != null ? street : town, number);
        List<String> parts = new ArrayList<>();
        String postcode = join(" ", text(form, "KodPocztowy"), street != null || number == null ? town : null);
        if (postcode != null) {
            parts.add(postcode);
        }
        for (String extra : new String[] {"Poczta", "Wojewodztwo", "Powiat", "Gmina"}) {
            String v = text(form, extra);
            if (v != null) {
                parts.add(v);
            }
        }
        String line2 = parts.isEmpty() ? null : String.join(", ", parts);
        if (line1 == null) {
            line1 = line2 == null ? (town == null ? "" : town) : line2;
            line2 = null;
        }
        String gln = text(form, "GLN");
        List<XmlNode> out = new ArrayList<>();
        out.add(rw.element("KodKraju", country == null ? "PL" : country));
        XmlNode l1 = rw.element("AdresL1", line1);
        out.add(l1);
        if (line2 != null) {
            out.add(rw.element("AdresL2", line2));
        }
        if (gln != null) {
            out.add(rw.element("GLN", gln));
        }
        XmlNode source = rw.originOf(form);
        adres.setChildren(out);
        rw.record(UpgradeRules.FA1_ADDRESS, source, null, adres, null, line2 == null ? line1 : line1 + " | " + line2,
                form.name() + " became KodKraju, AdresL1 '" + Text.shorten(line1) + "'"
                        + (line2 == null ? "" : " and AdresL2 '" + Text.shorten(line2) + "'"),
                form.name() + " zamieniono na KodKraju, AdresL1 '" + Text.shorten(line1) + "'"
                        + (line2 == null ? "" : " i AdresL2 '" + Text.shorten(line2) + "'"));
        rw.treeChanged();
    }

    private static String text(XmlNode parent, String name) {
        XmlNode n = parent.child(name);
        if (n == null) {
            return null;
        }
        String t = n.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String join(String separator, String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }

    /** Email? and Telefon[0..3] → DaneKontaktowe[0..3]{Email?, Telefon?}: the e-mail with the first phone. */
    private static void contacts(Rewrite rw, XmlNode party, String email, String phone) {
        List<XmlNode> emails = party.children(email);
        List<XmlNode> phones = party.children(phone);
        int n = Math.max(emails.size(), phones.size());
        XmlNode first = emails.isEmpty() ? phones.get(0) : emails.get(0);
        XmlNode source = rw.originOf(first);
        int at = party.children().indexOf(first);
        for (XmlNode e : emails) {
            party.removeChild(e);
        }
        for (XmlNode p : phones) {
            party.removeChild(p);
        }
        List<XmlNode> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            XmlNode dk = rw.element("DaneKontaktowe", null);
            if (i < emails.size()) {
                dk.addChild(emails.get(i));
            }
            if (i < phones.size()) {
                dk.addChild(phones.get(i));
            }
            party.insertChild(at + i, dk);
            added.add(dk);
        }
        rw.treeChanged();
        rw.record(UpgradeRules.FA1_CONTACT, source, null, added.get(0), null, null,
                email + " and " + phone + " moved into " + n + " DaneKontaktowe (the e-mail with the first phone)",
                email + " i " + phone + " przeniesiono do " + n + " DaneKontaktowe (e-mail z pierwszym telefonem)");
    }

    private static void buyerPrefix(Rewrite rw, XmlNode party, XmlNode prefix) {
        XmlNode ids = party.child("DaneIdentyfikacyjne");
        XmlNode nrId = ids == null ? null : ids.child("NrID");
        String code = prefix.text().strip();
        Rewrite.Change c = rw.decide(UpgradeRules.FA1_BUYER_PREFIX, rw.originOf(prefix), prefix,
                nrId == null || code.equals("PL") ? List.of("drop") : List.of("KodUE", "drop"),
                "PrefiksNabywcy '" + Text.shorten(code) + "' is gone in FA(2): make the buyer's NrID an EU VAT number "
                        + "(KodUE + NrVatUE), or drop the prefix?",
                "PrefiksNabywcy '" + Text.shorten(code) + "' nie występuje w FA(2): zapisać NrID nabywcy jako numer "
                        + "VAT UE (KodUE + NrVatUE) czy usunąć prefiks?");
        if ("KodUE".equals(c.answer) && nrId != null) {
            int at = ids.children().indexOf(nrId);
            ids.removeChild(nrId);
            ids.insertChild(at, rw.element("NrVatUE", nrId.text().strip()));
            XmlNode kod = rw.element("KodUE", code);
            ids.insertChild(at, kod);
            party.removeChild(prefix);
            c.target = kod;
            c.value = code;
        } else if ("drop".equals(c.answer)) {
            party.removeChild(prefix);
            c.target = party;
        }
        rw.treeChanged();
    }

    // ------------------------------------------------------------------------------- totals

    /**
     * P_13_6 → P_13_6_1 (domestic 0 %), P_13_6_2 (intra-EU supply) or P_13_6_3 (export): certain when
     * every line at rate 0 names the same one of the procedures 1, 2, 3 ({@code P_12_Procedura},
     * read before the lines' procedures are rewritten); a decision otherwise. P_13_4 and P_13_5 narrow
     * their meaning (taxi flat rate, OSS): a decision to confirm.
     */
    private static void totals(Rewrite rw, XmlNode fa) {
        XmlNode zero = fa.child("P_13_6");
        if (zero != null) {
            Set<String> procedures = new LinkedHashSet<>();
            boolean unmarked = false;
            for (XmlNode line : fa.children("FaWiersz")) {
                XmlNode rate = line.child("P_12");
                if (rate != null && rate.text().strip().equals("0")) {
                    XmlNode source = rw.originOf(line);
                    XmlNode proc = source == null ? null : source.child("P_12_Procedura");
                    if (proc == null) {
                        unmarked = true;
                    } else {
                        procedures.add(proc.text().strip());
                    }
                }
            }
            List<String> fields = List.of("P_13_6_1", "P_13_6_2", "P_13_6_3");
            String field = null;
            if (!unmarked && procedures.size() == 1 && List.of("1", "2", "3").contains(procedures.iterator().next())) {
                field = fields.get(Integer.parseInt(procedures.iterator().next()) - 1);
                XmlNode renamed = rename(rw, zero, field);
                rw.record(UpgradeRules.FA1_ZERO_CERTAIN, rw.originOf(zero), null, renamed, null, field,
                        "P_13_6 became " + field + ": every line at rate 0 has P_12_Procedura "
                                + procedures.iterator().next(),
                        "P_13_6 zmieniono na " + field + ": każdy wiersz ze stawką 0 ma P_12_Procedura "
                                + procedures.iterator().next());
            } else {
                Rewrite.Change c = rw.decide(UpgradeRules.FA1_ZERO_DECISION, rw.originOf(zero), zero, fields,
                        "P_13_6 (" + Text.shorten(zero.text().strip()) + ") is split in FA(2): domestic 0 % "
                                + "(P_13_6_1), intra-EU supply (P_13_6_2) or export (P_13_6_3)?",
                        "P_13_6 (" + Text.shorten(zero.text().strip()) + ") jest w FA(2) rozdzielone: krajowe 0 % "
                                + "(P_13_6_1), WDT (P_13_6_2) czy eksport (P_13_6_3)?");
                if (c.answer != null) {
                    c.target = rename(rw, zero, c.answer);
                    c.value = c.answer;
                }
            }
        }
        for (String name : List.of("P_13_4", "P_13_5")) {
            XmlNode total = fa.child(name);
            if (total != null) {
                String meaning = name.equals("P_13_4") ? "the taxi flat rate" : "the OSS procedure";
                rw.decide(UpgradeRules.FA1_SPECIAL_TOTALS, rw.originOf(total), total, List.of("keep"),
                        name + " means only " + meaning + " in FA(2): confirm (keep) that this amount is that",
                        name + " oznacza w FA(2) tylko " + (name.equals("P_13_4") ? "ryczałt dla taksówek"
                                : "procedurę OSS") + ": potwierdź (keep), że ta kwota to właśnie to");
            }
        }
    }

    /** Replaces {@code node} by an element {@code name} with its text, at the same place. */
    private static XmlNode rename(Rewrite rw, XmlNode node, String name) {
        XmlNode parent = node.parent();
        int at = parent.children().indexOf(node);
        XmlNode renamed = rw.element(name, node.text());
        rw.sameOrigin(renamed, node);
        parent.removeChild(node);
        parent.insertChild(at, renamed);
        rw.treeChanged();
        return renamed;
    }

    // ------------------------------------------------------------------------------- annotations

    /** P_19, P_22 and P_PMarzy (1 yes, 2 no) → the wrappers Zwolnienie, NoweSrodkiTransportu, PMarzy. */
    private static void annotations(Rewrite rw, XmlNode adnotacje) {
        if (adnotacje == null) {
            return;
        }
        wrap(rw, adnotacje, "P_19", "Zwolnienie", "P_19N", List.of("P_19A", "P_19B", "P_19C"));
        wrap(rw, adnotacje, "P_22", "NoweSrodkiTransportu", "P_22N", List.of("P_22A", "P_22BMK", "P_22BMD",
                "P_22BK", "P_22BNR", "P_22BRP", "P_22B", "P_22B1", "P_22B2", "P_22B3", "P_22B4", "P_22BT", "P_22C",
                "P_22C1", "P_22D", "P_22D1"));
        wrap(rw, adnotacje, "P_PMarzy", "PMarzy", "P_PMarzyN", List.of("P_PMarzy_2", "P_PMarzy_3_1",
                "P_PMarzy_3_2", "P_PMarzy_3_3"));
    }

    private static void wrap(Rewrite rw, XmlNode adnotacje, String flag, String wrapper, String no,
            List<String> details) {
        XmlNode f = adnotacje.child(flag);
        if (f == null) {
            return;
        }
        int at = adnotacje.children().indexOf(f);
        XmlNode w = rw.element(wrapper, null);
        boolean yes = f.text().strip().equals("1");
        adnotacje.removeChild(f);
        if (yes) {
            w.addChild(f);
            XmlNode into = w;
            if (flag.equals("P_22")) {
                into = rw.element("NowySrodekTransportu", null);
            }
            for (XmlNode d : new ArrayList<>(adnotacje.children())) {
                if (details.contains(d.name())) {
                    adnotacje.removeChild(d);
                    into.addChild(d);
                }
            }
            if (into != w) {
                adnotacje.insertChild(at, w);
                vehicle(rw, adnotacje, f, w, into);
                adnotacje.removeChild(w);
            }
        } else {
            w.addChild(rw.element(no, "1"));
        }
        adnotacje.insertChild(at, w);
        rw.treeChanged();
        rw.record(UpgradeRules.FA1_ANNOTATIONS, rw.originOf(f), null, w, null, yes ? "1" : no + " = 1",
                flag + " " + (yes ? "1 moved into " + wrapper : f.text().strip() + " (no) became " + wrapper + "/" + no
                        + " = 1"),
                flag + " " + (yes ? "1 przeniesiono do " + wrapper : f.text().strip() + " (nie) zmieniono na " + wrapper
                        + "/" + no + " = 1"));
    }

    /**
     * P_22 = 1 in FA(2): {@code NoweSrodkiTransportu{P_22, P_42_5, NowySrodekTransportu{P_22A,
     * P_NrWierszaNST, …}}}; P_42_5 is asked, P_NrWierszaNST is the only line's number.
     */
    private static void vehicle(Rewrite rw, XmlNode adnotacje, XmlNode flag, XmlNode wrapper, XmlNode details) {
        XmlNode report = rw.element("P_42_5", null);
        wrapper.addChild(report);
        if (!details.children().isEmpty()) {
            wrapper.addChild(details);
        }
        rw.treeChanged();
        Rewrite.Change c = rw.decide(UpgradeRules.FA1_VEHICLE_REPORT, rw.originOf(flag), report, List.of("1", "2"),
                "P_22 = 1 needs P_42_5 in FA(2): is there the obligation of art. 42(5) of the VAT act (1) or not (2)?",
                "P_22 = 1 wymaga w FA(2) pola P_42_5: czy występuje obowiązek z art. 42 ust. 5 ustawy (1), czy nie (2)?");
        if (c.answer != null) {
            report.replaceText(c.answer);
            c.value = c.answer;
        }
        if (details.children().isEmpty()) {
            return;
        }
        XmlNode fa = adnotacje.parent();
        List<XmlNode> lines = fa == null ? List.of() : fa.children("FaWiersz");
        XmlNode number = lines.size() == 1 ? lines.get(0).child("NrWierszaFa") : null;
        XmlNode date = details.child("P_22A");
        if (number != null) {
            XmlNode nst = rw.element("P_NrWierszaNST", number.text().strip());
            details.insertChild(date == null ? 0 : details.children().indexOf(date) + 1, nst);
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_VEHICLE_LINE, rw.originOf(date == null ? flag : date), null, nst, null,
                    number.text().strip(), "the details of the new means of transport moved into NowySrodekTransportu "
                            + "with P_NrWierszaNST " + Text.shorten(number.text().strip()) + ", the only line",
                    "dane nowego środka transportu przeniesiono do NowySrodekTransportu z P_NrWierszaNST "
                            + Text.shorten(number.text().strip()) + ", jedynym wierszem");
        } else {
            rw.record(UpgradeRules.FA1_VEHICLE_LINE, rw.originOf(date == null ? flag : date), null, details, null,
                    null, "the details of the new means of transport moved into NowySrodekTransportu; its "
                            + "P_NrWierszaNST, required, is missing: the invoice has " + lines.size() + " lines",
                    "dane nowego środka transportu przeniesiono do NowySrodekTransportu; brak wymaganego "
                            + "P_NrWierszaNST: faktura ma " + lines.size() + " wierszy");
        }
    }

    // ------------------------------------------------------------------------------- corrections, advances

    private static void correction(Rewrite rw, XmlNode fa) {
        for (XmlNode data : fa.children("DaneFaKorygowanej")) {
            XmlNode ksef = data.child("NrKSeFFaKorygowanej");
            if (ksef != null && data.child("NrKSeF") == null) {
                XmlNode flag = rw.element("NrKSeF", "1");
                data.insertChild(data.children().indexOf(ksef), flag);
                rw.treeChanged();
                rw.record(UpgradeRules.FA1_CORRECTED_KSEF, rw.originOf(ksef), null, flag, null, "1",
                        "NrKSeFFaKorygowanej is now preceded by the flag NrKSeF = 1 (the corrected invoice is in KSeF)",
                        "NrKSeFFaKorygowanej poprzedza teraz znacznik NrKSeF = 1 (faktura korygowana jest w KSeF)");
            }
        }
    }

    private static void advance(Rewrite rw, XmlNode fa) {
        for (XmlNode nr : fa.children("NrFaZaliczkowej")) {
            int at = fa.children().indexOf(nr);
            fa.removeChild(nr);
            XmlNode wrapper = rw.element("FakturaZaliczkowa", null);
            wrapper.addChild(rw.element("NrKSeFZN", "1"));
            wrapper.addChild(nr);
            fa.insertChild(at, wrapper);
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_ADVANCE, rw.originOf(nr), null, wrapper, null, nr.text().strip(),
                    "NrFaZaliczkowej moved into FakturaZaliczkowa with NrKSeFZN = 1: FA(1) could name only an advance "
                            + "invoice's own number, which FA(2) takes for an invoice issued outside KSeF",
                    "NrFaZaliczkowej przeniesiono do FakturaZaliczkowa z NrKSeFZN = 1: FA(1) podawała tylko numer "
                            + "faktury zaliczkowej, co FA(2) przyjmuje dla faktury wystawionej poza KSeF");
        }
    }

    // ------------------------------------------------------------------------------- lines

    /**
     * FaWiersze's lines move up into Fa, its count and control totals go (as Zamowienie's count does),
     * and a line's P_12_Procedura becomes P_12_Zal_15 (6) or goes (the other codes: P_12 and the totals
     * say it in FA(2)).
     */
    private static void lines(Rewrite rw, XmlNode fa) {
        XmlNode wrapper = fa.child("FaWiersze");
        if (wrapper != null) {
            int at = fa.children().indexOf(wrapper);
            fa.removeChild(wrapper);
            List<String> dropped = new ArrayList<>();
            int i = 0;
            for (XmlNode c : new ArrayList<>(wrapper.children())) {
                if (c.name().equals("FaWiersz")) {
                    wrapper.removeChild(c);
                    fa.insertChild(at + i++, c);
                } else {
                    dropped.add(c.name() + " " + Text.shorten(c.text().strip()));
                }
            }
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_LINES, rw.originOf(wrapper), null, fa, null, null,
                    "the lines left their wrapper FaWiersze for Fa" + (dropped.isEmpty() ? ""
                            : "; the control data FA(2) has no place for went: " + String.join(", ", dropped)),
                    "wiersze przeniesiono z FaWiersze do Fa" + (dropped.isEmpty() ? ""
                            : "; usunięto dane kontrolne, których FA(2) nie ma: " + String.join(", ", dropped)));
        }
        XmlNode order = fa.child("Zamowienie");
        XmlNode count = order == null ? null : order.child("LiczbaWierszyZamowienia");
        if (count != null) {
            order.removeChild(count);
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_LINES, rw.originOf(count), null, order, null, null,
                    "LiczbaWierszyZamowienia " + Text.shorten(count.text().strip()) + " went: FA(2) has no line count",
                    "usunięto LiczbaWierszyZamowienia " + Text.shorten(count.text().strip())
                            + ": FA(2) nie ma liczby wierszy");
        }
        for (XmlNode line : fa.children("FaWiersz")) {
            procedure(rw, line, "P_12_Procedura", "P_12_Zal_15");
        }
        if (order != null) {
            for (XmlNode line : order.children("ZamowienieWiersz")) {
                procedure(rw, line, "P_12Z_Procedura", "P_12Z_Zal_15");
            }
        }
    }

    private static void procedure(Rewrite rw, XmlNode line, String name, String annex) {
        XmlNode proc = line.child(name);
        if (proc == null) {
            return;
        }
        String code = proc.text().strip();
        int at = line.children().indexOf(proc);
        line.removeChild(proc);
        if (code.equals("6")) {
            XmlNode flag = rw.element(annex, "1");
            line.insertChild(at, flag);
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_LINE_PROCEDURE, rw.originOf(proc), null, flag, null, "1",
                    name + " 6 (goods or services of annex 15) became " + annex + " = 1",
                    name + " 6 (towary lub usługi z załącznika 15) zmieniono na " + annex + " = 1");
        } else {
            rw.treeChanged();
            rw.record(UpgradeRules.FA1_LINE_PROCEDURE, rw.originOf(proc), null, line, null, null,
                    name + " " + Text.shorten(code) + " went: in FA(2) the rate P_12 and the totals it sums into say it",
                    "usunięto " + name + " " + Text.shorten(code) + ": w FA(2) mówią to stawka P_12 i sumy");
        }
    }

    /**
     * What FA(2) has no place for: a line's DodatkoweInfo (DodatkoweInfoZ) and an order line's
     * KursWalutyZ: a decision to drop it or keep it as a DodatkowyOpis of the invoice (NrWiersza, Klucz
     * the element's name, Wartosc its value).
     */
    private static void noPlace(Rewrite rw, XmlNode fa) {
        List<XmlNode[]> found = new ArrayList<>();
        for (XmlNode line : fa.children("FaWiersz")) {
            XmlNode info = line.child("DodatkoweInfo");
            if (info != null) {
                found.add(new XmlNode[] {line, info, line.child("NrWierszaFa")});
            }
        }
        XmlNode order = fa.child("Zamowienie");
        if (order != null) {
            for (XmlNode line : order.children("ZamowienieWiersz")) {
                for (String name : List.of("DodatkoweInfoZ", "KursWalutyZ")) {
                    XmlNode info = line.child(name);
                    if (info != null) {
                        found.add(new XmlNode[] {line, info, null});
                    }
                }
            }
        }
        // the answers are applied after every decision was asked: one insertion of all the DodatkowyOpis, and no
        // change of the lines' paths while they are asked (a fresh Locations per decision cost quadratic time)
        List<XmlNode> opisy = new ArrayList<>();
        List<XmlNode[]> removals = new ArrayList<>();
        for (XmlNode[] f : found) {
            XmlNode line = f[0];
            XmlNode info = f[1];
            String value = info.text().strip();
            Rewrite.Change c = rw.decide(UpgradeRules.FA1_NO_PLACE, rw.originOf(info), info,
                    List.of("drop", "DodatkowyOpis"),
                    info.name() + " '" + Text.shorten(value) + "' has no place in FA(2): drop it, or keep it as a "
                            + "DodatkowyOpis?",
                    info.name() + " '" + Text.shorten(value) + "' nie ma miejsca w FA(2): usunąć czy zachować jako "
                            + "DodatkowyOpis?");
            if (c.answer == null) {
                continue;
            }
            removals.add(new XmlNode[] {line, info});
            c.target = line;
            if (c.answer.equals("DodatkowyOpis")) {
                XmlNode opis = rw.element("DodatkowyOpis", null);
                XmlNode number = f[2];
                if (number != null && isNumber(number.text().strip())) {
                    opis.addChild(rw.element("NrWiersza", number.text().strip()));
                }
                opis.addChild(rw.element("Klucz", info.name()));
                opis.addChild(rw.element("Wartosc", value));
                opisy.add(opis);
                c.target = opis;
                c.value = value;
            }
        }
        for (XmlNode[] r : removals) {
            r[0].removeChild(r[1]);
        }
        if (!opisy.isEmpty()) {
            // after the invoice's own DodatkowyOpis, in line order, where the schema puts them
            XmlNode first = opisy.get(0);
            Locations.insertInOrder(fa, first, rw.targetSchema());
            int at = fa.children().indexOf(first);
            List<XmlNode> children = new ArrayList<>(fa.children());
            children.addAll(at + 1, opisy.subList(1, opisy.size()));
            fa.setChildren(children);
        }
        rw.treeChanged();
    }

    private static boolean isNumber(String s) {
        try {
            return new BigDecimal(s).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------- payment

    /**
     * ZaplataCzesciowa (the flag) → ZnacznikZaplatyCzesciowej, PlatnosciCzesciowe → ZaplataCzesciowa,
     * TerminyPlatnosci{TerminPlatnosci, TerminPlatnosciOpis} → TerminPlatnosci{Termin, TerminOpis}.
     */
    private static void payment(Rewrite rw, XmlNode platnosc) {
        if (platnosc == null) {
            return;
        }
        List<XmlNode> out = new ArrayList<>();
        List<String[]> renamed = new ArrayList<>();
        XmlNode first = null;
        for (XmlNode c : platnosc.children()) {
            XmlNode n = c;
            switch (c.name()) {
                case "ZaplataCzesciowa" -> n = renamed(rw, c, "ZnacznikZaplatyCzesciowej");
                case "PlatnosciCzesciowe" -> n = renamed(rw, c, "ZaplataCzesciowa");
                case "TerminyPlatnosci" -> {
                    n = renamed(rw, c, "TerminPlatnosci");
                    List<XmlNode> inner = new ArrayList<>();
                    for (XmlNode t : c.children()) {
                        inner.add(t.name().equals("TerminPlatnosci") ? renamed(rw, t, "Termin")
                                : t.name().equals("TerminPlatnosciOpis") ? renamed(rw, t, "TerminOpis") : t);
                    }
                    n.setChildren(inner);
                }
                default -> {
                }
            }
            if (n != c) {
                renamed.add(new String[] {c.name(), n.name()});
                first = first == null ? c : first;
            }
            out.add(n);
        }
        if (first == null) {
            return;
        }
        platnosc.setChildren(out);
        rw.treeChanged();
        List<String> what = new ArrayList<>();
        for (String[] r : renamed) {
            what.add(r[0] + " → " + r[1]);
        }
        rw.record(UpgradeRules.FA1_PAYMENT, rw.originOf(first), null, platnosc, null, null,
                "payment elements renamed: " + String.join(", ", new LinkedHashSet<>(what)),
                "zmieniono nazwy elementów płatności: " + String.join(", ", new LinkedHashSet<>(what)));
    }

    /** A copy of {@code node} named {@code name}, holding its text and children; the origin of the new node is the old one's. */
    private static XmlNode renamed(Rewrite rw, XmlNode node, String name) {
        XmlNode n = rw.element(name, node.hasText() ? node.text() : null);
        n.setChildren(new ArrayList<>(node.children()));
        rw.sameOrigin(n, node);
        return n;
    }
}
