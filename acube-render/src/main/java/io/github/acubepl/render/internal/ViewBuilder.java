package io.github.acubepl.render.internal;

import io.github.acubepl.render.internal.View.Block;
import io.github.acubepl.render.internal.View.Columns;
import io.github.acubepl.render.internal.View.Field;
import io.github.acubepl.render.internal.View.Fields;
import io.github.acubepl.render.internal.View.Group;
import io.github.acubepl.render.internal.View.KodI;
import io.github.acubepl.render.internal.View.Section;
import io.github.acubepl.render.internal.View.Table;
import io.github.acubepl.render.internal.View.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link View} of an FA(1), FA(2) or FA(3) invoice from its element tree, section by
 * section in the order of the official visualisation ({@code FA3-generator.ts}). The three versions
 * share most element names; where they differ (FA(1) lines under {@code FaWiersze}, its structured
 * addresses, the meaning of the rate fields {@code P_13_x}) the builder reads each shape. Every
 * value is taken as written in the invoice: amounts are never parsed as floating point, dates never
 * reformatted.
 */
public final class ViewBuilder {
    private static final String NS_FA1 = "http://crd.gov.pl/wzor/2021/11/29/11089/";
    private static final String NS_FA2 = "http://crd.gov.pl/wzor/2023/06/29/12648/";

    /** Leaves whose value is the FA yes flag (1) or the 1/2 yes/no pair. */
    private static final Set<String> FLAGS = Set.of("BrakID", "RolaInna", "NrKSeF", "NrKSeFN", "NrKSeFZN", "StanPrzed",
            "StanPrzedZ", "P_12_Zal_15", "P_12Z_Zal_15", "Zaplacono", "PlatnoscInna", "TransportInny", "LadunekInny",
            "PodmiotPosredniczacy", "FP", "TP", "ZwrotAkcyzy", "P_16", "P_17", "P_18", "P_18A", "P_19", "P_22",
            "P_42_5", "P_23", "P_PMarzy", "P_PMarzy_2", "P_PMarzy_3_1", "P_PMarzy_3_2", "P_PMarzy_3_3", "RachunekWlasnyBanku");
    /** Leaves holding a percentage (tax rates, a share): a number is shown with its per cent sign, as the official layout does. */
    private static final Set<String> RATES = Set.of("P_12", "P_12Z", "P_12_XII", "P_12Z_XII", "Udzial");
    /** Containers shown as one multi-line value (an address). */
    private static final Set<String> ADDRESSES = Set.of("Adres", "AdresKoresp", "AdresPrzewoznika", "WysylkaZ",
            "WysylkaPrzez", "WysylkaDo");
    private static final List<String> LINE_COLUMNS = List.of("NrWierszaFa", "UU_ID", "P_6A", "P_7", "Indeks", "GTIN",
            "PKWiU", "CN", "PKOB", "DodatkoweInfo", "P_8A", "P_8B", "P_9A", "P_9B", "P_10", "P_11", "P_11A",
            "P_11Vat", "P_12", "P_12_XII", "P_12_Zal_15", "P_12_Procedura", "KwotaAkcyzy", "GTU", "Procedura",
            "KursWaluty", "StanPrzed");

    private final FaXml root;
    private final @Nullable FaXml fa;
    private final Labels l;
    private final int version;

    private ViewBuilder(FaXml root, Labels labels) {
        this.root = root;
        this.fa = root.child("Fa");
        this.l = labels;
        this.version = version(root);
    }

    /**
     * The view of an invoice.
     *
     * @param root the {@code Faktura} element
     * @param labels the labels to use
     * @param ksefNumber the KSeF number, when known
     * @param kodI the KOD I block, or null for none
     */
    public static View build(FaXml root, Labels labels, @Nullable String ksefNumber, @Nullable KodI kodI) {
        return new ViewBuilder(root, labels).view(ksefNumber, kodI);
    }

    /** The seller's NIP ({@code Podmiot1/DaneIdentyfikacyjne/NIP}), or null. */
    public static @Nullable String sellerNip(FaXml root) {
        return root.text("Podmiot1/DaneIdentyfikacyjne/NIP");
    }

    /** The issue date ({@code Fa/P_1}), or null when absent or not a date. */
    public static @Nullable LocalDate issueDate(FaXml root) {
        String p1 = root.text("Fa/P_1");
        if (p1 == null) {
            return null;
        }
        try {
            return LocalDate.parse(p1);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int version(FaXml root) {
        String ns = root.namespace();
        if (ns.equals(NS_FA1)) {
            return 1;
        }
        if (ns.equals(NS_FA2)) {
            return 2;
        }
        return 3;
    }

    private View view(@Nullable String ksefNumber, @Nullable KodI kodI) {
        List<Section> sections = new ArrayList<>();
        add(sections, "correction", l.get("@corrected"), correction());
        add(sections, "parties", l.get("@parties"), parties());
        add(sections, "details", l.get("@details"), details());
        boolean period = fa != null && fa.child("OkresFaKorygowanej") != null;
        add(sections, "lines", l.get(period ? "@discount" : "@lines"), lines());
        add(sections, "order", l.get("@order"), order());
        add(sections, "rates", l.get("@rates"), rates());
        add(sections, "annotations", l.get("@annotations"), annotations());
        add(sections, "additional", l.get("@additional"), additional());
        add(sections, "settlement", l.get("@settlement"), settlement());
        add(sections, "payment", l.get("@payment"), payment());
        add(sections, "terms", l.get("@terms"), terms());
        add(sections, "footer", l.get("@footer"), footer());
        add(sections, "attachment", l.get("@attachment"), attachment());
        String systemInfo = root.text("Naglowek/SystemInfo");
        String form = root.child("Naglowek/KodFormularza") == null ? ""
                : orEmpty(root.child("Naglowek/KodFormularza").attribute("kodSystemowy"));
        return new View(title(), orEmpty(fa == null ? null : fa.text("P_2")), ksefNumber, form, sections, kodI,
                systemInfo == null ? null : l.get("@madeIn") + ": " + systemInfo, l);
    }

    private static void add(List<Section> sections, String id, String heading, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            sections.add(new Section(id, heading, List.copyOf(blocks)));
        }
    }

    private String title() {
        String kind = fa == null ? null : fa.text("RodzajFaktury");
        if (kind == null) {
            return l.get("@kind.VAT");
        }
        if (kind.equals("KOR") && fa.child("OkresFaKorygowanej") != null) {
            return l.get("@kind.KOR.period");
        }
        String key = "@kind." + kind;
        return l.knows(key) ? l.get(key) : kind;
    }

    // ---- 2. correction data

    private List<Block> correction() {
        List<Block> out = new ArrayList<>();
        if (fa == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        leaf(f, fa, "PrzyczynaKorekty");
        leaf(f, fa, "TypKorekty");
        leaf(f, fa, "OkresFaKorygowanej");
        leaf(f, fa, "NrFaKorygowany");
        FaXml zk = fa.child("P_15ZK");
        if (zk != null) {
            leaf(f, fa, "P_15ZK");
            leaf(f, fa, "KursWalutyZK");
        }
        if (!f.isEmpty()) {
            out.add(new Fields(f));
        }
        List<FaXml> corrected = fa.all("DaneFaKorygowanej");
        if (!corrected.isEmpty()) {
            out.add(table(null, corrected, List.of("DataWystFaKorygowanej", "NrFaKorygowanej", "NrKSeF",
                    "NrKSeFFaKorygowanej", "NrKSeFN")));
        }
        return out;
    }

    // ---- 3. parties

    private List<Block> parties() {
        List<Block> out = new ArrayList<>();
        List<Group> main = new ArrayList<>();
        FaXml seller = root.child("Podmiot1");
        if (seller != null) {
            main.add(new Group(l.get("@seller"), List.of(new Fields(fields(seller)))));
        }
        FaXml buyer = root.child("Podmiot2");
        if (buyer != null) {
            main.add(new Group(l.get("@buyer"), List.of(new Fields(fields(buyer)))));
        }
        if (!main.isEmpty()) {
            out.add(new Columns(main));
        }
        if (fa != null) {
            List<Group> corrected = new ArrayList<>();
            FaXml p1k = fa.child("Podmiot1K");
            if (p1k != null) {
                corrected.add(new Group(l.get("@seller.k"), List.of(new Fields(fields(p1k)))));
            }
            for (FaXml p2k : fa.all("Podmiot2K")) {
                String pairedWith = pairedParty(p2k.text("IDNabywcy"));
                corrected.add(new Group(l.get("@buyer.k") + (pairedWith == null ? "" : " (" + pairedWith + ')'),
                        List.of(new Fields(fields(p2k)))));
            }
            if (!corrected.isEmpty()) {
                out.add(new Columns(corrected));
            }
        }
        int n = 0;
        List<Group> others = new ArrayList<>();
        for (FaXml p3 : root.all("Podmiot3")) {
            others.add(new Group(l.get("@other") + ' ' + ++n, List.of(new Fields(fields(p3)))));
        }
        FaXml pu = root.child("PodmiotUpowazniony");
        if (pu != null) {
            others.add(new Group(l.get("@authorised"), List.of(new Fields(fields(pu)))));
        }
        if (!others.isEmpty()) {
            out.add(new Columns(others));
        }
        return out;
    }

    /**
     * The party a {@code Podmiot2K} corrects, found by {@code IDNabywcy} as the official layout pairs
     * them: the buyer, or "Podmiot inny n"; null without a match.
     */
    private @Nullable String pairedParty(@Nullable String buyerId) {
        if (buyerId == null) {
            return null;
        }
        if (buyerId.equals(root.text("Podmiot2/IDNabywcy"))) {
            return l.get("@buyer");
        }
        int n = 0;
        for (FaXml p3 : root.all("Podmiot3")) {
            n++;
            if (buyerId.equals(p3.text("IDNabywcy"))) {
                return l.get("@other") + ' ' + n;
            }
        }
        return null;
    }

    // ---- 4. details

    private List<Block> details() {
        List<Block> out = new ArrayList<>();
        if (fa == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        leaf(f, fa, "P_1");
        leaf(f, fa, "P_1M");
        leaf(f, fa, "P_6");
        FaXml okres = fa.child("OkresFa");
        if (okres != null) {
            leaf(f, okres, "P_6_Od");
            leaf(f, okres, "P_6_Do");
        }
        leaf(f, fa, "KodWaluty");
        leaf(f, fa, "KursWalutyZ");
        out.add(new Fields(f));
        List<FaXml> partial = fa.all("ZaliczkaCzesciowa");
        if (!partial.isEmpty()) {
            out.add(table(l.get("@advances"), partial, List.of("P_6Z", "P_15Z", "KursWalutyZW")));
        }
        List<FaXml> advances = fa.all("FakturaZaliczkowa");
        if (!advances.isEmpty()) {
            out.add(table(l.get("@advanceInvoices"), advances, List.of("NrKSeFZN", "NrFaZaliczkowej",
                    "NrKSeFFaZaliczkowej")));
        }
        List<String> fa1Advances = texts(fa.all("NrFaZaliczkowej"));
        if (!fa1Advances.isEmpty()) {
            out.add(new Fields(List.of(new Field(l.get("NrFaZaliczkowej"), String.join("\n", fa1Advances)))));
        }
        return out;
    }

    // ---- 5. lines

    private List<FaXml> lineElements() {
        if (fa == null) {
            return List.of();
        }
        FaXml wrapper = fa.child("FaWiersze");
        return (wrapper != null ? wrapper : fa).all("FaWiersz");
    }

    private List<Block> lines() {
        List<Block> out = new ArrayList<>();
        List<FaXml> rows = lineElements();
        if (!rows.isEmpty()) {
            out.add(table(null, rows, LINE_COLUMNS));
        }
        FaXml wrapper = fa == null ? null : fa.child("FaWiersze");
        if (wrapper != null) {
            List<Field> f = new ArrayList<>();
            leaf(f, wrapper, "LiczbaWierszyFaktury");
            leaf(f, wrapper, "WartoscWierszyFaktury1");
            leaf(f, wrapper, "WartoscWierszyFaktury2");
            if (!f.isEmpty()) {
                out.add(new Fields(f));
            }
        }
        return out;
    }

    // ---- 6. order

    private List<Block> order() {
        List<Block> out = new ArrayList<>();
        FaXml order = fa == null ? null : fa.child("Zamowienie");
        if (order == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        leaf(f, order, "WartoscZamowienia");
        leaf(f, order, "LiczbaWierszyZamowienia");
        out.add(new Fields(f));
        List<FaXml> rows = order.all("ZamowienieWiersz");
        if (!rows.isEmpty()) {
            out.add(table(null, rows, List.of()));
        }
        return out;
    }

    // ---- 7. rates

    private List<Block> rates() {
        List<Block> out = new ArrayList<>();
        if (fa == null) {
            return out;
        }
        Set<String> lineRates = new LinkedHashSet<>();
        List<FaXml> rated = new ArrayList<>(lineElements());
        FaXml order = fa.child("Zamowienie");
        if (order != null) {
            rated.addAll(order.all("ZamowienieWiersz")); // an advance invoice rates its order's lines
        }
        for (FaXml line : rated) {
            String r = line.text("P_12");
            if (r == null) {
                r = line.text("P_12Z");
            }
            if (r != null) {
                lineRates.add(r);
            }
        }
        List<String[]> groups = new ArrayList<>();
        groups.add(new String[] {"1", pick(lineRates, "23", "22")});
        groups.add(new String[] {"2", pick(lineRates, "8", "7")});
        groups.add(new String[] {"3", "5%"});
        if (version == 1) {
            groups.add(new String[] {"4", pick(lineRates, "4", "3") + " / oo"});
            groups.add(new String[] {"5", "np"});
            groups.add(new String[] {"6", "0%"});
            groups.add(new String[] {"7", "zw"});
        } else {
            groups.add(new String[] {"4", pick(lineRates, "4", "3")});
            groups.add(new String[] {"5", "OSS"});
            groups.add(new String[] {"6_1", version == 3 ? "0% KR" : "0%"});
            groups.add(new String[] {"6_2", "0% WDT"});
            groups.add(new String[] {"6_3", "0% EX"});
            groups.add(new String[] {"7", "zw"});
            groups.add(new String[] {"8", version == 3 ? "np I" : "np"});
            groups.add(new String[] {"9", version == 3 ? "np II" : "np (art. 100)"});
            groups.add(new String[] {"10", "oo"});
            groups.add(new String[] {"11", l.get("@margin")});
        }
        boolean pln = false;
        for (String[] g : groups) {
            pln |= fa.text("P_14_" + g[0] + "W") != null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] g : groups) {
            String net = fa.text("P_13_" + g[0]);
            String vat = fa.text("P_14_" + g[0]);
            if (net == null && vat == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(g[1], orEmpty(net), orEmpty(vat)));
            if (pln) {
                row.add(orEmpty(fa.text("P_14_" + g[0] + "W")));
            }
            rows.add(row);
        }
        String total = fa.text("P_15");
        if (!rows.isEmpty()) {
            List<String> headers = new ArrayList<>(List.of(l.get("@rate"), l.get("@net"), l.get("@vat")));
            if (pln) {
                headers.add(l.get("@vatPln"));
            }
            out.add(new Table(null, headers, rows, List.of()));
        }
        if (total != null) {
            out.add(new Fields(List.of(new Field(l.get("@total"), total + ' ' + orEmpty(fa.text("KodWaluty"))))));
        }
        return out;
    }

    private static String pick(Set<String> lineRates, String high, String low) {
        boolean h = lineRates.contains(high);
        boolean lo = lineRates.contains(low);
        if (h && !lo) {
            return high + "%";
        }
        if (lo && !h) {
            return low + "%";
        }
        return high + "% / " + low + "%";
    }

    // ---- 8. annotations

    private List<Block> annotations() {
        List<Block> out = new ArrayList<>();
        FaXml a = fa == null ? null : fa.child("Adnotacje");
        if (a == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        for (String flag : List.of("P_16", "P_17", "P_18", "P_18A")) {
            leaf(f, a, flag);
        }
        FaXml exemption = a.child("Zwolnienie") != null ? a.child("Zwolnienie") : a;
        leaf(f, exemption, "P_19");
        for (String basis : List.of("P_19A", "P_19B", "P_19C")) {
            leaf(f, exemption, basis);
        }
        FaXml transport = a.child("NoweSrodkiTransportu") != null ? a.child("NoweSrodkiTransportu") : a;
        leaf(f, transport, "P_22");
        leaf(f, transport, "P_42_5");
        leaf(f, a, "P_23");
        FaXml margin = a.child("PMarzy") != null ? a.child("PMarzy") : a;
        leaf(f, margin, "P_PMarzy");
        for (String kind : List.of("P_PMarzy_2", "P_PMarzy_3_1", "P_PMarzy_3_2", "P_PMarzy_3_3")) {
            if (margin.flag(kind)) {
                f.add(new Field(l.get(kind), l.get("@yes")));
            }
        }
        out.add(new Fields(f));
        List<FaXml> vehicles = transport.all("NowySrodekTransportu");
        if (!vehicles.isEmpty()) {
            out.add(table(l.get("@vehicles"), vehicles, List.of()));
        } else if (version == 1 && a.flag("P_22")) {
            List<Field> details = new ArrayList<>();
            for (FaXml c : a.children()) {
                if (c.name().startsWith("P_22") && !c.name().equals("P_22")) {
                    details.add(new Field(l.get(c.name()), value(c.name(), orEmpty(c.text()))));
                }
            }
            if (!details.isEmpty()) {
                out.add(new Group(l.get("@vehicles"), List.of(new Fields(details))));
            }
        }
        return out;
    }

    // ---- 9. additional information

    private List<Block> additional() {
        List<Block> out = new ArrayList<>();
        if (fa == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        for (String flag : List.of("FP", "TP", "ZwrotAkcyzy")) {
            if (fa.flag(flag)) {
                f.add(new Field(l.get(flag), l.get("@yes")));
            }
        }
        if (!f.isEmpty()) {
            out.add(new Fields(f));
        }
        List<FaXml> descriptions = fa.all("DodatkowyOpis");
        if (!descriptions.isEmpty()) {
            out.add(table(l.get("@descriptions"), descriptions, List.of("NrWiersza", "Klucz", "Wartosc")));
        }
        return out;
    }

    // ---- 10. settlement

    private List<Block> settlement() {
        List<Block> out = new ArrayList<>();
        FaXml r = fa == null ? null : fa.child("Rozliczenie");
        if (r == null) {
            return out;
        }
        if (!r.all("Obciazenia").isEmpty()) {
            out.add(table(l.get("@charges"), r.all("Obciazenia"), List.of("Kwota", "Powod")));
        }
        if (!r.all("Odliczenia").isEmpty()) {
            out.add(table(l.get("@deductions"), r.all("Odliczenia"), List.of("Kwota", "Powod")));
        }
        List<Field> f = new ArrayList<>();
        for (String name : List.of("SumaObciazen", "SumaOdliczen", "DoZaplaty", "DoRozliczenia")) {
            leaf(f, r, name);
        }
        if (!f.isEmpty()) {
            out.add(new Fields(f));
        }
        return out;
    }

    // ---- 11. payment

    private List<Block> payment() {
        List<Block> out = new ArrayList<>();
        FaXml p = fa == null ? null : fa.child("Platnosc");
        if (p == null) {
            return out;
        }
        List<Field> f = new ArrayList<>();
        for (String name : List.of("Zaplacono", "DataZaplaty", "ZnacznikZaplatyCzesciowej", "FormaPlatnosci",
                "PlatnoscInna", "OpisPlatnosci", "IPKSeF", "LinkDoPlatnosci")) {
            leaf(f, p, name);
        }
        if (version == 1 && p.child("ZaplataCzesciowa") != null && p.child("ZaplataCzesciowa").isLeaf()) {
            leaf(f, p, "ZaplataCzesciowa");
        }
        FaXml skonto = p.child("Skonto");
        if (skonto != null) {
            f.addAll(fields(skonto));
        }
        if (!f.isEmpty()) {
            out.add(new Fields(f));
        }
        List<FaXml> partial = new ArrayList<>();
        for (FaXml c : p.all("ZaplataCzesciowa")) {
            if (!c.isLeaf()) {
                partial.add(c);
            }
        }
        partial.addAll(p.all("PlatnosciCzesciowe"));
        if (!partial.isEmpty()) {
            out.add(table(l.get("@partial"), partial, List.of()));
        }
        List<FaXml> terms = new ArrayList<>(p.all("TerminPlatnosci"));
        terms.addAll(p.all("TerminyPlatnosci"));
        if (!terms.isEmpty()) {
            out.add(table(l.get("@paymentTerms"), terms, List.of()));
        }
        for (FaXml account : p.all("RachunekBankowy")) {
            out.add(new Group(l.get("@account"), List.of(new Fields(fields(account)))));
        }
        for (FaXml account : p.all("RachunekBankowyFaktora")) {
            out.add(new Group(l.get("@factorAccount"), List.of(new Fields(fields(account)))));
        }
        return out;
    }

    // ---- 12. transaction terms and transport

    private List<Block> terms() {
        List<Block> out = new ArrayList<>();
        FaXml w = fa == null ? null : fa.child("WarunkiTransakcji");
        if (w == null) {
            return out;
        }
        if (!w.all("Umowy").isEmpty()) {
            out.add(table(l.get("@contracts"), w.all("Umowy"), List.of("DataUmowy", "NrUmowy")));
        }
        if (!w.all("Zamowienia").isEmpty()) {
            out.add(table(l.get("@orders"), w.all("Zamowienia"), List.of("DataZamowienia", "NrZamowienia")));
        }
        List<Field> f = new ArrayList<>();
        List<String> batches = texts(w.all("NrPartiiTowaru"));
        if (!batches.isEmpty()) {
            f.add(new Field(l.get("NrPartiiTowaru"), String.join("\n", batches)));
        }
        for (String name : List.of("WarunkiDostawy", "KursUmowny", "WalutaUmowna", "PodmiotPosredniczacy")) {
            leaf(f, w, name);
        }
        if (!f.isEmpty()) {
            out.add(new Fields(f));
        }
        for (FaXml t : w.all("Transport")) {
            out.add(new Group(l.get("@transport"), List.of(new Fields(fields(t)))));
        }
        return out;
    }

    // ---- 13. footer

    private List<Block> footer() {
        List<Block> out = new ArrayList<>();
        if (fa != null) {
            List<String> wz = texts(fa.all("WZ"));
            if (!wz.isEmpty()) {
                out.add(new Fields(List.of(new Field(l.get("@wz"), String.join(", ", wz)))));
            }
        }
        FaXml stopka = root.child("Stopka");
        if (stopka == null) {
            return out;
        }
        List<FaXml> registries = stopka.all("Rejestry");
        if (!registries.isEmpty()) {
            out.add(table(l.get("@registries"), registries, List.of("PelnaNazwa", "KRS", "REGON", "BDO")));
        }
        List<Block> info = new ArrayList<>();
        for (FaXml i : stopka.all("Informacje")) {
            String t = i.text("StopkaFaktury");
            if (t != null) {
                info.add(new Text(t));
            }
        }
        if (!info.isEmpty()) {
            out.add(new Group(l.get("@otherInfo"), info));
        }
        return out;
    }

    // ---- attachment (FA(3) Zalacznik)

    private List<Block> attachment() {
        List<Block> out = new ArrayList<>();
        FaXml z = root.child("Zalacznik");
        if (z == null) {
            return out;
        }
        int n = 0;
        for (FaXml block : z.all("BlokDanych")) {
            n++;
            List<Block> parts = new ArrayList<>();
            List<Field> meta = new ArrayList<>();
            for (FaXml m : block.all("MetaDane")) {
                meta.add(new Field(orEmpty(m.text("ZKlucz")), orEmpty(m.text("ZWartosc"))));
            }
            if (!meta.isEmpty()) {
                parts.add(new Fields(meta));
            }
            FaXml text = block.child("Tekst");
            if (text != null) {
                for (FaXml p : text.all("Akapit")) {
                    parts.add(new Text(orEmpty(p.text())));
                }
            }
            for (FaXml t : block.all("Tabela")) {
                List<Field> tmeta = new ArrayList<>();
                for (FaXml m : t.all("TMetaDane")) {
                    tmeta.add(new Field(orEmpty(m.text("TKlucz")), orEmpty(m.text("TWartosc"))));
                }
                if (!tmeta.isEmpty()) {
                    parts.add(new Fields(tmeta));
                }
                List<String> headers = new ArrayList<>();
                FaXml head = t.child("TNaglowek");
                if (head != null) {
                    for (FaXml k : head.all("Kol")) {
                        headers.add(orEmpty(k.text("NKom")));
                    }
                }
                List<List<String>> rows = new ArrayList<>();
                for (FaXml w : t.all("Wiersz")) {
                    rows.add(cells(w.all("WKom")));
                }
                FaXml sum = t.child("Suma");
                List<String> footer = sum == null ? List.of() : cells(sum.all("SKom"));
                int width = headers.size();
                for (List<String> r : rows) {
                    width = Math.max(width, r.size());
                }
                while (headers.size() < width) {
                    headers.add("");
                }
                for (List<String> r : rows) {
                    while (r.size() < width) {
                        r.add("");
                    }
                }
                List<String> paddedFooter = new ArrayList<>(footer);
                while (!paddedFooter.isEmpty() && paddedFooter.size() < width) {
                    paddedFooter.add("");
                }
                parts.add(new Table(t.text("Opis"), headers, rows, paddedFooter));
            }
            String heading = block.text("ZNaglowek");
            out.add(new Group(heading != null ? heading : l.get("@block") + ' ' + n, parts));
        }
        return out;
    }

    private static List<String> cells(List<FaXml> cells) {
        List<String> out = new ArrayList<>();
        for (FaXml c : cells) {
            out.add(c.rawText().strip());
        }
        return out;
    }

    // ---- helpers

    /** The fields of a container: leaves as label/value, addresses as one value, other containers flattened. */
    private List<Field> fields(FaXml container) {
        List<Field> out = new ArrayList<>();
        collect(out, container);
        return out;
    }

    private void collect(List<Field> out, FaXml container) {
        for (FaXml c : container.children()) {
            String name = c.name();
            if (c.isLeaf()) {
                String v = c.text();
                if (v == null) {
                    continue;
                }
                if (name.equals("JST") || name.equals("GV")) {
                    out.add(new Field(l.get(name.equals("JST") ? "@jst" : "@gv"), l.flag(v)));
                } else {
                    out.add(new Field(l.get(name), value(name, v)));
                }
            } else if (ADDRESSES.contains(name)) {
                out.add(new Field(l.get(name), address(c)));
            } else {
                collect(out, c);
            }
        }
    }

    private String address(FaXml address) {
        FaXml structured = address.child("AdresPol") != null ? address.child("AdresPol") : address.child("AdresZagr");
        if (structured != null) {
            return fa1Address(structured);
        }
        List<String> lines = new ArrayList<>();
        addressLines(lines, address);
        String country = address.text("KodKraju");
        if (country != null && address.child("AdresL1") != null) {
            lines.remove(country); // FA(2)/FA(3): the country after the address lines, as on an envelope
            lines.add(country);
        }
        return String.join("\n", lines);
    }

    /** An FA(1) structured address as an envelope shows it: street and numbers, postcode and town, country. */
    private String fa1Address(FaXml a) {
        List<String> lines = new ArrayList<>();
        String street = join(" ", a.text("Ulica"), a.text("NrDomu"));
        String flat = a.text("NrLokalu");
        if (!street.isEmpty()) {
            lines.add(flat == null ? street : street + " m. " + flat);
        } else if (flat != null) {
            lines.add(l.get("NrLokalu") + ": " + flat);
        }
        String town = join(" ", a.text("KodPocztowy"), a.text("Miejscowosc"));
        if (!town.isEmpty()) {
            lines.add(town);
        }
        for (String name : List.of("Poczta", "Gmina", "Powiat", "Wojewodztwo", "GLN")) {
            String v = a.text(name);
            if (v != null) {
                lines.add(l.get(name) + ": " + v);
            }
        }
        String country = a.text("KodKraju");
        if (country != null) {
            lines.add(country);
        }
        return String.join("\n", lines);
    }

    private static String join(String separator, @Nullable String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                kept.add(p);
            }
        }
        return String.join(separator, kept);
    }

    private void addressLines(List<String> lines, FaXml container) {
        for (FaXml c : container.children()) {
            if (!c.isLeaf()) {
                addressLines(lines, c);
                continue;
            }
            String v = c.text();
            if (v == null) {
                continue;
            }
            String name = c.name();
            if (name.equals("AdresL1") || name.equals("AdresL2") || name.equals("KodKraju")) {
                lines.add(v);
            } else {
                lines.add(l.get(name) + ": " + v);
            }
        }
    }

    private void leaf(List<Field> out, FaXml parent, String name) {
        FaXml c = parent.child(name);
        if (c == null) {
            return;
        }
        if (c.isLeaf()) {
            String v = c.text();
            if (v != null) {
                out.add(new Field(l.get(name), value(name, v)));
            }
        } else {
            out.add(new Field(l.get(name), joinedLeaves(c)));
        }
    }

    /** A value as shown: flags as TAK/NIE, codes with their meaning, anything else as written. */
    private String value(String name, String v) {
        if (FLAGS.contains(name)) {
            return l.flag(v);
        }
        if (RATES.contains(name) && v.matches("[0-9]+(\\.[0-9]+)?")) {
            return v + "%";
        }
        return l.code(name, v);
    }

    private String joinedLeaves(FaXml container) {
        List<String> parts = new ArrayList<>();
        joinLeaves(parts, container);
        return String.join(" ", parts);
    }

    private void joinLeaves(List<String> parts, FaXml container) {
        for (FaXml c : container.children()) {
            if (c.isLeaf()) {
                String v = c.text();
                if (v != null) {
                    parts.add(value(c.name(), v));
                }
            } else {
                joinLeaves(parts, c);
            }
        }
    }

    /**
     * A table of repeated elements: one column per child name that some row fills (the preferred
     * order first, then the order of first appearance), a nested element as its leaves joined.
     */
    private Table table(@Nullable String caption, List<FaXml> rows, List<String> preferred) {
        Set<String> present = new LinkedHashSet<>();
        for (FaXml r : rows) {
            for (FaXml c : r.children()) {
                present.add(c.name());
            }
        }
        List<String> columns = new ArrayList<>();
        for (String p : preferred) {
            if (present.contains(p)) {
                columns.add(p);
            }
        }
        for (String p : present) {
            if (!columns.contains(p)) {
                columns.add(p);
            }
        }
        List<String> headers = new ArrayList<>();
        for (String c : columns) {
            headers.add(l.get(c));
        }
        List<List<String>> cells = new ArrayList<>();
        for (FaXml r : rows) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                List<String> values = new ArrayList<>();
                for (FaXml cell : r.all(c)) {
                    if (cell.isLeaf()) {
                        String v = cell.text();
                        if (v != null) {
                            values.add(value(c, v));
                        }
                    } else {
                        values.add(joinedLeaves(cell));
                    }
                }
                row.add(String.join("\n", values));
            }
            cells.add(row);
        }
        return new Table(caption, headers, cells, List.of());
    }

    private static List<String> texts(List<FaXml> elements) {
        List<String> out = new ArrayList<>();
        for (FaXml e : elements) {
            String t = e.text();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
