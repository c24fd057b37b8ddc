package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.DaneFaKorygowanej;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.FormaPlatnosci;
import io.github.acubepl.model.fa1.GTU;
import io.github.acubepl.model.fa1.Informacje;
import io.github.acubepl.model.fa1.KluczWartosc;
import io.github.acubepl.model.fa1.KodFormularza;
import io.github.acubepl.model.fa1.KodKrajuUE;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Ladunek;
import io.github.acubepl.model.fa1.Naglowek;
import io.github.acubepl.model.fa1.Obciazenia;
import io.github.acubepl.model.fa1.Odliczenia;
import io.github.acubepl.model.fa1.OkresFa;
import io.github.acubepl.model.fa1.OznaczenieProcedury;
import io.github.acubepl.model.fa1.OznaczenieProceduryZ;
import io.github.acubepl.model.fa1.Platnosc;
import io.github.acubepl.model.fa1.PlatnosciCzesciowe;
import io.github.acubepl.model.fa1.Podmiot1;
import io.github.acubepl.model.fa1.Podmiot1K;
import io.github.acubepl.model.fa1.Podmiot2;
import io.github.acubepl.model.fa1.Podmiot2K;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.PodmiotUpowazniony;
import io.github.acubepl.model.fa1.ProceduraFa;
import io.github.acubepl.model.fa1.ProceduraZamowienie;
import io.github.acubepl.model.fa1.Przewoznik;
import io.github.acubepl.model.fa1.RachunekBankowy;
import io.github.acubepl.model.fa1.Rejestry;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.RodzajTransportu;
import io.github.acubepl.model.fa1.RolaPodmiotu3;
import io.github.acubepl.model.fa1.Rozliczenie;
import io.github.acubepl.model.fa1.Skonto;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.Stopka;
import io.github.acubepl.model.fa1.TerminyPlatnosci;
import io.github.acubepl.model.fa1.Transport;
import io.github.acubepl.model.fa1.TypKorekty;
import io.github.acubepl.model.fa1.Umowy;
import io.github.acubepl.model.fa1.WarunkiTransakcji;
import io.github.acubepl.model.fa1.Wybor1;
import io.github.acubepl.model.fa1.Wybor1_2;
import io.github.acubepl.model.fa1.Zamowienia;
import io.github.acubepl.model.fa1.Zamowienie;
import io.github.acubepl.model.fa1.ZamowienieWiersz;
import io.github.acubepl.testkit.Fa1Arbitraries.IdKind;
import io.github.acubepl.testkit.internal.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * The FA(1) invoice generator behind {@link Fa1Arbitraries#invoices(LocalDate)}.
 *
 * <p>Every part of an invoice is generated independently (plain combinators, no {@code flatMap}
 * and no filters, so that jqwik shrinks each part on its own), and {@link #assemble} then derives
 * what depends on what: the totals from the lines, the settlement from the total, the dates from
 * the issue date, the flags from the content.
 */
final class Fa1Invoices {
    static final LocalDate MIN_DATE_T = LocalDate.of(2006, 1, 1);
    static final LocalDate MIN_DATE = LocalDate.of(2016, 7, 1);
    static final LocalDate MAX_DATE = LocalDate.of(2050, 1, 1);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SPLIT_PAYMENT_THRESHOLD = new BigDecimal("15000");
    private static final BigDecimal MAX_DEDUCTION = new BigDecimal("3000000000000000.00");
    private static final BigDecimal MAX_DEDUCTIONS = new BigDecimal("9000000000000000.00");
    private static final BigDecimal UPR_MAX_PRICE = new BigDecimal("33.33");
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
        ZoneOffset.ofHours(-5), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12), ZoneOffset.ofHoursMinutes(5, 45),
        ZoneOffset.ofHoursMinutes(-3, -30)};

    private Fa1Invoices() {
    }

    // ================================================================ rate categories

    /** The line rates and where each one's totals go. */
    enum Cat {
        R23(StawkaPodatku.RATE_23, 1, 23), R22(StawkaPodatku.RATE_22, 1, 22), R8(StawkaPodatku.RATE_8, 2, 8),
        R7(StawkaPodatku.RATE_7, 2, 7), R5(StawkaPodatku.RATE_5, 3, 5), R4(StawkaPodatku.RATE_4, 4, 4),
        R3(StawkaPodatku.RATE_3, 4, 3), OO(StawkaPodatku.REVERSE_CHARGE, 4, 0),
        NP(StawkaPodatku.NOT_TAXABLE_IN_POLAND, 5, 0),
        OSS(null, 5, -1), ZERO(StawkaPodatku.RATE_0, 6, 0), ZW(StawkaPodatku.EXEMPT, 7, 0), MARGIN(null, 0, 0);

        final @Nullable StawkaPodatku stawka;
        final int group;
        final int percent;

        Cat(@Nullable StawkaPodatku stawka, int group, int percent) {
            this.stawka = stawka;
            this.group = group;
            this.percent = percent;
        }

        boolean taxed() {
            return percent > 0 || this == OSS;
        }
    }

    // ================================================================ specs

    record TaxPlan(int profile, int mask, int variant1, int variant2, int variant4, BigDecimal ossRate,
            int marginType) {
        static final int STANDARD = 0;
        static final int OSS = 1;
        static final int MARGIN = 2;
    }

    record Plan(RodzajFaktury kind, @Nullable KodWaluty currency, BigDecimal rate, LocalDate p1, TaxPlan tax,
            int tier, boolean gross, int dateLayout, boolean emitLines, boolean splitWanted, boolean zeroW,
            int advancePercent) {
    }

    record LineText(@Nullable String uuId, @Nullable String p7, @Nullable String gtin, @Nullable String pkwiu,
            @Nullable String cn, @Nullable String pkob, @Nullable String info, @Nullable String unit) {
    }

    record LineCodes(boolean showQty, boolean showPrice, @Nullable GTU gtu, @Nullable OznaczenieProcedury procedure,
            @Nullable BigDecimal excise, boolean procedureFa, int procedurePick, boolean withDate) {
    }

    record LineSpec(int cat, BigDecimal price, BigDecimal qty, int discountPermille, boolean negative, int daysBack,
            LineText text, LineCodes codes) {
    }

    record Parties(Podmiot1 seller, Podmiot2 buyer, Podmiot2 buyerWithNip, List<Podmiot3> thirds, List<Integer> shares,
            @Nullable PodmiotUpowazniony authorised) {
    }

    record Header(long createdSeconds, int offsetPick, boolean millis, @Nullable String systemInfo,
            @Nullable String placeOfIssue, String number, List<String> wz, int p6Delta, int periodLength,
            long firstLineNumber, int lineNumberStep) {
    }

    record Flags(boolean fp, boolean tp, boolean exciseRefund, List<KluczWartosc> descriptions, @Nullable Stopka footer,
            List<String> advanceInvoices, boolean advanceInvoicesOnCorrection) {
    }

    record CorrectedRef(int daysBack, String number, String hexA, String hexB, String hexC) {
    }

    record BuyerK(int partyPick, int nameShape, String name, @Nullable Adres address, boolean prefix) {
    }

    record Correction(String reason, TypKorekty type, List<CorrectedRef> refs, @Nullable String period,
            @Nullable String correctNumber, @Nullable DaneIdentyfikacyjnePodatnika sellerK,
            @Nullable Adres sellerKAddress, boolean sellerKPrefix, List<BuyerK> buyersK) {
    }

    record Amount(BigDecimal amount, String reason) {
    }

    record Settlement(boolean present, List<Amount> charges, List<Integer> deductionPercents, List<String> reasons,
            boolean withBalance) {
    }

    record Term(int days, @Nullable String description) {
    }

    record Payment(boolean present, int paidMode, int paidDaysAfter, List<Integer> partialPercents,
            List<Integer> partialDays, List<Term> terms, int formMode, FormaPlatnosci form, String otherForm,
            List<RachunekBankowy> accounts, List<RachunekBankowy> factorAccounts, @Nullable Skonto discount) {
    }

    record NewTransport(boolean present, int daysBack, List<@Nullable String> details, int vehicleKind, String main,
            int subPick, String sub, @Nullable String type, @Nullable String extra) {
    }

    record Notes(int exemptionPick, String exemptionText, NewTransport transport) {
    }

    // ================================================================ the arbitrary

    static Arbitrary<Faktura> invoices(LocalDate today) {
        return Combinators.combine(plans(today), parties(), lineSpecs(), headers(), flags(), corrections(),
                Combinators.combine(settlements(), payments(), transactionTerms(), notes()).as(Tuple::of))
                .as((plan, parties, lines, header, flags, correction, rest) -> assemble(today, plan, parties, lines,
                        header, flags, correction, rest.get1(), rest.get2(), rest.get3(), rest.get4()));
    }

    // ---------------------------------------------------------------- plan

    static Arbitrary<Plan> plans(LocalDate today) {
        Arbitrary<RodzajFaktury> kinds = Arbitraries.frequency(Tuple.of(40, RodzajFaktury.VAT),
                Tuple.of(14, RodzajFaktury.KOR), Tuple.of(10, RodzajFaktury.ZAL), Tuple.of(10, RodzajFaktury.ROZ),
                Tuple.of(10, RodzajFaktury.UPR), Tuple.of(8, RodzajFaktury.KOR_ZAL),
                Tuple.of(8, RodzajFaktury.KOR_ROZ));
        Arbitrary<@Nullable KodWaluty> currencies = Fa1Arbitraries.foreignCurrencies().injectNull(0.65);
        Arbitrary<Integer> tiers = Arbitraries.frequencyOf(Tuple.of(55, Arbitraries.just(0)),
                Tuple.of(20, Arbitraries.integers().between(1, 2)), Tuple.of(12, Arbitraries.integers().between(3, 5)),
                Tuple.of(8, Arbitraries.integers().between(6, 8)), Tuple.of(5, Arbitraries.just(11)));
        Arbitrary<Integer> layouts = Arbitraries.frequency(Tuple.of(40, 0), Tuple.of(30, 1), Tuple.of(15, 2),
                Tuple.of(15, 3));
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(85, false), Tuple.of(15, true));
        Arbitrary<Boolean> mostly = Arbitraries.frequency(Tuple.of(10, false), Tuple.of(90, true));
        Arbitrary<Tuple.Tuple5<Boolean, Boolean, Boolean, Boolean, Integer>> switches = Combinators.combine(rarely,
                mostly, Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.integers().between(1, 100))
                .as(Tuple::of);
        return Combinators.combine(kinds, currencies, Fa1Arbitraries.exchangeRates(),
                Fa1Arbitraries.issueDates(today), taxPlans(), tiers, layouts, switches)
                .as((kind, currency, rate, p1, tax, tier, layout, s) -> new Plan(kind, currency, rate, p1, tax, tier,
                        s.get1(), layout, s.get2(), s.get3(), s.get4(), s.get5()));
    }

    static Arbitrary<TaxPlan> taxPlans() {
        Arbitrary<Integer> profile = Arbitraries.frequency(Tuple.of(85, TaxPlan.STANDARD), Tuple.of(7, TaxPlan.OSS),
                Tuple.of(8, TaxPlan.MARGIN));
        Arbitrary<BigDecimal> ossRates = Arbitraries.of(new BigDecimal("19"), new BigDecimal("20"),
                new BigDecimal("21"), new BigDecimal("25"), new BigDecimal("5.5"), new BigDecimal("7.7"),
                new BigDecimal("17"), new BigDecimal("27"), new BigDecimal("8.123456"));
        return Combinators.combine(profile, Arbitraries.integers().between(0, 127),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2), ossRates,
                Arbitraries.integers().between(0, 3)).as(TaxPlan::new);
    }

    // ---------------------------------------------------------------- lines

    static Arbitrary<List<LineSpec>> lineSpecs() {
        Arbitrary<LineSpec> line = Combinators.combine(Arbitraries.integers().between(0, 12),
                Fa1Arbitraries.amounts(new BigDecimal("0.01"), new BigDecimal("9999.99")), Fa1Arbitraries.quantities(),
                Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.just(0)),
                        Tuple.of(20, Arbitraries.integers().between(1, 500))),
                Arbitraries.frequency(Tuple.of(60, false), Tuple.of(40, true)), Arbitraries.integers().between(0, 60),
                lineTexts(), lineCodes()).as(LineSpec::new);
        return Arbitraries.frequencyOf(Tuple.of(95, line.list().ofMinSize(1).ofMaxSize(8)),
                Tuple.of(5, line.list().ofMinSize(9).ofMaxSize(40)));
    }

    static Arbitrary<LineText> lineTexts() {
        Arbitrary<String> unit = Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.of("szt.", "kg", "h", "m2",
                "usł.", "l", "kpl.")), Tuple.of(20, Texts.token(256)));
        Arbitrary<String> gtin = Arbitraries.frequencyOf(Tuple.of(80, Texts.digits(13)),
                Tuple.of(20, Texts.token(20)));
        Arbitrary<String> pkwiu = Arbitraries.frequencyOf(Tuple.of(80, Texts.digits(6)
                .map(d -> d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4))),
                Tuple.of(20, Texts.token(50)));
        Arbitrary<String> cn = Arbitraries.frequencyOf(Tuple.of(80, Texts.digits(8)
                .map(d -> d.substring(0, 4) + " " + d.substring(4, 6) + " " + d.substring(6))),
                Tuple.of(20, Texts.token(50)));
        return Combinators.combine(Texts.token(50).injectNull(0.7), Texts.paddedToken(256).injectNull(0.1),
                gtin.injectNull(0.8), pkwiu.injectNull(0.8), cn.injectNull(0.8), Texts.token(50).injectNull(0.9),
                Texts.token(50).injectNull(0.85), unit.injectNull(0.3)).as(LineText::new);
    }

    static Arbitrary<LineCodes> lineCodes() {
        List<OznaczenieProcedury> procedures = new ArrayList<>(EnumSet.allOf(OznaczenieProcedury.class));
        procedures.remove(OznaczenieProcedury.TT_D); // goes with P_23 (triangular procedure), which stays 2
        return Combinators.combine(Arbitraries.frequency(Tuple.of(15, false), Tuple.of(85, true)),
                Arbitraries.frequency(Tuple.of(15, false), Tuple.of(85, true)),
                Arbitraries.of(GTU.class).injectNull(0.8), Arbitraries.of(procedures).injectNull(0.9),
                Fa1Arbitraries.amounts(BigDecimal.ZERO.setScale(2), new BigDecimal("500.00")).injectNull(0.92),
                Arbitraries.frequency(Tuple.of(70, false), Tuple.of(30, true)), Arbitraries.integers().between(0, 5),
                Arbitraries.frequency(Tuple.of(20, false), Tuple.of(80, true))).as(LineCodes::new);
    }

    // ---------------------------------------------------------------- parties

    static Arbitrary<Parties> parties() {
        Arbitrary<List<Podmiot3>> thirds = Arbitraries.frequencyOf(Tuple.of(65, Arbitraries.just(List.of())),
                Tuple.of(33, Fa1Arbitraries.thirdParties().list().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(2, Fa1Arbitraries.thirdParties().list().ofMinSize(90).ofMaxSize(100)));
        Arbitrary<List<Integer>> shares = Arbitraries.integers().between(0, 100).list().ofSize(100);
        return Combinators.combine(Fa1Arbitraries.sellers(), Fa1Arbitraries.buyers(),
                Fa1Arbitraries.buyers(IdKind.NIP), thirds, shares,
                Fa1Arbitraries.authorisedParties().injectNull(0.9)).as(Parties::new);
    }

    // ---------------------------------------------------------------- header, flags

    static Arbitrary<Header> headers() {
        Arbitrary<String> number = Arbitraries.frequencyOf(Tuple.of(70, Combinators.combine(
                Arbitraries.of("FV", "FA", "F", "KOR", "ZAL", "FV/2026"), Arbitraries.integers().between(1, 99999))
                .as((p, n) -> p + "/" + n)), Tuple.of(30, Texts.paddedToken(256)));
        Arbitrary<Long> firstNumbers = Arbitraries.frequencyOf(Tuple.of(85, Arbitraries.just(1L)),
                Tuple.of(15, Arbitraries.longs().between(2, 99_999_999_999_000L)));
        return Combinators.combine(Arbitraries.longs().between(0, 2 * 86_400), Arbitraries.integers().between(0, 7),
                Arbitraries.of(false, true), Texts.token(256).injectNull(0.4), Texts.token(256).injectNull(0.6), number,
                Texts.token(256).list().ofMaxSize(3),
                Combinators.combine(Arbitraries.integers().between(-365, 45), Arbitraries.integers().between(0, 92),
                        firstNumbers, Arbitraries.frequency(Tuple.of(80, 1), Tuple.of(20, 7))).as(Tuple::of))
                .as((sec, off, ms, sys, place, nr, wz, t) -> new Header(sec, off, ms, sys, place, nr, wz, t.get1(),
                        t.get2(), t.get3(), t.get4()));
    }

    static Arbitrary<Flags> flags() {
        Arbitrary<KluczWartosc> description = Combinators.combine(Texts.token(256), Texts.paddedToken(256))
                .as((k, v) -> {
                    KluczWartosc kv = new KluczWartosc();
                    kv.setKlucz(k);
                    kv.setWartosc(v);
                    return kv;
                });
        Arbitrary<List<KluczWartosc>> descriptions = Arbitraries.frequencyOf(
                Tuple.of(75, Arbitraries.just(List.of())), Tuple.of(20, description.list().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(5, description.list().ofSize(12)));
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(90, false), Tuple.of(10, true));
        return Combinators.combine(rarely, rarely, rarely, descriptions, footers().injectNull(0.8),
                upTo(Texts.token(256), 3, 100), Arbitraries.of(false, true)).as(Flags::new);
    }

    static Arbitrary<Stopka> footers() {
        Arbitrary<Informacje> info = Builders.withBuilder(Informacje::new)
                .use(Texts.freeText(3500)).withProbability(0.9).inSetter(Informacje::setStopkaFaktury).build();
        Arbitrary<String> regon = Arbitraries.oneOf(Texts.digits(9), Texts.digits(14));
        Arbitrary<Rejestry> registers = Builders.withBuilder(Rejestry::new)
                .use(Texts.token(256)).withProbability(0.6).inSetter(Rejestry::setPelnaNazwa)
                .use(Texts.digits(10)).withProbability(0.6).inSetter(Rejestry::setKRS)
                .use(regon).withProbability(0.6).inSetter(Rejestry::setREGON)
                .use(Texts.token(9)).withProbability(0.4).inSetter(Rejestry::setBDO)
                .build();
        return Builders.withBuilder(Stopka::new)
                .use(info.list().ofMinSize(1).ofMaxSize(3)).withProbability(0.7).inSetter(Stopka::setInformacje)
                .use(upTo(registers, 2, 100)).withProbability(0.6).inSetter(Stopka::setRejestry)
                .build();
    }

    // ---------------------------------------------------------------- correction

    static Arbitrary<Correction> corrections() {
        Arbitrary<String> hex6 = Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(6);
        Arbitrary<CorrectedRef> ref = Combinators.combine(Arbitraries.integers().between(0, 700),
                Texts.token(256), hex6, hex6, Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(2))
                .as(CorrectedRef::new);
        Arbitrary<List<CorrectedRef>> refs = Arbitraries.frequencyOf(Tuple.of(85, ref.list().ofSize(1)),
                Tuple.of(15, ref.list().ofMinSize(2).ofMaxSize(6)));
        Arbitrary<BuyerK> buyerK = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Texts.token(256),
                Fa1Arbitraries.addresses().injectNull(0.3), Arbitraries.of(false, true)).as(BuyerK::new);
        return Combinators.combine(Texts.paddedToken(256), Arbitraries.of(TypKorekty.class), refs,
                Texts.token(256).injectNull(0.85), Texts.token(256).injectNull(0.85),
                Fa1Arbitraries.taxpayerIdentities().injectNull(0.8), Fa1Arbitraries.addresses(),
                Combinators.combine(Arbitraries.of(false, true), Arbitraries.frequencyOf(
                        Tuple.of(80, Arbitraries.just(List.<BuyerK>of())), Tuple.of(20, upTo(buyerK, 3, 100))))
                        .as(Tuple::of))
                .as((reason, type, r, period, nr, sellerK, sellerAddress, t) -> new Correction(reason, type, r, period,
                        nr, sellerK, sellerAddress, t.get1(), t.get2()));
    }

    // ---------------------------------------------------------------- settlement and payment

    static Arbitrary<Settlement> settlements() {
        Arbitrary<Amount> charge = Combinators.combine(Fa1Arbitraries.amounts(new BigDecimal("0.01"),
                new BigDecimal("10000.00")), Texts.token(256)).as(Amount::new);
        return Combinators.combine(Arbitraries.frequency(Tuple.of(75, false), Tuple.of(25, true)),
                upTo(charge, 3, 100).injectNull(0.5).map(l -> l == null ? List.<Amount>of() : l),
                upTo(Arbitraries.integers().between(1, 150), 3, 100).injectNull(0.5)
                        .map(l -> l == null ? List.<Integer>of() : l),
                Texts.token(256).list().ofSize(3), Arbitraries.frequency(Tuple.of(20, false), Tuple.of(80, true)))
                .as(Settlement::new);
    }

    static Arbitrary<Payment> payments() {
        Arbitrary<List<Integer>> partials = Arbitraries.frequencyOf(
                Tuple.of(97, Arbitraries.integers().between(1, 60).list().ofMinSize(1).ofMaxSize(5)),
                Tuple.of(3, Arbitraries.integers().between(1, 3).list().ofSize(100)));
        Arbitrary<Term> term = Combinators.combine(Arbitraries.integers().between(0, 120),
                Texts.token(256).injectNull(0.7)).as(Term::new);
        Arbitrary<List<Term>> terms = Arbitraries.frequencyOf(Tuple.of(97, term.list().ofMaxSize(3)),
                Tuple.of(3, term.list().ofSize(100)));
        Arbitrary<Skonto> discount = Combinators.combine(Texts.token(256), Texts.token(256)).as((a, b) -> {
            Skonto s = new Skonto();
            s.setWarunkiSkonta(a);
            s.setWysokoscSkonta(b);
            return s;
        });
        Arbitrary<List<RachunekBankowy>> accounts = Arbitraries.frequencyOf(
                Tuple.of(97, Fa1Arbitraries.bankAccounts().list().ofMaxSize(3)),
                Tuple.of(3, Fa1Arbitraries.bankAccounts().list().ofSize(100)));
        return Combinators.combine(Arbitraries.frequency(Tuple.of(40, false), Tuple.of(60, true)),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-30, 60), partials,
                Arbitraries.integers().between(-30, 90).list().ofSize(100), terms,
                Arbitraries.integers().between(0, 2),
                Combinators.combine(Arbitraries.of(FormaPlatnosci.class), Texts.token(256), accounts,
                        upTo(Fa1Arbitraries.bankAccounts(), 2, 20), discount.injectNull(0.8))
                        .as(Tuple::of))
                .as((present, paid, paidDays, partial, partialDays, t, formMode, rest) -> new Payment(present, paid,
                        paidDays, partial, partialDays, t, formMode, rest.get1(), rest.get2(), rest.get3(), rest.get4(),
                        rest.get5()));
    }

    // ---------------------------------------------------------------- transaction terms

    static Arbitrary<@Nullable WarunkiTransakcji> transactionTerms() {
        Arbitrary<LocalDate> anyDate = Fa1Arbitraries.dates(MIN_DATE, LocalDate.of(2026, 12, 31));
        Arbitrary<Umowy> contract = Builders.withBuilder(Umowy::new)
                .use(anyDate).withProbability(0.7).inSetter(Umowy::setDataUmowy)
                .use(Texts.token(256)).withProbability(0.8).inSetter(Umowy::setNrUmowy).build();
        Arbitrary<Zamowienia> order = Builders.withBuilder(Zamowienia::new)
                .use(anyDate).withProbability(0.7).inSetter(Zamowienia::setDataZamowienia)
                .use(Texts.token(256)).withProbability(0.8).inSetter(Zamowienia::setNrZamowienia).build();
        Arbitrary<Tuple.Tuple2<BigDecimal, KodWaluty>> contractRate = Combinators.combine(
                Fa1Arbitraries.exchangeRates(), Fa1Arbitraries.foreignCurrencies()).as(Tuple::of);
        return Builders.withBuilder(WarunkiTransakcji::new)
                .use(upTo(contract, 3, 100)).withProbability(0.4).inSetter(WarunkiTransakcji::setUmowy)
                .use(upTo(order, 3, 100)).withProbability(0.4).inSetter(WarunkiTransakcji::setZamowienia)
                .use(Texts.token(256).list().ofMinSize(1).ofMaxSize(3)).withProbability(0.2)
                .inSetter(WarunkiTransakcji::setNrPartiiTowaru)
                .use(Texts.token(256)).withProbability(0.3).inSetter(WarunkiTransakcji::setWarunkiDostawy)
                .use(contractRate).withProbability(0.2).inSetter((w, r) -> {
                    w.setKursUmowny(r.get1());
                    w.setWalutaUmowna(r.get2());
                })
                .use(upTo(transports(), 2, 20)).withProbability(0.4)
                .inSetter(WarunkiTransakcji::setTransport)
                .use(Arbitraries.just(Wybor1.YES)).withProbability(0.1)
                .inSetter(WarunkiTransakcji::setPodmiotPosredniczacy)
                .build().injectNull(0.7);
    }

    static Arbitrary<Transport> transports() {
        Arbitrary<Object> kind = Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.of(RodzajTransportu.class)),
                Tuple.of(20, Texts.token(50)));
        Arbitrary<Object> cargo = Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.of(Ladunek.class)),
                Tuple.of(20, Texts.token(50)));
        Arbitrary<Przewoznik> carrier = Combinators.combine(Fa1Arbitraries.partyIdentities(),
                Fa1Arbitraries.addresses()).as((d, a) -> {
                    Przewoznik p = new Przewoznik();
                    p.setDaneIdentyfikacyjne(d);
                    p.setAdresPrzewoznika(a);
                    return p;
                });
        Arbitrary<OffsetDateTime> times = Combinators.combine(Arbitraries.longs().between(
                Instant.parse("2021-10-01T00:00:00Z").getEpochSecond(), Instant.parse("2049-12-31T23:59:59Z")
                        .getEpochSecond()), Arbitraries.integers().between(0, OFFSETS.length - 1))
                .as((s, o) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(s), OFFSETS[o]));
        return Builders.withBuilder(Transport::new)
                .use(kind).inSetter((t, k) -> {
                    if (k instanceof RodzajTransportu) {
                        t.setRodzajTransportu((RodzajTransportu) k);
                    } else {
                        t.setTransportInny(Wybor1.YES);
                        t.setOpisInnegoTransportu((String) k);
                    }
                })
                .use(carrier).withProbability(0.4).inSetter(Transport::setPrzewoznik)
                .use(Texts.token(256)).withProbability(0.4).inSetter(Transport::setNrZleceniaTransportu)
                .use(cargo).inSetter((t, c) -> {
                    if (c instanceof Ladunek) {
                        t.setOpisLadunku((Ladunek) c);
                    } else {
                        t.setLadunekInny(Wybor1.YES);
                        t.setOpisInnegoLadunku((String) c);
                    }
                })
                .use(Texts.token(256)).withProbability(0.4).inSetter(Transport::setJednostkaOpakowania)
                .use(times).withProbability(0.4).inSetter(Transport::setDataGodzRozpTransportu)
                .use(times).withProbability(0.4).inSetter(Transport::setDataGodzZakTransportu)
                .use(Fa1Arbitraries.addresses()).inSetter(Transport::setWysylkaZ)
                .use(upTo(Fa1Arbitraries.addresses(), 2, 20)).withProbability(0.2)
                .inSetter(Transport::setWysylkaPrzez)
                .use(Fa1Arbitraries.addresses()).inSetter(Transport::setWysylkaDo)
                .build();
    }

    // ---------------------------------------------------------------- annotations

    static Arbitrary<Notes> notes() {
        Arbitrary<NewTransport> transport = Combinators.combine(
                Arbitraries.frequency(Tuple.of(92, false), Tuple.of(8, true)), Arbitraries.integers().between(0, 400),
                Texts.token(256).injectNull(0.5).list().ofSize(5), Arbitraries.integers().between(0, 2),
                Texts.token(256), Arbitraries.integers().between(0, 4), Texts.token(256),
                Combinators.combine(Texts.token(256).injectNull(0.5), Texts.token(256).injectNull(0.5))
                        .as(Tuple::of))
                .as((present, back, details, kind, main, subPick, sub, t) -> new NewTransport(present, back, details,
                        kind, main, subPick, sub, t.get1(), t.get2()));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Texts.paddedToken(256), transport)
                .as(Notes::new);
    }

    /** Lists of 1..{@code usual} values, and now and then of exactly {@code max} (the schema's maxOccurs). */
    static <T> Arbitrary<List<T>> upTo(Arbitrary<T> element, int usual, int max) {
        return Arbitraries.frequencyOf(Tuple.of(97, element.list().ofMinSize(1).ofMaxSize(usual)),
                Tuple.of(3, element.list().ofSize(max)));
    }

    // ================================================================ assembly

    /** Net and VAT totals of one of the groups P_13_1..P_13_7. */
    static final class Group {
        BigDecimal net = zero();
        BigDecimal vat = zero();
        BigDecimal fullGross = zero();
        int percent;
        boolean used;
    }

    static Faktura assemble(LocalDate today, Plan plan, Parties parties, List<LineSpec> lineSpecs, Header header,
            Flags flags, Correction correction, Settlement settlement, Payment payment,
            @Nullable WarunkiTransakcji terms, Notes notes) {
        RodzajFaktury kind = plan.kind();
        boolean upr = kind == RodzajFaktury.UPR;
        boolean advance = kind == RodzajFaktury.ZAL || kind == RodzajFaktury.KOR_ZAL;
        boolean settling = kind == RodzajFaktury.ROZ || kind == RodzajFaktury.KOR_ROZ;
        boolean correcting = kind == RodzajFaktury.KOR || kind == RodzajFaktury.KOR_ZAL
                || kind == RodzajFaktury.KOR_ROZ;
        KodWaluty currency = upr || plan.currency() == null ? KodWaluty.PLN : plan.currency();
        boolean foreign = currency != KodWaluty.PLN;
        int tier = upr ? 0 : advance && plan.tier() > 8 ? 8 : plan.tier();
        BigDecimal rate = tier == 11 && plan.rate().compareTo(new BigDecimal("4.9")) > 0
                ? plan.rate().remainder(new BigDecimal("4.9")).add(new BigDecimal("0.1")) : plan.rate();
        int profile = plan.tax().profile();
        if (profile == TaxPlan.MARGIN && kind != RodzajFaktury.VAT || profile == TaxPlan.OSS
                && (upr || settling)) {
            profile = TaxPlan.STANDARD;
        }
        List<Cat> cats = categories(plan.tax(), profile);
        boolean gross = plan.gross() && !advance;
        LocalDate p1 = plan.p1();

        // lines (for ZAL and KOR_ZAL: the ordered goods)
        int maxLines = upr ? 3 : tier == 11 ? 8 : Integer.MAX_VALUE;
        List<LineSpec> specs = lineSpecs.subList(0, Math.min(lineSpecs.size(), maxLines));
        int layout = plan.dateLayout();
        List<Line> lines = new ArrayList<>();
        for (LineSpec s : specs) {
            lines.add(line(s, cats.get(s.cat() % cats.size()), plan.tax().ossRate(), tier, upr, correcting, gross));
        }

        // totals per group
        Map<Cat, Group> byCat = new EnumMap<>(Cat.class);
        Group[] groups = new Group[8];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new Group();
        }
        BigDecimal marginTotal = zero();
        for (Line l : lines) {
            if (l.cat == Cat.MARGIN) {
                marginTotal = marginTotal.add(l.value);
                continue;
            }
            Group g = groups[l.cat.group];
            g.used = true;
            g.percent = l.cat == Cat.OSS ? -1 : l.cat.percent;
            byCat.put(l.cat, g);
            if (advance) {
                g.fullGross = g.fullGross.add(l.value).add(l.orderVat);
            } else {
                g.net = g.net.add(l.value);
            }
        }
        BigDecimal ossRate = plan.tax().ossRate();
        for (Map.Entry<Cat, Group> e : byCat.entrySet()) {
            Cat cat = e.getKey();
            Group g = e.getValue();
            BigDecimal percent = cat == Cat.OSS ? ossRate : BigDecimal.valueOf(cat.percent);
            if (advance) {
                BigDecimal paid = round(g.fullGross.multiply(BigDecimal.valueOf(plan.advancePercent()))
                        .divide(HUNDRED));
                g.vat = cat.taxed() ? round(paid.multiply(percent).divide(HUNDRED.add(percent), 10,
                        RoundingMode.HALF_UP)) : zero();
                g.net = paid.subtract(g.vat);
            } else if (gross) {
                BigDecimal value = g.net;
                g.vat = cat.taxed() ? round(value.multiply(percent).divide(HUNDRED.add(percent), 10,
                        RoundingMode.HALF_UP)) : zero();
                g.net = value.subtract(g.vat);
            } else {
                g.vat = cat.taxed() ? round(g.net.multiply(percent).divide(HUNDRED)) : zero();
            }
            if (settling) {
                // the lines show the whole order; the totals show what remains after the advances
                BigDecimal full = g.net.add(g.vat);
                BigDecimal paid = round(full.multiply(BigDecimal.valueOf(plan.advancePercent() - 1)).divide(HUNDRED));
                BigDecimal paidVat = cat.taxed() ? round(paid.multiply(percent).divide(HUNDRED.add(percent), 10,
                        RoundingMode.HALF_UP)) : zero();
                g.net = g.net.subtract(paid.subtract(paidVat));
                g.vat = g.vat.subtract(paidVat);
            }
        }
        BigDecimal p15 = marginTotal;
        for (int i = 1; i <= 7; i++) {
            if (groups[i].used) {
                p15 = p15.add(groups[i].net).add(groups[i].vat);
            }
        }

        boolean hasOo = byCat.containsKey(Cat.OO);
        boolean hasZw = byCat.containsKey(Cat.ZW);
        boolean split = plan.splitWanted() && !foreign && p15.compareTo(SPLIT_PAYMENT_THRESHOLD) > 0;

        // ---- Fa
        Fa fa = new Fa();
        fa.setKodWaluty(currency);
        fa.setP_1(p1);
        fa.setP_1M(header.placeOfIssue());
        fa.setP_2(header.number());
        fa.setWZ(header.wz());
        if (layout == 1) {
            fa.setP_6(clamp(p1.plusDays(header.p6Delta()), MIN_DATE_T));
        } else if (layout == 2) {
            OkresFa period = new OkresFa();
            LocalDate from = clamp(p1.plusDays(Math.min(0, header.p6Delta())), MIN_DATE_T);
            period.setP_6_Od(from);
            period.setP_6_Do(from.plusDays(header.periodLength()));
            fa.setOkresFa(period);
        }
        setTotals(fa, groups, foreign, rate, plan.zeroW());
        fa.setP_15(p15);
        fa.setAdnotacje(annotations(notes, p1, hasOo, hasZw, split, profile == TaxPlan.MARGIN ? plan.tax().marginType()
                : -1));
        fa.setRodzajFaktury(kind);
        if (correcting) {
            correction(fa, correction, parties, p1);
        }
        if (flags.fp()) {
            fa.setFP(Wybor1.YES);
        }
        if (flags.tp()) {
            fa.setTP(Wybor1.YES);
        }
        fa.setDodatkowyOpis(flags.descriptions());
        if (kind == RodzajFaktury.ROZ || kind == RodzajFaktury.KOR_ROZ && flags.advanceInvoicesOnCorrection()) {
            fa.setNrFaZaliczkowej(flags.advanceInvoices());
        }
        if (flags.exciseRefund()) {
            fa.setZwrotAkcyzy(Wybor1.YES);
        }
        boolean emitLines = !advance && (plan.emitLines() || foreign || settling || profile != TaxPlan.STANDARD);
        if (emitLines) {
            fa.setFaWiersze(lineBlock(lines, header, layout == 3 ? p1 : null, foreign ? rate : null, gross, split));
        }
        BigDecimal due = p15;
        if (settlement.present()) {
            Rozliczenie r = settlement(settlement, p15);
            fa.setRozliczenie(r);
            if (r.getDoZaplaty() != null) {
                due = r.getDoZaplaty();
            }
        }
        boolean factor = false;
        for (Podmiot3 p : parties.thirds()) {
            factor |= p.getRola() == RolaPodmiotu3.FACTOR;
        }
        if (payment.present()) {
            fa.setPlatnosc(payment(payment, p1, due, factor));
        }
        fa.setWarunkiTransakcji(terms);
        if (advance) {
            fa.setZamowienie(order(lines, foreign ? rate : null));
        }

        // ---- Faktura
        Faktura invoice = new Faktura();
        invoice.setNaglowek(header(today, p1, header));
        invoice.setPodmiot1(parties.seller());
        invoice.setPodmiot2(upr ? parties.buyerWithNip() : parties.buyer());
        List<Podmiot3> thirds = parties.thirds();
        BigDecimal shareLeft = HUNDRED;
        for (int i = 0; i < thirds.size(); i++) {
            Podmiot3 p = thirds.get(i);
            if (p.getRola() == RolaPodmiotu3.ADDITIONAL_BUYER || p.getRolaInna() != null) {
                int raw = parties.shares().get(i);
                if (raw > 0) {
                    int scale = raw % 7;
                    BigDecimal share = BigDecimal.valueOf(raw).multiply(shareLeft).divide(HUNDRED, scale,
                            RoundingMode.DOWN);
                    p.setUdzial(share);
                    shareLeft = shareLeft.subtract(share);
                }
            }
        }
        invoice.setPodmiot3(thirds);
        invoice.setPodmiotUpowazniony(parties.authorised());
        invoice.setFa(fa);
        invoice.setStopka(flags.footer());
        return invoice;
    }

    static List<Cat> categories(TaxPlan tax, int profile) {
        List<Cat> cats = new ArrayList<>();
        if (profile == TaxPlan.MARGIN) {
            cats.add(Cat.MARGIN);
            return cats;
        }
        int mask = tax.mask();
        if ((mask & 1) != 0 || mask == 0 && profile == TaxPlan.STANDARD) {
            cats.add(tax.variant1() == 0 ? Cat.R23 : Cat.R22);
        }
        if ((mask & 2) != 0) {
            cats.add(tax.variant2() == 0 ? Cat.R8 : Cat.R7);
        }
        if ((mask & 4) != 0) {
            cats.add(Cat.R5);
        }
        if ((mask & 8) != 0) {
            cats.add(tax.variant4() == 0 ? Cat.R4 : tax.variant4() == 1 ? Cat.R3 : Cat.OO);
        }
        if ((mask & 16) != 0 && profile == TaxPlan.STANDARD) {
            cats.add(Cat.NP);
        }
        if ((mask & 32) != 0) {
            cats.add(Cat.ZERO);
        }
        if ((mask & 64) != 0) {
            cats.add(Cat.ZW);
        }
        if (profile == TaxPlan.OSS) {
            cats.add(0, Cat.OSS);
        }
        return cats;
    }

    /** A line with its amounts worked out. */
    static final class Line {
        final LineSpec spec;
        final Cat cat;
        final BigDecimal qty;
        final BigDecimal price;
        final BigDecimal discount;
        final BigDecimal value;
        final BigDecimal orderVat;
        final @Nullable BigDecimal ossRate;

        Line(LineSpec spec, Cat cat, BigDecimal qty, BigDecimal price, BigDecimal discount, BigDecimal value,
                BigDecimal orderVat, @Nullable BigDecimal ossRate) {
            this.spec = spec;
            this.cat = cat;
            this.qty = qty;
            this.price = price;
            this.discount = discount;
            this.value = value;
            this.orderVat = orderVat;
            this.ossRate = ossRate;
        }
    }

    static Line line(LineSpec s, Cat cat, BigDecimal ossRate, int tier, boolean upr, boolean correcting,
            boolean gross) {
        BigDecimal price = s.price();
        BigDecimal qty = s.qty();
        if (upr) {
            price = price.remainder(UPR_MAX_PRICE).add(new BigDecimal("0.01"));
            if (qty.compareTo(BigDecimal.valueOf(3)) > 0) {
                qty = qty.remainder(BigDecimal.valueOf(3)).setScale(qty.scale(), RoundingMode.DOWN);
                if (qty.signum() == 0) {
                    qty = BigDecimal.ONE.setScale(qty.scale());
                }
            }
        } else if (tier > 0) {
            price = price.movePointRight(tier).setScale(2, RoundingMode.UNNECESSARY);
            if (tier >= 5 && qty.compareTo(BigDecimal.TEN) > 0) {
                qty = qty.remainder(BigDecimal.TEN).setScale(qty.scale(), RoundingMode.DOWN);
                if (qty.signum() == 0) {
                    qty = BigDecimal.ONE.setScale(qty.scale());
                }
            }
            if (tier == 11) {
                qty = BigDecimal.ONE;
            }
        }
        if (correcting && s.negative()) {
            qty = qty.negate();
        }
        BigDecimal amount = round(qty.multiply(price));
        BigDecimal discount = zero();
        if (s.discountPermille() > 0 && amount.signum() > 0) {
            discount = amount.multiply(BigDecimal.valueOf(s.discountPermille())).divide(BigDecimal.valueOf(1000), 2,
                    RoundingMode.DOWN);
        }
        BigDecimal value = amount.subtract(discount);
        BigDecimal orderVat = cat.taxed() ? round(value.multiply(cat == Cat.OSS ? ossRate
                : BigDecimal.valueOf(cat.percent)).divide(HUNDRED)) : zero();
        return new Line(s, cat, qty, price, discount, value, orderVat, cat == Cat.OSS ? ossRate : null);
    }

    private static void setTotals(Fa fa, Group[] g, boolean foreign, BigDecimal rate, boolean zeroW) {
        if (g[1].used) {
            fa.setP_13_1(g[1].net);
            fa.setP_14_1(g[1].vat);
            fa.setP_14_1W(inPln(g[1].vat, foreign, rate, zeroW));
        }
        if (g[2].used) {
            fa.setP_13_2(g[2].net);
            fa.setP_14_2(g[2].vat);
            fa.setP_14_2W(inPln(g[2].vat, foreign, rate, zeroW));
        }
        if (g[3].used) {
            fa.setP_13_3(g[3].net);
            fa.setP_14_3(g[3].vat);
            fa.setP_14_3W(inPln(g[3].vat, foreign, rate, zeroW));
        }
        if (g[4].used) {
            fa.setP_13_4(g[4].net);
            fa.setP_14_4(g[4].vat);
            fa.setP_14_4W(inPln(g[4].vat, foreign, rate, zeroW));
        }
        if (g[5].used) {
            fa.setP_13_5(g[5].net);
            if (g[5].percent < 0) {
                fa.setP_14_5(g[5].vat);
            }
        }
        if (g[6].used) {
            fa.setP_13_6(g[6].net);
        }
        if (g[7].used) {
            fa.setP_13_7(g[7].net);
        }
    }

    private static @Nullable BigDecimal inPln(BigDecimal vat, boolean foreign, BigDecimal rate, boolean zeroToo) {
        if (!foreign || vat.signum() == 0 && !zeroToo) {
            return null;
        }
        return round(vat.multiply(rate));
    }

    private static FaWiersze lineBlock(List<Line> lines, Header header, @Nullable LocalDate perLineDates,
            @Nullable BigDecimal rate, boolean gross, boolean split) {
        FaWiersze block = new FaWiersze();
        block.setLiczbaWierszyFaktury((long) lines.size());
        BigDecimal sum = zero();
        long number = header.firstLineNumber();
        for (Line l : lines) {
            sum = sum.add(l.value);
            LineSpec s = l.spec;
            FaWiersz w = new FaWiersz();
            w.setNrWierszaFa(number);
            number += header.lineNumberStep();
            w.setUU_ID(s.text().uuId());
            if (perLineDates != null && s.codes().withDate()) {
                w.setP_6A(clamp(perLineDates.minusDays(s.daysBack()), MIN_DATE_T));
            }
            w.setP_7(s.text().p7());
            w.setGTIN(s.text().gtin());
            w.setPKWiU(s.text().pkwiu());
            w.setCN(s.text().cn());
            w.setPKOB(s.text().pkob());
            w.setDodatkoweInfo(s.text().info());
            w.setP_8A(s.text().unit());
            if (s.codes().showQty()) {
                w.setP_8B(l.qty);
            }
            if (s.codes().showPrice()) {
                if (gross) {
                    w.setP_9B(l.price);
                } else {
                    w.setP_9A(l.price);
                }
            }
            if (l.discount.signum() != 0) {
                w.setP_10(l.discount);
            }
            if (gross) {
                w.setP_11A(l.value);
            } else {
                w.setP_11(l.value);
            }
            w.setP_12(l.cat.stawka);
            w.setP_12_XII(l.ossRate);
            if (s.codes().procedureFa()) {
                w.setP_12_Procedura(procedureFa(l.cat, s.codes().procedurePick(), split));
            }
            w.setKwotaAkcyzy(s.codes().excise());
            w.setGTU(s.codes().gtu());
            w.setProcedura(s.codes().procedure());
            w.setKursWaluty(rate);
            block.addFaWiersz(w);
        }
        if (gross) {
            block.setWartoscWierszyFaktury2(sum);
        } else {
            block.setWartoscWierszyFaktury1(sum);
        }
        return block;
    }

    private static @Nullable ProceduraFa procedureFa(Cat cat, int pick, boolean split) {
        switch (cat) {
            case ZERO:
                return new ProceduraFa[] {ProceduraFa.ZERO_RATE_DOMESTIC, ProceduraFa.ZERO_RATE_INTRA_EU_SUPPLY,
                    ProceduraFa.ZERO_RATE_EXPORT}[pick % 3];
            case NP:
                return pick % 2 == 0 ? ProceduraFa.TAXED_OUTSIDE_COUNTRY : ProceduraFa.SERVICES_ART_100_1_4;
            case OSS:
                return ProceduraFa.TAXED_OUTSIDE_COUNTRY;
            case MARGIN:
                return null;
            case R23:
            case R22:
            case R8:
            case R7:
                return split ? ProceduraFa.ANNEX_15_GOODS_SERVICES : ProceduraFa.OTHER_DOMESTIC;
            default:
                return ProceduraFa.OTHER_DOMESTIC;
        }
    }

    private static @Nullable ProceduraZamowienie procedureOrder(Cat cat, int pick) {
        switch (cat) {
            case ZERO:
                return pick % 2 == 0 ? ProceduraZamowienie.ZERO_RATE_DOMESTIC : ProceduraZamowienie.ZERO_RATE_EXPORT;
            case NP:
                return pick % 2 == 0 ? ProceduraZamowienie.TAXED_OUTSIDE_COUNTRY
                        : ProceduraZamowienie.SERVICES_ART_100_1_4;
            case OSS:
                return ProceduraZamowienie.TAXED_OUTSIDE_COUNTRY;
            case MARGIN:
                return null;
            default:
                return ProceduraZamowienie.OTHER_DOMESTIC;
        }
    }

    private static Zamowienie order(List<Line> lines, @Nullable BigDecimal rate) {
        Zamowienie z = new Zamowienie();
        z.setLiczbaWierszyZamowienia((long) lines.size());
        BigDecimal value = zero();
        long nr = 1;
        for (Line l : lines) {
            LineSpec s = l.spec;
            ZamowienieWiersz w = new ZamowienieWiersz();
            w.setNrWierszaZam(nr++);
            w.setUU_IDZ(s.text().uuId());
            w.setP_7Z(s.text().p7());
            w.setGTINZ(s.text().gtin());
            w.setPKWiUZ(s.text().pkwiu());
            w.setCNZ(s.text().cn());
            w.setPKOBZ(s.text().pkob());
            w.setDodatkoweInfoZ(s.text().info());
            w.setP_8AZ(s.text().unit());
            if (s.codes().showQty()) {
                w.setP_8BZ(l.qty);
            }
            if (s.codes().showPrice()) {
                w.setP_9AZ(l.price);
            }
            w.setP_11NettoZ(l.value);
            w.setP_11VatZ(l.orderVat);
            value = value.add(l.value).add(l.orderVat);
            w.setP_12Z(l.cat.stawka);
            w.setP_12Z_XII(l.ossRate);
            if (s.codes().procedureFa()) {
                w.setP_12Z_Procedura(procedureOrder(l.cat, s.codes().procedurePick()));
            }
            w.setGTUZ(s.codes().gtu());
            OznaczenieProcedury p = s.codes().procedure();
            if (p != null && p != OznaczenieProcedury.I_42 && p != OznaczenieProcedury.I_63) {
                w.setProceduraZ(OznaczenieProceduryZ.fromValue(p.value()));
            }
            w.setKwotaAkcyzyZ(s.codes().excise());
            w.setKursWalutyZ(rate);
            z.addZamowienieWiersz(w);
        }
        z.setWartoscZamowienia(value);
        return z;
    }

    private static Adnotacje annotations(Notes notes, LocalDate p1, boolean reverseCharge, boolean exempt,
            boolean split, int marginType) {
        Adnotacje a = new Adnotacje();
        a.setP_16(Wybor1_2.NO);
        a.setP_17(Wybor1_2.NO);
        a.setP_18(reverseCharge ? Wybor1_2.YES : Wybor1_2.NO);
        a.setP_18A(split ? Wybor1_2.YES : Wybor1_2.NO);
        a.setP_19(exempt ? Wybor1_2.YES : Wybor1_2.NO);
        if (exempt) {
            switch (notes.exemptionPick()) {
                case 0:
                    a.setP_19A(notes.exemptionText());
                    break;
                case 1:
                    a.setP_19B(notes.exemptionText());
                    break;
                default:
                    a.setP_19C(notes.exemptionText());
                    break;
            }
        }
        NewTransport t = notes.transport();
        a.setP_22(t.present() ? Wybor1_2.YES : Wybor1_2.NO);
        if (t.present()) {
            a.setP_22A(clamp(p1.minusDays(t.daysBack()), MIN_DATE_T));
            a.setP_22BMK(t.details().get(0));
            a.setP_22BMD(t.details().get(1));
            a.setP_22BK(t.details().get(2));
            a.setP_22BNR(t.details().get(3));
            a.setP_22BRP(t.details().get(4));
            switch (t.vehicleKind()) {
                case 0:
                    a.setP_22B(t.main());
                    switch (t.subPick()) {
                        case 1:
                            a.setP_22B1(t.sub());
                            break;
                        case 2:
                            a.setP_22B2(t.sub());
                            break;
                        case 3:
                            a.setP_22B3(t.sub());
                            break;
                        case 4:
                            a.setP_22B4(t.sub());
                            break;
                        default:
                            break;
                    }
                    a.setP_22BT(t.type());
                    break;
                case 1:
                    a.setP_22C(t.main());
                    a.setP_22C1(t.extra());
                    break;
                default:
                    a.setP_22D(t.main());
                    a.setP_22D1(t.extra());
                    break;
            }
        }
        a.setP_23(Wybor1_2.NO);
        a.setP_PMarzy(marginType >= 0 ? Wybor1_2.YES : Wybor1_2.NO);
        switch (marginType) {
            case 0:
                a.setP_PMarzy_2(Wybor1.YES);
                break;
            case 1:
                a.setP_PMarzy_3_1(Wybor1.YES);
                break;
            case 2:
                a.setP_PMarzy_3_2(Wybor1.YES);
                break;
            case 3:
                a.setP_PMarzy_3_3(Wybor1.YES);
                break;
            default:
                break;
        }
        return a;
    }

    private static void correction(Fa fa, Correction c, Parties parties, LocalDate p1) {
        fa.setPrzyczynaKorekty(c.reason());
        fa.setTypKorekty(c.type());
        String sellerNip = parties.seller().getDaneIdentyfikacyjne().getNIP();
        for (CorrectedRef r : c.refs()) {
            DaneFaKorygowanej d = new DaneFaKorygowanej();
            LocalDate date = p1.minusDays(r.daysBack());
            if (date.isBefore(Fa1Arbitraries.EARLIEST_ISSUE_DATE)) {
                date = Fa1Arbitraries.EARLIEST_ISSUE_DATE;
            }
            d.setDataWystFaKorygowanej(date);
            d.setNrFaKorygowanej(r.number());
            d.setNrKSeFFaKorygowanej(Fa1Arbitraries.ksefNumber(sellerNip, date, r.hexA(), r.hexB(), r.hexC()));
            fa.addDaneFaKorygowanej(d);
        }
        fa.setOkresFaKorygowanej(c.period());
        fa.setNrFaKorygowany(c.correctNumber());
        if (c.sellerK() != null) {
            Podmiot1K k = new Podmiot1K();
            if (c.sellerKPrefix()) {
                k.setPrefiksPodatnika(KodKrajuUE.PL);
            }
            DaneIdentyfikacyjnePodatnika d = c.sellerK();
            d.setNIP(sellerNip);
            k.setDaneIdentyfikacyjne(d);
            k.setAdres(c.sellerKAddress());
            fa.setPodmiot1K(k);
        }
        List<DaneIdentyfikacyjne> candidates = new ArrayList<>();
        candidates.add(parties.buyer().getDaneIdentyfikacyjne());
        for (Podmiot3 p : parties.thirds()) {
            if (p.getDaneIdentyfikacyjne() != null && p.getDaneIdentyfikacyjne().getNIP() != null) {
                candidates.add(p.getDaneIdentyfikacyjne());
            }
        }
        for (BuyerK b : c.buyersK()) {
            DaneIdentyfikacyjne source = candidates.get(b.partyPick() % candidates.size());
            DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
            if (source.getNIP() != null) {
                d.setNIP(source.getNIP());
            } else if (source.getNrID() != null) {
                d.setNrID(source.getNrID());
            } else {
                d.setBrakID(Wybor1.YES);
            }
            if (b.nameShape() == 1) {
                d.setPelnaNazwa(b.name());
            } else if (b.nameShape() == 2) {
                d.setImiePierwsze(Texts.fit(b.name(), 1, 30));
                d.setNazwisko("Nowak");
            }
            Podmiot2K k = new Podmiot2K();
            if (b.prefix() && source.getNIP() != null) {
                k.setPrefiksNabywcy(KodKrajuUE.PL);
            }
            k.setDaneIdentyfikacyjne(d);
            k.setAdres(b.address());
            fa.addPodmiot2K(k);
        }
    }

    private static Rozliczenie settlement(Settlement s, BigDecimal p15) {
        Rozliczenie r = new Rozliczenie();
        BigDecimal charges = zero();
        for (Amount a : s.charges()) {
            Obciazenia o = new Obciazenia();
            o.setKwota(a.amount());
            o.setPowod(a.reason());
            r.addObciazenia(o);
            charges = charges.add(a.amount());
        }
        if (!s.charges().isEmpty()) {
            r.setSumaObciazen(charges);
        }
        BigDecimal deductions = zero();
        for (int i = 0; i < s.deductionPercents().size(); i++) {
            BigDecimal amount = round(p15.abs().multiply(BigDecimal.valueOf(s.deductionPercents().get(i)))
                    .divide(HUNDRED));
            if (amount.signum() == 0) {
                amount = new BigDecimal("0.01");
            }
            if (amount.compareTo(MAX_DEDUCTION) > 0) {
                amount = MAX_DEDUCTION;
            }
            if (deductions.add(amount).compareTo(MAX_DEDUCTIONS) > 0) {
                break;
            }
            Odliczenia o = new Odliczenia();
            o.setKwota(amount);
            o.setPowod(s.reasons().get(i % s.reasons().size()));
            r.addOdliczenia(o);
            deductions = deductions.add(amount);
        }
        if (!r.getOdliczenia().isEmpty()) {
            r.setSumaOdliczen(deductions);
        }
        if (s.withBalance()) {
            BigDecimal balance = p15.add(charges).subtract(deductions);
            if (balance.signum() >= 0) {
                r.setDoZaplaty(balance);
            } else {
                r.setDoRozliczenia(balance.negate());
            }
        }
        return r;
    }

    private static Platnosc payment(Payment p, LocalDate p1, BigDecimal due, boolean factor) {
        Platnosc pl = new Platnosc();
        if (p.paidMode() == 1) {
            pl.setZaplacono(Wybor1.YES);
            pl.setDataZaplaty(clamp(p1.plusDays(p.paidDaysAfter()), MIN_DATE));
        } else if (p.paidMode() == 2 && due.compareTo(BigDecimal.ONE) >= 0) {
            pl.setZaplataCzesciowa(Wybor1.YES);
            int total = 0;
            for (int x : p.partialPercents()) {
                total += x;
            }
            int divisor = Math.max(100, total);
            List<PlatnosciCzesciowe> parts = new ArrayList<>();
            BigDecimal sum = zero();
            for (int i = 0; i < p.partialPercents().size(); i++) {
                BigDecimal amount = due.multiply(BigDecimal.valueOf(p.partialPercents().get(i)))
                        .divide(BigDecimal.valueOf(divisor), 2, RoundingMode.DOWN);
                if (amount.signum() == 0) {
                    amount = new BigDecimal("0.01");
                }
                if (sum.add(amount).compareTo(due) > 0) {
                    break;
                }
                sum = sum.add(amount);
                PlatnosciCzesciowe part = new PlatnosciCzesciowe();
                part.setKwotaZaplatyCzesciowej(amount);
                part.setDataZaplatyCzesciowej(clamp(p1.plusDays(p.partialDays().get(i)), MIN_DATE));
                parts.add(part);
            }
            pl.setPlatnosciCzesciowe(parts);
        }
        List<TerminyPlatnosci> terms = new ArrayList<>();
        for (Term t : p.terms()) {
            TerminyPlatnosci term = new TerminyPlatnosci();
            term.setTerminPlatnosci(clamp(p1.plusDays(t.days()), MIN_DATE));
            term.setTerminPlatnosciOpis(t.description());
            terms.add(term);
        }
        pl.setTerminyPlatnosci(terms);
        if (p.formMode() == 1) {
            pl.setFormaPlatnosci(p.form());
        } else if (p.formMode() == 2) {
            pl.setPlatnoscInna(Wybor1.YES);
            pl.setOpisPlatnosci(p.otherForm());
        }
        pl.setRachunekBankowy(p.accounts());
        if (factor) {
            pl.setRachunekBankowyFaktora(p.factorAccounts());
        }
        pl.setSkonto(p.discount());
        return pl;
    }

    private static Naglowek header(LocalDate today, LocalDate p1, Header h) {
        Naglowek n = new Naglowek();
        KodFormularza code = new KodFormularza();
        code.setValue("FA");
        code.setKodSystemowy("FA (1)");
        code.setWersjaSchemy("1-0E");
        n.setKodFormularza(code);
        n.setWariantFormularza("1");
        Instant latest = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
        Instant created = p1.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(h.createdSeconds());
        if (created.isAfter(latest)) {
            created = latest;
        }
        if (h.millis()) {
            created = created.plusMillis(h.createdSeconds() % 1000);
            if (created.isAfter(latest)) {
                created = latest;
            }
        }
        n.setDataWytworzeniaFa(OffsetDateTime.ofInstant(created.truncatedTo(ChronoUnit.MILLIS),
                OFFSETS[h.offsetPick()]));
        n.setSystemInfo(h.systemInfo());
        return n;
    }

    /** Lines of a PLN invoice at standard rates, numbered from 1, with their control totals. */
    static Arbitrary<FaWiersze> plainLines() {
        return Combinators.combine(lineSpecs(), taxPlans()).as((specs, tax) -> {
            List<Cat> cats = categories(tax, TaxPlan.STANDARD);
            List<Line> lines = new ArrayList<>();
            for (LineSpec s : specs) {
                lines.add(line(s, cats.get(s.cat() % cats.size()), tax.ossRate(), 0, false, false, false));
            }
            Header numbering = new Header(0, 0, false, null, null, "1", List.of(), 0, 0, 1, 1);
            return lineBlock(lines, numbering, null, null, false, false);
        });
    }

    private static LocalDate clamp(LocalDate d, LocalDate min) {
        if (d.isBefore(min)) {
            return min;
        }
        return d.isAfter(MAX_DATE) ? MAX_DATE : d;
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
