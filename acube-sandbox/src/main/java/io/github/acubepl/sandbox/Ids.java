package io.github.acubepl.sandbox;

import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifiers from the sandbox's injected randomness: version-4 UUIDs and KSeF number parts. */
final class Ids {
    private final RandomGenerator random;

    Ids(RandomGenerator random) {
        this.random = random;
    }

    /** A random (version 4, IETF variant) UUID, as text. */
    synchronized String uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** {@code digits} random upper-case hexadecimal digits (at most 16). */
    synchronized String hex(int digits) {
        String all = HexFormat.of().toHexDigits(random.nextLong()).toUpperCase(Locale.ROOT);
        return all.substring(16 - digits);
    }
}
