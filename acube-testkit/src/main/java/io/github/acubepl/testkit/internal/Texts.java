package io.github.acubepl.testkit.internal;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text generators for the schema's string types. Lengths are counted in UTF-16 units, which is
 * never less than the count in characters, so a value within a limit here is within it for every
 * validator. Not part of the API.
 */
public final class Texts {
    /** Letters, digits and punctuation, Polish letters and XML-special characters included; no whitespace. */
    public static final String VISIBLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ" + "äöüßéèçñ€§°" + ".,-/&<>\"'()#@:;%+*=_[]{}!?";

    private static final List<String> WORDS = List.of("Faktura", "sprzedaż", "usługa", "towar", "sp.", "z", "o.o.",
            "S.A.", "Kowalski", "Nowak", "Zażółć", "gęślą", "jaźń", "Łódź", "Kraków", "Gdańsk", "ul.", "nr",
            "1/2022", "FV/2026/11/001", "A&B", "<b>", "\"cytat\"", "O'Brien", "10\u00a0000", "€", "100%", "x", "ABC", "Müller",
            "Straße", "naprawa", "dostawa", "magazyn", "zaliczka", "rabat", "☃", "\ud83d\ude00", "#12", "a-b", "α",
            "Ωmega", "東京", "☺");

    private Texts() {
    }

    /**
     * A collapsed {@code xsd:token} value of 1..{@code maxLength} units: mostly a few words, sometimes
     * random visible characters, sometimes exactly the maximum length.
     */
    public static Arbitrary<String> token(int maxLength) {
        return token(1, maxLength);
    }

    /** A collapsed {@code xsd:token} value of {@code minLength}..{@code maxLength} units. */
    public static Arbitrary<String> token(int minLength, int maxLength) {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4)
                .map(w -> String.join(" ", w));
        Arbitrary<String> random = Arbitraries.strings().withChars(VISIBLE + "  ").ofMinLength(1)
                .ofMaxLength(Math.min(maxLength, 40)).map(Texts::collapse);
        Arbitrary<String> longest = Combinators.combine(Arbitraries.strings().withChars(VISIBLE).ofLength(maxLength),
                Arbitraries.integers().between(3, 15), Arbitraries.integers().between(0, 1))
                .as((s, every, shorter) -> spaced(s.substring(0, s.length() - Math.min(shorter, s.length() - 1)),
                        every));
        return Arbitraries.frequencyOf(Tuple.of(70, words), Tuple.of(18, random), Tuple.of(12, longest))
                .map(s -> fit(s, minLength, maxLength));
    }

    /**
     * Like {@link #token(int, int)}, but now and then surrounded or split by extra whitespace that the
     * schema's whitespace collapsing removes, so it is still valid.
     */
    public static Arbitrary<String> paddedToken(int maxLength) {
        Arbitrary<String> padding = Arbitraries.of(" ", "  ", "\t", "\n", " \n\t ");
        return Arbitraries.frequencyOf(Tuple.of(95, token(maxLength)),
                Tuple.of(5, Combinators.combine(padding, token(maxLength), padding).as((a, v, b) -> a + v + b)));
    }

    /** Free text of {@code xsd:string} (whitespace preserved, line breaks allowed), 1..{@code maxLength} units. */
    public static Arbitrary<String> freeText(int maxLength) {
        Arbitrary<String> lines = token(Math.min(maxLength, 120)).list().ofMinSize(1).ofMaxSize(5)
                .map(l -> String.join("\n", l));
        Arbitrary<String> longest = Arbitraries.strings().withChars(VISIBLE + " \n").ofLength(maxLength);
        return Arbitraries.frequencyOf(Tuple.of(90, lines), Tuple.of(10, longest)).map(s -> fit(s, 1, maxLength));
    }

    /** Exactly {@code n} ASCII digits. */
    public static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    /** Upper-case ASCII letters and digits, {@code min}..{@code max} long. */
    public static Arbitrary<String> upperAlphanumeric(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
    }

    /** An e-mail address matching {@code (.)+@(.)+}, 3..{@code maxLength} units. */
    public static Arbitrary<String> emails(int maxLength) {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789._-+")
                .ofMinLength(1).ofMaxLength(64);
        Arbitrary<String> domain = Arbitraries.of("example.pl", "firma.com.pl", "xn--zaka-5ta.pl", "b.eu", "łódź.pl",
                "sub.domain.example.org");
        Arbitrary<String> plain = Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('a', 'z').ofLength(maxLength - 8)
                .map(l -> l + "@firma.pl");
        return Arbitraries.frequencyOf(Tuple.of(92, plain), Tuple.of(8, longest))
                .map(s -> s.length() <= maxLength ? s : s.substring(s.length() - maxLength));
    }

    /** Collapses XML whitespace (space, tab, CR, LF) as {@code xsd:token} does. */
    public static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String spaced(String s, int every) {
        if (s.length() < 3) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = every; i < c.length - 1; i += every) {
            c[i] = ' ';
        }
        return new String(c);
    }

    /** Cuts to {@code max} units (never inside a surrogate pair, never leaving edge spaces) and pads to {@code min}. */
    public static String fit(String s, int min, int max) {
        String v = s;
        if (v.length() > max) {
            int cut = max;
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--;
            }
            v = v.substring(0, cut);
        }
        v = stripXmlSpace(v);
        StringBuilder sb = new StringBuilder(v);
        while (sb.length() < min) {
            sb.append('x');
        }
        return sb.toString();
    }

    private static String stripXmlSpace(String v) {
        int start = 0;
        int end = v.length();
        while (start < end && isXmlSpace(v.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
