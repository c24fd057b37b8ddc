package io.github.acubepl.mapping.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.InvoiceReadException.Reason;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.internal.schema.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON input into a Jackson tree with bounded size and depth, keeping decimals exact.
 *
 * <p>Numbers cost at most what reading them costs. The tree is built here from the token stream
 * rather than by Jackson's deserializer, which would turn every number into a {@link BigDecimal}:
 * {@code 1e-2147483648} cannot be one, and {@code 1e10000000} can, but anything that prints or
 * rounds it builds ten million digits. A number is converted only when its plain notation has at
 * most {@value #MAX_PLAIN_CHARACTERS} characters (far more than any FA type allows); otherwise it
 * enters the tree as the text it was written as, which the structural check then reports as not a
 * valid decimal. Nothing downstream ever computes with it.
 */
public final class JsonInput {
    /** Shared, thread-safe: builds trees only, with exact decimals (scale kept, no trailing-zero stripping). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The longest plain notation a JSON number is converted to; longer ones stay as written. */
    static final int MAX_PLAIN_CHARACTERS = 1000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?)(\\d+))?");

    private JsonInput() {
    }

    /** Parses {@code input}; it must hold exactly one JSON value. */
    public static JsonNode parse(byte[] input, ReadLimits limits) {
        if (input.length > limits.maxBytes()) {
            throw new InvoiceReadException(Reason.TOO_LARGE,
                    "input is " + input.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
        int maxLength = (int) Math.min(Integer.MAX_VALUE, limits.maxBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(maxLength)
                        // numbers are bounded by the input size only: a long one becomes text (see above)
                        .maxNumberLength(maxLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser p = factory.createParser(input)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON: the input holds no JSON value");
            }
            JsonNode tree = value(p, first);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentLocation();
                throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON at line " + l.getLineNr()
                        + ", column " + l.getColumnNr() + ": unexpected content after the invoice object",
                        l.getLineNr(), l.getColumnNr(), null);
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new InvoiceReadException(Reason.HOSTILE, "JSON rejected" + where(e) + ": " + describe(e), line(e),
                    column(e), e);
        } catch (JsonProcessingException e) {
            throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON" + where(e) + ": " + describe(e),
                    line(e), column(e), e);
        } catch (IOException e) {
            throw new InvoiceReadException(Reason.IO, "cannot read JSON: " + Text.shorten(String.valueOf(e.getMessage())),
                    0, 0, e);
        }
    }

    /** The value that starts with {@code token}; recursion is bounded by the parser's nesting limit. */
    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    object.set(key, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(p.getText());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /**
     * A JSON number as a decimal node when its plain notation is at most
     * {@value #MAX_PLAIN_CHARACTERS} characters, else as a text node holding it as written. Costs
     * time linear in the length of {@code text}.
     */
    static JsonNode number(String text) {
        if (isShortPlain(text)) {
            // the common case, checked without a regular expression: as below, exactly as written
            return DecimalNode.valueOf(new BigDecimal(text));
        }
        Matcher m = JSON_NUMBER.matcher(text);
        if (!m.matches()) {
            return NODES.textNode(text); // the parser's grammar is JSON's; kept as written all the same
        }
        int integerDigits = m.group(1).length();
        int fractionDigits = m.group(2) == null ? 0 : m.group(2).length();
        long exponent = 0;
        if (m.group(4) != null) {
            String digits = m.group(4).replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > 9) {
                return NODES.textNode(text);
            }
            exponent = Long.parseLong(digits) * ("-".equals(m.group(3)) ? -1 : 1);
        }
        // plain notation: the point moves by the exponent; zeros are added on the side it moves to
        long plainInteger = Math.max(1, integerDigits + exponent);
        long plainFraction = Math.max(0, fractionDigits - exponent);
        if (plainInteger + plainFraction + 2 > MAX_PLAIN_CHARACTERS) {
            return NODES.textNode(text);
        }
        return DecimalNode.valueOf(new BigDecimal(text)); // as written: scale kept, no zeros stripped
    }

    /** Whether {@code text} is {@code -?[0-9]+(\.[0-9]+)?} and short enough to convert as it is. */
    private static boolean isShortPlain(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_PLAIN_CHARACTERS - 2) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = 0;
        for (i++; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            fraction++;
        }
        return fraction > 0 && i == n;
    }

    /**
     * The text of a JSON number, in plain notation where that stays short (a number from a tree
     * made elsewhere may be of any size; its scientific notation is then kept, which no FA type
     * accepts).
     */
    public static String numberText(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal d = number.decimalValue();
            long integerDigits = (long) d.precision() - d.scale();
            if (Math.abs((long) d.scale()) <= MAX_PLAIN_CHARACTERS && integerDigits <= MAX_PLAIN_CHARACTERS) {
                return d.toPlainString();
            }
            return d.toString();
        }
        return number.asText();
    }

    private static String where(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null || l.getLineNr() <= 0 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    }

    /** Jackson's explanation in words for a person: no feature names, no Java types, no source excerpt. */
    static String describe(JsonProcessingException e) {
        return JsonMessages.describe(e.getOriginalMessage());
    }
}
