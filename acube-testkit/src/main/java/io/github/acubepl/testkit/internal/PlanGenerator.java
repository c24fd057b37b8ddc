package io.github.acubepl.testkit.internal;

import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.testkit.InvoicePlan;
import io.github.acubepl.testkit.InvoicePlan.Address;
import io.github.acubepl.testkit.InvoicePlan.Contact;
import io.github.acubepl.testkit.InvoicePlan.IdKind;
import io.github.acubepl.testkit.InvoicePlan.Identity;
import io.github.acubepl.testkit.InvoicePlan.Kind;
import io.github.acubepl.testkit.InvoicePlan.Line;
import io.github.acubepl.testkit.InvoicePlan.Party;
import io.github.acubepl.testkit.InvoicePlan.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.jqwik.api.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@link InvoicePlan}s from a {@link Random}: every optional part of the plan appears in
 * some plans, amounts are consistent, identifiers carry correct check digits, dates lie between
 * the start of FA(3) in KSeF (2026-02-01) and a given "today". One instance per "today"; it is
 * stateless otherwise and safe for concurrent use. Not part of the API.
 */
public final class PlanGenerator {
    /** The earliest issue date generated. */
    public static final LocalDate EARLIEST = LocalDate.of(2026, 2, 1);
    /** The day KSeF 2.0 went into production: KSeF numbers from then on carry a CRC-8. */
    private static final LocalDate KSEF_2 = LocalDate.of(2026, 2, 1);

    private static final List<String> COUNTRIES = List.of("PL", "DE", "FR", "CZ", "SK", "GB", "US", "UA", "IT", "ES",
            "NL", "AT", "LT", "CN", "JP", "NO", "CH");
    private static final List<String> EU = List.of("DE", "FR", "CZ", "SK", "AT", "EL", "IT", "ES", "NL", "LT", "XI");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "CZK", "SEK");
    private static final List<String> PROCEDURES = List.of("WSTO_EE", "IED", "TT_D", "I_42", "I_63", "B_SPV",
            "B_SPV_DOSTAWA", "B_MPV_PROWIZJA");
    private static final List<String> COLUMN_TYPES = List.of("date", "datetime", "dec", "int", "time", "txt");
    private static final Map<Integer, RandomGenerator<String>> TOKENS = new ConcurrentHashMap<>();

    private final LocalDate today;
    private final Instant now;

    /**
     * @param now the latest creation time; issue dates are on or before its date (UTC)
     */
    public PlanGenerator(Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (today.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("today (" + today + ") is before " + EARLIEST);
        }
    }

    /** A new plan. */
    public InvoicePlan plan(Random r) {
        G g = new G(r);
        Kind kind = g.pick(List.of(Kind.values()));
        LocalDate issue = g.date(EARLIEST, today);
        Instant created = issue.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(r.nextInt(86_400));
        if (created.isAfter(now)) {
            created = now;
        }
        boolean foreign = g.chance(0.25);
        String currency = foreign ? g.pick(CURRENCIES) : "PLN";
        boolean margin = g.chance(0.08);
        List<Line> lines = new ArrayList<>();
        int nLines = kind == Kind.ZAL && g.chance(0.5) ? 0 : 1 + r.nextInt(g.chance(0.1) ? 30 : 5);
        for (int i = 0; i < nLines; i++) {
            lines.add(line(g, margin, foreign, issue));
        }
        boolean exempt = lines.stream().anyMatch(l -> l.rate() == Rate.EXEMPT);
        boolean reverse = lines.stream().anyMatch(l -> l.rate() == Rate.REVERSE_CHARGE);
        List<InvoicePlan.NewVehicle> vehicles = new ArrayList<>();
        if (nLines > 0 && g.chance(0.06)) {
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                vehicles.add(vehicle(g, issue, 1 + r.nextInt(nLines)));
            }
        }
        InvoicePlan.Annotations annotations = new InvoicePlan.Annotations(g.chance(0.1), g.chance(0.1), reverse,
                g.chance(0.1),
                exempt ? new InvoicePlan.Exemption(g.pick(List.of(InvoicePlan.ExemptionBasis.values())),
                        g.tok(256)) : null,
                vehicles, g.chance(0.5), g.chance(0.05),
                margin ? g.pick(List.of(InvoicePlan.Margin.values())) : null);
        LocalDate supply = null;
        InvoicePlan.Period period = null;
        int supplyShape = r.nextInt(3);
        if (supplyShape == 1) {
            supply = g.date(issue.minusDays(60), issue);
        } else if (supplyShape == 2) {
            LocalDate from = g.date(issue.minusDays(90), issue);
            period = new InvoicePlan.Period(from, g.date(from, issue));
        }
        List<Party> thirdParties = new ArrayList<>();
        if (g.chance(0.3)) {
            for (int i = 0, n = g.chance(0.05) ? 20 + r.nextInt(81) : 1 + r.nextInt(3); i < n; i++) {
                thirdParties.add(thirdParty(g, n));
            }
        }
        Party seller = seller(g);
        Party buyer = buyer(g);
        InvoicePlan.Correction correction = kind.isCorrection() ? correction(g, issue, seller, buyer) : null;
        InvoicePlan.Settlement settlement = g.chance(0.15) ? settlement(g) : null;
        InvoicePlan.Payment payment = g.chance(0.6) ? payment(g, issue) : null;
        if (payment != null) {
            payment = payable(g, payment, lines, settlement);
        }
        return new InvoicePlan(created, g.opt(0.4, () -> g.tok(256)), kind, currency, issue,
                g.opt(0.4, () -> g.tok(256)), g.tok(256), g.list(0.1, 5, () -> g.tok(256)), supply, period,
                seller, buyer, thirdParties, g.chance(0.1) ? representative(g) : null,
                (kind == Kind.ZAL || kind == Kind.KOR_ZAL) && foreign && g.chance(0.7) ? g.rate() : null, lines,
                annotations, correction,
                (kind == Kind.ZAL || kind == Kind.KOR_ZAL) ? g.list(0.3, 4,
                        () -> new InvoicePlan.PartialAdvance(g.date(issue.minusDays(30), issue), g.amount(),
                                foreign ? g.opt(0.7, g::rate) : null)) : List.of(),
                g.chance(0.05), g.chance(0.1),
                g.list(0.2, 4, () -> new InvoicePlan.Note(nLines > 0 ? g.opt(0.5, () -> 1 + r.nextInt(nLines)) : null,
                        g.tok(256), g.tok(256))),
                (kind == Kind.ROZ || kind == Kind.KOR_ROZ) ? g.list(1.0, 3, () -> g.chance(0.6)
                        ? new InvoicePlan.AdvanceInvoice(g.ksefNumber(issue), null)
                        : new InvoicePlan.AdvanceInvoice(null, g.tok(256))) : List.of(),
                g.chance(0.03), settlement, payment,
                g.chance(0.2) ? terms(g, issue) : null,
                (kind == Kind.ZAL || kind == Kind.KOR_ZAL) && g.chance(0.8) ? new InvoicePlan.Order(
                        g.list(1.0, 4, () -> line(g, margin, foreign, issue))) : null,
                g.chance(0.3) ? footer(g) : null, g.chance(0.15) ? attachment(g) : null);
    }

    // ---------------------------------------------------------------- parties

    private static Address address(G g) {
        String country = g.chance(0.7) ? "PL" : g.pick(COUNTRIES);
        return new Address(country, g.tok(512), g.opt(0.6, () -> g.tok(512)), g.opt(0.1, () -> g.digits(13)));
    }

    private static List<Contact> contacts(G g) {
        return g.list(0.5, 3, () -> new Contact(g.opt(0.7, () -> g.email()), g.opt(0.6, () -> g.phone())));
    }

    private static Party seller(G g) {
        return new Party(new Identity(IdKind.NIP, g.nip(), null), g.tok(512), address(g),
                g.opt(0.15, () -> address(g)), contacts(g), g.opt(0.1, () -> g.tok(256)),
                g.opt(0.2, () -> "PL"), g.opt(0.1, () -> 1 + g.r.nextInt(4)), null, null, null,
                null, null, false, false);
    }

    private static Identity buyerIdentity(G g, boolean internalAllowed) {
        int k = g.r.nextInt(internalAllowed ? 100 : 95);
        if (k < 60) {
            return new Identity(IdKind.NIP, g.nip(), null);
        } else if (k < 72) {
            return new Identity(IdKind.EU_VAT, g.vatUe(), g.pick(EU));
        } else if (k < 85) {
            return new Identity(IdKind.FOREIGN, g.alnum(1 + g.r.nextInt(g.chance(0.1) ? 50 : 15)),
                    g.opt(0.6, () -> g.pick(COUNTRIES)));
        } else if (k < 95) {
            return new Identity(IdKind.NONE, "", null);
        }
        return new Identity(IdKind.INTERNAL, g.nip() + "-" + g.digits(5), null);
    }

    private static Party buyer(G g) {
        return new Party(buyerIdentity(g, false), g.opt(0.9, () -> g.tok(512)), g.opt(0.9, () -> address(g)),
                g.opt(0.1, () -> address(g)), contacts(g), g.opt(0.1, () -> g.tok(256)), null, null,
                g.opt(0.2, () -> g.tok(256)), g.opt(0.1, () -> g.tok(32)), null, null, null, g.chance(0.1),
                g.chance(0.1));
    }

    /**
     * One of {@code n} third parties. Only an additional buyer (Rola 4) has a share, at most 100/n %
     * so that the shares add up to at most 100 (FA-PTY-106, FA-PTY-002); a local-government unit
     * (Rola 8) or VAT group member (Rola 10) is identified by NIP or IDWew (FA-PTY-101).
     */
    private static Party thirdParty(G g, int n) {
        boolean other = g.chance(0.2);
        Integer role = other ? null : 1 + g.r.nextInt(11);
        Identity id = buyerIdentity(g, true);
        if (role != null && (role == 8 || role == 10) && id.kind() != IdKind.NIP && id.kind() != IdKind.INTERNAL) {
            id = new Identity(IdKind.NIP, g.nip(), null);
        }
        return new Party(id, g.opt(0.9, () -> g.tok(512)), g.opt(0.7, () -> address(g)),
                g.opt(0.1, () -> address(g)), contacts(g), g.opt(0.1, () -> g.tok(256)), null, null,
                g.opt(0.2, () -> g.tok(256)), g.opt(0.2, () -> g.tok(32)), role,
                other ? g.tok(256) : null,
                role != null && role == 4 ? g.opt(0.6, () -> BigDecimal.valueOf(g.r.nextInt(100_000_000 / n + 1), 6))
                        : null, false, false);
    }

    /** {@code p} identified by {@code id}. */
    private static Party withId(Party p, Identity id) {
        return new Party(id, p.name(), p.address(), p.correspondence(), p.contacts(), p.eori(), p.vatPrefix(),
                p.taxpayerStatus(), p.customerNumber(), p.buyerId(), p.role(), p.otherRole(), p.share(),
                p.localGovernmentUnit(), p.vatGroupMember());
    }

    private static Party representative(G g) {
        return new Party(new Identity(IdKind.NIP, g.nip(), null), g.tok(512), address(g),
                g.opt(0.2, () -> address(g)),
                g.list(0.5, 3, () -> new Contact(g.opt(0.7, g::email), g.opt(0.6, g::phone))),
                g.opt(0.2, () -> g.tok(256)), null, null, null, null, 1 + g.r.nextInt(3), null, null, false, false);
    }

    // ---------------------------------------------------------------- lines

    private Line line(G g, boolean margin, boolean foreign, LocalDate issue) {
        Rate rate = margin ? Rate.MARGIN : g.pick(List.of(Rate.R23, Rate.R23, Rate.R23, Rate.R22, Rate.R8, Rate.R7,
                Rate.R5, Rate.R4, Rate.R3, Rate.ZERO_DOMESTIC, Rate.ZERO_INTRA_EU, Rate.ZERO_EXPORT, Rate.EXEMPT,
                Rate.REVERSE_CHARGE, Rate.OUTSIDE_COUNTRY, Rate.OUTSIDE_COUNTRY_ART100, Rate.OSS));
        BigDecimal quantity = g.chance(0.6) ? BigDecimal.valueOf(1 + g.r.nextInt(100))
                : BigDecimal.valueOf(1 + g.r.nextInt(10_000_000), 1 + g.r.nextInt(5));
        BigDecimal price = BigDecimal.valueOf(1 + g.r.nextInt(10_000_000), g.chance(0.8) ? 2 : 4);
        BigDecimal gross = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        BigDecimal discount = gross.compareTo(BigDecimal.ONE) > 0 && g.chance(0.1)
                ? gross.divide(BigDecimal.TEN, 2, RoundingMode.DOWN) : null;
        return new Line(g.opt(0.2, () -> g.tok(50)), g.opt(0.15, () -> g.date(issue.minusDays(30), issue)),
                g.tok(512), g.opt(0.2, () -> g.tok(50)), g.opt(0.1, () -> g.digits(13)),
                g.opt(0.1, () -> g.tok(50)), g.opt(0.1, () -> g.tok(50)), g.opt(0.05, () -> g.tok(50)),
                g.tok(256), quantity, price, g.chance(0.15), discount, rate,
                rate == Rate.OSS ? BigDecimal.valueOf(g.pick(List.of(2000, 1900, 2100, 2550, 1700)), 2) : null,
                g.chance(0.05), g.opt(0.05, g::amount), g.opt(0.15, () -> 1 + g.r.nextInt(13)),
                g.opt(0.08, () -> g.pick(PROCEDURES)), foreign ? g.opt(0.5, g::rate) : null, g.chance(0.03),
                g.chance(0.2));
    }

    private static InvoicePlan.NewVehicle vehicle(G g, LocalDate issue, int line) {
        InvoicePlan.VehicleKind kind = g.pick(List.of(InvoicePlan.VehicleKind.values()));
        return new InvoicePlan.NewVehicle(g.date(issue.minusDays(400), issue), line, g.opt(0.6, () -> g.tok(256)),
                g.opt(0.6, () -> g.tok(256)), g.opt(0.4, () -> g.tok(256)), g.opt(0.4, () -> g.tok(256)),
                g.opt(0.4, () -> Integer.toString(2000 + g.r.nextInt(30))), kind, Integer.toString(g.r.nextInt(9999)),
                g.opt(0.7, () -> g.alnum(17)), 1 + g.r.nextInt(4), g.opt(0.4, () -> g.tok(256)));
    }

    // ---------------------------------------------------------------- correction, payment, terms

    /**
     * The correction part. The seller before the correction (Podmiot1K) keeps the seller's NIP and a
     * buyer before it (Podmiot2K) identified by NIP has the buyer's (FA-KOR-005): a wrong NIP is
     * corrected by a zero correction and a new invoice, not by Podmiot1K/Podmiot2K.
     */
    private static InvoicePlan.Correction correction(G g, LocalDate issue, Party seller, Party buyer) {
        List<InvoicePlan.CorrectedInvoice> corrected = g.list(1.0, g.chance(0.05) ? 60 : 3,
                () -> {
                    LocalDate d = g.date(issue.minusDays(365), issue);
                    return new InvoicePlan.CorrectedInvoice(d, g.tok(256), g.chance(0.7) ? g.ksefNumber(d) : null);
                });
        return new InvoicePlan.Correction(g.opt(0.6, () -> g.tok(256)), g.opt(0.6, () -> 1 + g.r.nextInt(3)),
                corrected, g.opt(0.2, () -> g.tok(256)), g.opt(0.2, () -> g.tok(256)),
                g.chance(0.15) ? withId(seller(g), seller.id()) : null, g.list(0.15, 3, () -> {
                    Party before = buyer(g);
                    return before.id().kind() == IdKind.NIP ? withId(before, buyer.id()) : before;
                }), g.opt(0.1, g::amount),
                g.opt(0.5, g::rate));
    }

    private static InvoicePlan.Settlement settlement(G g) {
        return new InvoicePlan.Settlement(g.list(0.6, 3, () -> new InvoicePlan.Charge(g.amount(), g.tok(256))),
                g.list(0.6, 3, () -> new InvoicePlan.Charge(g.amount(), g.tok(256))), g.chance(0.7), g.r.nextInt(3));
    }

    private static InvoicePlan.Payment payment(G g, LocalDate issue) {
        int shape = g.r.nextInt(3);
        LocalDate paid = shape == 1 ? g.date(issue.minusDays(10), issue) : null;
        List<InvoicePlan.PartPayment> parts = shape == 2 ? g.list(1.0, 3, () -> new InvoicePlan.PartPayment(
                g.amount(), g.date(issue.minusDays(30), issue), g.opt(0.5, () -> 1 + g.r.nextInt(7)),
                g.opt(0.3, () -> g.tok(256)))) : List.of();
        boolean otherMethod = g.chance(0.1);
        return new InvoicePlan.Payment(paid, parts, 1 + g.r.nextInt(2),
                g.list(0.5, 3, () -> new InvoicePlan.Due(g.opt(0.8, () -> g.date(issue, issue.plusDays(90))),
                        g.opt(0.3, () -> g.r.nextInt(120)), g.opt(1.0, () -> g.tok(50)), g.opt(1.0, () -> g.tok(256)))),
                otherMethod ? null : g.opt(0.7, () -> 1 + g.r.nextInt(7)), otherMethod ? g.tok(256) : null,
                g.list(0.5, 3, () -> account(g)), g.list(0.05, 2, () -> account(g)),
                g.opt(0.1, () -> g.tok(256)), g.opt(1.0, () -> g.tok(256)),
                g.opt(0.1, () -> g.digits(3) + g.alnum(10)), g.chance(0.5));
    }

    /**
     * {@code pay} with its partial payments cut down, where they exceed the amount due, to shares of it
     * (FA-SUM-006): the due amount is what the assembler writes, DoZaplaty where the settlement gives
     * it, else P_15; nothing to check when it is not positive.
     */
    private static InvoicePlan.Payment payable(G g, InvoicePlan.Payment pay, List<Line> lines,
            InvoicePlan.@Nullable Settlement settlement) {
        if (pay.partPayments().isEmpty()) {
            return pay;
        }
        BigDecimal due = FaXmlAssembler.total(lines);
        BigDecimal toPay = settlement == null ? null : FaXmlAssembler.toPay(settlement, due);
        if (toPay != null) {
            due = toPay;
        }
        BigDecimal paid = pay.partPayments().stream().map(InvoicePlan.PartPayment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (due.signum() <= 0 || paid.compareTo(due) <= 0) {
            return pay;
        }
        BigDecimal each = due.divide(BigDecimal.valueOf(pay.partPayments().size()), 2, RoundingMode.DOWN);
        List<InvoicePlan.PartPayment> parts = new ArrayList<>();
        for (InvoicePlan.PartPayment pp : pay.partPayments()) {
            BigDecimal amount = each.multiply(BigDecimal.valueOf(1 + g.r.nextInt(100))).movePointLeft(2)
                    .setScale(2, RoundingMode.DOWN);
            parts.add(new InvoicePlan.PartPayment(amount, pp.date(), pp.method(), pp.otherMethod()));
        }
        return new InvoicePlan.Payment(pay.paidOn(), parts, pay.partPaymentFlag(), pay.dues(), pay.method(),
                pay.otherMethod(), pay.accounts(), pay.factorAccounts(), pay.discountTerms(), pay.discountAmount(),
                pay.paymentId(), pay.link());
    }

    private static InvoicePlan.BankAccount account(G g) {
        String number = g.chance(0.7) ? Checksums.polishAccount(g.digits(7), g.digits(16))
                : Checksums.iban("DE", g.digits(18));
        String swift = g.opt(0.4, () -> g.upper(6) + g.alnumUpper(2) + (g.chance(0.5) ? g.alnumUpper(3) : ""));
        return new InvoicePlan.BankAccount(number, swift, g.opt(0.1, () -> 1 + g.r.nextInt(3)),
                g.opt(0.4, () -> g.tok(256)), g.opt(0.2, () -> g.tok(256)));
    }

    private static InvoicePlan.Terms terms(G g, LocalDate issue) {
        Supplier<InvoicePlan.DatedReference> ref = () -> new InvoicePlan.DatedReference(
                g.opt(0.7, () -> g.date(issue.minusDays(1000), issue)), g.opt(0.8, () -> g.tok(256)));
        boolean agreed = g.chance(0.2);
        return new InvoicePlan.Terms(g.list(0.4, 3, ref), g.list(0.4, 3, ref), g.list(0.2, 3, () -> g.tok(256)),
                g.opt(0.3, () -> g.tok(256)), agreed ? g.rate() : null, agreed ? g.pick(CURRENCIES) : null,
                g.list(0.4, 3, () -> transport(g, issue)), g.chance(0.1));
    }

    private static InvoicePlan.Transport transport(G g, LocalDate issue) {
        boolean otherMode = g.chance(0.2);
        boolean otherCargo = g.chance(0.2);
        Instant start = g.chance(0.5) ? issue.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(g.r.nextInt(864_000))
                : null;
        return new InvoicePlan.Transport(otherMode ? null : g.pick(List.of(1, 2, 3, 4, 5, 7, 8)),
                otherMode ? g.tok(50) : null, g.chance(0.4) ? buyer(g) : null, g.opt(0.3, () -> g.tok(256)),
                otherCargo ? null : 1 + g.r.nextInt(20), otherCargo ? g.tok(50) : null, g.opt(0.3, () -> g.tok(256)),
                start, start != null && g.chance(0.6) ? start.plusSeconds(g.r.nextInt(864_000)) : null,
                g.opt(0.4, () -> address(g)), g.list(0.2, 3, () -> address(g)), g.opt(0.4, () -> address(g)));
    }

    // ---------------------------------------------------------------- footer, attachment

    private static InvoicePlan.Footer footer(G g) {
        return new InvoicePlan.Footer(g.list(0.7, 3, () -> g.chance(0.1) ? Texts.fit(g.tok(512) + "\n" + g.tok(512)
                .repeat(6), 1, 3500) : g.tok(512)),
                g.list(0.5, 3, () -> new InvoicePlan.Registry(g.opt(0.5, () -> g.tok(256)), g.opt(0.5, () -> g.digits(10)),
                        g.opt(0.5, () -> g.digits(g.chance(0.5) ? 9 : 14)), g.opt(0.5, () -> g.digits(9)))));
    }

    private static InvoicePlan.Attachment attachment(G g) {
        return new InvoicePlan.Attachment(g.list(1.0, 3, () -> {
            List<InvoicePlan.KeyValue> meta = g.list(1.0, 3, () -> new InvoicePlan.KeyValue(g.tok(256), g.tok(256)));
            List<String> paragraphs = g.list(0.5, 10, () -> g.tok(512));
            List<InvoicePlan.Table> tables = g.list(0.6, 2, () -> {
                int cols = 1 + g.r.nextInt(g.chance(0.1) ? 20 : 4);
                List<InvoicePlan.Column> columns = new ArrayList<>();
                for (int i = 0; i < cols; i++) {
                    columns.add(new InvoicePlan.Column(g.pick(COLUMN_TYPES), g.chance(0.05) ? "" : g.tok(256)));
                }
                Supplier<List<String>> row = () -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < cols; i++) {
                        cells.add(g.chance(0.1) ? "" : g.tok(256));
                    }
                    return cells;
                };
                return new InvoicePlan.Table(g.list(0.3, 3, () -> new InvoicePlan.KeyValue(g.tok(256), g.tok(256))),
                        g.opt(0.4, () -> g.tok(512)), columns, g.list(1.0, 5, row), g.chance(0.4) ? row.get() : null);
            });
            return new InvoicePlan.Block(g.opt(0.5, () -> g.tok(512)), meta, paragraphs, tables);
        }));
    }

    // ---------------------------------------------------------------- values

    /** Random values. */
    private static final class G {
        final Random r;

        G(Random r) {
            this.r = r;
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        <T> @Nullable T opt(double p, Supplier<T> value) {
            return chance(p) ? value.get() : null;
        }

        /** With probability {@code p}, 1..max values, else none; max = 1 for exactly one. */
        <T> List<T> list(double p, int max, Supplier<T> value) {
            List<T> out = new ArrayList<>();
            if (chance(p)) {
                for (int i = 0, n = 1 + r.nextInt(max); i < n; i++) {
                    out.add(value.get());
                }
            }
            return out;
        }

        String tok(int max) {
            return TOKENS.computeIfAbsent(max, m -> Texts.token(m).generator(1000)).next(r).value();
        }

        LocalDate date(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays((long) (r.nextDouble() * (days + 1)));
        }

        String digits(int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            return sb.toString();
        }

        String upper(int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('A' + r.nextInt(26)));
            }
            return sb.toString();
        }

        String alnumUpper(int n) {
            String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            return sb.toString();
        }

        String alnum(int n) {
            String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            return sb.toString();
        }

        String nip() {
            int[] d = new int[9];
            for (int i = 0; i < 9; i++) {
                d[i] = r.nextInt(10);
            }
            return Checksums.nipFrom(d);
        }

        String vatUe() {
            String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 2 + r.nextInt(11); i < n; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            return sb.toString();
        }

        String email() {
            return alnum(1 + r.nextInt(20)).toLowerCase(java.util.Locale.ROOT) + "@" + pick(List.of("example.pl",
                    "firma.com.pl", "xn--d1acufc.xn--p1ai", "example.org"));
        }

        String phone() {
            return chance(0.5) ? digits(9) : "+48 " + digits(3) + " " + digits(3) + " " + digits(3);
        }

        BigDecimal amount() {
            return BigDecimal.valueOf(1 + r.nextInt(100_000_000), 2);
        }

        BigDecimal rate() {
            return BigDecimal.valueOf(1 + r.nextInt(100_000), 4);
        }

        /**
         * A KSeF number issued on {@code date}: from 1 February 2026 (KSeF 2.0) the 35-character form
         * with its CRC-8, as KSeF assigns it and FA-KSEF rules check it; before, sometimes the
         * 36-character KSeF 1.0 form, which the schemas still accept and nothing can check.
         */
        String ksefNumber(LocalDate date) {
            String hex = "0123456789ABCDEF";
            StringBuilder sb = new StringBuilder(nip()).append('-')
                    .append(String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                    .append('-');
            if (date.isBefore(KSEF_2) && chance(0.5)) {
                for (int i = 0; i < 14; i++) {
                    if (i == 6 || i == 12) {
                        sb.append('-');
                    }
                    sb.append(hex.charAt(r.nextInt(16)));
                }
                return sb.toString();
            }
            for (int i = 0; i < 12; i++) {
                sb.append(hex.charAt(r.nextInt(16)));
            }
            String crc = KsefNumber.checksum(sb.toString());
            return sb.append('-').append(crc).toString();
        }
    }
}
