package io.github.acubepl.mapping.internal.schema;

import java.util.regex.Pattern;

/**
 * Translates an XSD regular expression into a {@link Pattern} with the same meaning.
 *
 * <p>XSD patterns are implicitly anchored; {@code ^} and {@code $} are ordinary characters;
 * {@code \d} is any Unicode decimal digit; {@code .} is any character but line feed, carriage
 * return, U+2028 and U+2029 (as the JDK's Xerces implements it). Character-class subtraction and
 * the XML name escapes {@code \i \c} are rejected, since no FA schema uses them.
 */
public final class XsdRegex {
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";

    private XsdRegex() {
    }

    /** Compiles {@code xsdPattern}; match with {@link java.util.regex.Matcher#matches()}. */
    public static Pattern compile(String xsdPattern) {
        StringBuilder out = new StringBuilder(xsdPattern.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < xsdPattern.length(); i++) {
            char c = xsdPattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= xsdPattern.length()) {
                    throw new IllegalArgumentException("dangling escape in pattern " + xsdPattern);
                }
                char e = xsdPattern.charAt(++i);
                switch (e) {
                    case 'd':
                        out.append("\\p{Nd}");
                        break;
                    case 'D':
                        out.append(inClass ? "\\P{Nd}" : "\\P{Nd}");
                        break;
                    case 's':
                        out.append(inClass ? " \\t\\n\\r" : "[ \\t\\n\\r]");
                        break;
                    case 'S':
                        out.append("[^ \\t\\n\\r]");
                        break;
                    case 'i':
                    case 'c':
                    case 'I':
                    case 'C':
                    case 'w':
                    case 'W':
                        throw new IllegalArgumentException("unsupported escape \\" + e + " in pattern " + xsdPattern);
                    default:
                        out.append('\\').append(e);
                }
            } else if (c == '[') {
                if (inClass) {
                    throw new IllegalArgumentException("character-class subtraction is not supported: " + xsdPattern);
                }
                inClass = true;
                out.append(c);
                if (i + 1 < xsdPattern.length() && xsdPattern.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
            } else if (c == ']') {
                inClass = false;
                out.append(c);
            } else if (!inClass && c == '.') {
                out.append(DOT);
            } else if (!inClass && (c == '^' || c == '$')) {
                out.append('\\').append(c);
            } else if (inClass && (c == '&' || c == '^')) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return Pattern.compile(out.toString());
    }
}
