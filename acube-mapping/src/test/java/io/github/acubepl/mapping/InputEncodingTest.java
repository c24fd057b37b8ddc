package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.mapping.InvoiceReadException.Reason;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.StawkaPodatku;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, "JSON and XML get different verdicts" and "Messages mislead": JSON is judged by the XML
 * it becomes, JSON that is not plain UTF-8 is reported rather than passed silently, a UTF-16 file
 * is read rather than called empty, and the parser's messages speak of the input, not of Jackson.
 */
class InputEncodingTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Fa1BusinessRulesTest.CLOCK).build())
            .build();
    private static final String JSON_TEXT = new String(MAPPER.toJson(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8);

    private static List<String> errors(ValidationReport report) {
        return report.errors().stream().map(i -> i.ruleId() + " " + i.messageEn()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void aJsonInUtf16OrUtf32IsReadAndReportedNotCalledEmpty(String charset) {
        byte[] input = JSON_TEXT.getBytes(Charset.forName(charset));
        ValidationReport report = MAPPER.validate(input);
        assertEquals(List.of("FA-TECH-001 the JSON is encoded in " + charset
                + "; A-Cube reads JSON as UTF-8: convert it before sending"), errors(report));
    }

    @Test
    void aJsonWithAByteOrderMarkIsReported() {
        byte[] bom = ("\uFEFF" + JSON_TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("FA-TECH-001 the JSON starts with a byte order mark; A-Cube expects UTF-8 without one"),
                errors(MAPPER.validate(bom)));
        byte[] utf16 = ("\uFEFF" + JSON_TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(1, errors(MAPPER.validate(utf16)).size());
    }

    @Test
    void emptyAndBlankInputsAreToldApart() {
        assertEquals("the input is empty", read(new byte[0]).getMessage());
        assertEquals("the input is empty", read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).getMessage());
        assertEquals("the input holds only white space", read(" \n\t ".getBytes(StandardCharsets.UTF_16BE)).getMessage());
        assertEquals("the input is neither XML nor JSON (it starts with 'x', read as UTF-16BE)",
                read("xyz".getBytes(StandardCharsets.UTF_16BE)).getMessage());
    }

    @Test
    void aJsonInvoiceIsJudgedByTheSizeOfTheXmlItBecomes() throws IOException {
        Faktura big = Fa1Fixtures.validInvoice();
        List<FaWiersz> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 6000; i++) {
            lines.add(Fa1Fixtures.line(i, "Usługa " + i, "1", "0.01", "0.01", StawkaPodatku.RATE_23));
        }
        big.getFa().getFaWiersze().setFaWiersz(lines);
        byte[] pretty = MAPPER.toJson(big);
        byte[] compact = new ObjectMapper().writeValueAsBytes(new ObjectMapper().readTree(pretty));
        byte[] xml = MAPPER.read(compact).toXml();
        assertTrue(compact.length < 1_000_000 && xml.length > 1_000_000,
                "the test needs a JSON under the limit whose XML is over it: " + compact.length + " / " + xml.length);

        List<String> fromJson = MAPPER.validate(compact).issues("FA-TECH-001").stream()
                .map(ValidationIssue::messageEn).toList();
        assertEquals(List.of("the FA XML this invoice becomes is " + xml.length + " bytes; KSeF accepts at most 1000000"),
                fromJson);
        assertEquals(1, MAPPER.validate(xml).issues("FA-TECH-001").size(), "the same verdict for the XML itself");
        assertEquals(1, MAPPER.validateModel(big).issues("FA-TECH-001").size(), "and for the model");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Naglowek\": NaN}", "{\"Naglowek\": +1}", "{/* c */}", "{\"a\": 'x'}", "{'a': 1}",
            "{\"a\": \"\u0001\"}", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": [1, 2}", "{\"a\": \"\\x\"}", "{\"a\": tru}",
            "{\"a\": 1", "{\"a\": 1}}", "{\"a\": 1, \"a\": 2}"})
    void jsonParserMessagesNameNoJavaInternals(String json) {
        InvoiceReadException e = read(json.getBytes(StandardCharsets.UTF_8));
        String m = e.getMessage();
        for (String internal : List.of("Feature", "`", "Jackson", "jackson", "Source:", "StreamReadConstraints",
                "VALUE_", "START_", "END_", "FIELD_NAME", "java.", "enable")) {
            assertFalse(m.contains(internal), "'" + internal + "' in: " + m);
        }
        assertFalse(m.chars().anyMatch(c -> c < 0x20), m);
        assertTrue(m.startsWith("malformed JSON") || m.startsWith("JSON rejected"), m);
    }

    @Test
    void aDeviceAsInputEndsAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        InvoiceMapper small = InvoiceMapper.builder().limits(new ReadLimits(1 << 20, 64)).build();
        InvoiceReadException e = assertThrows(InvoiceReadException.class, () -> small.read(zero));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    }

    private static InvoiceReadException read(byte[] input) {
        return assertThrows(InvoiceReadException.class, () -> MAPPER.read(input));
    }
}
