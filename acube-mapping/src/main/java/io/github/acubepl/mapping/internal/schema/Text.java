package io.github.acubepl.mapping.internal.schema;

/**
 * Shows untrusted values in messages: a short prefix at most, never half a surrogate pair, and
 * control characters (C0, DEL, C1, and the bidirectional controls that can reorder what a terminal
 * or a browser shows) escaped as {@code \\uXXXX}, so that a value can neither flood a report nor
 * drive the terminal it is printed on.
 */
public final class Text {
    private static final int MAX_SHOWN = 60;

    private Text() {
    }

    /** A value cut to a readable length ({@value #MAX_SHOWN} characters) and made safe to print. */
    public static String shorten(String value) {
        return shorten(value, MAX_SHOWN);
    }

    /** A value cut to at most {@code max} characters of its own (plus a note of its length), made safe to print. */
    public static String shorten(String value, int max) {
        int end = value.length();
        boolean cut = false;
        if (end > max) {
            end = max;
            if (Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            cut = true;
        }
        StringBuilder sb = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (cut) {
            sb.append("… (").append(value.length()).append(" characters)");
        }
        return sb.toString();
    }

    /** Whether {@code c} is a character that must not reach a terminal or a page unescaped. */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
