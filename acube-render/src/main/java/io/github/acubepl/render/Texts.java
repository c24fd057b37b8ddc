package io.github.acubepl.render;

/** Quoting untrusted values in messages: a short prefix, control characters escaped. */
final class Texts {
    private static final int MAX = 40;

    private Texts() {
    }

    static String prefix(String value) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(value.length(), MAX);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return value.length() > MAX ? out + "…" : out.toString();
    }
}
