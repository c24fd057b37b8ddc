package io.github.acubepl.sandbox;

import java.util.Locale;
import java.util.regex.Pattern;

/** A path glob: {@code *} matches any characters but {@code /}, {@code **} any characters; the rest literally. */
final class PathPattern {
    private final String glob;
    private final Pattern regex;

    private PathPattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    static PathPattern of(String glob) {
        if (!glob.startsWith("/") && !glob.startsWith("*")) {
            throw new IllegalArgumentException("a path pattern starts with '/' or '*': '" + glob + "'");
        }
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    re.append(".*");
                    i += 2;
                } else {
                    re.append("[^/]*");
                    i++;
                }
            } else {
                int end = i;
                while (end < glob.length() && glob.charAt(end) != '*') {
                    end++;
                }
                re.append(Pattern.quote(glob.substring(i, end)));
                i = end;
            }
        }
        return new PathPattern(glob, Pattern.compile(re.toString()));
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    static boolean methodMatches(String pattern, String method) {
        return pattern.equals("*") || pattern.toUpperCase(Locale.ROOT).equals(method);
    }

    @Override
    public String toString() {
        return glob;
    }
}
