package io.github.acubepl.transport.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rule for the ids the client puts into paths and bodies ({@code uuid}, {@code legalEntityUuid},
 * …) and reads from answers: 1 to {@value #MAX_LENGTH} characters of RFC 3986's unreserved set
 * ({@code A-Z a-z 0-9 - . _ ~}), not {@code .} or {@code ..}. A-Cube's ids are RFC 4122 UUIDs; the
 * rule is looser, so that simulators and test servers may use short ids, yet strict enough that an
 * id never needs encoding, never changes a path and never carries control characters.
 */
public final class Ids {
    public static final int MAX_LENGTH = 128;

    private Ids() {
    }

    /**
     * {@code value} if it is a usable id.
     *
     * @param name what it is, for the message (e.g. {@code uuid}, {@code legalEntityUuid})
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank or not a usable id (nothing was sent)
     */
    public static String check(String name, @Nullable String value) {
        Objects.requireNonNull(value, name);
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("the " + name + " " + problem
                    + "; expected an id such as 3fa85f64-5717-4562-b3fc-2c963f66afa6 (nothing was sent)");
        }
        return value;
    }

    /** What is wrong with {@code value} as an id, or {@code null} if nothing. */
    public static @Nullable String problem(@Nullable String value) {
        if (value == null) {
            return "is missing";
        }
        if (value.isBlank()) {
            return value.isEmpty() ? "is empty" : "is blank";
        }
        if (value.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters ('" + Redaction.quote(value.substring(0, 40)) + "…')";
        }
        if (value.equals(".") || value.equals("..")) {
            return "'" + value + "' is not an id";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~')) {
                return "'" + Redaction.quote(value) + "' contains " + (Character.isWhitespace(c) ? "white space"
                        : Character.isISOControl(c) ? "a control character" : "'" + Redaction.escape(String.valueOf(c))
                                + "'") + ", which no id has";
            }
        }
        return null;
    }
}
