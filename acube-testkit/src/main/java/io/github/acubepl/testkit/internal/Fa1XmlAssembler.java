package io.github.acubepl.testkit.internal;

import static io.github.acubepl.testkit.internal.FaXmlAssembler.amount;

import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.testkit.InvoiceAssembler;
import io.github.acubepl.testkit.InvoicePlan;
import io.github.acubepl.testkit.InvoicePlan.Address;
import io.github.acubepl.testkit.InvoicePlan.Contact;
import io.github.acubepl.testkit.InvoicePlan.Line;
import io.github.acubepl.testkit.InvoicePlan.Party;
import io.github.acubepl.testkit.InvoicePlan.Rate;
import io.github.acubepl.testkit.internal.FaXmlAssembler.Group;
import io.github.acubepl.testkit.internal.FaXmlAssembler.Xml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The FA(1) assembler: the same plans as {@link FaXmlAssembler}, in the structure of
 * {@code schemat_FA(1)_v1-0E.xsd} (element order as declared there). Not part of the API.
 *
 * <p>FA(1) has no place for some parts of a plan; each goes to the nearest FA(1) construct or is
 * dropped:
 * <ul>
 *   <li>Addresses: the two free-text lines become a structured {@code AdresPol} ({@code AdresL1} →
 *       {@code Miejscowosc}, cut to 56 characters; {@code AdresL2} → {@code Ulica}, cut to 65;
 *       placeholders {@code NrDomu} "-" and {@code KodPocztowy} "00-000") or {@code AdresZagr}
 *       ({@code AdresL1} → {@code Miejscowosc}, {@code AdresL2} → {@code Ulica}); {@code GLN} kept.
 *   <li>Names → {@code PelnaNazwa} (cut to 256); contacts → the first e-mail and up to 3 phones
 *       (cut to 16).
 *   <li>Buyer/third-party identities: EU VAT → {@code PrefiksNabywcy} (buyer, {@code Podmiot2K}) and
 *       {@code NrID}; foreign → {@code NrID} (country dropped); internal {@code IDWew} → its NIP.
 *       {@code IDNabywcy}, {@code JST} and {@code GV} are dropped.
 *   <li>Third-party roles that FA(1) lacks: 7 and 9 (issuer of a JST / VAT-group member) → 5
 *       (issuer), 8 and 10 (recipient) → 2 (recipient, as official sample S1-9 does), 11 (employee)
 *       → {@code RolaInna} "pracownik". A missing third-party address gets a placeholder.
 *   <li>Rates: {@code 0 KR}/{@code 0 WDT}/{@code 0 EX} → {@code 0} with {@code P_12_Procedura}
 *       1/2/3 and one {@code P_13_6}; {@code np I}/{@code np II} → {@code np} with
 *       {@code P_12_Procedura} 4/5, totalled in {@code P_13_5} with the OSS lines; reverse charge
 *       {@code oo} → {@code P_13_4} with a {@code P_14_4} of zero; margin lines have no total field
 *       and only count in {@code P_15}; Annex 15 → {@code P_12_Procedura} 6 when no rate procedure
 *       takes the place.
 *   <li>Lines: {@code Indeks} → {@code DodatkoweInfo} (cut to 50); unit prices rounded half-up to
 *       grosze ({@code TKwotowy}); every line carries its net {@code P_11} (gross lines also
 *       {@code P_9B} and {@code P_11A}), so the control total is {@code WartoscWierszyFaktury1};
 *       a {@code StanPrzed} line becomes the negative storno line FA(1) uses (sample S1-2);
 *       {@code P_11Vat} is dropped. Order lines alike ({@code StanPrzedZ} → negative row).
 *   <li>Corrections: a corrected invoice issued outside KSeF gets a KSeF number made of the
 *       seller's NIP, its issue date and a hash of its number, since FA(1) requires
 *       {@code NrKSeFFaKorygowanej}; KSeF 2.0 numbers get the hyphen FA(1)'s pattern requires after
 *       the sixth hex digit. {@code P_15ZK}/{@code KursWalutyZK} are dropped; at most 100
 *       {@code Podmiot2K}.
 *   <li>{@code ZaliczkaCzesciowa} is dropped; the advance's {@code KursWalutyZ} goes to every
 *       order row; {@code FakturaZaliczkowa} → {@code NrFaZaliczkowej} (KSeF number or own number);
 *       {@code DodatkowyOpis}: the first 12, without {@code NrWiersza}.
 *   <li>New means of transport: the first only, without {@code P_NrWierszaNST} and {@code P_42_5}.
 *   <li>Payment: partial-payment methods, {@code OpisRachunku}, {@code IPKSeF} and the payment link
 *       are dropped; a term without a date gets the issue date; an account that is neither 26
 *       digits ({@code NrRBPL}) nor a foreign {@code [0-9A-Z]{10,30}} number with a SWIFT
 *       ({@code NrRBZagr}) is dropped.
 *   <li>Transport: the required {@code WysylkaZ}/{@code WysylkaDo} default to the seller's and
 *       buyer's addresses.
 *   <li>{@code Zalacznik} is dropped.
 * </ul>
 */
public final class Fa1XmlAssembler implements InvoiceAssembler {
    /** FA(1). */
    public static final Fa1XmlAssembler FA1 = new Fa1XmlAssembler();

    private static final String NS1 = "http://crd.gov.pl/wzor/2021/11/29/11089/";

    private Fa1XmlAssembler() {
    }

    @Override
    public String version() {
        return "FA(1)";
    }

    @Override
    public byte[] toXml(InvoicePlan p) {
        Xml x = FaXmlAssembler.header(NS1, 1, p);
        seller(p.seller(), x);
        buyer(p.buyer(), x);
        for (Party t : p.thirdParties()) {
            thirdParty(t, x);
        }
        Party rep = p.representative();
        if (rep != null) {
            x.open("PodmiotUpowazniony");
            x.opt("NrEORI", rep.eori());
            x.open("DaneIdentyfikacyjne").el("NIP", rep.id().value()).el("PelnaNazwa", name(rep))
                    .close("DaneIdentyfikacyjne");
            address("Adres", orPlaceholder(rep.address()), x);
            address("AdresKoresp", rep.correspondence(), x);
            contacts(rep.contacts(), "EmailPU", "TelefonPU", x);
            x.el("RolaPU", String.valueOf(rep.role() == null ? 1 : rep.role()));
            x.close("PodmiotUpowazniony");
        }
        fa(p, x);
        FaXmlAssembler.footer(p, x);
        x.raw("</Faktura>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- parties

    private static void seller(Party s, Xml x) {
        x.open("Podmiot1");
        x.opt("PrefiksPodatnika", s.vatPrefix() == null ? null : "PL");
        x.opt("NrEORI", s.eori());
        x.open("DaneIdentyfikacyjne").el("NIP", s.id().value()).el("PelnaNazwa", name(s)).close("DaneIdentyfikacyjne");
        address("Adres", orPlaceholder(s.address()), x);
        address("AdresKoresp", s.correspondence(), x);
        contacts(s.contacts(), "Email", "Telefon", x);
        x.opt("StatusInfoPodatnika", s.taxpayerStatus());
        x.close("Podmiot1");
    }

    private static String name(Party p) {
        String n = p.name();
        return n == null ? "-" : Texts.fit(n, 1, 256);
    }

    private static Address orPlaceholder(@Nullable Address a) {
        return a == null ? FaXmlAssembler.PLACEHOLDER : a;
    }

    private static void buyer(Party b, Xml x) {
        x.open("Podmiot2");
        prefix(b, x);
        x.opt("NrEORI", b.eori());
        identity(b, x);
        address("Adres", b.address(), x);
        address("AdresKoresp", b.correspondence(), x);
        contacts(b.contacts(), "Email", "Telefon", x);
        x.opt("NrKlienta", b.customerNumber());
        x.close("Podmiot2");
    }

    /** {@code PrefiksNabywcy}: the country of an EU VAT number. */
    private static void prefix(Party b, Xml x) {
        if (b.id().kind() == InvoicePlan.IdKind.EU_VAT) {
            x.el("PrefiksNabywcy", b.id().country() == null ? "DE" : b.id().country());
        }
    }

    private static void thirdParty(Party t, Xml x) {
        x.open("Podmiot3");
        x.opt("NrEORI", t.eori());
        identity(t, x);
        address("Adres", orPlaceholder(t.address()), x);
        address("AdresKoresp", t.correspondence(), x);
        contacts(t.contacts(), "Email", "Telefon", x);
        Integer role = role(t.role());
        if (role != null) {
            x.el("Rola", role.toString());
        } else {
            String other = t.role() != null && t.role() == 11 ? "pracownik" : t.otherRole();
            x.el("RolaInna", "1").el("OpisRoli", other == null ? "inna" : Texts.fit(other, 1, 256));
        }
        x.opt("Udzial", t.share() == null ? null : t.share().toPlainString());
        x.opt("NrKlienta", t.customerNumber());
        x.close("Podmiot3");
    }

    /** The FA(1) role (1..6) nearest to a plan's role, or {@code null} for {@code RolaInna}. */
    static @Nullable Integer role(@Nullable Integer role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case 1, 2, 3, 4, 5, 6 -> role;
            case 7, 9 -> 5;
            case 8, 10 -> 2;
            default -> null;
        };
    }

    /** {@code DaneIdentyfikacyjne} of type TPodmiot: NIP, NrID or BrakID, and the optional name. */
    private static void identity(Party p, Xml x) {
        x.open("DaneIdentyfikacyjne");
        InvoicePlan.Identity id = p.id();
        switch (id.kind()) {
            case NIP -> x.el("NIP", id.value());
            case INTERNAL -> x.el("NIP", id.value().substring(0, 10));
            case EU_VAT, FOREIGN -> x.el("NrID", Texts.fit(id.value(), 1, 50));
            case NONE -> x.el("BrakID", "1");
        }
        if (p.name() != null) {
            x.el("PelnaNazwa", name(p));
        }
        x.close("DaneIdentyfikacyjne");
    }

    private static void address(String element, @Nullable Address a, Xml x) {
        if (a == null) {
            return;
        }
        x.open(element);
        if (a.country().equals("PL")) {
            x.open("AdresPol").el("KodKraju", "PL").opt("Ulica", a.line2() == null ? null : Texts.fit(a.line2(), 1, 65))
                    .el("NrDomu", "-").el("Miejscowosc", Texts.fit(a.line1(), 1, 56)).el("KodPocztowy", "00-000")
                    .opt("GLN", a.gln()).close("AdresPol");
        } else {
            x.open("AdresZagr").el("KodKraju", a.country()).el("Miejscowosc", Texts.fit(a.line1(), 1, 56))
                    .opt("Ulica", a.line2() == null ? null : Texts.fit(a.line2(), 1, 65)).opt("GLN", a.gln())
                    .close("AdresZagr");
        }
        x.close(element);
    }

    /** The FA(1) way inside the parts shared with FA(2)/FA(3): {@code TPodmiot}, FA(1) addresses, cut text. */
    private static final FaXmlAssembler.Dialect DIALECT = new FaXmlAssembler.Dialect() {
        @Override
        public void identity(Party p, Xml x) {
            Fa1XmlAssembler.identity(p, x);
        }

        @Override
        public void address(String element, @Nullable Address a, Xml x) {
            Fa1XmlAssembler.address(element, a, x);
        }

        @Override
        public String text(String s, int max) {
            return Texts.fit(s, 1, max);
        }
    };

    /** The first e-mail and up to three phones of the contacts. */
    private static void contacts(List<Contact> contacts, String email, String phone, Xml x) {
        contacts.stream().map(Contact::email).filter(e -> e != null).findFirst().ifPresent(e -> x.el(email, e));
        contacts.stream().map(Contact::phone).filter(t -> t != null).limit(3)
                .forEach(t -> x.el(phone, Texts.fit(t, 1, 16)));
    }

    // ---------------------------------------------------------------- Fa

    /** The FA(1) {@code P_13_x} a rate's net value goes to; {@code null} for a margin line. */
    static @Nullable String group(Rate rate) {
        return switch (rate) {
            case R23, R22 -> "1";
            case R8, R7 -> "2";
            case R5 -> "3";
            case R4, R3, REVERSE_CHARGE -> "4";
            case OSS, OUTSIDE_COUNTRY, OUTSIDE_COUNTRY_ART100 -> "5";
            case ZERO_DOMESTIC, ZERO_INTRA_EU, ZERO_EXPORT -> "6";
            case EXEMPT -> "7";
            case MARGIN -> null;
        };
    }

    private static String rateCode(Rate rate) {
        return switch (rate) {
            case R23 -> "23";
            case R22 -> "22";
            case R8 -> "8";
            case R7 -> "7";
            case R5 -> "5";
            case R4 -> "4";
            case R3 -> "3";
            case ZERO_DOMESTIC, ZERO_INTRA_EU, ZERO_EXPORT -> "0";
            case EXEMPT -> "zw";
            case REVERSE_CHARGE -> "oo";
            case OUTSIDE_COUNTRY, OUTSIDE_COUNTRY_ART100 -> "np";
            case OSS, MARGIN -> throw new IllegalStateException("no P_12 for " + rate);
        };
    }

    /** {@code P_12_Procedura} of a line: the kind of a zero or "np" rate, else Annex 15 (6). */
    private static @Nullable String procedure(Line l) {
        return switch (l.rate()) {
            case ZERO_DOMESTIC -> "1";
            case ZERO_INTRA_EU -> "2";
            case ZERO_EXPORT -> "3";
            case OUTSIDE_COUNTRY -> "4";
            case OUTSIDE_COUNTRY_ART100 -> "5";
            default -> l.annex15() ? "6" : null;
        };
    }

    private static void fa(InvoicePlan p, Xml x) {
        FaXmlAssembler.faHead(p, x);
        Map<String, Group> groups = FaXmlAssembler.groups(p.lines(), Fa1XmlAssembler::group);
        FaXmlAssembler.taxedGroups(groups, FaXmlAssembler.foreignRate(p), x);
        Group g5 = groups.get("5");
        if (g5 != null) {
            x.el("P_13_5", amount(g5.net));
            if (g5.vat.signum() != 0) {
                x.el("P_14_5", amount(g5.vat));
            }
        }
        for (String g : List.of("6", "7")) {
            Group grp = groups.get(g);
            if (grp != null) {
                x.el("P_13_" + g, amount(grp.net));
            }
        }
        BigDecimal total = FaXmlAssembler.total(p.lines());
        x.el("P_15", amount(total));
        annotations(p.annotations(), x);
        x.el("RodzajFaktury", p.kind().name());
        InvoicePlan.Correction c = p.correction();
        if (c != null && p.kind().isCorrection()) {
            correction(p, c, x);
        }
        if (p.simplifiedFiscalReceipt()) {
            x.el("FP", "1");
        }
        if (p.relatedParties()) {
            x.el("TP", "1");
        }
        p.notes().stream().limit(12).forEach(n -> x.open("DodatkowyOpis").el("Klucz", n.key())
                .el("Wartosc", n.value()).close("DodatkowyOpis"));
        for (InvoicePlan.AdvanceInvoice a : p.advanceInvoices()) {
            x.el("NrFaZaliczkowej", a.ksefNumber() != null ? a.ksefNumber() : a.number() == null ? "-" : a.number());
        }
        if (p.exciseRefund()) {
            x.el("ZwrotAkcyzy", "1");
        }
        lines(p, x);
        FaXmlAssembler.settlement(p.settlement(), total, x);
        payment(p, x);
        FaXmlAssembler.terms(p.terms(), DIALECT, orPlaceholder(p.seller().address()),
                orPlaceholder(p.buyer().address()), x);
        order(p, x);
        x.close("Fa");
    }

    private static void annotations(InvoicePlan.Annotations a, Xml x) {
        x.open("Adnotacje");
        x.el("P_16", flag(a.cashMethod())).el("P_17", flag(a.selfBilling())).el("P_18", flag(a.reverseCharge()))
                .el("P_18A", flag(a.splitPayment()));
        InvoicePlan.Exemption e = a.exemption();
        x.el("P_19", flag(e != null));
        if (e != null) {
            x.el(FaXmlAssembler.exemptionElement(e), e.text());
        }
        x.el("P_22", flag(!a.newVehicles().isEmpty()));
        if (!a.newVehicles().isEmpty()) {
            InvoicePlan.NewVehicle v = a.newVehicles().get(0);
            x.el("P_22A", v.firstUse().toString());
            FaXmlAssembler.vehicle(v, x);
        }
        x.el("P_23", flag(a.triangular()));
        InvoicePlan.Margin m = a.margin();
        x.el("P_PMarzy", flag(m != null));
        if (m != null) {
            x.el(FaXmlAssembler.marginElement(m), "1");
        }
        x.close("Adnotacje");
    }

    private static String flag(boolean b) {
        return b ? "1" : "2";
    }

    private static void correction(InvoicePlan p, InvoicePlan.Correction c, Xml x) {
        x.opt("PrzyczynaKorekty", c.reason());
        x.opt("TypKorekty", c.effect());
        for (InvoicePlan.CorrectedInvoice ci : c.corrected()) {
            x.open("DaneFaKorygowanej").el("DataWystFaKorygowanej", ci.issued().toString())
                    .el("NrFaKorygowanej", ci.number())
                    .el("NrKSeFFaKorygowanej", ksefNumber(ci, p.seller().id().value())).close("DaneFaKorygowanej");
        }
        x.opt("OkresFaKorygowanej", c.period());
        x.opt("NrFaKorygowany", c.correctedNumber());
        Party s = c.sellerBefore();
        if (s != null) {
            x.open("Podmiot1K").opt("PrefiksPodatnika", s.vatPrefix());
            x.open("DaneIdentyfikacyjne").el("NIP", s.id().value()).el("PelnaNazwa", name(s))
                    .close("DaneIdentyfikacyjne");
            address("Adres", orPlaceholder(s.address()), x);
            x.close("Podmiot1K");
        }
        for (Party b : c.buyersBefore().subList(0, Math.min(100, c.buyersBefore().size()))) {
            x.open("Podmiot2K");
            prefix(b, x);
            identity(b, x);
            address("Adres", b.address(), x);
            x.close("Podmiot2K");
        }
    }

    /**
     * The FA(1) spelling of a corrected invoice's KSeF number: FA(1)'s pattern wants the hyphen
     * after the sixth hex digit, and it has no "issued outside KSeF", so such an invoice gets a
     * number of the seller's NIP, its issue date and a hash of its own number (with its CRC-8).
     */
    static String ksefNumber(InvoicePlan.CorrectedInvoice ci, String sellerNip) {
        String n = ci.ksefNumber();
        if (n == null) {
            LocalDate d = ci.issued();
            String head = sellerNip + "-" + String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth()) + "-" + String.format("%012X", ci.number().hashCode() & 0xFFFFFFFFL);
            n = head + "-" + KsefNumber.checksum(head);
        }
        return n.length() == 35 ? n.substring(0, 26) + "-" + n.substring(26) : n;
    }

    private static void lines(InvoicePlan p, Xml x) {
        if (p.lines().isEmpty()) {
            return;
        }
        x.open("FaWiersze");
        x.el("LiczbaWierszyFaktury", Integer.toString(p.lines().size()));
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Line l : p.lines()) {
            sum = sum.add(signed(l, FaXmlAssembler.net(l)));
        }
        x.el("WartoscWierszyFaktury1", amount(sum));
        int n = 1;
        for (Line l : p.lines()) {
            line(n++, l, p.supplyDate() != null, x);
        }
        x.close("FaWiersze");
    }

    /** A line's value as FA(1) writes it: negative for a storno ({@code StanPrzed}) line. */
    private static BigDecimal signed(Line l, BigDecimal v) {
        return l.beforeCorrection() ? v.negate() : v;
    }

    private static void line(int n, Line l, boolean commonDate, Xml x) {
        x.open("FaWiersz");
        x.el("NrWierszaFa", Integer.toString(n));
        x.opt("UU_ID", l.uuid());
        x.opt("P_6A", l.date() == null || commonDate ? null : l.date().toString());
        x.el("P_7", Texts.fit(l.name(), 1, 256));
        x.opt("GTIN", l.gtin()).opt("PKWiU", l.pkwiu()).opt("CN", l.cn()).opt("PKOB", l.pkob());
        x.opt("DodatkoweInfo", l.index() == null ? null : Texts.fit(l.index(), 1, 50));
        x.el("P_8A", l.unit()).el("P_8B", signed(l, l.quantity()).toPlainString());
        BigDecimal net = FaXmlAssembler.net(l);
        if (l.grossPricing()) {
            BigDecimal f = l.rate().fraction() == null ? BigDecimal.ZERO : l.rate().fraction();
            x.el("P_9B", amount(l.unitNetPrice().multiply(BigDecimal.ONE.add(f))));
        } else {
            x.el("P_9A", amount(l.unitNetPrice()));
        }
        x.opt("P_10", l.discount() == null ? null : amount(l.discount()));
        x.el("P_11", amount(signed(l, net)));
        if (l.grossPricing()) {
            x.el("P_11A", amount(signed(l, net.add(FaXmlAssembler.vat(l)))));
        }
        FaXmlAssembler.rate("P_12", l, Fa1XmlAssembler::rateCode, x);
        x.opt("P_12_Procedura", procedure(l));
        FaXmlAssembler.lineCodes(l, x);
        x.close("FaWiersz");
    }

    private static void payment(InvoicePlan p, Xml x) {
        InvoicePlan.Payment pay = p.payment();
        if (pay == null) {
            return;
        }
        x.open("Platnosc");
        if (pay.paidOn() != null) {
            x.el("Zaplacono", "1").el("DataZaplaty", pay.paidOn().toString());
        } else if (!pay.partPayments().isEmpty()) {
            x.el("ZaplataCzesciowa", "1");
            for (InvoicePlan.PartPayment pp : pay.partPayments()) {
                x.open("PlatnosciCzesciowe").el("KwotaZaplatyCzesciowej", amount(pp.amount()))
                        .el("DataZaplatyCzesciowej", pp.date().toString()).close("PlatnosciCzesciowe");
            }
        }
        for (InvoicePlan.Due d : pay.dues()) {
            x.open("TerminyPlatnosci");
            x.el("TerminPlatnosci", (d.date() == null ? p.issueDate() : d.date()).toString());
            if (d.count() != null && d.unit() != null && d.event() != null) {
                x.el("TerminPlatnosciOpis", Texts.fit(d.count() + " " + d.unit() + " " + d.event(), 1, 256));
            }
            x.close("TerminyPlatnosci");
        }
        FaXmlAssembler.paymentMethod(pay.method(), pay.otherMethod(), x);
        accounts("RachunekBankowy", pay.accounts(), 100, x);
        accounts("RachunekBankowyFaktora", pay.factorAccounts(), 20, x);
        FaXmlAssembler.discount(pay, x);
        x.close("Platnosc");
    }

    private static void accounts(String element, List<InvoicePlan.BankAccount> accounts, int max, Xml x) {
        List<InvoicePlan.BankAccount> fitting = new ArrayList<>();
        for (InvoicePlan.BankAccount a : accounts) {
            if (a.number().matches("[0-9]{26}") || a.number().matches("[0-9A-Z]{10,30}") && a.swift() != null) {
                fitting.add(a);
            }
        }
        for (InvoicePlan.BankAccount a : fitting.subList(0, Math.min(max, fitting.size()))) {
            x.open(element);
            if (a.number().matches("[0-9]{26}")) {
                x.el("NrRBPL", a.number());
            } else {
                x.el("NrRBZagr", a.number()).el("SWIFT", a.swift());
            }
            x.opt("RachunekWlasnyBanku", a.ownKind()).opt("NazwaBanku", a.bankName()).close(element);
        }
    }

    private static void order(InvoicePlan p, Xml x) {
        InvoicePlan.Order o = p.order();
        if (o == null || o.lines().isEmpty()) {
            return;
        }
        x.open("Zamowienie");
        x.el("LiczbaWierszyZamowienia", Integer.toString(o.lines().size()));
        x.el("WartoscZamowienia", amount(FaXmlAssembler.total(o.lines())));
        int n = 1;
        for (Line l : o.lines()) {
            x.open("ZamowienieWiersz");
            x.el("NrWierszaZam", Integer.toString(n++));
            x.opt("UU_IDZ", l.uuid());
            x.el("P_7Z", Texts.fit(l.name(), 1, 256));
            x.opt("GTINZ", l.gtin()).opt("PKWiUZ", l.pkwiu()).opt("CNZ", l.cn()).opt("PKOBZ", l.pkob());
            x.opt("DodatkoweInfoZ", l.index() == null ? null : Texts.fit(l.index(), 1, 50));
            x.el("P_8AZ", l.unit()).el("P_8BZ", signed(l, l.quantity()).toPlainString());
            x.el("P_9AZ", amount(l.unitNetPrice()));
            x.el("P_11NettoZ", amount(signed(l, FaXmlAssembler.net(l))));
            if (l.vatInLine()) {
                x.el("P_11VatZ", amount(signed(l, FaXmlAssembler.vat(l))));
            }
            FaXmlAssembler.rate("P_12Z", l, Fa1XmlAssembler::rateCode, x);
            String proc = procedure(l);
            x.opt("P_12Z_Procedura", "2".equals(proc) ? null : proc);
            x.opt("GTUZ", l.gtu() == null ? null : String.format("GTU_%02d", l.gtu()));
            String sp = l.procedure();
            x.opt("ProceduraZ", sp == null || sp.startsWith("I_") ? null : sp);
            x.opt("KwotaAkcyzyZ", l.excise() == null ? null : amount(l.excise()));
            x.opt("KursWalutyZ", p.exchangeRate() == null ? null : p.exchangeRate().toPlainString());
            x.close("ZamowienieWiersz");
        }
        x.close("Zamowienie");
    }
}
