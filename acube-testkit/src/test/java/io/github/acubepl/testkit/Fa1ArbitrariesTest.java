package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodKraju;
import io.github.acubepl.model.fa1.RachunekBankowy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.validator.routines.IBANValidator;

/** The building blocks of {@link Fa1Arbitraries}, checked against independent implementations. */
class Fa1ArbitrariesTest {
    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    /** The NIP check as the reference describes it, written independently of the generator. */
    static boolean nipChecks(String nip) {
        if (!nip.matches("[1-9]((\\d[1-9])|([1-9]\\d))\\d{7}")) {
            return false;
        }
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += WEIGHTS[i] * (nip.charAt(i) - '0');
        }
        return s % 11 != 10 && s % 11 == nip.charAt(9) - '0';
    }

    @Example
    void theNipCheckOfTheTestsKnowsTheReferenceVectors() {
        assertTrue(nipChecks("8567346215"));
        assertTrue(nipChecks("1234563218"));
        assertFalse(nipChecks("1234563219"));
        for (int d = 0; d <= 9; d++) {
            assertFalse(nipChecks("123456789" + d), "123456789" + d);
        }
    }

    @Property(tries = 2000)
    void nipsMatchThePatternCarryTheCheckDigitAndAreNotRepdigits(@ForAll("nips") String nip) {
        assertTrue(nipChecks(nip), nip);
        assertFalse(nip.chars().distinct().count() == 1, "repdigit " + nip);
    }

    @Provide
    Arbitrary<String> nips() {
        return Fa1Arbitraries.nips();
    }

    @Property(tries = 1000)
    void polishAccountNumbersAreValidIbans(@ForAll("polishAccounts") String nrb) {
        assertTrue(nrb.matches("[0-9]{26}"), nrb);
        assertTrue(IBANValidator.getInstance().isValid("PL" + nrb), "PL" + nrb);
        int s = 0;
        int[] w = {3, 9, 7, 1, 3, 9, 7};
        for (int i = 0; i < 7; i++) {
            s += w[i] * (nrb.charAt(2 + i) - '0');
        }
        assertEquals((10 - s % 10) % 10, nrb.charAt(9) - '0', "sort code check digit of " + nrb);
    }

    @Provide
    Arbitrary<String> polishAccounts() {
        return Fa1Arbitraries.polishAccountNumbers();
    }

    @Property(tries = 1000)
    void foreignAccountsFitTheSchemaAndIbansCheck(@ForAll("foreignAccounts") String account) {
        assertTrue(account.matches("[0-9A-Z]{10,30}"), account);
        if (account.matches("[A-Z]{2}[0-9]{2}.*")) {
            assertTrue(IBANValidator.getInstance().isValid(account), account);
        }
    }

    @Provide
    Arbitrary<String> foreignAccounts() {
        return Fa1Arbitraries.foreignAccountNumbers();
    }

    @Property(tries = 500)
    void bankAccountsFillOneBranch(@ForAll("bankAccounts") RachunekBankowy account) {
        assertTrue(account.getNrRBPL() != null ^ account.getNrRBZagr() != null);
        assertEquals(account.getNrRBZagr() != null, account.getSWIFT() != null);
        if (account.getSWIFT() != null) {
            assertTrue(account.getSWIFT().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?"), account.getSWIFT());
        }
    }

    @Provide
    Arbitrary<RachunekBankowy> bankAccounts() {
        return Fa1Arbitraries.bankAccounts();
    }

    @Property(tries = 1000)
    void amountsHaveScaleTwo(@ForAll("amounts") BigDecimal amount) {
        assertEquals(2, amount.scale(), amount.toPlainString());
        assertTrue(amount.compareTo(new BigDecimal("0.01")) >= 0 && amount.compareTo(new BigDecimal("999999.99")) <= 0);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Fa1Arbitraries.amounts();
    }

    @Property(tries = 1000)
    void quantitiesFitTIlosci(@ForAll("quantities") BigDecimal q) {
        assertTrue(q.signum() > 0 && q.scale() <= 6 && q.precision() <= 22, q.toPlainString());
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Fa1Arbitraries.quantities();
    }

    @Property(tries = 1000)
    void issueDatesLieBetweenTheStartOfKsefAndToday(@ForAll("issueDates") LocalDate date) {
        assertFalse(date.isBefore(LocalDate.of(2022, 1, 1)), date.toString());
        assertFalse(date.isAfter(Fa1Arbitraries.DEFAULT_TODAY), date.toString());
    }

    @Provide
    Arbitrary<LocalDate> issueDates() {
        return Fa1Arbitraries.issueDates();
    }

    @Property(tries = 500)
    void addressesAreOfTheirKind(@ForAll("addresses") Adres adres) {
        if (adres.getAdresPol() != null) {
            assertEquals(KodKraju.PL, adres.getAdresPol().getKodKraju());
            assertTrue(adres.getAdresPol().getKodPocztowy().matches("[0-9]{2}-[0-9]{3}"));
        } else {
            assertTrue(adres.getAdresZagr().getKodKraju() != KodKraju.PL);
        }
    }

    @Provide
    Arbitrary<Adres> addresses() {
        return Fa1Arbitraries.addresses();
    }

    @Property(tries = 500)
    void ksefNumbersMatchThePattern(@ForAll("ksefNumbers") String number) {
        assertTrue(number.matches("([1-9]((\\d[1-9])|([1-9]\\d))\\d{7}|M\\d{9}|[A-Z]{3}\\d{7})-(20[2-9][0-9]|2[1-9]"
                + "[0-9]{2}|[3-9][0-9]{3})(0[1-9]|1[0-2])(0[1-9]|[1-2][0-9]|3[0-1])-([0-9A-F]{6})-([0-9A-F]{6})-"
                + "([0-9A-F]{2})"), number);
        if (Character.isDigit(number.charAt(0))) {
            assertTrue(nipChecks(number.substring(0, 10)), number);
        }
    }

    @Provide
    Arbitrary<String> ksefNumbers() {
        return Fa1Arbitraries.ksefNumbers();
    }

    @Property(tries = 300)
    void linesCarryTheirControlTotals(@ForAll("lines") FaWiersze lines) {
        assertEquals(lines.getFaWiersz().size(), lines.getLiczbaWierszyFaktury().intValue());
        BigDecimal sum = BigDecimal.ZERO;
        Set<Long> numbers = new HashSet<>();
        for (FaWiersz w : lines.getFaWiersz()) {
            sum = sum.add(w.getP_11());
            assertTrue(numbers.add(w.getNrWierszaFa()));
        }
        assertEquals(0, sum.compareTo(lines.getWartoscWierszyFaktury1()));
    }

    @Provide
    Arbitrary<FaWiersze> lines() {
        return Fa1Arbitraries.lines();
    }

    @Property(tries = 200)
    void aFixedTodayBoundsIssueAndCreationDates(@ForAll("onTheFirstDay") Faktura invoice) {
        assertEquals(LocalDate.of(2022, 1, 1), invoice.getFa().getP_1());
        assertFalse(invoice.getNaglowek().getDataWytworzeniaFa().toInstant()
                .isAfter(LocalDate.of(2022, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertFalse(invoice.getNaglowek().getDataWytworzeniaFa().toInstant()
                .isBefore(LocalDate.of(2022, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    @Provide
    Arbitrary<Faktura> onTheFirstDay() {
        return Fa1Arbitraries.invoices(LocalDate.of(2022, 1, 1));
    }

    @Example
    void todayBeforeKsefIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fa1Arbitraries.invoices(LocalDate.of(2021, 12, 31)));
    }
}
