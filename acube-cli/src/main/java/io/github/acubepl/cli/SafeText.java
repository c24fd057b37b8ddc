package io.github.acubepl.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * The one way the command prints text it did not write itself: file names, values and messages
 * taken from input files, header files, API answers and log records. Characters a terminal acts on
 * (C0 and C1 controls such as ESC, DEL, line and paragraph separators, bidirectional overrides) are
 * shown escaped ({@code \e}, {@code \n}, {@code \x07}, {@code \u202e}), so that a file named
 * {@code ESC[2J} cannot clear the screen or forge a line of output. Everything else, Polish letters
 * included, is printed as it is.
 *
 * <p>Two strengths: {@link #escape} (and {@link #cut}, {@link #quote}) for an untrusted value, which
 * also shows a backslash as {@code \\}, so that a file literally named {@code \e[2J} never looks like
 * one named {@code ESC[2J}; and {@link #line} for a whole line of output or a message of another module,
 * which escapes only the controls: it leaves the escapes already made (by {@link #escape}, or by the
 * module that quoted a value its own way) as they are, so that a message is never escaped twice.
 */
final class SafeText {
    /** The longest quote of an untrusted value in a message, in characters. */
    static final int MAX_QUOTE = 80;
    /** The longest message from another module or a server printed in one line, in characters. */
    static final int MAX_MESSAGE = 600;

    private SafeText() {
    }

    /**
     * An untrusted value ({@code text}) with every character a terminal would act on escaped, and a
     * backslash shown as {@code \\}, so that the escapes stay unambiguous.
     */
    static String escape(CharSequence text) {
        return escape(text, true);
    }

    /**
     * A line of output or a message of another module ({@code text}) with every character a terminal
     * would act on escaped, backslashes left alone: escapes already made stay as they are.
     */
    static String line(CharSequence text) {
        return escape(text, false);
    }

    /** {@link #line} of at most the first {@code max} characters, with {@code …} when cut. */
    static String cutLine(CharSequence text, int max) {
        return text.length() <= max ? line(text) : line(text.subSequence(0, end(text, max))) + "…";
    }

    private static String escape(CharSequence text, boolean backslash) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c) && !(backslash && c == '\\')) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            appendEscape(out, c);
        }
        return out == null ? text.toString() : out.toString();
    }

    /** {@link #escape} of at most the first {@code max} characters, with {@code …} when cut. */
    static String cut(CharSequence text, int max) {
        return text.length() <= max ? escape(text) : escape(text.subSequence(0, end(text, max))) + "…";
    }

    /** Where to cut {@code text} to at most {@code max} characters: never inside a surrogate pair. */
    private static int end(CharSequence text, int max) {
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /** A short quote of an untrusted value: {@code 'value'}, escaped and cut to {@value #MAX_QUOTE} characters. */
    static String quote(CharSequence value) {
        return "'" + cut(value, MAX_QUOTE) + "'";
    }

    /** Whether {@code c} must not reach a terminal raw (a backslash may: it is escaped only for clarity). */
    static boolean needsEscape(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u2028' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x1B -> out.append("\\e");
            case '\\' -> out.append("\\\\");
            default -> {
                if (c < 0x80) {
                    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
    }

    /**
     * Jackson's escapes for the JSON the command prints: besides the C0 controls JSON itself escapes,
     * DEL, the C1 controls, the line separators and the bidirectional controls are written as
     * {@code \}{@code uXXXX}, so that JSON output shown on a terminal is as safe as text output.
     */
    static CharacterEscapes jsonEscapes() {
        return JsonEscapes.INSTANCE;
    }

    private static final class JsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final JsonEscapes INSTANCE = new JsonEscapes();

        private final int[] ascii;

        private JsonEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            if (ch <= Character.MAX_VALUE && needsEscape((char) ch)) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
