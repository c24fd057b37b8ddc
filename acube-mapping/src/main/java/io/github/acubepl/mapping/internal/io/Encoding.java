package io.github.acubepl.mapping.internal.io;

/**
 * The character encoding of raw input, told from its first bytes as RFC 4627 §3 and XML 1.0
 * Appendix F do: a byte order mark if there is one, else the pattern of zero bytes around the first
 * character (which, in JSON and XML, is ASCII).
 */
public enum Encoding {
    UTF_8("UTF-8", 1, false),
    UTF_16BE("UTF-16BE", 2, true),
    UTF_16LE("UTF-16LE", 2, false),
    UTF_32BE("UTF-32BE", 4, true),
    UTF_32LE("UTF-32LE", 4, false);

    private final String label;
    private final int unit;
    private final boolean bigEndian;

    Encoding(String label, int unit, boolean bigEndian) {
        this.label = label;
        this.unit = unit;
        this.bigEndian = bigEndian;
    }

    /** The IANA name, e.g. {@code UTF-16LE}. */
    public String label() {
        return label;
    }

    /** What the first bytes of some input say about its encoding. */
    public record Detected(Encoding encoding, int byteOrderMarkLength) {
        /** Whether the input starts with a byte order mark. */
        public boolean hasByteOrderMark() {
            return byteOrderMarkLength > 0;
        }

        /**
         * The first character after the byte order mark that is not XML/JSON whitespace (space, tab,
         * CR, LF), or -1 when there is none. Reads code units only as far as that character.
         */
        public int firstSignificant(byte[] input) {
            int unit = encoding.unit;
            for (int i = byteOrderMarkLength; i + unit <= input.length; i += unit) {
                int c = encoding.codeUnit(input, i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return c;
                }
            }
            return -1;
        }
    }

    private int codeUnit(byte[] b, int i) {
        int c = 0;
        for (int k = 0; k < unit; k++) {
            int shift = bigEndian ? 8 * (unit - 1 - k) : 8 * k;
            c |= (b[i + k] & 0xff) << shift;
        }
        return c;
    }

    /** Detects the encoding of {@code b}; UTF-8 when nothing says otherwise. */
    public static Detected detect(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1;
        int b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new Detected(UTF_8, 3);
        }
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            return new Detected(UTF_32BE, 4);
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            return new Detected(UTF_32LE, 4);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new Detected(UTF_16BE, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new Detected(UTF_16LE, 2);
        }
        if (b.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            return new Detected(UTF_32BE, 0);
        }
        if (b.length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return new Detected(UTF_32LE, 0);
        }
        if (b.length >= 2 && b0 == 0 && b1 != 0) {
            return new Detected(UTF_16BE, 0);
        }
        if (b.length >= 2 && b0 != 0 && b1 == 0) {
            return new Detected(UTF_16LE, 0);
        }
        return new Detected(UTF_8, 0);
    }
}
