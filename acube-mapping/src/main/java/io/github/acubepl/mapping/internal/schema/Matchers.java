package io.github.acubepl.mapping.internal.schema;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One validation run's regular-expression matchers, one per pattern, reset for each value: a
 * document checks the same few patterns hundreds of thousands of times, and a new {@link Matcher}
 * per value was a tenth of what validating a big invoice allocated. Not thread-safe: a run owns one.
 */
public final class Matchers {
    private final Map<Pattern, Matcher> byPattern = new IdentityHashMap<>();

    /**
     * Whether {@code value} matches {@code pattern} entirely.
     *
     * @param matchers the run's matchers, or {@code null} for a new matcher
     * @param pattern the pattern
     * @param value the value
     * @return whether the whole value matches
     */
    static boolean matches(Matchers matchers, Pattern pattern, String value) {
        if (matchers == null) {
            return pattern.matcher(value).matches();
        }
        Matcher m = matchers.byPattern.get(pattern);
        if (m == null) {
            m = pattern.matcher(value);
            matchers.byPattern.put(pattern, m);
        } else {
            m.reset(value);
        }
        boolean matches = m.matches();
        m.reset(""); // holds no value of the document after the call
        return matches;
    }
}
