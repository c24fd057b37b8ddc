package io.github.acubepl.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.internal.StructuredFields.ByteSequence;
import io.github.acubepl.webhook.internal.StructuredFields.Dictionary;
import io.github.acubepl.webhook.internal.StructuredFields.InnerList;
import io.github.acubepl.webhook.internal.StructuredFields.Item;
import io.github.acubepl.webhook.internal.StructuredFields.ParseException;
import io.github.acubepl.webhook.internal.StructuredFields.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFC 8941 subset: every item type, inner lists, parameters, and failing closed. */
class StructuredFieldsTest {

    @Test
    void everyBareItemType() throws Exception {
        Dictionary d = StructuredFields.parseDictionary(
                "i=-42, d=3.14, s=\"a \\\"q\\\" \\\\ b\", t=foo/bar:baz, b=:aGVsbG8=:, yes=?1, no=?0, flag");
        Map<String, StructuredFields.Member> m = d.members();
        assertEquals(-42L, ((Item) m.get("i")).value());
        assertEquals(new BigDecimal("3.14"), ((Item) m.get("d")).value());
        assertEquals("a \"q\" \\ b", ((Item) m.get("s")).value());
        assertEquals(new Token("foo/bar:baz"), ((Item) m.get("t")).value());
        assertArrayEquals("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                ((ByteSequence) ((Item) m.get("b")).value()).bytes());
        assertEquals(Boolean.TRUE, ((Item) m.get("yes")).value());
        assertEquals(Boolean.FALSE, ((Item) m.get("no")).value());
        assertEquals(Boolean.TRUE, ((Item) m.get("flag")).value());
        assertEquals(List.of("i", "d", "s", "t", "b", "yes", "no", "flag"), List.copyOf(m.keySet()));
    }

    @Test
    void innerListsWithParametersKeepTheirOrder() throws Exception {
        Dictionary d = StructuredFields.parseDictionary(
                "sig1=(\"@method\" \"date\";sf);created=1;keyid=\"k\";alg=\"ed25519\";flag, sig2=()");
        InnerList l = (InnerList) d.members().get("sig1");
        assertEquals(2, l.items().size());
        assertEquals(Map.of("sf", true), l.items().get(1).params());
        assertEquals(List.of("created", "keyid", "alg", "flag"), List.copyOf(l.params().keySet()));
        assertEquals(1L, l.params().get("created"));
        assertEquals("(\"@method\" \"date\";sf);created=1;keyid=\"k\";alg=\"ed25519\";flag", StructuredFields.serialize(l));
        assertEquals("()", StructuredFields.serialize((InnerList) d.members().get("sig2")));
    }

    @Test
    void serializationIsCanonicalWhateverTheInputWhitespace() throws Exception {
        Dictionary d = StructuredFields.parseDictionary("  a=(  \"x\"   \"y\" );  p=1;q  ,\t b=?1  ");
        assertEquals("(\"x\" \"y\");p=1;q", StructuredFields.serialize((InnerList) d.members().get("a")));
    }

    @Test
    void serializesEveryBareType() throws Exception {
        InnerList l = new InnerList(List.of(new Item(7L, Map.of()), new Item(new BigDecimal("1.50"), Map.of()),
                new Item(new BigDecimal("2"), Map.of()), new Item(new Token("*tok"), Map.of()),
                new Item(new ByteSequence(new byte[] {1, 2, 3}), Map.of()), new Item(Boolean.FALSE, Map.of()),
                new Item("q\"s", Map.of())), Map.of());
        assertEquals("(7 1.5 2.0 *tok :AQID: ?0 \"q\\\"s\")", StructuredFields.serialize(l));
    }

    @Test
    void duplicateDictionaryKeysAreReportedAndTheLastWins() throws Exception {
        Dictionary d = StructuredFields.parseDictionary("a=1, b=2, a=3");
        assertEquals(List.of("b", "a"), List.copyOf(d.members().keySet()));
        assertEquals(3L, ((Item) d.members().get("a")).value());
        assertEquals(java.util.Set.of("a"), d.duplicateKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "A=1", "a=1,", "a=1,,b=2", "a=1 b=2", "a=(\"x\"", "a=(\"x\"\"y\")", "a=\"unterminated",
        "a=\"bad\\escape\"", "a=:abc", "a=:ab$c:", "a=:=abc:", "a=?2", "a=?", "a=1234567890123456", "a=1.2345",
        "a=1.", "a=1234567890123.1", "a=-", "a=1;A=2", "a=1;x=1;x=2", "a=@tok", "a=\"caf\u00e9\"", "a=\u00e9",
        "a=1\u0000", "a=(1)(2)", "a=1;", "a=\"x\"y"
    })
    void failsClosed(String input) {
        assertThrows(ParseException.class, () -> StructuredFields.parseDictionary(input), input);
    }

    @Test
    void limits() throws Exception {
        assertEquals(999_999_999_999_999L, ((Item) StructuredFields.parseDictionary("a=999999999999999").members().get("a")).value());
        assertEquals(-999_999_999_999_999L, ((Item) StructuredFields.parseDictionary("a=-999999999999999").members().get("a")).value());
        assertEquals(new BigDecimal("123456789012.123"),
                ((Item) StructuredFields.parseDictionary("a=123456789012.123").members().get("a")).value());
        ParseException e = assertThrows(ParseException.class, () -> StructuredFields.parseDictionary("a=1,\u00e9"));
        assertTrue(e.getMessage().contains("position") || e.getMessage().contains("character"), e.getMessage());
    }
}
