package io.github.acubepl.cli;

import io.github.acubepl.webhook.WebhookHeaders;
import java.util.regex.Pattern;

/**
 * Reads request headers as captured into a text file: one {@code Name: value} per line, names in
 * any case. Tolerated, since captures come from many tools: a byte-order mark, CRLF line ends, an
 * HTTP/1.1 request line first ({@code POST /path HTTP/1.1}), HTTP/2 pseudo-headers
 * ({@code :method: POST}, skipped), values continued on lines starting with a space or tab, and
 * blank lines before the first header. A blank line after the headers ends them; anything but
 * blank lines after it is an error (the body goes in its own file).
 */
final class HeaderFile {
    private static final Pattern REQUEST_LINE = Pattern.compile("[A-Z]+ \\S+ HTTP/\\d(\\.\\d)?");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** What is wrong with the file, and on which line. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(int line, String problem) {
            super("line " + line + ": " + problem);
        }
    }

    private HeaderFile() {
    }

    static WebhookHeaders parse(String text) throws Malformed {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = s.split("\r?\n", -1);
        WebhookHeaders.Builder headers = WebhookHeaders.builder();
        String name = null;
        StringBuilder value = new StringBuilder();
        boolean seenAny = false;
        boolean ended = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (ended) {
                if (!line.isBlank()) {
                    throw new Malformed(number, "text after the blank line that ends the headers (give the body"
                            + " with --body)");
                }
                continue;
            }
            if (line.isBlank()) {
                if (seenAny) {
                    ended = true;
                }
                continue;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (name == null) {
                    throw new Malformed(number, "a continuation line with no header before it");
                }
                value.append(' ').append(line.strip());
                continue;
            }
            if (!seenAny && REQUEST_LINE.matcher(line).matches()) {
                seenAny = true;
                continue;
            }
            if (line.startsWith(":")) {
                seenAny = true; // an HTTP/2 pseudo-header: the method and URL come from the options
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Malformed(number, "expected 'Name: value'");
            }
            String candidate = line.substring(0, colon);
            if (!TOKEN.matcher(candidate).matches()) {
                throw new Malformed(number, "'" + shorten(candidate) + "' is not a header name");
            }
            if (name != null) {
                headers.add(name, value.toString().strip());
            }
            name = candidate;
            value.setLength(0);
            value.append(line.substring(colon + 1));
            seenAny = true;
        }
        if (name != null) {
            headers.add(name, value.toString().strip());
        }
        return headers.build();
    }

    private static String shorten(String s) {
        return SafeText.cut(s, 40);
    }
}
