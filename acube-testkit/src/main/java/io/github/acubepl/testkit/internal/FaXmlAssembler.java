package io.github.acubepl.testkit.internal;

import io.github.acubepl.testkit.InvoiceAssembler;
import io.github.acubepl.testkit.InvoicePlan;
import io.github.acubepl.testkit.InvoicePlan.Address;
import io.github.acubepl.testkit.InvoicePlan.Contact;
import io.github.acubepl.testkit.InvoicePlan.Line;
import io.github.acubepl.testkit.InvoicePlan.Party;
import io.github.acubepl.testkit.InvoicePlan.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The FA(2) and FA(3) assemblers: the two versions share their structure but for a handful of
 * places (FA(3): {@code JST}/{@code GV}, optional buyer address, distinct zero and "np" rates,
 * structured payment terms, payment link, attachment), which are the {@code v3} branches below.
 * The element order follows {@code schemat_FA(2)_v1-0E.xsd} and {@code schemat_FA(3)_v1-0E.xsd}.
 * The package-private static parts are also what {@link Fa1XmlAssembler} writes where FA(1) has the
 * same elements, so that the versions cannot drift apart there. Not part of the API.
 */
public final class FaXmlAssembler implements InvoiceAssembler {
    /** FA(2). */
    public static final FaXmlAssembler FA2 = new FaXmlAssembler(2);
    /** FA(3). */
    public static final FaXmlAssembler FA3 = new FaXmlAssembler(3);

    private static final String NS2 = "http://crd.gov.pl/wzor/2023/06/29/12648/";
    private static final String NS3 = "http://crd.gov.pl/wzor/2025/06/25/13775/";

    private final int version;
    private final boolean v3;

    private FaXmlAssembler(int version) {
        this.version = version;
        this.v3 = version == 3;
    }

    @Override
    public String version() {
        return "FA(" + version + ")";
    }

    @Override
    public byte[] toXml(InvoicePlan p) {
        Xml x = header(v3 ? NS3 : NS2, version, p);
        seller("Podmiot1", p.seller(), x);
        buyer(p.buyer(), x);
        for (Party t : p.thirdParties()) {
            thirdParty(t, x);
        }
        Party rep = p.representative();
        if (rep != null) {
            x.open("PodmiotUpowazniony");
            x.opt("NrEORI", rep.eori());
            x.open("DaneIdentyfikacyjne").el("NIP", rep.id().value()).el("Nazwa", name(rep)).close("DaneIdentyfikacyjne");
            address("Adres", rep.address(), x);
            address("AdresKoresp", rep.correspondence(), x);
            for (Contact c : rep.contacts()) {
                x.open("DaneKontaktowe").opt("EmailPU", c.email()).opt("TelefonPU", c.phone()).close("DaneKontaktowe");
            }
            x.el("RolaPU", String.valueOf(rep.role() == null ? 1 : rep.role()));
            x.close("PodmiotUpowazniony");
        }
        fa(p, x);
        footer(p, x);
        if (v3) {
            attachment(p, x);
        }
        x.raw("</Faktura>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A new document of {@code version} in namespace {@code ns}, up to and with its {@code Naglowek}. */
    static Xml header(String ns, int version, InvoicePlan p) {
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Faktura xmlns=\"" + ns + "\">");
        x.open("Naglowek");
        x.raw("<KodFormularza kodSystemowy=\"FA (" + version + ")\" wersjaSchemy=\"1-0E\">FA</KodFormularza>");
        x.el("WariantFormularza", Integer.toString(version));
        x.el("DataWytworzeniaFa", dateTime(p.created()));
        x.opt("SystemInfo", p.systemInfo());
        x.close("Naglowek");
        return x;
    }

    // ---------------------------------------------------------------- parties

    /** The address written where a required one is missing. */
    static final Address PLACEHOLDER = new Address("PL", "-", null, null);

    /**
     * What a version writes its own way inside the parts FA(1) shares with FA(2)/FA(3) (see
     * {@link #terms}): a party's identity, the shape of an address, the limits of free text.
     */
    interface Dialect {
        /** {@code DaneIdentyfikacyjne} of a party without a role of its own (a carrier). */
        void identity(Party p, Xml x);

        /** Element {@code element} holding address {@code a}; nothing when {@code a} is null. */
        void address(String element, @Nullable Address a, Xml x);

        /** Free text {@code s} fitted to {@code max} characters where the version limits it so. */
        String text(String s, int max);
    }

    /** The FA(2)/FA(3) way: {@code TPodmiot2} identity, {@code TAdres}, no shorter text limits. */
    private static final Dialect FA23 = new Dialect() {
        @Override
        public void identity(Party p, Xml x) {
            FaXmlAssembler.identity(p, false, x);
        }

        @Override
        public void address(String element, @Nullable Address a, Xml x) {
            FaXmlAssembler.address(element, a, x);
        }

        @Override
        public String text(String s, int max) {
            return s;
        }
    };

    private void seller(String element, Party s, Xml x) {
        x.open(element);
        x.opt("PrefiksPodatnika", s.vatPrefix());
        x.opt("NrEORI", s.eori());
        x.open("DaneIdentyfikacyjne").el("NIP", s.id().value()).el("Nazwa", name(s)).close("DaneIdentyfikacyjne");
        address("Adres", s.address() == null ? PLACEHOLDER : s.address(), x);
        address("AdresKoresp", s.correspondence(), x);
        for (Contact c : s.contacts()) {
            contact(c, x);
        }
        x.opt("StatusInfoPodatnika", s.taxpayerStatus());
        x.close(element);
    }

    private static String name(Party p) {
        String n = p.name();
        return n == null ? "-" : n;
    }

    private void buyer(Party b, Xml x) {
        x.open("Podmiot2");
        x.opt("NrEORI", b.eori());
        identity(b, false, x);
        address("Adres", b.address(), x);
        address("AdresKoresp", b.correspondence(), x);
        for (Contact c : b.contacts()) {
            contact(c, x);
        }
        x.opt("NrKlienta", b.customerNumber());
        x.opt("IDNabywcy", b.buyerId());
        if (v3) {
            x.el("JST", b.localGovernmentUnit() ? "1" : "2");
            x.el("GV", b.vatGroupMember() ? "1" : "2");
        }
        x.close("Podmiot2");
    }

    private void thirdParty(Party t, Xml x) {
        x.open("Podmiot3");
        x.opt("IDNabywcy", t.buyerId());
        x.opt("NrEORI", t.eori());
        identity(t, true, x);
        Address a = t.address();
        if (a == null && !v3) {
            a = PLACEHOLDER;
        }
        address("Adres", a, x);
        address("AdresKoresp", t.correspondence(), x);
        for (Contact c : t.contacts()) {
            contact(c, x);
        }
        Integer role = t.role();
        if (role != null && (v3 || role <= 10)) {
            x.el("Rola", role.toString());
        } else {
            x.el("RolaInna", "1").el("OpisRoli", t.otherRole() == null ? "inna" : t.otherRole());
        }
        x.opt("Udzial", t.share() == null ? null : t.share().toPlainString());
        x.opt("NrKlienta", t.customerNumber());
        x.close("Podmiot3");
    }

    /** {@code DaneIdentyfikacyjne} of TPodmiot2 (or TPodmiot3 when {@code internalAllowed}). */
    private static void identity(Party p, boolean internalAllowed, Xml x) {
        x.open("DaneIdentyfikacyjne");
        InvoicePlan.Identity id = p.id();
        switch (id.kind()) {
            case NIP -> x.el("NIP", id.value());
            case INTERNAL -> {
                if (internalAllowed) {
                    x.el("IDWew", id.value());
                } else {
                    x.el("NIP", id.value().substring(0, 10));
                }
            }
            case EU_VAT -> x.el("KodUE", id.country() == null ? "DE" : id.country()).el("NrVatUE", id.value());
            case FOREIGN -> x.opt("KodKraju", id.country()).el("NrID", id.value());
            case NONE -> x.el("BrakID", "1");
        }
        x.opt("Nazwa", p.name());
        x.close("DaneIdentyfikacyjne");
    }

    private static void address(String element, @Nullable Address a, Xml x) {
        if (a == null) {
            return;
        }
        x.open(element).el("KodKraju", a.country()).el("AdresL1", a.line1()).opt("AdresL2", a.line2())
                .opt("GLN", a.gln()).close(element);
    }

    private static void contact(Contact c, Xml x) {
        x.open("DaneKontaktowe").opt("Email", c.email()).opt("Telefon", c.phone()).close("DaneKontaktowe");
    }

    // ---------------------------------------------------------------- Fa

    /** Sum of net values and of VAT of one group of rates ({@code P_13_x}, {@code P_14_x}). */
    static final class Group {
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal vat = BigDecimal.ZERO.setScale(2);
    }

    /** The {@code P_13_x} suffix a rate's net value goes to. */
    static String group(Rate rate) {
        return switch (rate) {
            case R23, R22 -> "1";
            case R8, R7 -> "2";
            case R5 -> "3";
            case R4, R3 -> "4";
            case OSS -> "5";
            case ZERO_DOMESTIC -> "6_1";
            case ZERO_INTRA_EU -> "6_2";
            case ZERO_EXPORT -> "6_3";
            case EXEMPT -> "7";
            case OUTSIDE_COUNTRY -> "8";
            case OUTSIDE_COUNTRY_ART100 -> "9";
            case REVERSE_CHARGE -> "10";
            case MARGIN -> "11";
        };
    }

    /** The net value of a line: quantity × unit price − discount, half-up to grosze. */
    public static BigDecimal net(Line l) {
        BigDecimal v = l.quantity().multiply(l.unitNetPrice()).setScale(2, RoundingMode.HALF_UP);
        return l.discount() == null ? v : v.subtract(l.discount());
    }

    /** The VAT of a line at its rate (zero without a Polish or OSS rate), half-up to grosze. */
    public static BigDecimal vat(Line l) {
        BigDecimal f = l.rate() == Rate.OSS && l.ossRate() != null ? l.ossRate().movePointLeft(2) : l.rate().fraction();
        return f == null ? BigDecimal.ZERO.setScale(2) : net(l).multiply(f).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The gross total ({@code P_15}) of lines: nets plus VAT computed per rate group, a line showing
     * the state before a correction ({@code StanPrzed}) counted negative (FA-SUM-001).
     */
    public static BigDecimal total(List<Line> lines) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Group g : groups(lines, FaXmlAssembler::group).values()) {
            sum = sum.add(g.net).add(g.vat);
        }
        return sum;
    }

    /**
     * The lines summed per {@code key} of their rate (a line whose rate has no key counts in none), a
     * line showing the state before a correction counted negative.
     */
    static Map<String, Group> groups(List<Line> lines, Function<Rate, @Nullable String> key) {
        Map<String, Group> groups = new TreeMap<>();
        for (Line l : lines) {
            String k = key.apply(l.rate());
            if (k == null) {
                continue;
            }
            Group g = groups.computeIfAbsent(k, unused -> new Group());
            if (l.beforeCorrection()) {
                g.net = g.net.subtract(net(l));
                g.vat = g.vat.subtract(vat(l));
            } else {
                g.net = g.net.add(net(l));
                g.vat = g.vat.add(vat(l));
            }
        }
        return groups;
    }

    private String rateCode(Rate rate) {
        return switch (rate) {
            case R23 -> "23";
            case R22 -> "22";
            case R8 -> "8";
            case R7 -> "7";
            case R5 -> "5";
            case R4 -> "4";
            case R3 -> "3";
            case ZERO_DOMESTIC -> v3 ? "0 KR" : "0";
            case ZERO_INTRA_EU -> v3 ? "0 WDT" : "0";
            case ZERO_EXPORT -> v3 ? "0 EX" : "0";
            case EXEMPT -> "zw";
            case REVERSE_CHARGE -> "oo";
            case OUTSIDE_COUNTRY -> v3 ? "np I" : "np";
            case OUTSIDE_COUNTRY_ART100 -> v3 ? "np II" : "np";
            case OSS, MARGIN -> throw new IllegalStateException("no P_12 for " + rate);
        };
    }

    private void fa(InvoicePlan p, Xml x) {
        faHead(p, x);
        Map<String, Group> groups = groups(p.lines(), FaXmlAssembler::group);
        taxedGroups(groups, foreignRate(p), x);
        Group oss = groups.get("5");
        if (oss != null) {
            x.el("P_13_5", amount(oss.net)).el("P_14_5", amount(oss.vat));
        }
        for (String g : List.of("6_1", "6_2", "6_3", "7", "8", "9", "10", "11")) {
            Group grp = groups.get(g);
            if (grp != null) {
                x.el("P_13_" + g, amount(grp.net));
            }
        }
        x.el("P_15", amount(total(p.lines())));
        x.opt("KursWalutyZ", p.exchangeRate() == null ? null : p.exchangeRate().toPlainString());
        annotations(p.annotations(), x);
        x.el("RodzajFaktury", p.kind().name());
        InvoicePlan.Correction c = p.correction();
        if (c != null && p.kind().isCorrection()) {
            correction(c, x);
        }
        for (InvoicePlan.PartialAdvance a : p.partialAdvances()) {
            x.open("ZaliczkaCzesciowa").el("P_6Z", a.date().toString()).el("P_15Z", amount(a.amount()))
                    .opt("KursWalutyZW", a.exchangeRate() == null ? null : a.exchangeRate().toPlainString())
                    .close("ZaliczkaCzesciowa");
        }
        if (p.simplifiedFiscalReceipt()) {
            x.el("FP", "1");
        }
        if (p.relatedParties()) {
            x.el("TP", "1");
        }
        for (InvoicePlan.Note n : p.notes()) {
            x.open("DodatkowyOpis").opt("NrWiersza", n.line()).el("Klucz", n.key()).el("Wartosc", n.value())
                    .close("DodatkowyOpis");
        }
        for (InvoicePlan.AdvanceInvoice a : p.advanceInvoices()) {
            x.open("FakturaZaliczkowa");
            if (a.ksefNumber() != null) {
                x.el("NrKSeFFaZaliczkowej", a.ksefNumber());
            } else {
                x.el("NrKSeFZN", "1").el("NrFaZaliczkowej", a.number() == null ? "-" : a.number());
            }
            x.close("FakturaZaliczkowa");
        }
        if (p.exciseRefund()) {
            x.el("ZwrotAkcyzy", "1");
        }
        int n = 1;
        for (Line l : p.lines()) {
            line(n++, l, p.supplyDate() != null, x);
        }
        settlement(p.settlement(), total(p.lines()), x);
        payment(p.payment(), x);
        terms(p.terms(), FA23, null, null, x);
        order(p.order(), x);
        x.close("Fa");
    }

    /** {@code Fa} opened, up to and with the date of supply or its period ({@code P_6}, {@code OkresFa}). */
    static void faHead(InvoicePlan p, Xml x) {
        x.open("Fa");
        x.el("KodWaluty", p.currency());
        x.el("P_1", p.issueDate().toString());
        x.opt("P_1M", p.issuePlace());
        x.el("P_2", p.number());
        for (String wz : p.deliveryNotes()) {
            x.el("WZ", wz);
        }
        if (p.supplyDate() != null) {
            x.el("P_6", p.supplyDate().toString());
        } else if (p.period() != null) {
            x.open("OkresFa").el("P_6_Od", p.period().from().toString()).el("P_6_Do", p.period().to().toString())
                    .close("OkresFa");
        }
    }

    /** {@code P_13_1}..{@code P_14_4W}: net, VAT and, at {@code rateW}, VAT in złoty of groups 1 to 4. */
    static void taxedGroups(Map<String, Group> groups, @Nullable BigDecimal rateW, Xml x) {
        for (String g : List.of("1", "2", "3", "4")) {
            Group grp = groups.get(g);
            if (grp != null) {
                x.el("P_13_" + g, amount(grp.net)).el("P_14_" + g, amount(grp.vat));
                if (rateW != null) {
                    x.el("P_14_" + g + "W", amount(grp.vat.multiply(rateW).setScale(2, RoundingMode.HALF_UP)));
                }
            }
        }
    }

    /**
     * The rate a foreign-currency invoice converts its VAT with when neither a line nor the plan gives
     * one: every non-zero P_14_x then has its P_14_xW (FA-CUR-001).
     */
    private static final BigDecimal DEFAULT_RATE = new BigDecimal("4.2500");

    /** The rate of the W fields: none in złoty, else a line's, the plan's, or {@link #DEFAULT_RATE}. */
    static @Nullable BigDecimal foreignRate(InvoicePlan p) {
        if (p.currency().equals("PLN")) {
            return null;
        }
        for (Line l : p.lines()) {
            if (l.exchangeRate() != null) {
                return l.exchangeRate();
            }
        }
        return p.exchangeRate() != null ? p.exchangeRate() : DEFAULT_RATE;
    }

    private static void annotations(InvoicePlan.Annotations a, Xml x) {
        x.open("Adnotacje");
        x.el("P_16", a.cashMethod() ? "1" : "2").el("P_17", a.selfBilling() ? "1" : "2")
                .el("P_18", a.reverseCharge() ? "1" : "2").el("P_18A", a.splitPayment() ? "1" : "2");
        x.open("Zwolnienie");
        InvoicePlan.Exemption e = a.exemption();
        if (e == null) {
            x.el("P_19N", "1");
        } else {
            x.el("P_19", "1").el(exemptionElement(e), e.text());
        }
        x.close("Zwolnienie");
        x.open("NoweSrodkiTransportu");
        if (a.newVehicles().isEmpty()) {
            x.el("P_22N", "1");
        } else {
            x.el("P_22", "1").el("P_42_5", a.vehiclesArt42() ? "1" : "2");
            for (InvoicePlan.NewVehicle v : a.newVehicles()) {
                x.open("NowySrodekTransportu");
                x.el("P_22A", v.firstUse().toString()).el("P_NrWierszaNST", Integer.toString(v.line()));
                vehicle(v, x);
                x.close("NowySrodekTransportu");
            }
        }
        x.close("NoweSrodkiTransportu");
        x.el("P_23", a.triangular() ? "1" : "2");
        x.open("PMarzy");
        InvoicePlan.Margin m = a.margin();
        if (m == null) {
            x.el("P_PMarzyN", "1");
        } else {
            x.el("P_PMarzy", "1").el(marginElement(m), "1");
        }
        x.close("PMarzy");
        x.close("Adnotacje");
    }

    /** The {@code P_19A}/{@code P_19B}/{@code P_19C} that gives the basis of an exemption. */
    static String exemptionElement(InvoicePlan.Exemption e) {
        return switch (e.basis()) {
            case ACT -> "P_19A";
            case DIRECTIVE -> "P_19B";
            case OTHER -> "P_19C";
        };
    }

    /** The {@code P_PMarzy_x} of a margin procedure. */
    static String marginElement(InvoicePlan.Margin m) {
        return switch (m) {
            case TRAVEL -> "P_PMarzy_2";
            case USED_GOODS -> "P_PMarzy_3_1";
            case ART -> "P_PMarzy_3_2";
            case ANTIQUES -> "P_PMarzy_3_3";
        };
    }

    /** A new means of transport after its {@code P_22A}: make, model, ... and its land, water or air data. */
    static void vehicle(InvoicePlan.NewVehicle v, Xml x) {
        x.opt("P_22BMK", v.make()).opt("P_22BMD", v.model()).opt("P_22BK", v.colour()).opt("P_22BNR", v.plate())
                .opt("P_22BRP", v.year());
        switch (v.kind()) {
            case LAND -> {
                x.el("P_22B", v.usage());
                if (v.detail() != null) {
                    x.el("P_22B" + Math.max(1, Math.min(4, v.detailKind())), v.detail());
                }
                x.opt("P_22BT", v.type());
            }
            case WATER -> x.el("P_22C", v.usage()).opt("P_22C1", v.detail());
            case AIR -> x.el("P_22D", v.usage()).opt("P_22D1", v.detail());
        }
    }

    private void correction(InvoicePlan.Correction c, Xml x) {
        x.opt("PrzyczynaKorekty", c.reason());
        x.opt("TypKorekty", c.effect());
        for (InvoicePlan.CorrectedInvoice ci : c.corrected()) {
            x.open("DaneFaKorygowanej").el("DataWystFaKorygowanej", ci.issued().toString())
                    .el("NrFaKorygowanej", ci.number());
            if (ci.ksefNumber() != null) {
                x.el("NrKSeF", "1").el("NrKSeFFaKorygowanej", ci.ksefNumber());
            } else {
                x.el("NrKSeFN", "1");
            }
            x.close("DaneFaKorygowanej");
        }
        x.opt("OkresFaKorygowanej", c.period());
        x.opt("NrFaKorygowany", c.correctedNumber());
        Party s = c.sellerBefore();
        if (s != null) {
            x.open("Podmiot1K").opt("PrefiksPodatnika", s.vatPrefix());
            x.open("DaneIdentyfikacyjne").el("NIP", s.id().value()).el("Nazwa", name(s)).close("DaneIdentyfikacyjne");
            address("Adres", s.address() == null ? PLACEHOLDER : s.address(), x);
            x.close("Podmiot1K");
        }
        for (Party b : c.buyersBefore()) {
            x.open("Podmiot2K");
            identity(b, false, x);
            address("Adres", b.address(), x);
            x.opt("IDNabywcy", b.buyerId());
            x.close("Podmiot2K");
        }
        if (c.advanceBefore() != null) {
            x.el("P_15ZK", amount(c.advanceBefore()));
            x.opt("KursWalutyZK", c.advanceRateBefore() == null ? null : c.advanceRateBefore().toPlainString());
        }
    }

    /** Line {@code n}; its own date P_6A only when P_6 does not give one date for all lines (FA-DATE-003). */
    private void line(int n, Line l, boolean commonDate, Xml x) {
        x.open("FaWiersz");
        x.el("NrWierszaFa", Integer.toString(n));
        x.opt("UU_ID", l.uuid());
        x.opt("P_6A", l.date() == null || commonDate ? null : l.date().toString());
        x.el("P_7", text256(l.name()));
        x.opt("Indeks", l.index()).opt("GTIN", l.gtin()).opt("PKWiU", l.pkwiu()).opt("CN", l.cn())
                .opt("PKOB", l.pkob());
        x.el("P_8A", l.unit()).el("P_8B", l.quantity().toPlainString());
        BigDecimal net = net(l);
        if (l.grossPricing()) {
            BigDecimal gross = net.add(vat(l));
            x.el("P_9B", l.unitNetPrice().multiply(BigDecimal.ONE.add(orZero(l))).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
            x.opt("P_10", l.discount() == null ? null : amount(l.discount()));
            x.el("P_11A", amount(gross));
        } else {
            x.el("P_9A", l.unitNetPrice().toPlainString());
            x.opt("P_10", l.discount() == null ? null : amount(l.discount()));
            x.el("P_11", amount(net));
        }
        if (l.vatInLine()) {
            x.el("P_11Vat", amount(vat(l)));
        }
        rate("P_12", l, this::rateCode, x);
        if (l.annex15()) {
            x.el("P_12_Zal_15", "1");
        }
        lineCodes(l, x);
        if (l.beforeCorrection()) {
            x.el("StanPrzed", "1");
        }
        x.close("FaWiersz");
    }

    /**
     * The rate of a line in element {@code element} ({@code P_12}, {@code P_12Z}): its OSS rate in
     * {@code element_XII}, none for a margin line, else its {@code code}.
     */
    static void rate(String element, Line l, Function<Rate, String> code, Xml x) {
        if (l.rate() == Rate.OSS) {
            x.el(element + "_XII", l.ossRate() == null ? "20" : l.ossRate().toPlainString());
        } else if (l.rate() != Rate.MARGIN) {
            x.el(element, code.apply(l.rate()));
        }
    }

    /** A line's {@code KwotaAkcyzy}, {@code GTU}, {@code Procedura} and {@code KursWaluty}. */
    static void lineCodes(Line l, Xml x) {
        x.opt("KwotaAkcyzy", l.excise() == null ? null : amount(l.excise()));
        x.opt("GTU", l.gtu() == null ? null : String.format("GTU_%02d", l.gtu()));
        x.opt("Procedura", l.procedure());
        x.opt("KursWaluty", l.exchangeRate() == null ? null : l.exchangeRate().toPlainString());
    }

    /** FA(2) limits {@code P_7} and {@code P_7Z} to 256 characters, FA(3) to 512. */
    private String text256(String name) {
        return v3 ? name : Texts.fit(name, 1, 256);
    }

    private static BigDecimal orZero(Line l) {
        BigDecimal f = l.rate().fraction();
        return f == null ? BigDecimal.ZERO : f;
    }

    /**
     * The {@code DoZaplaty} written for a settlement of an invoice of total {@code total}: P_15 +
     * charges - deductions (FA-SUM-005), when the plan asks for an amount and it is not negative; an
     * overpayment goes to {@code DoRozliczenia} instead.
     */
    public static @Nullable BigDecimal toPay(InvoicePlan.Settlement s, BigDecimal total) {
        if (s.balance() == 0 || s.balance() == 2) {
            return null;
        }
        BigDecimal balance = total;
        for (InvoicePlan.Charge c : s.charges()) {
            balance = balance.add(c.amount());
        }
        for (InvoicePlan.Charge c : s.deductions()) {
            balance = balance.subtract(c.amount());
        }
        return balance.signum() < 0 ? null : balance;
    }

    /** {@code Rozliczenie} of an invoice of gross total {@code total}; nothing without a settlement. */
    static void settlement(InvoicePlan.@Nullable Settlement s, BigDecimal total, Xml x) {
        if (s == null) {
            return;
        }
        x.open("Rozliczenie");
        BigDecimal charges = BigDecimal.ZERO.setScale(2);
        for (InvoicePlan.Charge c : s.charges()) {
            x.open("Obciazenia").el("Kwota", amount(c.amount())).el("Powod", c.reason()).close("Obciazenia");
            charges = charges.add(c.amount());
        }
        if (s.withSums() && !s.charges().isEmpty()) {
            x.el("SumaObciazen", amount(charges));
        }
        BigDecimal deductions = BigDecimal.ZERO.setScale(2);
        for (InvoicePlan.Charge c : s.deductions()) {
            x.open("Odliczenia").el("Kwota", amount(c.amount())).el("Powod", c.reason()).close("Odliczenia");
            deductions = deductions.add(c.amount());
        }
        if (s.withSums() && !s.deductions().isEmpty()) {
            x.el("SumaOdliczen", amount(deductions));
        }
        BigDecimal toPay = toPay(s, total);
        if (toPay != null) {
            x.el("DoZaplaty", amount(toPay));
        } else if (s.balance() != 0) {
            x.el("DoRozliczenia", amount(total.add(charges).subtract(deductions).abs()));
        }
        x.close("Rozliczenie");
    }

    private void payment(InvoicePlan.@Nullable Payment pay, Xml x) {
        if (pay == null) {
            return;
        }
        x.open("Platnosc");
        if (pay.paidOn() != null) {
            x.el("Zaplacono", "1").el("DataZaplaty", pay.paidOn().toString());
        } else if (!pay.partPayments().isEmpty()) {
            x.el("ZnacznikZaplatyCzesciowej", v3 ? Integer.toString(pay.partPaymentFlag()) : "1");
            for (InvoicePlan.PartPayment pp : pay.partPayments()) {
                x.open("ZaplataCzesciowa").el("KwotaZaplatyCzesciowej", amount(pp.amount()))
                        .el("DataZaplatyCzesciowej", pp.date().toString());
                if (v3) {
                    paymentMethod(pp.method(), pp.otherMethod(), x);
                }
                x.close("ZaplataCzesciowa");
            }
        }
        for (InvoicePlan.Due d : pay.dues()) {
            x.open("TerminPlatnosci");
            if (v3) {
                x.opt("Termin", d.date() == null ? null : d.date().toString());
                if (d.count() != null && d.unit() != null && d.event() != null) {
                    x.open("TerminOpis").el("Ilosc", d.count().toString()).el("Jednostka", d.unit())
                            .el("ZdarzeniePoczatkowe", d.event()).close("TerminOpis");
                }
            } else {
                x.el("Termin", (d.date() == null ? LocalDate.of(2026, 1, 1) : d.date()).toString());
                if (d.count() != null && d.unit() != null && d.event() != null) {
                    x.el("TerminOpis", Texts.fit(d.count() + " " + d.unit() + " " + d.event(), 1, 256));
                }
            }
            x.close("TerminPlatnosci");
        }
        paymentMethod(pay.method(), pay.otherMethod(), x);
        for (InvoicePlan.BankAccount a : pay.accounts()) {
            account("RachunekBankowy", a, x);
        }
        for (InvoicePlan.BankAccount a : pay.factorAccounts()) {
            account("RachunekBankowyFaktora", a, x);
        }
        discount(pay, x);
        if (v3 && pay.paymentId() != null) {
            if (pay.link()) {
                x.el("LinkDoPlatnosci", "https://pay.example.pl/ksef?IPKSeF=" + pay.paymentId());
            }
            x.el("IPKSeF", pay.paymentId());
        }
        x.close("Platnosc");
    }

    /** {@code Skonto}, when the payment gives both its terms and its amount. */
    static void discount(InvoicePlan.Payment pay, Xml x) {
        if (pay.discountTerms() != null && pay.discountAmount() != null) {
            x.open("Skonto").el("WarunkiSkonta", pay.discountTerms()).el("WysokoscSkonta", pay.discountAmount())
                    .close("Skonto");
        }
    }

    /** {@code FormaPlatnosci}, or {@code PlatnoscInna} with its description. */
    static void paymentMethod(@Nullable Integer method, @Nullable String other, Xml x) {
        if (method != null) {
            x.el("FormaPlatnosci", method.toString());
        } else if (other != null) {
            x.el("PlatnoscInna", "1").el("OpisPlatnosci", other);
        }
    }

    private static void account(String element, InvoicePlan.BankAccount a, Xml x) {
        x.open(element).el("NrRB", a.number()).opt("SWIFT", a.swift()).opt("RachunekWlasnyBanku", a.ownKind())
                .opt("NazwaBanku", a.bankName()).opt("OpisRachunku", a.description()).close(element);
    }

    /**
     * {@code WarunkiTransakcji} in {@code d}'s way; a transport without {@code WysylkaZ} or
     * {@code WysylkaDo} gets {@code from} or {@code to} there (FA(1) requires both).
     */
    static void terms(InvoicePlan.@Nullable Terms t, Dialect d, @Nullable Address from, @Nullable Address to,
            Xml x) {
        if (t == null) {
            return;
        }
        x.open("WarunkiTransakcji");
        for (InvoicePlan.DatedReference r : t.contracts()) {
            x.open("Umowy").opt("DataUmowy", r.date() == null ? null : r.date().toString()).opt("NrUmowy", r.number())
                    .close("Umowy");
        }
        for (InvoicePlan.DatedReference r : t.orders()) {
            x.open("Zamowienia").opt("DataZamowienia", r.date() == null ? null : r.date().toString())
                    .opt("NrZamowienia", r.number()).close("Zamowienia");
        }
        for (String b : t.batches()) {
            x.el("NrPartiiTowaru", b);
        }
        x.opt("WarunkiDostawy", t.deliveryTerms());
        if (t.agreedRate() != null && t.agreedCurrency() != null) {
            x.el("KursUmowny", t.agreedRate().toPlainString()).el("WalutaUmowna", t.agreedCurrency());
        }
        for (InvoicePlan.Transport tr : t.transports()) {
            x.open("Transport");
            if (tr.mode() != null) {
                x.el("RodzajTransportu", tr.mode().toString());
            } else {
                x.el("TransportInny", "1").el("OpisInnegoTransportu",
                        tr.otherMode() == null ? "-" : d.text(tr.otherMode(), 50));
            }
            Party carrier = tr.carrier();
            if (carrier != null) {
                x.open("Przewoznik");
                d.identity(carrier, x);
                d.address("AdresPrzewoznika", carrier.address() == null ? PLACEHOLDER : carrier.address(), x);
                x.close("Przewoznik");
            }
            x.opt("NrZleceniaTransportu", tr.orderNumber());
            if (tr.cargo() != null) {
                x.el("OpisLadunku", tr.cargo().toString());
            } else {
                x.el("LadunekInny", "1").el("OpisInnegoLadunku",
                        tr.otherCargo() == null ? "-" : d.text(tr.otherCargo(), 50));
            }
            x.opt("JednostkaOpakowania", tr.packaging());
            x.opt("DataGodzRozpTransportu", tr.start() == null ? null : dateTime(tr.start()));
            x.opt("DataGodzZakTransportu", tr.end() == null ? null : dateTime(tr.end()));
            d.address("WysylkaZ", tr.from() != null ? tr.from() : from, x);
            for (Address a : tr.via()) {
                d.address("WysylkaPrzez", a, x);
            }
            d.address("WysylkaDo", tr.to() != null ? tr.to() : to, x);
            x.close("Transport");
        }
        if (t.intermediary()) {
            x.el("PodmiotPosredniczacy", "1");
        }
        x.close("WarunkiTransakcji");
    }

    private void order(InvoicePlan.@Nullable Order o, Xml x) {
        if (o == null || o.lines().isEmpty()) {
            return;
        }
        x.open("Zamowienie");
        x.el("WartoscZamowienia", amount(total(o.lines())));
        int n = 1;
        for (Line l : o.lines()) {
            x.open("ZamowienieWiersz");
            x.el("NrWierszaZam", Integer.toString(n++));
            x.opt("UU_IDZ", l.uuid());
            x.el("P_7Z", text256(l.name()));
            x.opt("IndeksZ", l.index()).opt("GTINZ", l.gtin()).opt("PKWiUZ", l.pkwiu()).opt("CNZ", l.cn())
                    .opt("PKOBZ", l.pkob());
            x.el("P_8AZ", l.unit()).el("P_8BZ", l.quantity().toPlainString());
            x.el("P_9AZ", l.unitNetPrice().toPlainString());
            x.el("P_11NettoZ", amount(net(l)));
            if (l.vatInLine()) {
                x.el("P_11VatZ", amount(vat(l)));
            }
            rate("P_12Z", l, this::rateCode, x);
            if (l.annex15()) {
                x.el("P_12Z_Zal_15", "1");
            }
            x.opt("GTUZ", l.gtu() == null ? null : String.format("GTU_%02d", l.gtu()));
            String proc = l.procedure();
            x.opt("ProceduraZ", proc == null || proc.startsWith("I_") ? null : proc);
            x.opt("KwotaAkcyzyZ", l.excise() == null ? null : amount(l.excise()));
            if (l.beforeCorrection()) {
                x.el("StanPrzedZ", "1");
            }
            x.close("ZamowienieWiersz");
        }
        x.close("Zamowienie");
    }

    // ---------------------------------------------------------------- Stopka, Zalacznik

    /** {@code Stopka}; nothing without a footer. */
    static void footer(InvoicePlan p, Xml x) {
        InvoicePlan.Footer f = p.footer();
        if (f == null) {
            return;
        }
        x.open("Stopka");
        for (String t : f.texts()) {
            x.open("Informacje").el("StopkaFaktury", t).close("Informacje");
        }
        for (InvoicePlan.Registry r : f.registries()) {
            x.open("Rejestry").opt("PelnaNazwa", r.fullName()).opt("KRS", r.krs()).opt("REGON", r.regon())
                    .opt("BDO", r.bdo()).close("Rejestry");
        }
        x.close("Stopka");
    }

    private static void attachment(InvoicePlan p, Xml x) {
        InvoicePlan.Attachment a = p.attachment();
        if (a == null) {
            return;
        }
        x.open("Zalacznik");
        for (InvoicePlan.Block b : a.blocks()) {
            x.open("BlokDanych");
            x.opt("ZNaglowek", b.header());
            for (InvoicePlan.KeyValue kv : b.meta()) {
                x.open("MetaDane").el("ZKlucz", kv.key()).el("ZWartosc", kv.value()).close("MetaDane");
            }
            if (!b.paragraphs().isEmpty()) {
                x.open("Tekst");
                for (String s : b.paragraphs()) {
                    x.el("Akapit", s);
                }
                x.close("Tekst");
            }
            for (InvoicePlan.Table t : b.tables()) {
                x.open("Tabela");
                for (InvoicePlan.KeyValue kv : t.meta()) {
                    x.open("TMetaDane").el("TKlucz", kv.key()).el("TWartosc", kv.value()).close("TMetaDane");
                }
                x.opt("Opis", t.description());
                x.open("TNaglowek");
                for (InvoicePlan.Column c : t.columns()) {
                    x.raw("<Kol Typ=\"" + Xml.escape(c.type()) + "\">");
                    x.el("NKom", c.name());
                    x.close("Kol");
                }
                x.close("TNaglowek");
                for (List<String> row : t.rows()) {
                    x.open("Wiersz");
                    for (String cell : row) {
                        x.el("WKom", cell);
                    }
                    x.close("Wiersz");
                }
                if (t.sum() != null) {
                    x.open("Suma");
                    for (String cell : t.sum()) {
                        x.el("SKom", cell);
                    }
                    x.close("Suma");
                }
                x.close("Tabela");
            }
            x.close("BlokDanych");
        }
        x.close("Zalacznik");
    }

    // ---------------------------------------------------------------- values

    /** An amount in złoty and grosze, half-up ({@code TKwotowy}). */
    static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String dateTime(Instant t) {
        return t.toString();
    }

    /** A minimal writer of element-only XML with escaped text. */
    static final class Xml {
        private final StringBuilder sb = new StringBuilder(4096);

        Xml raw(String s) {
            sb.append(s);
            return this;
        }

        Xml open(String name) {
            sb.append('<').append(name).append('>');
            return this;
        }

        Xml close(String name) {
            sb.append("</").append(name).append('>');
            return this;
        }

        Xml el(String name, String text) {
            sb.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
            return this;
        }

        Xml opt(String name, @Nullable Object text) {
            return text == null ? this : el(name, text.toString());
        }

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("\r", "&#13;");
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
