package io.github.acubepl.testkit.internal;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Check digits used by the generators: the Polish NIP, the Polish bank sort code, and ISO 13616
 * IBAN (mod 97). Not part of the API.
 */
public final class Checksums {
    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] SORT_CODE_WEIGHTS = {3, 9, 7, 1, 3, 9, 7};
    private static final Pattern NIP_FORMAT = Pattern.compile("[1-9]((\\d[1-9])|([1-9]\\d))\\d{7}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {
    }

    /**
     * Whether {@code nip} has the format of the schema ({@code etd:TNrNIP}) and a correct check digit.
     */
    public static boolean isValidNip(String nip) {
        if (!NIP_FORMAT.matcher(nip).matches()) {
            return false;
        }
        int check = nipCheckDigit(nip.substring(0, 9));
        return check >= 0 && check == nip.charAt(9) - '0';
    }

    /** The check digit of nine NIP digits, or -1 when the weighted sum leaves remainder 10 (no NIP exists). */
    public static int nipCheckDigit(CharSequence nineDigits) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += NIP_WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        int r = s % 11;
        return r == 10 ? -1 : r;
    }

    /**
     * Turns nine digits into a valid NIP: digit 1 is forced to 1-9, digits 2-3 are kept off "00"
     * (the schema's pattern), and digit 9 is stepped until the check digit exists and the result
     * is not a repdigit (repdigits always pass the check and so test nothing).
     */
    public static String nipFrom(int[] digits) {
        int[] d = new int[9];
        for (int i = 0; i < 9; i++) {
            d[i] = Math.floorMod(digits[i], 10);
        }
        if (d[0] == 0) {
            d[0] = 1;
        }
        if (d[1] == 0 && d[2] == 0) {
            d[2] = 1;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder sb = new StringBuilder(10);
            for (int x : d) {
                sb.append((char) ('0' + x));
            }
            int check = nipCheckDigit(sb);
            if (check >= 0) {
                sb.append((char) ('0' + check));
                if (!isRepdigit(sb)) {
                    return sb.toString();
                }
            }
            d[8] = (d[8] + 1) % 10;
        }
        throw new IllegalStateException("no NIP found near the given digits");
    }

    private static boolean isRepdigit(CharSequence s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Appends the check digit to the seven leading digits of a Polish bank sort code. */
    public static String sortCode(CharSequence sevenDigits) {
        int s = 0;
        for (int i = 0; i < 7; i++) {
            s += SORT_CODE_WEIGHTS[i] * (sevenDigits.charAt(i) - '0');
        }
        return sevenDigits.toString() + (10 - s % 10) % 10;
    }

    /**
     * The 26-digit Polish account number (NRB): two IBAN check digits for country PL, then the
     * 24-digit BBAN (8-digit sort code with its own check digit, then 16 account digits).
     */
    public static String polishAccount(CharSequence sortCodeSevenDigits, CharSequence accountSixteenDigits) {
        String bban = sortCode(sortCodeSevenDigits) + accountSixteenDigits;
        return ibanCheckDigits("PL", bban) + bban;
    }

    /** A full IBAN: country, two check digits, BBAN. */
    public static String iban(String country, String bban) {
        return country + ibanCheckDigits(country, bban) + bban;
    }

    /** The two ISO 13616 check digits of {@code bban} in {@code country}. */
    public static String ibanCheckDigits(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** Whether {@code iban} (no spaces) passes the ISO 13616 mod-97 check. */
    public static boolean isValidIban(String iban) {
        if (iban.length() < 5 || !iban.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]+")) {
            return false;
        }
        return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder(alphanumeric.length() * 2);
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                throw new IllegalArgumentException("not alphanumeric: " + alphanumeric);
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
