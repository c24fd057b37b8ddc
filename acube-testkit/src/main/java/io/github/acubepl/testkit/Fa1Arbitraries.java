package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.AdresPolski;
import io.github.acubepl.model.fa1.AdresZagraniczny;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodKraju;
import io.github.acubepl.model.fa1.KodKrajuUE;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Podmiot1;
import io.github.acubepl.model.fa1.Podmiot2;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.PodmiotUpowazniony;
import io.github.acubepl.model.fa1.RachunekBankowy;
import io.github.acubepl.model.fa1.RachunekWlasnyBanku;
import io.github.acubepl.model.fa1.RolaPodmiotu3;
import io.github.acubepl.model.fa1.RolaPodmiotuUpowaznionego;
import io.github.acubepl.model.fa1.StatusInfoPodatnika;
import io.github.acubepl.model.fa1.Wybor1;
import io.github.acubepl.testkit.internal.Checksums;
import io.github.acubepl.testkit.internal.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of FA(1) invoices ({@link Faktura}) that are valid against the official schema
 * {@code schemat_FA(1)_v1-0E.xsd} and against the business rules of {@code acube-mapping}, and the
 * building blocks they are made of, for reuse in your own generators.
 *
 * <p>Used as {@link Fa3Arbitraries} is (see its example), with {@code Fa1Arbitraries.invoices()} in the
 * {@code @Provide} method and {@code io.github.acubepl.model.fa1.Faktura} parameters.
 *
 * <p>Generated invoices cover every invoice kind ({@code VAT}, {@code KOR}, {@code ZAL}, {@code ROZ},
 * {@code UPR}, {@code KOR_ZAL}, {@code KOR_ROZ}), PLN and foreign currencies, every tax rate of the
 * schema, margin and OSS invoices, and every optional element and choice branch of the schema in
 * some invoices. Amounts are consistent: line values add up to the totals per rate, VAT per rate is
 * rounded half-up to grosze, {@code P_15} is the sum of the totals, control sums and settlement
 * amounts match, NIPs and bank account numbers carry correct check digits. Issue dates lie between
 * 2022-01-01 ({@link #EARLIEST_ISSUE_DATE}) and a fixed "today" ({@link #DEFAULT_TODAY} unless given),
 * so that a validator with a clock at or after that day never sees an invoice from the future.
 *
 * <p>All arbitraries are built from jqwik combinators (no filters), so shrinking works. Each
 * generated object is new; you may modify it in a test.
 */
public final class Fa1Arbitraries {
    /** The "today" used when none is given: generated invoices are issued on or before it. */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 1);

    /** The earliest issue date generated: the start of KSeF. */
    public static final LocalDate EARLIEST_ISSUE_DATE = LocalDate.of(2022, 1, 1);

    private Fa1Arbitraries() {
    }

    // ---------------------------------------------------------------- invoices

    /** Valid FA(1) invoices issued on or before {@link #DEFAULT_TODAY}. */
    public static Arbitrary<Faktura> invoices() {
        return invoices(DEFAULT_TODAY);
    }

    /**
     * Valid FA(1) invoices issued between {@link #EARLIEST_ISSUE_DATE} and {@code today}.
     *
     * @param today the latest issue date (and creation date); not before {@link #EARLIEST_ISSUE_DATE}
     */
    public static Arbitrary<Faktura> invoices(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (today.isBefore(EARLIEST_ISSUE_DATE)) {
            throw new IllegalArgumentException("today (" + today + ") is before " + EARLIEST_ISSUE_DATE);
        }
        return Fa1Invoices.invoices(today);
    }

    // ---------------------------------------------------------------- numbers and identifiers

    /**
     * Polish tax numbers (NIP): 10 digits matching the schema's pattern
     * {@code [1-9]((\d[1-9])|([1-9]\d))\d{7}} with a correct check digit, never a repdigit.
     */
    public static Arbitrary<String> nips() {
        return Arbitraries.integers().between(0, 9).list().ofSize(9).map(l -> {
            int[] d = new int[9];
            for (int i = 0; i < 9; i++) {
                d[i] = l.get(i);
            }
            return Checksums.nipFrom(d);
        });
    }

    /** Amounts (TKwotowy) at scale 2 from 0.01 to 999 999.99. */
    public static Arbitrary<BigDecimal> amounts() {
        return amounts(new BigDecimal("0.01"), new BigDecimal("999999.99"));
    }

    /** Amounts at scale 2 between {@code min} and {@code max} inclusive. */
    public static Arbitrary<BigDecimal> amounts(BigDecimal min, BigDecimal max) {
        return Arbitraries.bigDecimals().between(min, max).ofScale(2).map(v -> v.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Positive quantities (TIlosci: at most 22 digits, 6 of them decimal), mostly whole numbers,
     * otherwise with 1 to 6 decimal places, up to 100 000.
     */
    public static Arbitrary<BigDecimal> quantities() {
        Arbitrary<Integer> scale = Arbitraries.frequency(Tuple.of(60, 0), Tuple.of(15, 1), Tuple.of(10, 2),
                Tuple.of(10, 3), Tuple.of(5, 6));
        return Combinators.combine(scale, Arbitraries.bigDecimals().between(new BigDecimal("0.000001"),
                new BigDecimal("100000")).ofScale(6)).as((s, v) -> {
                    BigDecimal q = v.setScale(s, RoundingMode.HALF_UP);
                    return q.signum() > 0 ? q : BigDecimal.ONE.setScale(s);
                });
    }

    /** Exchange rates (TIlosci): mostly 4 decimal places as the NBP publishes them, between 0.0001 and 10. */
    public static Arbitrary<BigDecimal> exchangeRates() {
        Arbitrary<Integer> scale = Arbitraries.frequency(Tuple.of(80, 4), Tuple.of(10, 2), Tuple.of(10, 6));
        return Combinators.combine(scale, Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
                BigDecimal.TEN).ofScale(6)).as((s, v) -> {
                    BigDecimal r = v.setScale(s, RoundingMode.HALF_UP);
                    return r.signum() > 0 ? r : BigDecimal.ONE.setScale(s);
                });
    }

    /** Issue dates ({@code P_1}) from {@link #EARLIEST_ISSUE_DATE} to {@link #DEFAULT_TODAY}. */
    public static Arbitrary<LocalDate> issueDates() {
        return issueDates(DEFAULT_TODAY);
    }

    /** Issue dates ({@code P_1}) from {@link #EARLIEST_ISSUE_DATE} to {@code today}. */
    public static Arbitrary<LocalDate> issueDates(LocalDate today) {
        return dates(EARLIEST_ISSUE_DATE, today);
    }

    /** Dates between {@code from} and {@code to} inclusive, shrinking towards {@code from}. */
    public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            throw new IllegalArgumentException(from + " is after " + to);
        }
        return Arbitraries.longs().between(0, days).map(from::plusDays);
    }

    /**
     * Polish account numbers ({@code NrRBPL}): 26 digits whose bank sort code carries its check
     * digit and which form a valid IBAN {@code PL…} (ISO 13616, mod 97).
     */
    public static Arbitrary<String> polishAccountNumbers() {
        return Combinators.combine(Texts.digits(7), Texts.digits(16)).as(Checksums::polishAccount);
    }

    /**
     * Foreign account numbers for {@code NrRBZagr} ({@code [0-9A-Z]{10,30}}): IBANs of other
     * countries with correct check digits, and account numbers of countries without IBAN.
     */
    public static Arbitrary<String> foreignAccountNumbers() {
        Arbitrary<String> de = Texts.digits(18).map(b -> Checksums.iban("DE", b));
        Arbitrary<String> fr = Combinators.combine(Texts.digits(10), Texts.upperAlphanumeric(11, 11), Texts.digits(2))
                .as((a, b, c) -> Checksums.iban("FR", a + b + c));
        Arbitrary<String> gb = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
                Texts.digits(14)).as((a, b) -> Checksums.iban("GB", a + b));
        Arbitrary<String> nl = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
                Texts.digits(10)).as((a, b) -> Checksums.iban("NL", a + b));
        Arbitrary<String> cz = Texts.digits(20).map(b -> Checksums.iban("CZ", b));
        Arbitrary<String> other = Texts.digits(10).list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("", l)).map(s -> s.substring(0, Math.min(30, s.length())));
        return Arbitraries.oneOf(List.of(de, fr, gb, nl, cz, other));
    }

    /** SWIFT/BIC codes ({@code [A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?}). */
    public static Arbitrary<String> swiftCodes() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
        Arbitrary<String> location = Texts.upperAlphanumeric(2, 2);
        Arbitrary<String> branch = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                Tuple.of(1, Texts.upperAlphanumeric(3, 3)));
        return Combinators.combine(letters, location, branch).as((a, b, c) -> a + b + c);
    }

    /**
     * Bank accounts ({@code TRachunekBankowy}): a Polish account ({@code NrRBPL}) or a foreign one
     * ({@code NrRBZagr} with {@code SWIFT}), optionally with the kind of a bank's own account and the
     * bank's name.
     */
    public static Arbitrary<RachunekBankowy> bankAccounts() {
        Arbitrary<RachunekBankowy> polish = Builders.withBuilder(RachunekBankowy::new)
                .use(polishAccountNumbers()).inSetter(RachunekBankowy::setNrRBPL)
                .use(Arbitraries.of(RachunekWlasnyBanku.class)).withProbability(0.2)
                .inSetter(RachunekBankowy::setRachunekWlasnyBanku)
                .use(Texts.token(256)).withProbability(0.5).inSetter(RachunekBankowy::setNazwaBanku)
                .build();
        Arbitrary<RachunekBankowy> foreign = Builders.withBuilder(RachunekBankowy::new)
                .use(foreignAccountNumbers()).inSetter(RachunekBankowy::setNrRBZagr)
                .use(swiftCodes()).inSetter(RachunekBankowy::setSWIFT)
                .use(Arbitraries.of(RachunekWlasnyBanku.class)).withProbability(0.2)
                .inSetter(RachunekBankowy::setRachunekWlasnyBanku)
                .use(Texts.token(256)).withProbability(0.5).inSetter(RachunekBankowy::setNazwaBanku)
                .build();
        return Arbitraries.frequencyOf(Tuple.of(75, polish), Tuple.of(25, foreign));
    }

    /**
     * KSeF numbers ({@code TNumerKSeF}): {@code <NIP>-YYYYMMDD-XXXXXX-XXXXXX-XX} (hexadecimal upper
     * case), the first part also {@code M} + 9 digits or 3 letters + 7 digits now and then. The NIP
     * prefix has a valid check digit.
     */
    public static Arbitrary<String> ksefNumbers() {
        return ksefNumbers(dates(EARLIEST_ISSUE_DATE, DEFAULT_TODAY));
    }

    static Arbitrary<String> ksefNumbers(Arbitrary<LocalDate> dates) {
        Arbitrary<String> prefix = Arbitraries.frequencyOf(Tuple.of(90, nips()),
                Tuple.of(5, Texts.digits(9).map(d -> "M" + d)),
                Tuple.of(5, Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                        Texts.digits(7)).as((a, b) -> a + b)));
        Arbitrary<String> hex6 = Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(6);
        Arbitrary<String> hex2 = Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(2);
        return Combinators.combine(prefix, dates, hex6, hex6, hex2).as((p, d, a, b, c) -> ksefNumber(p, d, a, b, c));
    }

    static String ksefNumber(String prefix, LocalDate date, String a, String b, String c) {
        return prefix + "-" + String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                + "-" + a + "-" + b + "-" + c;
    }

    // ---------------------------------------------------------------- addresses

    /** Polish addresses ({@code Adres} with {@code AdresPol}); every optional part appears in some. */
    public static Arbitrary<Adres> polishAddresses() {
        return polishAddressParts().map(a -> {
            Adres adres = new Adres();
            adres.setAdresPol(a);
            return adres;
        });
    }

    /** Foreign addresses ({@code Adres} with {@code AdresZagr}), in any country of the code list but Poland. */
    public static Arbitrary<Adres> foreignAddresses() {
        return foreignAddressParts().map(a -> {
            Adres adres = new Adres();
            adres.setAdresZagr(a);
            return adres;
        });
    }

    /** Polish (about 75 %) and foreign addresses. */
    public static Arbitrary<Adres> addresses() {
        return Arbitraries.frequencyOf(Tuple.of(75, polishAddresses()), Tuple.of(25, foreignAddresses()));
    }

    static Arbitrary<AdresPolski> polishAddressParts() {
        Arbitrary<String> postalCode = Combinators.combine(Texts.digits(2), Texts.digits(3)).as((a, b) -> a + "-" + b);
        return Builders.withBuilder(AdresPolski::new)
                .use(Arbitraries.of(KodKraju.PL)).inSetter(AdresPolski::setKodKraju)
                .use(Texts.token(36)).withProbability(0.3).inSetter(AdresPolski::setWojewodztwo)
                .use(Texts.token(36)).withProbability(0.3).inSetter(AdresPolski::setPowiat)
                .use(Texts.token(36)).withProbability(0.3).inSetter(AdresPolski::setGmina)
                .use(Texts.token(65)).withProbability(0.8).inSetter(AdresPolski::setUlica)
                .use(Texts.token(9)).inSetter(AdresPolski::setNrDomu)
                .use(Texts.token(10)).withProbability(0.4).inSetter(AdresPolski::setNrLokalu)
                .use(Texts.paddedToken(56)).inSetter(AdresPolski::setMiejscowosc)
                .use(postalCode).inSetter(AdresPolski::setKodPocztowy)
                .use(Texts.token(56)).withProbability(0.3).inSetter(AdresPolski::setPoczta)
                .use(gln()).withProbability(0.15).inSetter(AdresPolski::setGLN)
                .build();
    }

    static Arbitrary<AdresZagraniczny> foreignAddressParts() {
        List<KodKraju> foreign = new ArrayList<>(EnumSet.allOf(KodKraju.class));
        foreign.remove(KodKraju.PL);
        return Builders.withBuilder(AdresZagraniczny::new)
                .use(Arbitraries.of(foreign)).inSetter(AdresZagraniczny::setKodKraju)
                .use(Texts.token(8)).withProbability(0.7).inSetter(AdresZagraniczny::setKodPocztowy)
                .use(Texts.token(56)).inSetter(AdresZagraniczny::setMiejscowosc)
                .use(Texts.token(65)).withProbability(0.7).inSetter(AdresZagraniczny::setUlica)
                .use(Texts.token(9)).withProbability(0.6).inSetter(AdresZagraniczny::setNrDomu)
                .use(Texts.token(10)).withProbability(0.3).inSetter(AdresZagraniczny::setNrLokalu)
                .use(gln()).withProbability(0.15).inSetter(AdresZagraniczny::setGLN)
                .build();
    }

    private static Arbitrary<String> gln() {
        return Arbitraries.frequencyOf(Tuple.of(80, Texts.digits(13)), Tuple.of(20, Texts.token(13)));
    }

    // ---------------------------------------------------------------- parties

    /**
     * Seller data as {@code Podmiot1} needs it: a NIP, a person's or a company's name, an optional
     * trade name.
     */
    public static Arbitrary<DaneIdentyfikacyjnePodatnika> taxpayerIdentities() {
        Arbitrary<DaneIdentyfikacyjnePodatnika> company = Combinators.combine(nips(), Texts.paddedToken(256),
                Texts.token(256).injectNull(0.7)).as((nip, name, trade) -> {
                    DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
                    d.setNIP(nip);
                    d.setPelnaNazwa(name);
                    d.setNazwaHandlowa(trade);
                    return d;
                });
        Arbitrary<DaneIdentyfikacyjnePodatnika> person = Combinators.combine(nips(), Texts.token(30),
                Texts.token(81), Texts.token(256).injectNull(0.6)).as((nip, first, last, trade) -> {
                    DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
                    d.setNIP(nip);
                    d.setImiePierwsze(first);
                    d.setNazwisko(last);
                    d.setNazwaHandlowa(trade);
                    return d;
                });
        return Arbitraries.frequencyOf(Tuple.of(75, company), Tuple.of(25, person));
    }

    /**
     * Party data ({@code TPodmiot}) identified by a NIP (about 70 %), a foreign tax number
     * ({@code NrID}) or no identifier ({@code BrakID}), with or without a name.
     */
    public static Arbitrary<DaneIdentyfikacyjne> partyIdentities() {
        return Arbitraries.frequencyOf(Tuple.of(70, partyIdentities(IdKind.NIP)),
                Tuple.of(18, partyIdentities(IdKind.NR_ID)), Tuple.of(12, partyIdentities(IdKind.NONE)));
    }

    /** Which identifier a party has. */
    enum IdKind {
        NIP, NR_ID, NONE
    }

    static Arbitrary<DaneIdentyfikacyjne> partyIdentities(IdKind kind) {
        Arbitrary<String> nrId = Arbitraries.frequencyOf(
                Tuple.of(70, Combinators.combine(Arbitraries.of("DE", "FR", "CZ", "GB", "US", "UA", "EL", "XI", ""),
                        Texts.upperAlphanumeric(2, 12)).as((c, n) -> c + n)),
                Tuple.of(20, Texts.token(50)),
                Tuple.of(10, Texts.upperAlphanumeric(50, 50)));
        Arbitrary<Integer> nameShape = Arbitraries.frequency(Tuple.of(15, 0), Tuple.of(65, 1), Tuple.of(20, 2));
        Arbitrary<String> id = kind == IdKind.NIP ? nips() : kind == IdKind.NR_ID ? nrId : Arbitraries.just("1");
        return Combinators.combine(id, nameShape, Texts.paddedToken(256), Texts.token(30), Texts.token(81),
                Texts.token(256).injectNull(0.75)).as((value, shape, full, first, last, trade) -> {
                    DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
                    if (kind == IdKind.NIP) {
                        d.setNIP(value);
                    } else if (kind == IdKind.NR_ID) {
                        d.setNrID(value);
                    } else {
                        d.setBrakID(Wybor1.YES);
                    }
                    if (shape == 1) {
                        d.setPelnaNazwa(full);
                    } else if (shape == 2) {
                        d.setImiePierwsze(first);
                        d.setNazwisko(last);
                    }
                    if (shape != 0) {
                        d.setNazwaHandlowa(trade);
                    }
                    return d;
                });
    }

    /** Phone numbers ({@code TNumerTelefonu}, 1..16 characters). */
    public static Arbitrary<String> phoneNumbers() {
        Arbitrary<String> pl = Texts.digits(9).map(d -> "+48 " + d.substring(0, 3) + " " + d.substring(3, 6) + " "
                + d.substring(6));
        return Arbitraries.frequencyOf(Tuple.of(50, Texts.digits(9)), Tuple.of(30, pl), Tuple.of(20, Texts.token(16)));
    }

    /** Sellers ({@code Podmiot1}); every optional element appears in some. */
    public static Arbitrary<Podmiot1> sellers() {
        return Builders.withBuilder(Podmiot1::new)
                .use(Arbitraries.of(KodKrajuUE.PL)).withProbability(0.3).inSetter(Podmiot1::setPrefiksPodatnika)
                .use(eori()).withProbability(0.1).inSetter(Podmiot1::setNrEORI)
                .use(taxpayerIdentities()).inSetter(Podmiot1::setDaneIdentyfikacyjne)
                .use(addresses()).inSetter(Podmiot1::setAdres)
                .use(addresses()).withProbability(0.15).inSetter(Podmiot1::setAdresKoresp)
                .use(Texts.emails(255)).withProbability(0.5).inSetter(Podmiot1::setEmail)
                .use(phoneNumbers().list().ofMinSize(1).ofMaxSize(3)).withProbability(0.5)
                .inSetter(Podmiot1::setTelefon)
                .use(Arbitraries.of(StatusInfoPodatnika.class)).withProbability(0.1)
                .inSetter(Podmiot1::setStatusInfoPodatnika)
                .build();
    }

    /**
     * Buyers ({@code Podmiot2}) identified by a NIP, a foreign number or nothing (a consumer); the
     * EU prefix, when present, matches the identifier.
     */
    public static Arbitrary<Podmiot2> buyers() {
        return Arbitraries.frequencyOf(Tuple.of(70, buyers(IdKind.NIP)), Tuple.of(18, buyers(IdKind.NR_ID)),
                Tuple.of(12, buyers(IdKind.NONE)));
    }

    static Arbitrary<Podmiot2> buyers(IdKind kind) {
        List<KodKrajuUE> eu = new ArrayList<>(EnumSet.allOf(KodKrajuUE.class));
        eu.remove(KodKrajuUE.PL);
        Arbitrary<KodKrajuUE> prefix = kind == IdKind.NIP ? Arbitraries.of(KodKrajuUE.PL) : Arbitraries.of(eu);
        return Builders.withBuilder(Podmiot2::new)
                .use(prefix).withProbability(kind == IdKind.NONE ? 0 : 0.25).inSetter(Podmiot2::setPrefiksNabywcy)
                .use(eori()).withProbability(0.1).inSetter(Podmiot2::setNrEORI)
                .use(partyIdentities(kind)).inSetter(Podmiot2::setDaneIdentyfikacyjne)
                .use(addresses()).withProbability(0.85).inSetter(Podmiot2::setAdres)
                .use(addresses()).withProbability(0.1).inSetter(Podmiot2::setAdresKoresp)
                .use(Texts.emails(255)).withProbability(0.4).inSetter(Podmiot2::setEmail)
                .use(phoneNumbers().list().ofMinSize(1).ofMaxSize(3)).withProbability(0.4)
                .inSetter(Podmiot2::setTelefon)
                .use(Texts.token(256)).withProbability(0.3).inSetter(Podmiot2::setNrKlienta)
                .build();
    }

    /**
     * Third parties ({@code Podmiot3}) with a role from the code list ({@code Rola}) or another role
     * described in words ({@code RolaInna} and {@code OpisRoli}). No {@code Udzial}: the invoice
     * generator sets shares so that they add up to at most 100 %.
     */
    public static Arbitrary<Podmiot3> thirdParties() {
        Arbitrary<Object> role = Arbitraries.frequencyOf(Tuple.of(85, Arbitraries.of(RolaPodmiotu3.class)),
                Tuple.of(15, Texts.token(256)));
        return Builders.withBuilder(Podmiot3::new)
                .use(eori()).withProbability(0.1).inSetter(Podmiot3::setNrEORI)
                .use(partyIdentities()).inSetter(Podmiot3::setDaneIdentyfikacyjne)
                .use(addresses()).inSetter(Podmiot3::setAdres)
                .use(addresses()).withProbability(0.1).inSetter(Podmiot3::setAdresKoresp)
                .use(Texts.emails(255)).withProbability(0.4).inSetter(Podmiot3::setEmail)
                .use(phoneNumbers().list().ofMinSize(1).ofMaxSize(3)).withProbability(0.3)
                .inSetter(Podmiot3::setTelefon)
                .use(role).inSetter((p, r) -> {
                    if (r instanceof RolaPodmiotu3) {
                        p.setRola((RolaPodmiotu3) r);
                    } else {
                        p.setRolaInna(Wybor1.YES);
                        p.setOpisRoli((String) r);
                    }
                })
                .use(Texts.token(256)).withProbability(0.2).inSetter(Podmiot3::setNrKlienta)
                .build();
    }

    /** Authorised parties ({@code PodmiotUpowazniony}): an enforcement authority, a bailiff or a tax representative. */
    public static Arbitrary<PodmiotUpowazniony> authorisedParties() {
        return Builders.withBuilder(PodmiotUpowazniony::new)
                .use(eori()).withProbability(0.2).inSetter(PodmiotUpowazniony::setNrEORI)
                .use(partyIdentities()).inSetter(PodmiotUpowazniony::setDaneIdentyfikacyjne)
                .use(addresses()).inSetter(PodmiotUpowazniony::setAdres)
                .use(addresses()).withProbability(0.2).inSetter(PodmiotUpowazniony::setAdresKoresp)
                .use(Texts.emails(255)).withProbability(0.5).inSetter(PodmiotUpowazniony::setEmailPU)
                .use(phoneNumbers().list().ofMinSize(1).ofMaxSize(3)).withProbability(0.5)
                .inSetter(PodmiotUpowazniony::setTelefonPU)
                .use(Arbitraries.of(RolaPodmiotuUpowaznionego.class)).inSetter(PodmiotUpowazniony::setRolaPU)
                .build();
    }

    private static Arbitrary<String> eori() {
        return Arbitraries.frequencyOf(Tuple.of(80, nips().map(n -> "PL" + n + "00000")),
                Tuple.of(20, Texts.token(256)));
    }

    // ---------------------------------------------------------------- lines and currencies

    /**
     * Invoice lines of a PLN VAT invoice with their control totals: {@code LiczbaWierszyFaktury} is
     * the number of lines and {@code WartoscWierszyFaktury1} the sum of {@code P_11}. The lines of
     * {@link #invoices()} vary more (gross prices, foreign currencies, corrections, margins).
     */
    public static Arbitrary<FaWiersze> lines() {
        return Fa1Invoices.plainLines();
    }

    /** Currency codes other than PLN. */
    public static Arbitrary<KodWaluty> foreignCurrencies() {
        List<KodWaluty> foreign = new ArrayList<>(EnumSet.allOf(KodWaluty.class));
        foreign.remove(KodWaluty.PLN);
        return Arbitraries.frequencyOf(Tuple.of(60, Arbitraries.of(KodWaluty.EUR, KodWaluty.USD, KodWaluty.GBP,
                KodWaluty.CHF, KodWaluty.CZK)), Tuple.of(40, Arbitraries.of(foreign)));
    }
}
