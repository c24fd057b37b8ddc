package io.github.acubepl.mapping;

import java.util.Objects;

/**
 * The Polish tax identification number (NIP) check digit: with weights 6, 5, 7, 2, 3, 4, 5, 6, 7
 * over the first nine digits, the sum modulo 11 must equal the tenth digit (a remainder of 10 is
 * never valid). The schema checks only the format; KSeF checks the digit in production.
 */
public final class Nip {
    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private Nip() {
    }

    /**
     * Whether {@code nip} is ten ASCII digits with a correct check digit.
     *
     * @param nip the candidate, without separators
     * @return {@code true} if valid
     */
    public static boolean isValid(String nip) {
        Objects.requireNonNull(nip, "nip");
        if (nip.length() != 10 || !digits(nip)) {
            return false;
        }
        int check = checkDigit(nip.substring(0, 9));
        return check >= 0 && check == nip.charAt(9) - '0';
    }

    /**
     * The check digit for nine leading digits, or -1 when no digit makes a valid NIP (remainder 10).
     *
     * @param firstNine nine ASCII digits
     * @return the tenth digit, or -1
     */
    public static int checkDigit(String firstNine) {
        Objects.requireNonNull(firstNine, "firstNine");
        if (firstNine.length() != 9 || !digits(firstNine)) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        int r = sum % 11;
        return r == 10 ? -1 : r;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
