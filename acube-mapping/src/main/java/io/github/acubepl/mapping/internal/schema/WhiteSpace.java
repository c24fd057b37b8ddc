package io.github.acubepl.mapping.internal.schema;

/** The XSD {@code whiteSpace} facet: how a lexical value is normalised before it is checked. */
public enum WhiteSpace {
    /** Keep the value as it is ({@code xsd:string}). */
    PRESERVE,
    /** Replace each tab, line feed and carriage return by a space ({@code xsd:normalizedString}). */
    REPLACE,
    /** Replace as above, then trim and fold runs of spaces into one ({@code xsd:token} and all non-string types). */
    COLLAPSE;

    /** Applies this normalisation to {@code value}. */
    public String apply(String value) {
        switch (this) {
            case PRESERVE:
                return value;
            case REPLACE:
                return replace(value);
            default:
                return collapse(value);
        }
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String replace(String value) {
        int i = 0;
        int n = value.length();
        while (i < n && value.charAt(i) != '\t' && value.charAt(i) != '\n' && value.charAt(i) != '\r') {
            i++;
        }
        if (i == n) {
            return value;
        }
        char[] chars = value.toCharArray();
        for (; i < n; i++) {
            if (isXmlSpace(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String collapse(String value) {
        int n = value.length();
        boolean clean = n == 0 || (!isXmlSpace(value.charAt(0)) && !isXmlSpace(value.charAt(n - 1)));
        for (int i = 0; clean && i < n; i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && i + 1 < n && value.charAt(i + 1) == ' ')) {
                clean = false;
            }
        }
        if (clean) {
            return value;
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (isXmlSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
