package io.github.acubepl.purchases.internal;

import org.jspecify.annotations.Nullable;

/** Checks of names and ids, and short quotes of untrusted text for messages. */
public final class Text {
    /** The longest name, owner or invoice uuid the ledger stores (its key columns' width). */
    public static final int MAX_ID = 200;
    private static final int QUOTE = 80;

    private Text() {
    }

    /**
     * {@code value} if it is a usable id: not blank, at most {@link #MAX_ID} characters, no control
     * characters.
     *
     * @throws IllegalArgumentException naming {@code parameter} otherwise
     */
    public static String id(@Nullable String value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " is missing");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " is blank");
        }
        if (value.length() > MAX_ID) {
            throw new IllegalArgumentException(parameter + " is longer than " + MAX_ID + " characters: '"
                    + quote(value) + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(parameter + " contains a control character: '" + quote(value) + "'");
            }
        }
        return value;
    }

    /** At most 80 characters of {@code text}, control characters escaped (as Java escapes). */
    public static String quote(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), QUOTE);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > QUOTE) {
            out.append('…');
        }
        return out.toString();
    }

    /** Truncates a stored error text to {@code max} characters. */
    public static @Nullable String shortText(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
