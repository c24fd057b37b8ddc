package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.model.fa1.Faktura;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A-Cube's JSON convention, corner by corner (reference/acube-api-pl.md §5 and §12). */
class JsonConventionTest {
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Fa1BusinessRulesTest.CLOCK).build())
            .build();
    /** Decimals kept exact, as any JSON tooling handling amounts should. */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private ObjectNode fixtureJson() throws IOException {
        return (ObjectNode) json.readTree(mapper.toJson(Fa1Fixtures.validInvoice()));
    }

    private byte[] bytes(JsonNode node) throws IOException {
        return json.writeValueAsBytes(node);
    }

    private Set<String> errorIds(ValidationReport report) {
        return report.errors().stream().map(ValidationIssue::ruleId).collect(Collectors.toSet());
    }

    @Test
    void simpleContentWithAttributesIsValuePlusAttributes() throws IOException {
        JsonNode code = fixtureJson().path("Naglowek").path("KodFormularza");
        assertEquals("FA", code.path("__value").asText());
        assertEquals("FA (1)", code.path("kodSystemowy").asText());
        assertEquals("1-0E", code.path("wersjaSchemy").asText());
        assertEquals(List.of("__value", "kodSystemowy", "wersjaSchemy"), fieldNames(code));
    }

    @Test
    void repeatablesAreAlwaysArraysAndOptionalSinglesAreAbsent() throws IOException {
        ObjectNode root = fixtureJson();
        assertTrue(root.path("Podmiot1").path("Telefon").isArray());
        assertEquals(0, root.path("Podmiot1").path("Telefon").size());
        assertTrue(root.path("Fa").path("DaneFaKorygowanej").isArray());
        assertTrue(root.path("Fa").path("FaWiersze").path("FaWiersz").isArray());
        assertEquals(3, root.path("Fa").path("FaWiersze").path("FaWiersz").size());
        assertTrue(root.path("Podmiot3").isArray());
        assertTrue(root.path("Fa").path("P_13_3").isMissingNode(), "absent optional singles are not written");
        assertTrue(root.path("PodmiotUpowazniony").isMissingNode());
    }

    @Test
    void amountsAreNumbersWithTheirScaleAndCodesAreStrings() throws IOException {
        ObjectNode fa = (ObjectNode) fixtureJson().path("Fa");
        assertTrue(fa.path("P_15").isNumber());
        assertEquals(new BigDecimal("1446.00"), fa.path("P_15").decimalValue());
        String text = new String(mapper.toJson(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"P_15\": 1446.00"), "scale kept in the JSON text");
        assertTrue(fa.path("Adnotacje").path("P_16").isTextual());
        assertEquals("2", fa.path("Adnotacje").path("P_16").asText());
        JsonNode line = fa.path("FaWiersze").path("FaWiersz").get(0);
        assertEquals("23", line.path("P_12").asText());
        assertTrue(line.path("P_12").isTextual(), "P_12 is an enumeration: a string");
        assertTrue(line.path("NrWierszaFa").isNumber(), "line numbers are non-enumerated numbers");
        assertTrue(fixtureJson().path("Naglowek").path("WariantFormularza").isTextual());
        assertEquals("2026-11-20", fa.path("P_1").asText());
        assertEquals("2026-11-20T10:15:00Z", fixtureJson().path("Naglowek").path("DataWytworzeniaFa").asText());
    }

    @Test
    void slashesAreWrittenPlainAndEscapedSlashesAreRead() throws IOException {
        String text = new String(mapper.toJson(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"FV/2026/11/001\""));
        String escaped = text.replace("\"FV/2026/11/001\"", "\"FV\\/2026\\/11\\/001\"");
        assertEquals("FV/2026/11/001", mapper.readModel(escaped.getBytes(StandardCharsets.UTF_8), Faktura.class)
                .getFa().getP_2());
    }

    @Test
    void readerIsTolerantOfNumbersForCodesStringsForAmountsAndMissingOrNullRepeatables() throws IOException {
        ObjectNode root = fixtureJson();
        ObjectNode fa = (ObjectNode) root.path("Fa");
        ((ObjectNode) fa.path("FaWiersze").path("FaWiersz").get(0)).put("P_12", 23);
        fa.put("P_15", "1446.00");
        fa.remove("DaneFaKorygowanej");
        fa.putNull("NrFaZaliczkowej");
        ((ObjectNode) root.path("Podmiot1")).remove("Telefon");
        ValidationReport report = mapper.validate(bytes(root));
        assertTrue(report.isValid(), report.issues()::toString);
        Faktura model = mapper.readModel(bytes(root), Faktura.class);
        assertEquals(Fa1Fixtures.validInvoice(), model);
    }

    @Test
    void aSingleValueForARepeatableIsReadAsOneElement() throws IOException {
        ObjectNode root = fixtureJson();
        ((ObjectNode) root.path("Podmiot1")).put("Telefon", "223334455");
        Faktura model = mapper.readModel(bytes(root), Faktura.class);
        assertEquals(List.of("223334455"), model.getPodmiot1().getTelefon());
    }

    @Test
    void aWrappingFakturaKeyIsAccepted() throws IOException {
        ObjectNode wrapped = json.createObjectNode();
        wrapped.set("Faktura", fixtureJson());
        assertEquals(Fa1Fixtures.validInvoice(), mapper.readModel(bytes(wrapped), Faktura.class));
    }

    @Test
    void structuralErrorsInJsonCarryAJsonPointerAndAnXPath() throws IOException {
        ObjectNode root = fixtureJson();
        ((ObjectNode) root.path("Fa")).remove("P_15");
        ((ObjectNode) root.path("Fa").path("FaWiersze").path("FaWiersz").get(1)).put("P_12", "24");
        ((ObjectNode) root.path("Fa")).put("Uwagi", "x");
        ValidationReport report = mapper.validate(bytes(root));
        ValidationIssue missing = report.issues("FA-STRUCT-001").get(0);
        assertEquals("/Fa/P_15", missing.jsonPointer());
        assertEquals("/Faktura/Fa/P_15", missing.xpath());
        assertTrue(missing.messageEn().contains("P_15") && missing.messagePl().contains("P_15"));
        ValidationIssue rate = report.issues("FA-STRUCT-008").get(0);
        assertEquals("/Fa/FaWiersze/FaWiersz/1/P_12", rate.jsonPointer());
        assertEquals("/Faktura/Fa/FaWiersze/FaWiersz[2]/P_12", rate.xpath());
        ValidationIssue unknown = report.issues("FA-STRUCT-002").get(0);
        assertEquals("/Fa/Uwagi", unknown.jsonPointer());
        assertEquals(null, unknown.line(), "JSON input has no XML line");
    }

    @Test
    void xmlIssuesCarryLineAndColumn() {
        String xml = new String(mapper.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("<P_12>8</P_12>", "<P_12>9</P_12>");
        ValidationIssue issue = mapper.validate(xml.getBytes(StandardCharsets.UTF_8)).issues("FA-STRUCT-008").get(0);
        assertNotNull(issue.line());
        assertTrue(xml.split("\n")[issue.line() - 1].contains("<P_12>9</P_12>"), "line " + issue.line());
        assertEquals("/Faktura/Fa/FaWiersze/FaWiersz[3]/P_12", issue.xpath());
    }

    @Test
    void wrongJsonTypesAreStructuralErrorsNotCrashes() throws IOException {
        ObjectNode root = fixtureJson();
        root.put("Podmiot2", "a string where an object belongs");
        ((ObjectNode) root.path("Fa")).put("P_15", true);
        ArrayNode nested = json.createArrayNode();
        nested.add(json.createArrayNode().add("1"));
        ((ObjectNode) root.path("Podmiot1")).set("Telefon", nested);
        ValidationReport report = mapper.validate(bytes(root));
        assertFalse(report.isValid());
        Set<String> ids = errorIds(report);
        assertTrue(ids.contains("FA-JSON-001"), ids.toString());
        assertTrue(ids.contains("FA-STRUCT-012"), ids.toString());
        assertTrue(ids.contains("FA-STRUCT-005"), ids.toString());
        assertEquals("/Podmiot1/Telefon/0", report.issues("FA-JSON-001").get(0).jsonPointer());
    }

    @Test
    void jsonHoldingACharacterXmlCannotCarryIsAnErrorAndCannotBeWrittenAsXml() throws IOException {
        ObjectNode root = fixtureJson();
        ((ObjectNode) root.path("Fa")).put("P_2", "FV\u0001");
        InvoiceDocument doc = mapper.read(bytes(root));
        assertTrue(errorIds(mapper.validate(doc)).contains("FA-STRUCT-012"));
        AcubeMappingException e = assertThrows(AcubeMappingException.class, doc::toXml);
        assertTrue(e.getMessage().contains("U+0001") && e.getMessage().contains("/Faktura/Fa/P_2"), e.getMessage());
    }

    @Test
    void invalidDocumentsConvertLosslessly() throws IOException {
        ObjectNode root = fixtureJson();
        ((ObjectNode) root.path("Fa")).put("Uwagi", "kept");
        ((ObjectNode) root.path("Fa")).put("P_15", "12,50");
        byte[] original = bytes(root);
        byte[] xml = mapper.read(original).toXml();
        JsonNode again = json.readTree(mapper.read(xml).toJson());
        assertEquals("kept", again.path("Fa").path("Uwagi").asText());
        assertEquals("12,50", again.path("Fa").path("P_15").asText());
    }

    /** Found by the conversion differential test: xsi attributes lost their namespace in JSON. */
    @Test
    void xsiAttributesKeepTheirMeaningThroughJson() throws IOException {
        String xml = new String(mapper.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\">",
                        "<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\" "
                                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                + "xmlns:e=\"http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2021/06/09/eD/DefinicjeTypy/\" "
                                + "xsi:schemaLocation=\"http://crd.gov.pl/wzor/2021/11/29/11089/ schemat.xsd\">")
                .replace("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"TKwotowy\">1446.00</P_15>")
                .replace("<Ulica>Lipowa</Ulica>", "<Ulica xsi:type=\"e:TUlica\">Lipowa</Ulica>");
        byte[] original = xml.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), OfficialXsd.errorsFa1(original));
        byte[] jsonBytes = mapper.read(original).toJson();
        JsonNode tree = json.readTree(jsonBytes);
        assertEquals("http://crd.gov.pl/wzor/2021/11/29/11089/ schemat.xsd", tree.path("xsi:schemaLocation").asText());
        assertEquals("{http://crd.gov.pl/wzor/2021/11/29/11089/}TKwotowy",
                tree.path("Fa").path("P_15").path("xsi:type").asText());
        byte[] back = mapper.read(jsonBytes).toXml();
        assertEquals(List.of(), OfficialXsd.errorsFa1(back), new String(back, StandardCharsets.UTF_8));
        assertTrue(mapper.validate(back).isValid());
        assertTrue(new String(back, StandardCharsets.UTF_8).contains("xsi:type=\"ns0:TUlica\""));
        assertEquals(new String(jsonBytes, StandardCharsets.UTF_8),
                new String(mapper.read(back).toJson(), StandardCharsets.UTF_8), "JSON → XML → JSON is identical");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
