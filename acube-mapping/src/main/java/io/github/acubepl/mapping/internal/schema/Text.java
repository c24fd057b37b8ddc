package io.github.acubepl.mapping.internal.schema;

/** Small helpers for showing values in messages. */
public final class Text {
    private static final int MAX_SHOWN = 60;

    private Text() {
    }

    /** A value cut to a readable length for a message. */
    public static String shorten(String value) {
        if (value.length() <= MAX_SHOWN) {
            return value;
        }
        return value.substring(0, MAX_SHOWN) + "… (" + value.length() + " characters)";
    }
}
