package io.github.acubepl.testkit.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Short, printable renderings of values for failure messages. Not part of the API. */
public final class Text {
    private static final int MAX = 120;

    private Text() {
    }

    /**
     * A value as it should appear in a message: control and invisible characters escaped
     * ({@code \t}, {@code \n}, {@code \u00a0} …), shortened to about 120 characters with its length.
     */
    public static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f || c == 0xa0 || c >= 0x2000 && c <= 0x200f || c == 0x2028
                    || c == 0x2029 || c == 0xfeff) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX && s.length() > MAX) {
            sb.append("… (").append(s.length()).append(" chars)");
        }
        return sb.toString();
    }

    /** The first line where two UTF-8 texts differ, with both versions, or {@code null} when equal. */
    public static @Nullable String firstDifference(byte[] expected, byte[] actual) {
        String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of text>";
            String y = i < b.length ? b[i] : "<end of text>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": expected <" + show(x.strip()) + "> but was <" + show(y.strip()) + ">";
            }
        }
        return null;
    }
}
