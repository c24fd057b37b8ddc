package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.model.fa3.TypKolumny;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * A-Cube's JSON convention for what FA(3) adds (docs/json-convention.md): the attachment
 * ({@code Zalacznik}), where {@code Kol} has an attribute and a child element and {@code NKom} is
 * simple content without attributes; rate codes with a space; and the keys of A-Cube's own FA(3)
 * example that FA(3) does not have (reference/acube-api-pl.md §13).
 */
class Fa3JsonConventionTest {
    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(OfficialSamplesTest.CLOCK).build())
            .build();
    /** Decimals kept exact, as any JSON tooling handling amounts should. */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private static List<String> structuralErrors(ValidationReport report) {
        return report.errors().stream().map(ValidationIssue::ruleId)
                .filter(id -> id.startsWith("FA-STRUCT") || id.startsWith("FA-JSON")).collect(Collectors.toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void kolIsAnObjectWithItsAttributeBesideItsChildAndNKomIsAPlainString() throws IOException {
        JsonNode table = json.readTree(mapper.toJson(Fa3Fixtures.withAttachment())).path("Zalacznik")
                .path("BlokDanych").path(0).path("Tabela").path(0);
        JsonNode kol = table.path("TNaglowek").path("Kol");
        assertTrue(kol.isArray(), table.toString());
        assertEquals(3, kol.size());
        assertEquals(List.of("Typ", "NKom"), fieldNames(kol.path(0)));
        assertEquals("txt", kol.path(0).path("Typ").asText());
        assertTrue(kol.path(0).path("NKom").isTextual(), kol.toString());
        assertEquals("Paleta", kol.path(0).path("NKom").asText());
        assertEquals("dec", kol.path(1).path("Typ").asText());
        assertEquals("[\"P2\",\"380\",\"\"]", table.path("Wiersz").path(1).path("WKom").toString());
        assertEquals("[\"\",\"792.5\",\"\"]", table.path("Suma").path("SKom").toString());
    }

    @Test
    void anAttachmentSurvivesEveryConversionAndIsValidPerTheOfficialXsd() throws IOException {
        Faktura invoice = Fa3Fixtures.withAttachment();
        byte[] xml = mapper.toXml(invoice);
        assertEquals(List.of(), OfficialXsd.errors(3, xml), new String(xml, StandardCharsets.UTF_8));
        assertEquals(List.of(), structuralErrors(mapper.validate(xml)));

        byte[] fromXml = mapper.read(xml).toJson();
        byte[] xmlAgain = mapper.read(fromXml).toXml();
        Diff diff = DiffBuilder.compare(xml).withTest(xmlAgain).ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff::toString);
        assertArrayEquals(fromXml, mapper.read(xmlAgain).toJson(), "JSON → XML → JSON");
        assertEquals(invoice, mapper.readModel(fromXml, Faktura.class), "model → JSON → model");
        assertEquals(invoice, mapper.readModel(xml, Faktura.class), "model → XML → model");
        assertEquals(TypKolumny.DATE, mapper.readModel(fromXml, Faktura.class).getZalacznik().getBlokDanych().get(0)
                .getTabela().get(0).getTNaglowek().getKol().get(2).getTyp());
    }

    @Test
    void anEmptyCellIsAnEmptyStringInJsonAndAnEmptyElementInXml() {
        String xml = new String(mapper.toXml(Fa3Fixtures.withAttachment()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<WKom/>") || xml.contains("<WKom></WKom>"), xml);
        assertTrue(xml.contains("<SKom/>") || xml.contains("<SKom></SKom>"), xml);
    }

    /** Reference/acube-api-pl.md §12, row 19: the reader also takes {@code {"__value": ...}} for NKom. */
    @Test
    void nKomWrittenAsAValueObjectIsReadAsTheSameHeading() throws IOException {
        ObjectNode root = (ObjectNode) json.readTree(mapper.toJson(Fa3Fixtures.withAttachment()));
        ObjectNode kol = (ObjectNode) root.path("Zalacznik").path("BlokDanych").path(0).path("Tabela").path(0)
                .path("TNaglowek").path("Kol").path(0);
        kol.putObject("NKom").put("__value", "Paleta");
        byte[] bytes = json.writeValueAsBytes(root);
        assertEquals(List.of(), structuralErrors(mapper.validate(bytes)));
        assertArrayEquals(mapper.toXml(Fa3Fixtures.withAttachment()), mapper.read(bytes).toXml());
    }

    @Test
    void rateCodesWithASpaceAreStringsWrittenAsTheSchemaSpellsThem() throws IOException {
        JsonNode lines = json.readTree(mapper.toJson(Fa3Fixtures.validInvoice())).path("Fa").path("FaWiersz");
        assertEquals("0 KR", lines.path(2).path("P_12").asText());
        String xml = new String(mapper.toXml(Fa3Fixtures.validInvoice()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<P_12>0 KR</P_12>"), xml);
    }

    /** A-Cube's own FA(3) JSON example (reference/acube-api-pl.md §5.1), extra keys and all. */
    static final String ACUBE_FA3_EXAMPLE = "{"
            + "\"Naglowek\": {\"KodFormularza\": {\"__value\": \"FA\", \"kodSystemowy\": \"FA (3)\", "
            + "\"wersjaSchemy\": \"1-0E\"}, \"WariantFormularza\": \"3\", "
            + "\"DataWytworzeniaFa\": \"2025-09-14T12:46:25+00:00\"},"
            + "\"Podmiot1\": {\"DaneIdentyfikacyjne\": {\"NIP\": \"9999999999\", \"Nazwa\": \"Sender\"},"
            + " \"Adres\": {\"KodKraju\": \"PL\", \"AdresL1\": \"Testowa\"}, \"Telefon\": []},"
            + "\"Podmiot2\": {\"DaneIdentyfikacyjne\": {\"BrakID\": \"1\"}, \"JST\": \"2\", \"GV\": \"2\","
            + " \"Adres\": {\"KodKraju\": \"PL\", \"AdresL1\": \"Testowa\"}, \"Telefon\": []},"
            + "\"Podmiot3\": [],"
            + "\"Fa\": {\"KodWaluty\": \"PLN\", \"P_1\": \"2022-01-01\", \"P_2\": \"FV\\/2025\\/09\\/14\\/12\\/46\\/25\","
            + " \"WZ\": [], \"P_13_1\": 7700.0, \"P_14_1\": 2300.0, \"P_15\": 10000.0,"
            + " \"Adnotacje\": {\"P_16\": \"2\", \"P_17\": \"1\", \"P_18\": \"2\", \"P_18A\": \"2\","
            + " \"Zwolnienie\": {\"P_19N\": \"1\"}, \"NoweSrodkiTransportu\": {\"NowySrodekTransportu\": [],"
            + " \"P_22N\": \"1\"}, \"P_23\": \"1\", \"PMarzy\": {\"P_PMarzyN\": \"1\"}},"
            + " \"RodzajFaktury\": \"VAT\", \"DaneFaKorygowanej\": [], \"DaneFaKorygowanejPozaKSEF\": [],"
            + " \"Podmiot2K\": [], \"P_6Z\": [], \"P_15Z\": [], \"KursWalutyZW\": [], \"DodatkowyOpis\": [],"
            + " \"NrFaZaliczkowej\": [], \"FaWiersz\": []}}";

    @Test
    void aCubesFa3ExampleIsReadWithItsExtraEmptyKeysAndTheyAreNeverWritten() throws IOException {
        byte[] example = ACUBE_FA3_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        InvoiceDocument doc = mapper.read(example);
        assertEquals("FA(3)", doc.format().name());
        ValidationReport report = mapper.validate(doc);
        assertEquals(List.of(), structuralErrors(report), report.toString() + report.errors());

        JsonNode written = json.readTree(doc.toJson());
        assertFalse(written.path("Podmiot1").has("Telefon"), written.toString());
        assertFalse(written.path("Podmiot2").has("Telefon"), written.toString());
        for (String key : List.of("P_6Z", "P_15Z", "KursWalutyZW", "NrFaZaliczkowej", "DaneFaKorygowanejPozaKSEF")) {
            assertFalse(written.path("Fa").has(key), key + " in " + written);
        }
        String xml = new String(doc.toXml(), StandardCharsets.UTF_8);
        assertFalse(xml.contains("Telefon") || xml.contains("PozaKSEF") || xml.contains("P_6Z"), xml);
        assertEquals(List.of(), OfficialXsd.errors(3, doc.toXml()));
    }

    @Test
    void anExtraKeyOfACubesExampleWithAValueIsAnUnknownElement() {
        String withPhone = ACUBE_FA3_EXAMPLE.replaceFirst("\"Telefon\": \\[\\]", "\"Telefon\": [\"221234567\"]");
        ValidationReport report = mapper.validate(withPhone.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("/Podmiot1/Telefon"), report.issues("FA-STRUCT-002").stream()
                .map(ValidationIssue::jsonPointer).collect(Collectors.toList()), report.issues().toString());

        String withAdvance = ACUBE_FA3_EXAMPLE.replace("\"P_6Z\": []", "\"P_6Z\": [\"2025-09-01\"]");
        ValidationReport advance = mapper.validate(withAdvance.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, advance.issues("FA-STRUCT-002").size(), advance.issues().toString());
    }
}
