package io.github.acubepl.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request line and its header section, parsed strictly (RFC 9112): a malformed request line,
 * target, percent-escape or header line is a {@code 400} problem, an unknown HTTP version a
 * {@code 505}. Then {@link #framing(long)} reads how the body is delimited.
 *
 * @param method the method as sent: methods are case-sensitive (RFC 9110, 9.1), so {@code get} is
 *     not {@code GET} but a method no route knows
 * @param target the request target as sent
 * @param path the path, percent-decoded (UTF-8)
 * @param rawQuery the query as sent, {@code ""} if none
 * @param minorVersion 1 for HTTP/1.1, 0 for HTTP/1.0
 * @param headers the header fields
 */
record RequestHead(String method, String target, String path, String rawQuery, int minorVersion, RequestHeaders headers) {
    private static final int MAX_METHOD = 32;
    private static final int MAX_QUOTE = 40;

    /**
     * How the body of a request is delimited, and what the client asked of the connection.
     *
     * @param contentLength the body's length, or {@code -1} when it is chunked
     * @param expectContinue whether the client waits for {@code 100 Continue} before sending the body
     * @param keepAlive whether the connection stays open after the answer
     */
    record Framing(long contentLength, boolean expectContinue, boolean keepAlive) {
        boolean chunked() {
            return contentLength < 0;
        }
    }

    /**
     * Parses a head: {@code b[from, to)} holds the request line and the header lines, each ended by
     * LF (CRLF or a bare LF), and the empty line that ends the head.
     *
     * @throws ApiException a 400 or 505 problem
     */
    static RequestHead parse(byte[] b, int from, int to) {
        List<String> lines = lines(b, from, to);
        if (lines.isEmpty()) {
            throw bad("The request line is missing.");
        }
        String line = lines.get(0);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw bad("The request line holds a character that is not allowed: " + quote(String.valueOf(c)) + ".");
            }
        }
        String[] parts = line.split(" ", -1);
        if (parts.length > 3 && parts[parts.length - 1].startsWith("HTTP/")) {
            throw bad("The request target holds a space; a space in a URI must be sent as %20.");
        }
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw bad("The request line is malformed: expected \"METHOD /path HTTP/1.1\".");
        }
        String method = parts[0];
        if (method.length() > MAX_METHOD || !isToken(method)) {
            throw bad("The request method is malformed.");
        }
        int minor = version(parts[2]);
        String target = parts[1];
        String[] pathAndQuery = target(method, target);
        List<RequestHeaders.Field> fields = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            fields.add(field(lines.get(i)));
        }
        return new RequestHead(method, target, pathAndQuery[0], pathAndQuery[1], minor, new RequestHeaders(fields));
    }

    /**
     * How the body is delimited: {@code Content-Length}, {@code Transfer-Encoding: chunked} or
     * neither (no body); {@code Host}, {@code Expect} and {@code Connection} are checked too.
     *
     * @param maxBodyBytes the largest body accepted
     * @throws ApiException 400 (missing or repeated Host, bad or repeated Content-Length, both
     *     framings), 413 (a declared length over the limit), 417 (an expectation other than
     *     100-continue) or 501 (a transfer coding other than chunked)
     */
    Framing framing(long maxBodyBytes) {
        List<String> hosts = headers.all("Host");
        if (minorVersion == 1 && hosts.isEmpty()) {
            throw bad("The Host header is missing (required in HTTP/1.1).");
        }
        if (hosts.size() > 1) {
            throw bad("The Host header is repeated.");
        }
        List<String> lengths = headers.all("Content-Length");
        List<String> codings = headers.tokens("Transfer-Encoding");
        boolean hasCodings = !headers.all("Transfer-Encoding").isEmpty();
        if (lengths.size() > 1) {
            throw bad("The Content-Length header is repeated.");
        }
        if (hasCodings && !lengths.isEmpty()) {
            throw bad("A request must not carry both Content-Length and Transfer-Encoding.");
        }
        long length = 0;
        if (hasCodings) {
            if (minorVersion == 0) {
                throw bad("Transfer-Encoding is not allowed in an HTTP/1.0 request.");
            }
            String given = String.join(", ", headers.all("Transfer-Encoding"));
            if (codings.isEmpty() || codings.indexOf("chunked") != codings.size() - 1) {
                // RFC 9112, 6.3: without chunked as the last coding the body's end cannot be found
                throw bad("The Transfer-Encoding " + quote(given) + " does not end with a single chunked.");
            }
            if (codings.size() > 1) {
                throw new ApiException(ApiException.problem(501, "The Transfer-Encoding " + quote(given)
                        + " is not supported; send the body with Content-Length or as plain chunked."));
            }
            length = -1;
        } else if (!lengths.isEmpty()) {
            length = contentLength(lengths.get(0), maxBodyBytes);
        }
        boolean expectContinue = false;
        List<String> expect = headers.tokens("Expect");
        if (!expect.isEmpty() && minorVersion == 1) {
            if (!expect.equals(List.of("100-continue"))) {
                throw new ApiException(ApiException.problem(417,
                        "Only the expectation 100-continue is supported: " + quote(String.join(", ", headers.all("Expect")))
                                + "."));
            }
            expectContinue = length != 0;
        }
        List<String> connection = headers.tokens("Connection");
        boolean keepAlive = minorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive");
        return new Framing(length, expectContinue, keepAlive);
    }

    private static long contentLength(String value, long maxBodyBytes) {
        if (value.isEmpty()) {
            throw bad("The Content-Length header is empty.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw bad("The Content-Length header is not a number of bytes: " + quote(value) + ".");
            }
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 18 || Long.parseLong(digits) > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        return Long.parseLong(digits);
    }

    /** The 413 problem for a body over the limit. */
    static ApiException tooLarge(long maxBodyBytes) {
        return new ApiException(ApiException.problem(413, "The request body exceeds the limit of " + maxBodyBytes
                + " bytes.").withHeader("Connection", "close"));
    }

    private static int version(String v) {
        if (v.equals("HTTP/1.1")) {
            return 1;
        }
        if (v.equals("HTTP/1.0")) {
            return 0;
        }
        if (v.matches("HTTP/[0-9]\\.[0-9]") || v.matches("HTTP/[0-9]")) {
            throw new ApiException(ApiException.problem(505, "The HTTP version " + quote(v)
                    + " is not supported; use HTTP/1.1."));
        }
        throw bad("The request line is malformed: expected \"METHOD /path HTTP/1.1\".");
    }

    /** The decoded path and the raw query of a target in origin form, absolute form, or {@code *} for OPTIONS. */
    private static String[] target(String method, String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (!isUriChar(c)) {
                throw bad("The request target holds a character that is not allowed in a URI: " + quote(String.valueOf(c))
                        + "; escape it as %" + String.format(Locale.ROOT, "%02X", (int) c) + ".");
            }
            if (c == '%' && (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2)))) {
                throw bad("The request target holds a malformed percent-escape: "
                        + quote(target.substring(i, Math.min(target.length(), i + 3))) + ".");
            }
        }
        String originForm;
        if (target.startsWith("/")) {
            originForm = target;
        } else if (target.equals("*") && method.equals("OPTIONS")) {
            return new String[] {"*", ""};
        } else {
            String lower = target.toLowerCase(Locale.ROOT);
            int authority = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
            if (authority < 0) {
                throw bad("The request target must be a path starting with \"/\" (or an absolute http URI).");
            }
            int end = authority;
            while (end < target.length() && target.charAt(end) != '/' && target.charAt(end) != '?') {
                end++;
            }
            if (end == authority) {
                throw bad("The request target's URI has no host.");
            }
            originForm = end == target.length() ? "/" : target.charAt(end) == '?' ? "/" + target.substring(end)
                    : target.substring(end);
        }
        int q = originForm.indexOf('?');
        String rawPath = q < 0 ? originForm : originForm.substring(0, q);
        String rawQuery = q < 0 ? "" : originForm.substring(q + 1);
        return new String[] {decodePath(rawPath), rawQuery};
    }

    private static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bad("The request target's path is not UTF-8 once its percent-escapes are decoded.");
        }
    }

    private static RequestHeaders.Field field(String line) {
        if (line.startsWith(" ") || line.startsWith("\t")) {
            throw bad("A header line starts with white space (obsolete line folding is not accepted).");
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw bad("A header line is malformed: expected \"Name: value\".");
        }
        String name = line.substring(0, colon);
        if (!isToken(name)) {
            throw bad("A header name is malformed (no white space before the colon): " + quote(name) + ".");
        }
        String value = line.substring(colon + 1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                throw bad("The value of the header " + quote(name) + " holds a control character.");
            }
        }
        return new RequestHeaders.Field(name, value.strip());
    }

    /** The lines of {@code b[from, to)}, without their CRLF or LF, up to the empty line. ISO-8859-1. */
    private static List<String> lines(byte[] b, int from, int to) {
        List<String> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
                if (end == start) {
                    return lines;
                }
                for (int j = start; j < end; j++) {
                    if (b[j] == '\r') {
                        throw bad("A line of the request head holds a CR that does not end it.");
                    }
                }
                lines.add(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters a request target may hold (RFC 3986, plus {@code [} and {@code ]}, which clients
     * send unescaped in queries such as {@code createdAt[after]}).
     */
    private static boolean isUriChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/?%[]".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static ApiException bad(String detail) {
        return ApiException.badRequest(detail);
    }

    /**
     * A short, quoted prefix of an untrusted value for a message: at most 40 characters, control and
     * non-ASCII characters escaped as {@code \\uXXXX}.
     */
    static String quote(String value) {
        return quote(value, MAX_QUOTE);
    }

    /** As {@link #quote(String)}, at most {@code max} characters. */
    static String quote(String value, int max) {
        StringBuilder out = new StringBuilder("\"");
        int n = Math.min(value.length(), max);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > n) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /**
     * {@code value} whole, with the characters that could drive a terminal or forge a log line
     * escaped as {@code \\uXXXX}: controls (C0, DEL, C1), format characters (such as the bidi
     * overrides), line and paragraph separators, and the backslash itself (so an escape is never
     * ambiguous). Other characters, Polish letters too, stay as they are.
     */
    static String escapeControls(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            boolean escape = c == '\\' || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (escape && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (escape) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
