package io.github.acubepl.mapping.internal.io;

/** Character checks of the XML 1.0 {@code Char} production. */
public final class XmlChars {
    private XmlChars() {
    }

    /**
     * The index of the first character in {@code s} that XML 1.0 cannot carry (control characters,
     * lone surrogates, U+FFFE, U+FFFF), or -1.
     */
    public static int firstInvalid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
