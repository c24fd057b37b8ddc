package io.github.acubepl.sandbox;

import io.github.acubepl.mapping.KsefNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * KSeF numbers in the KSeF 2.0 format: {@code {NIP}-{YYYYMMDD}-{12 upper-case hex}-{CRC}}, where the
 * CRC is the CRC-8 (polynomial 0x07, initial value 0x00, no reflection, no final XOR) of the first
 * 32 characters, as two upper-case hex digits. Known answer:
 * {@code 5555555555-20250828-010080615740-E4}. The checksum is the validator's
 * ({@link KsefNumber}, acube-mapping), so the simulator and the business rules agree.
 */
final class KsefNumbers {
    static final Pattern FORMAT = Pattern.compile("\\d{10}-\\d{8}-[0-9A-F]{12}-[0-9A-F]{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private KsefNumbers() {
    }

    static String of(String nip, LocalDate date, String hex12) {
        String body = nip + "-" + DATE.format(date) + "-" + hex12;
        if (body.length() != 32) {
            throw new IllegalArgumentException("a KSeF number body has 32 characters: " + body);
        }
        return body + "-" + KsefNumber.checksum(body);
    }

    /** Whether {@code number} has the format and a correct CRC. */
    static boolean isValid(String number) {
        return FORMAT.matcher(number).matches() && KsefNumber.isValid(number);
    }

    /** CRC-8, polynomial 0x07, initial 0x00, over the ASCII characters of {@code text}. */
    static int crc8(String text) {
        return Integer.parseInt(KsefNumber.checksum(text), 16);
    }
}
