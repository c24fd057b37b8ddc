package io.github.acubepl.webhook.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of RFC 8941 (Structured Field Values) that message signatures need: parsing
 * Dictionaries (members are Items or Inner Lists, with Parameters) and serializing Inner Lists and
 * Items. Bare items are {@link Long} (sf-integer), {@link BigDecimal} (sf-decimal), {@link String}
 * (sf-string), {@link Token}, {@link ByteSequence} and {@link Boolean}.
 *
 * <p>Fails closed: anything RFC 8941 does not allow is a {@link ParseException}. Two deliberate
 * departures from the RFC, both stricter: a parameter key repeated within one set of parameters is
 * an error (the RFC keeps the last), and repeated dictionary keys are reported in
 * {@link Dictionary#duplicateKeys()} so the caller can reject them (the RFC keeps the last).
 */
public final class StructuredFields {
    private static final long MAX_INTEGER = 999_999_999_999_999L;

    private StructuredFields() {
    }

    /** The input is not a valid structured field; the message says where (never the input). */
    public static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message);
        }
    }

    /** An sf-token. */
    public record Token(String value) {
        public Token {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An sf-binary (byte sequence); the array is not copied. */
    public record ByteSequence(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ByteSequence b && java.util.Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "ByteSequence[" + bytes.length + " bytes]";
        }
    }

    /** A dictionary member or list member: an {@link Item} or an {@link InnerList}. */
    public sealed interface Member permits Item, InnerList {
        /** The member's parameters, in order. */
        Map<String, Object> params();
    }

    /** An item: a bare value and its parameters. */
    public record Item(Object value, Map<String, Object> params) implements Member {
        public Item {
            Objects.requireNonNull(value, "value");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /** An inner list: items and the list's parameters. */
    public record InnerList(List<Item> items, Map<String, Object> params) implements Member {
        public InnerList {
            items = List.copyOf(items);
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /**
     * A parsed dictionary: members in order (for a repeated key, the last one, as RFC 8941 says),
     * and the keys that were repeated.
     */
    public record Dictionary(Map<String, Member> members, Set<String> duplicateKeys) {
        public Dictionary {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
            duplicateKeys = Collections.unmodifiableSet(new LinkedHashSet<>(duplicateKeys));
        }
    }

    /** Parses {@code input} as an RFC 8941 Dictionary. */
    public static Dictionary parseDictionary(String input) throws ParseException {
        return new Parser(input).dictionary();
    }

    /** Serializes an inner list with its parameters (RFC 8941 §4.1.1.1). */
    public static String serialize(InnerList list) throws ParseException {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            serializeItem(list.items().get(i), out);
        }
        out.append(')');
        serializeParams(list.params(), out);
        return out.toString();
    }

    /** Serializes an item with its parameters (RFC 8941 §4.1.3). */
    public static void serializeItem(Item item, StringBuilder out) throws ParseException {
        serializeBare(item.value(), out);
        serializeParams(item.params(), out);
    }

    private static void serializeParams(Map<String, Object> params, StringBuilder out) throws ParseException {
        for (Map.Entry<String, Object> p : params.entrySet()) {
            out.append(';');
            serializeKey(p.getKey(), out);
            if (!Boolean.TRUE.equals(p.getValue())) {
                out.append('=');
                serializeBare(p.getValue(), out);
            }
        }
    }

    private static void serializeKey(String key, StringBuilder out) throws ParseException {
        if (key.isEmpty() || !(isLcAlpha(key.charAt(0)) || key.charAt(0) == '*')) {
            throw new ParseException("a key must start with a lowercase letter or '*'");
        }
        for (int i = 0; i < key.length(); i++) {
            if (!isKeyChar(key.charAt(i))) {
                throw new ParseException("a key holds an invalid character");
            }
        }
        out.append(key);
    }

    private static void serializeBare(Object value, StringBuilder out) throws ParseException {
        if (value instanceof Long n) {
            if (n < -MAX_INTEGER || n > MAX_INTEGER) {
                throw new ParseException("an integer has more than 15 digits");
            }
            out.append(n.longValue());
        } else if (value instanceof Integer n) {
            out.append(n.intValue());
        } else if (value instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(3, RoundingMode.HALF_EVEN);
            if (rounded.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
                throw new ParseException("a decimal has more than 12 integer digits");
            }
            String s = rounded.stripTrailingZeros().toPlainString();
            out.append(s.indexOf('.') < 0 ? s + ".0" : s);
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new ParseException("a string holds a character outside printable ASCII");
                }
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        } else if (value instanceof Token t) {
            String s = t.value();
            if (s.isEmpty() || !(isAlpha(s.charAt(0)) || s.charAt(0) == '*')) {
                throw new ParseException("a token must start with a letter or '*'");
            }
            for (int i = 0; i < s.length(); i++) {
                if (!isTokenChar(s.charAt(i))) {
                    throw new ParseException("a token holds an invalid character");
                }
            }
            out.append(s);
        } else if (value instanceof ByteSequence b) {
            out.append(':').append(Base64.getEncoder().encodeToString(b.bytes())).append(':');
        } else if (value instanceof Boolean b) {
            out.append(b ? "?1" : "?0");
        } else {
            throw new ParseException("not a structured field value: " + value.getClass().getSimpleName());
        }
    }

    private static boolean isLcAlpha(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAlpha(char c) {
        return isLcAlpha(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isKeyChar(char c) {
        return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
    }

    private static boolean isTokenChar(char c) {
        // tchar (RFC 9110 §5.6.2), ":" and "/"
        return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
    }

    private static boolean isBase64Char(char c) {
        return isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=';
    }

    /** A recursive-descent parser over one field value (RFC 8941 §4.2). */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String input) throws ParseException {
            Objects.requireNonNull(input, "input");
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                if ((c < 0x20 && c != '\t') || c > 0x7e) {
                    throw new ParseException("character " + i + " is not printable ASCII");
                }
            }
            int start = 0;
            int end = input.length();
            while (start < end && input.charAt(start) == ' ') {
                start++;
            }
            while (end > start && input.charAt(end - 1) == ' ') {
                end--;
            }
            this.s = input.substring(start, end);
        }

        Dictionary dictionary() throws ParseException {
            Map<String, Member> members = new LinkedHashMap<>();
            Set<String> duplicates = new LinkedHashSet<>();
            if (s.isEmpty()) {
                throw new ParseException("the field is empty");
            }
            while (pos < s.length()) {
                String key = key();
                Member member;
                if (peek() == '=') {
                    pos++;
                    member = itemOrInnerList();
                } else {
                    member = new Item(Boolean.TRUE, params());
                }
                if (members.containsKey(key)) {
                    duplicates.add(key);
                    members.remove(key);
                }
                members.put(key, member);
                skipOws();
                if (pos >= s.length()) {
                    break;
                }
                if (s.charAt(pos) != ',') {
                    throw new ParseException("expected ',' at position " + pos);
                }
                pos++;
                skipOws();
                if (pos >= s.length()) {
                    throw new ParseException("a trailing ',' ends the dictionary");
                }
            }
            return new Dictionary(members, duplicates);
        }

        private Member itemOrInnerList() throws ParseException {
            return peek() == '(' ? innerList() : item();
        }

        private InnerList innerList() throws ParseException {
            pos++; // '('
            List<Item> items = new ArrayList<>();
            while (pos < s.length()) {
                skipSp();
                if (peek() == ')') {
                    pos++;
                    return new InnerList(items, params());
                }
                items.add(item());
                char c = peek();
                if (c != ' ' && c != ')') {
                    throw new ParseException("expected ' ' or ')' in an inner list at position " + pos);
                }
            }
            throw new ParseException("an inner list is not closed");
        }

        private Item item() throws ParseException {
            Object value = bareItem();
            return new Item(value, params());
        }

        private Map<String, Object> params() throws ParseException {
            Map<String, Object> params = new LinkedHashMap<>();
            while (peek() == ';') {
                pos++;
                skipSp();
                String key = key();
                Object value = Boolean.TRUE;
                if (peek() == '=') {
                    pos++;
                    value = bareItem();
                }
                if (params.put(key, value) != null) {
                    throw new ParseException("parameter '" + key + "' appears twice");
                }
            }
            return params;
        }

        private String key() throws ParseException {
            char first = peek();
            if (!isLcAlpha(first) && first != '*') {
                throw new ParseException("expected a key (lowercase letter or '*') at position " + pos);
            }
            int start = pos;
            while (pos < s.length() && isKeyChar(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private Object bareItem() throws ParseException {
            char c = peek();
            if (c == '-' || isDigit(c)) {
                return number();
            }
            if (c == '"') {
                return string();
            }
            if (c == '*' || isAlpha(c)) {
                return token();
            }
            if (c == ':') {
                return byteSequence();
            }
            if (c == '?') {
                return bool();
            }
            throw new ParseException("expected an item at position " + pos);
        }

        private Object number() throws ParseException {
            int start = pos;
            boolean negative = false;
            if (peek() == '-') {
                negative = true;
                pos++;
            }
            if (!isDigit(peek())) {
                throw new ParseException("expected a digit at position " + pos);
            }
            int digitsStart = pos;
            int dot = -1;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (isDigit(c)) {
                    pos++;
                } else if (c == '.' && dot < 0) {
                    if (pos - digitsStart > 12) {
                        throw new ParseException("a decimal has more than 12 integer digits");
                    }
                    dot = pos;
                    pos++;
                } else {
                    break;
                }
                int length = pos - digitsStart;
                if (dot < 0 && length > 15) {
                    throw new ParseException("an integer has more than 15 digits");
                }
                if (dot >= 0 && length > 16) {
                    throw new ParseException("a decimal is too long");
                }
            }
            String text = s.substring(start, pos);
            if (dot < 0) {
                return Long.parseLong(text);
            }
            int fraction = pos - dot - 1;
            if (fraction == 0 || fraction > 3) {
                throw new ParseException("a decimal needs 1 to 3 fractional digits");
            }
            BigDecimal d = new BigDecimal(text);
            return negative && d.signum() == 0 ? BigDecimal.ZERO.setScale(d.scale()) : d;
        }

        private String string() throws ParseException {
            pos++; // '"'
            StringBuilder out = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw new ParseException("a string ends with '\\'");
                    }
                    char next = s.charAt(pos++);
                    if (next != '"' && next != '\\') {
                        throw new ParseException("a string holds an invalid escape");
                    }
                    out.append(next);
                } else if (c == '"') {
                    return out.toString();
                } else if (c < 0x20 || c > 0x7e) {
                    throw new ParseException("a string holds a character outside printable ASCII");
                } else {
                    out.append(c);
                }
            }
            throw new ParseException("a string is not closed");
        }

        private Token token() {
            int start = pos;
            pos++;
            while (pos < s.length() && isTokenChar(s.charAt(pos))) {
                pos++;
            }
            return new Token(s.substring(start, pos));
        }

        private ByteSequence byteSequence() throws ParseException {
            pos++; // ':'
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ':') {
                if (!isBase64Char(s.charAt(pos))) {
                    throw new ParseException("a byte sequence holds a character outside base64");
                }
                pos++;
            }
            if (pos >= s.length()) {
                throw new ParseException("a byte sequence is not closed");
            }
            String b64 = s.substring(start, pos);
            pos++; // ':'
            try {
                return new ByteSequence(Base64.getDecoder().decode(b64));
            } catch (IllegalArgumentException e) {
                throw new ParseException("a byte sequence is not valid base64");
            }
        }

        private Boolean bool() throws ParseException {
            pos++; // '?'
            char c = peek();
            if (c == '1' || c == '0') {
                pos++;
                return c == '1';
            }
            throw new ParseException("a boolean must be ?0 or ?1");
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void skipSp() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private void skipOws() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }
    }
}
