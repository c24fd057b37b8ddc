package io.github.acubepl.mapping.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.InvoiceReadException.Reason;
import io.github.acubepl.mapping.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;

/** Parses JSON input into a Jackson tree with bounded size and depth, keeping decimals exact. */
public final class JsonInput {
    /** Shared, thread-safe: builds trees only, with exact decimals (scale kept, no trailing-zero stripping). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonInput() {
    }

    /** Parses {@code input}; it must hold exactly one JSON value. */
    public static JsonNode parse(byte[] input, ReadLimits limits) {
        if (input.length > limits.maxBytes()) {
            throw new InvoiceReadException(Reason.TOO_LARGE,
                    "input is " + input.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                        .maxNumberLength(1000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser p = factory.createParser(input)) {
            JsonNode tree = MAPPER.readTree(p);
            if (tree == null || tree.isMissingNode()) {
                throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON: the input is empty");
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentLocation();
                throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON at line " + l.getLineNr()
                        + ", column " + l.getColumnNr() + ": unexpected content after the invoice object",
                        l.getLineNr(), l.getColumnNr(), null);
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new InvoiceReadException(Reason.HOSTILE, "JSON rejected: " + describe(e), line(e), column(e), e);
        } catch (JsonProcessingException e) {
            throw new InvoiceReadException(Reason.MALFORMED, "malformed JSON" + where(e) + ": " + describe(e),
                    line(e), column(e), e);
        } catch (IOException e) {
            throw new InvoiceReadException(Reason.IO, "cannot read JSON: " + e.getMessage(), 0, 0, e);
        }
    }

    /** The text of a JSON number, in plain notation where that stays small. */
    public static String numberText(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal d = number.decimalValue();
            if (Math.abs(d.scale()) <= 100 && d.precision() - d.scale() <= 100) {
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

    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        m = m.replace('\n', ' ').strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
