package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and malformed input is rejected with a clear error that says what and where, before any
 * entity is expanded, any external resource is touched or memory is exhausted.
 */
class HostileInputTest {
    private static final String NS = "http://crd.gov.pl/wzor/2021/11/29/11089/";
    private final InvoiceMapper mapper = InvoiceMapper.create();

    private InvoiceReadException rejected(String input) {
        return rejected(input.getBytes(StandardCharsets.UTF_8));
    }

    private InvoiceReadException rejected(byte[] input) {
        return assertThrows(InvoiceReadException.class, () -> mapper.validate(input));
    }

    @Test
    void xxeIsRejectedAtTheDoctype(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        InvoiceReadException e = rejected("<?xml version=\"1.0\"?>\n<!DOCTYPE Faktura [\n<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<Faktura xmlns=\"" + NS + "\"><Naglowek>&xxe;</Naglowek></Faktura>");
        assertEquals(Reason.HOSTILE, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().contains("ends at line 4"), e.getMessage());
        assertTrue(!e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Faktura [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        InvoiceReadException e = rejected("<?xml version=\"1.0\"?>" + dtd + "<Faktura xmlns=\"" + NS
                + "\"><Naglowek>&lol9;</Naglowek></Faktura>");
        assertEquals(Reason.HOSTILE, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void externalDtdIsRejectedWithoutBeingFetched(@TempDir Path dir) {
        // If the parser tried to read the DTD it would fail on the missing file, not report a DOCTYPE.
        Path missing = dir.resolve("does-not-exist.dtd");
        InvoiceReadException e = rejected("<?xml version=\"1.0\"?><!DOCTYPE Faktura SYSTEM \"" + missing.toUri()
                + "\"><Faktura xmlns=\"" + NS + "\"/>");
        assertEquals(Reason.HOSTILE, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void fiftyMegabyteDocumentIsRejectedBeforeParsing(@TempDir Path dir) throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] start = ("<Faktura xmlns=\"" + NS + "\">").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, big, 0, start.length);
        InvoiceReadException fromBytes = rejected(big);
        assertEquals(Reason.TOO_LARGE, fromBytes.reason());
        assertTrue(fromBytes.getMessage().contains("limit"), fromBytes.getMessage());

        Path file = dir.resolve("big.xml");
        Files.write(file, big);
        assertEquals(Reason.TOO_LARGE, assertThrows(InvoiceReadException.class, () -> mapper.read(file)).reason());

        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertEquals(Reason.TOO_LARGE, assertThrows(InvoiceReadException.class, () -> mapper.read(endless)).reason());
    }

    @Test
    void deeplyNestedJsonIsRejected() {
        String deepObject = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        InvoiceReadException e = rejected(deepObject);
        assertEquals(Reason.HOSTILE, e.reason());
        assertTrue(e.getMessage().toLowerCase().contains("nesting"), e.getMessage());
        InvoiceReadException arrays = rejected("[".repeat(100_000) + "]".repeat(100_000));
        assertEquals(Reason.HOSTILE, arrays.reason());
    }

    @Test
    void deeplyNestedXmlIsRejected() {
        String deep = "<Faktura xmlns=\"" + NS + "\">" + "<a>".repeat(200) + "</a>".repeat(200) + "</Faktura>";
        InvoiceReadException e = rejected(deep);
        assertEquals(Reason.HOSTILE, e.reason());
        assertTrue(e.getMessage().contains("deeper than 64"), e.getMessage());
    }

    @Test
    void malformedXmlSaysWhere() {
        InvoiceReadException e = rejected("<Faktura xmlns=\"" + NS + "\">\n  <Naglowek>\n</Faktura>");
        assertEquals(Reason.MALFORMED, e.reason());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("malformed XML at line 3"), e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        InvoiceReadException e = rejected("{\n  \"Naglowek\": {\n    \"WariantFormularza\": \"1\",\n  }\n}");
        assertEquals(Reason.MALFORMED, e.reason());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("malformed JSON at line 4"), e.getMessage());
    }

    @Test
    void duplicateJsonKeysAreMalformed() {
        InvoiceReadException e = rejected("{\"Naglowek\": {}, \"Naglowek\": {}}");
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("Naglowek"), e.getMessage());
    }

    @Test
    void trailingContentAfterJsonIsMalformed() {
        assertEquals(Reason.MALFORMED, rejected("{\"Naglowek\": {\"WariantFormularza\": \"1\"}} {}").reason());
    }

    @Test
    void unknownFormatsAreNamed() {
        InvoiceReadException ns = rejected("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        assertEquals(Reason.UNKNOWN_FORMAT, ns.reason());
        assertTrue(ns.getMessage().contains("urn:oasis") && ns.getMessage().contains("FA(1)"), ns.getMessage());

        InvoiceReadException code = rejected("{\"Naglowek\": {\"KodFormularza\": {\"__value\": \"FA\", "
                + "\"kodSystemowy\": \"FA (9)\"}}}");
        assertEquals(Reason.UNKNOWN_FORMAT, code.reason());
        assertTrue(code.getMessage().contains("FA (9)"), code.getMessage());

        assertEquals(Reason.UNKNOWN_FORMAT, rejected("{\"Fa\": {}}").reason());
        assertEquals(Reason.UNKNOWN_FORMAT, rejected("hello").reason());
        assertEquals(Reason.UNKNOWN_FORMAT, rejected("").reason());
        assertEquals(Reason.MALFORMED, rejected("[1, 2]").reason());
    }

    @Test
    void hugeExponentsDoNotExhaustMemory() {
        String json = "{\"Naglowek\": {\"KodFormularza\": {\"__value\": \"FA\", \"kodSystemowy\": \"FA (1)\", "
                + "\"wersjaSchemy\": \"1-0E\"}, \"WariantFormularza\": \"1\"}, \"Fa\": {\"P_15\": 1e999999999}}";
        ValidationReport report = mapper.validate(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.issues("FA-STRUCT-005").stream().anyMatch(i -> i.jsonPointer().equals("/Fa/P_15")),
                report.issues()::toString);
    }

    @Test
    void streamsAreReadWithTheSameRules() {
        InputStream in = new ByteArrayInputStream(("<!DOCTYPE x><Faktura xmlns=\"" + NS + "\"/>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.HOSTILE, assertThrows(InvoiceReadException.class, () -> mapper.read(in)).reason());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        InvoiceReadException e = assertThrows(InvoiceReadException.class, () -> mapper.read(dir.resolve("nope.xml")));
        assertEquals(Reason.IO, e.reason());
        assertTrue(e.getMessage().contains("nope.xml"));
    }
}
