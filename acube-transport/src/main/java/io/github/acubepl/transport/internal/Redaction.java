package io.github.acubepl.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps secrets out of logs, messages and kept bodies. */
public final class Redaction {
    /** Bodies kept in exceptions are cut to this many characters. */
    public static final int MAX_KEPT_BODY_CHARS = 4096;
    public static final String MASK = "***";

    /** JSON fields whose values are secrets, compared without case. */
    private static final Set<String> SECRET_FIELDS = Set.of("token", "password", "authorizationtoken",
            "access_token", "refresh_token", "jwt", "secret");
    /** The same fields in text that is not parseable JSON. */
    private static final Pattern SECRET_FIELD_TEXT = Pattern.compile(
            "(\"(?i:token|password|authorizationToken|access_token|refresh_token|jwt|secret)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A JWT anywhere in text: three base64url parts, the first two starting like JSON objects. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private Redaction() {
    }

    /** {@code j***@example.com}: the first character of the local part and the domain. */
    public static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return email.isEmpty() ? MASK : email.charAt(0) + MASK;
        }
        return email.charAt(0) + MASK + email.substring(at);
    }

    /**
     * A body fit to keep in an exception or a log: secret JSON fields masked, JWTs and the given
     * secrets replaced, cut to {@value #MAX_KEPT_BODY_CHARS} characters.
     */
    public static String body(byte[] body, Collection<String> secrets) {
        if (body.length == 0) {
            return "";
        }
        JsonNode json = Json.parse(body);
        String text;
        if (json != null && json.isContainerNode()) {
            maskFields(json);
            text = json.toString();
        } else {
            text = new String(body, StandardCharsets.UTF_8);
        }
        text = text(text, secrets);
        if (text.length() > MAX_KEPT_BODY_CHARS) {
            text = text.substring(0, MAX_KEPT_BODY_CHARS) + "… (truncated; " + body.length + " bytes in all)";
        }
        return text;
    }

    /** How much of an untrusted value a message quotes. */
    public static final int QUOTED_CHARS = 200;

    /**
     * A short prefix of a body for a message: decoded as UTF-8, secrets masked as in
     * {@link #body}, cut to {@value #QUOTED_CHARS} characters, control characters escaped.
     */
    public static String quote(byte[] body, Collection<String> secrets) {
        if (body.length == 0) {
            return "(empty)";
        }
        // Decode at most what can matter: masking needs a little more than what is shown.
        int take = Math.min(body.length, 4 * QUOTED_CHARS + 1024);
        String text = text(new String(body, 0, take, StandardCharsets.UTF_8), secrets);
        return quote(text);
    }

    /** {@code text} cut to {@value #QUOTED_CHARS} characters, with control characters escaped. */
    public static String quote(String text) {
        boolean cut = text.length() > QUOTED_CHARS;
        String shown = cut ? text.substring(0, QUOTED_CHARS) : text;
        return escape(shown) + (cut ? "…" : "");
    }

    /**
     * {@code text} with control characters (C0, C1, line and paragraph separators, bidirectional
     * overrides) written as backslash escapes (newline, tab and return as in Java source, the others
     * as a backslash, {@code u} and four hex digits), so that text from a server cannot move a
     * terminal's cursor, colour it or reorder what is shown.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                    || c == '\u200f' || c == '\u061c';
            if (!control) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Text with secret JSON fields, bearer tokens, JWTs and the given secrets masked. */
    public static String text(String text, Collection<String> secrets) {
        String out = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                out = out.replace(secret, MASK);
            }
        }
        out = SECRET_FIELD_TEXT.matcher(out).replaceAll("$1\"" + MASK + "\"");
        out = BEARER.matcher(out).replaceAll("$1" + MASK);
        return JWT.matcher(out).replaceAll(MASK);
    }

    private static void maskFields(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (SECRET_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT)) && !field.getValue().isNull()) {
                    field.setValue(object.textNode(MASK));
                } else {
                    maskFields(field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                maskFields(element);
            }
        }
    }
}
