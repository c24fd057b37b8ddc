package io.github.acubepl.mapping.internal.io;

import io.github.acubepl.mapping.internal.schema.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the JSON parser's messages for a person who wrote an invoice, not for a Java developer:
 * no parser feature names to enable, no Java types, no token constants, no source excerpts, and
 * what remains shortened with control characters escaped.
 */
final class JsonMessages {
    private static final Pattern ENABLE_FEATURE = Pattern.compile(
            ":?\\s*(?:enable|set) `?[A-Za-z.]*Feature\\.?[A-Z_]*`?(?: to allow)?(?: \\(or [^)]*\\))?");
    private static final Pattern COMMENT_FEATURE = Pattern.compile(
            "\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
    private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[A-Za-z.()]+`");
    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source: [^\\]]*\\]");
    private static final Pattern TOKEN = Pattern.compile("\\b(VALUE_STRING|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT|"
            + "FIELD_NAME|START_OBJECT|END_OBJECT|START_ARRAY|END_ARRAY|VALUE_TRUE|VALUE_FALSE|VALUE_NULL)\\b");

    private JsonMessages() {
    }

    static String describe(String original) {
        if (original == null || original.isBlank()) {
            return "the JSON is not well-formed";
        }
        String m = original.replace('\n', ' ').strip();
        m = COMMENT_FEATURE.matcher(m).replaceAll("(JSON has no comments)");
        m = ENABLE_FEATURE.matcher(m).replaceAll("");
        m = CONSTRAINT_SOURCE.matcher(m).replaceAll("");
        Matcher start = START_MARKER.matcher(m);
        m = start.replaceAll("(opened at line $1, column $2)");
        m = SOURCE.matcher(m).replaceAll("");
        m = TOKEN.matcher(m).replaceAll(r -> tokenWords(r.group(1)));
        m = m.replace("Number (or 'NaN'/'+INF'/'-INF')", "Number")
                .replace("Document nesting depth", "Nesting depth")
                .replace("`", "'")
                .strip();
        if (m.endsWith(":")) {
            m = m.substring(0, m.length() - 1).strip();
        }
        return Text.shorten(m, 200);
    }

    private static String tokenWords(String token) {
        switch (token) {
            case "VALUE_STRING":
                return "a string";
            case "VALUE_NUMBER_INT":
            case "VALUE_NUMBER_FLOAT":
                return "a number";
            case "FIELD_NAME":
                return "a key";
            case "START_OBJECT":
            case "END_OBJECT":
                return "an object";
            case "START_ARRAY":
            case "END_ARRAY":
                return "an array";
            default:
                return "a literal";
        }
    }
}
