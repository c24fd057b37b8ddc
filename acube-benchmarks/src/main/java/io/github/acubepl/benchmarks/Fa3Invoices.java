package io.github.acubepl.benchmarks;

import io.github.acubepl.model.fa3.Adnotacje;
import io.github.acubepl.model.fa3.Adres;
import io.github.acubepl.model.fa3.DaneFaKorygowanej;
import io.github.acubepl.model.fa3.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa3.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa3.DaneKontaktowe;
import io.github.acubepl.model.fa3.Fa;
import io.github.acubepl.model.fa3.FaWiersz;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.model.fa3.FormaPlatnosci;
import io.github.acubepl.model.fa3.KodKraju;
import io.github.acubepl.model.fa3.KodWaluty;
import io.github.acubepl.model.fa3.Naglowek;
import io.github.acubepl.model.fa3.NoweSrodkiTransportu;
import io.github.acubepl.model.fa3.PMarzy;
import io.github.acubepl.model.fa3.Platnosc;
import io.github.acubepl.model.fa3.Podmiot1;
import io.github.acubepl.model.fa3.Podmiot2;
import io.github.acubepl.model.fa3.RachunekBankowy;
import io.github.acubepl.model.fa3.RodzajFaktury;
import io.github.acubepl.model.fa3.StawkaPodatku;
import io.github.acubepl.model.fa3.TerminPlatnosci;
import io.github.acubepl.model.fa3.TypKorekty;
import io.github.acubepl.model.fa3.Wybor1;
import io.github.acubepl.model.fa3.Wybor1_2;
import io.github.acubepl.model.fa3.Zwolnienie;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds valid FA(3) invoices of a chosen size from one small invoice, keeping every control total
 * consistent (net and VAT per rate group, {@code P_15}, the line numbers), so that a big document
 * is measured as the valid document it is and not as a flood of issues.
 *
 * <p>Two ways to grow: many lines ({@link #withLines(int)}, {@code FaWiersz}) and, for a correction
 * invoice, many corrected invoices ({@link #correctionOf(int)}, {@code DaneFaKorygowanej}, which
 * FA(3) caps at 50,000).
 */
public final class Fa3Invoices {
    /** The seller's NIP (valid checksum). */
    public static final String SELLER_NIP = "5261040828";
    /** The buyer's NIP (valid checksum). */
    public static final String BUYER_NIP = "9512345675";

    private static final BigDecimal RATE_23 = new BigDecimal("0.23");
    private static final BigDecimal RATE_8 = new BigDecimal("0.08");

    private Fa3Invoices() {
    }

    /** A small valid VAT invoice: three lines at 23 % and 8 %, paid by transfer within 14 days. */
    public static Faktura small() {
        return withLines(3);
    }

    /**
     * A VAT invoice with {@code lines} lines, alternating 23 % and 8 %, with the totals per rate
     * group and {@code P_15} summed from the lines.
     *
     * @param lines the number of {@code FaWiersz}, at least 1
     * @return a new invoice
     */
    public static Faktura withLines(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("an invoice needs at least one line: " + lines);
        }
        return invoice(addLines(fa("FV/2026/11/" + lines, RodzajFaktury.VAT), lines).build());
    }

    /**
     * Adds {@code lines} lines, alternating 23 % and 8 %, and the totals per rate group and
     * {@code P_15} summed from them.
     */
    private static Fa.Builder addLines(Fa.Builder fa, int lines) {
        List<FaWiersz> rows = new ArrayList<>(lines);
        BigDecimal net23 = BigDecimal.ZERO;
        BigDecimal net8 = BigDecimal.ZERO;
        for (int i = 1; i <= lines; i++) {
            BigDecimal price = BigDecimal.valueOf(1000 + (i % 90) * 37L, 2);
            BigDecimal quantity = BigDecimal.valueOf(1 + i % 7);
            BigDecimal net = price.multiply(quantity);
            boolean standard = i % 2 == 1;
            if (standard) {
                net23 = net23.add(net);
            } else {
                net8 = net8.add(net);
            }
            rows.add(FaWiersz.builder().nrWierszaFa(i).p_7((standard ? "Towar nr " : "Książka nr ") + i)
                    .indeks(String.format(Locale.ROOT, "IDX-%06d", i)).p_8A("szt.").p_8B(quantity).p_9A(price)
                    .p_11(net).p_12(standard ? StawkaPodatku.RATE_23 : StawkaPodatku.RATE_8).build());
        }
        BigDecimal vat23 = vat(net23, RATE_23);
        BigDecimal vat8 = vat(net8, RATE_8);
        fa.faWiersz(rows).p_13_1(net23).p_14_1(vat23);
        if (net8.signum() != 0) {
            fa.p_13_2(net8).p_14_2(vat8);
        }
        return fa.p_15(net23.add(vat23).add(net8).add(vat8));
    }

    /**
     * A correction invoice ({@code KOR}): a rebate of 1,000.00 net at 23 % granted for
     * {@code corrected} earlier invoices, each named in its own {@code DaneFaKorygowanej}; every
     * second one by its KSeF number (with a correct CRC-8), the others as issued outside KSeF.
     *
     * @param corrected the number of {@code DaneFaKorygowanej}, 1 to 50,000
     * @return a new invoice
     */
    public static Faktura correctionOf(int corrected) {
        if (corrected < 1) {
            throw new IllegalArgumentException("a correction names at least one invoice: " + corrected);
        }
        List<DaneFaKorygowanej> originals = originals(corrected);
        BigDecimal net = new BigDecimal("-1000.00");
        BigDecimal vat = vat(net, RATE_23);
        Fa fa = fa("KOR/2026/11/" + corrected, RodzajFaktury.KOR)
                .przyczynaKorekty("rabat za obroty w 2026 r.")
                .typKorekty(TypKorekty.CORRECTION_ISSUE_DATE)
                .daneFaKorygowanej(originals)
                .addFaWiersz(FaWiersz.builder().nrWierszaFa(1).p_7("Rabat za obroty w 2026 r.").p_8A("usł.")
                        .p_8B(BigDecimal.ONE).p_9A(net).p_11(net).p_12(StawkaPodatku.RATE_23).build())
                .p_13_1(net).p_14_1(vat).p_15(net.add(vat))
                .build();
        return invoice(fa);
    }

    /**
     * A correction invoice ({@code KOR}) naming {@code corrected} earlier invoices, as
     * {@link #correctionOf(int)} does, whose correcting lines are {@code lines} lines as
     * {@link #withLines(int)} writes them (with their totals): the biggest FA(3) documents, as
     * both of FA(3)'s long lists grow in one invoice.
     *
     * @param corrected the number of {@code DaneFaKorygowanej}, 1 to 50,000
     * @param lines the number of {@code FaWiersz}, 1 to 10,000
     * @return a new invoice
     */
    public static Faktura correctionOf(int corrected, int lines) {
        if (corrected < 1 || lines < 1) {
            throw new IllegalArgumentException("a correction names at least one invoice and has at least one line: "
                    + corrected + ", " + lines);
        }
        Fa.Builder fa = fa("KOR/2026/11/" + corrected + "/" + lines, RodzajFaktury.KOR)
                .przyczynaKorekty("rabat za obroty w 2026 r.")
                .typKorekty(TypKorekty.CORRECTION_ISSUE_DATE)
                .daneFaKorygowanej(originals(corrected));
        return invoice(addLines(fa, lines).build());
    }

    /** {@code corrected} corrected invoices: every second one by its KSeF number, the others as issued outside KSeF. */
    private static List<DaneFaKorygowanej> originals(int corrected) {
        List<DaneFaKorygowanej> originals = new ArrayList<>(corrected);
        LocalDate first = LocalDate.parse("2026-01-02");
        for (int i = 0; i < corrected; i++) {
            LocalDate issued = first.plusDays(i % 300);
            String number = "FV/2026/" + (i + 1);
            DaneFaKorygowanej.Builder original = DaneFaKorygowanej.builder().dataWystFaKorygowanej(issued)
                    .nrFaKorygowanej(number);
            if (i % 2 == 0) {
                original.nrKSeF(Wybor1.YES).nrKSeFFaKorygowanej(ksefNumber(SELLER_NIP, issued.plusDays(1), i));
            } else {
                original.nrKSeFN(Wybor1.YES);
            }
            originals.add(original.build());
        }
        return originals;
    }

    /**
     * A KSeF number in the 35-character KSeF 2.0 form, {@code NIP-YYYYMMDD-XXXXXXXXXXXX-CC}, whose
     * last two hexadecimal digits are the CRC-8 (polynomial 0x07, initial value 0) of the first 32
     * characters.
     *
     * @param nip the seller's NIP
     * @param accepted the day KSeF accepted the invoice
     * @param serial a number made into the 12 hexadecimal digits of the technical part
     * @return the number
     */
    public static String ksefNumber(String nip, LocalDate accepted, long serial) {
        String body = nip + "-" + String.format(Locale.ROOT, "%04d%02d%02d", accepted.getYear(),
                accepted.getMonthValue(), accepted.getDayOfMonth()) + "-"
                + String.format(Locale.ROOT, "%012X", serial & 0xFFFF_FFFF_FFFFL);
        return body + "-" + String.format(Locale.ROOT, "%02X", crc8(body.getBytes(StandardCharsets.US_ASCII)));
    }

    static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    private static BigDecimal vat(BigDecimal net, BigDecimal rate) {
        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    private static Fa.Builder fa(String number, RodzajFaktury kind) {
        return Fa.builder()
                .kodWaluty(KodWaluty.PLN)
                .p_1(LocalDate.parse("2026-11-20"))
                .p_2(number)
                .p_6(LocalDate.parse("2026-11-19"))
                .adnotacje(Adnotacje.builder().p_16(Wybor1_2.NO).p_17(Wybor1_2.NO).p_18(Wybor1_2.NO)
                        .p_18A(Wybor1_2.NO).zwolnienie(Zwolnienie.none())
                        .noweSrodkiTransportu(NoweSrodkiTransportu.none()).p_23(Wybor1_2.NO)
                        .PMarzy(PMarzy.none()).build())
                .rodzajFaktury(kind)
                .platnosc(Platnosc.builder()
                        .addTerminPlatnosci(TerminPlatnosci.builder().termin(LocalDate.parse("2026-12-04")).build())
                        .formaPlatnosci(FormaPlatnosci.TRANSFER)
                        .addRachunekBankowy(RachunekBankowy.builder().nrRB("PL60102010260000042270201111").build())
                        .build());
    }

    private static Faktura invoice(Fa fa) {
        return Faktura.builder()
                .naglowek(Naglowek.builder().dataWytworzeniaFa(OffsetDateTime.parse("2026-11-20T10:15:00Z"))
                        .systemInfo("acube-benchmarks").build())
                .podmiot1(Podmiot1.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika.of(SELLER_NIP, "Hurtownia Mazowsze sp. z o.o."))
                        .adres(Adres.of(KodKraju.PL, "ul. Marszałkowska 1", "00-624 Warszawa"))
                        .addDaneKontaktowe(DaneKontaktowe.builder().email("faktury@hurtownia.example").build())
                        .build())
                .podmiot2(Podmiot2.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjne.nip(BUYER_NIP, "Sieć Sklepów Lipowo S.A."))
                        .adres(Adres.of(KodKraju.PL, "ul. Lipowa 1", "30-001 Kraków"))
                        .JST(Wybor1_2.NO)
                        .GV(Wybor1_2.NO)
                        .build())
                .fa(fa)
                .build();
    }
}
