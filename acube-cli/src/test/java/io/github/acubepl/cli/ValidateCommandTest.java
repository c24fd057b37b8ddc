package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.testkit.OfficialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {
    private static final Set<String> FILE_KEYS =
            Set.of("file", "format", "syntax", "valid", "errors", "warnings", "layers", "issues", "error");
    private static final Set<String> ISSUE_KEYS =
            Set.of("ruleId", "severity", "jsonPointer", "xpath", "line", "column", "message", "messagePl");
    private static final Set<String> ERROR_KEYS = Set.of("reason", "message", "line", "column");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"invoice-fa3.json", "invoice-fa3.xml"})
    void theExamplesAreValid(String name) {
        Path example = Cli.example(name);
        Cli.Result r = Cli.run("validate", example.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String format = name.endsWith(".xml") ? "XML" : "JSON";
        assertTrue(r.stdout().startsWith(example + ": FA(3) " + format + ": VALID (0 errors, 0 warnings)"), r::toString);
        assertFalse(r.stdout().contains("ERROR"), r::toString);
        assertEquals("", r.stderr());
    }

    @Test
    void anInvoiceThatBreaksARuleExitsWith1AndNamesTheRule() {
        Path file = Invoices.withoutP15(dir.resolve("no-p15.json"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(file + ": FA(3) JSON: INVALID"), r::toString);
        assertTrue(r.stdout().contains("ERROR   FA-STRUCT-001 /Fa/P_15: "), r::toString); // JSON Pointer for JSON
        assertEquals("", r.stderr());
    }

    @Test
    void issuesInXmlCarryTheirLineAndColumn() throws Exception {
        String xml = Files.readString(Cli.example("invoice-fa3.xml")).replace("<P_1>2026-11-02</P_1>", "<P_1>2026-13-02</P_1>");
        Path file = Invoices.write(dir.resolve("bad-date.xml"), xml);
        int line = lineOf(xml, "<P_1>");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().lines().anyMatch(l -> l.contains("/Faktura/Fa/P_1 " + line + ":")), r::toString);
    }

    @Test
    void polishMessagesOnRequest() {
        Path file = Invoices.withoutP15(dir.resolve("no-p15.json"));
        JsonNode issue = Invoices.parse(Cli.run("validate", "--format", "json", file.toString()).stdout())
                .at("/files/0/issues/0");
        String en = issue.get("message").asText();
        String pl = issue.get("messagePl").asText();
        assertNotEquals(en, pl);

        Cli.Result r = Cli.run("validate", "--lang", "pl", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(pl), r::toString);
        assertFalse(r.stdout().contains(en), r::toString);
    }

    @Test
    void malformedXmlIsUnreadable() {
        Path file = Invoices.write(dir.resolve("malformed.xml"),
                "<Faktura xmlns=\"" + Invoices.FA1_NAMESPACE + "\">\n  <Naglowek>\n</Faktura>\n");
        Cli.Result r = Cli.run("validate", file.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(file + ": UNREADABLE (MALFORMED)"), r::toString);
        assertTrue(r.stderr().startsWith("acube: " + file + ": malformed XML at line 3"), r::toString);
        assertEquals(1, r.stderr().lines().count(), r::toString);
    }

    @Test
    void aDoctypeIsRejectedAndNoEntityIsResolved() {
        Path secret = Invoices.write(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path file = Invoices.write(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Faktura [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Faktura xmlns=\"" + Invoices.FA1_NAMESPACE + "\"><Fa><P_2>&xxe;</P_2></Fa></Faktura>\n");
        Cli.Result r = Cli.run("validate", "--format", "json", file.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("HOSTILE", Invoices.parse(r.stdout()).at("/files/0/error/reason").asText(), r::toString);
        assertTrue(r.stderr().contains("DOCTYPE"), r::toString);
        assertFalse(r.stdout().contains("TOP-SECRET") || r.stderr().contains("TOP-SECRET"), r::toString);
    }

    @Test
    void anUnknownNamespaceIsUnreadable() {
        Path file = Invoices.write(dir.resolve("other.xml"),
                "<Faktura xmlns=\"http://crd.gov.pl/wzor/2099/01/01/99999/\"/>\n");
        Cli.Result r = Cli.run("validate", file.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("UNREADABLE (UNKNOWN_FORMAT)"), r::toString);
        assertTrue(r.stderr().contains("http://crd.gov.pl/wzor/2099/01/01/99999/"), r::toString);
    }

    @Test
    void aMissingFileIsUnreadable() {
        Path missing = dir.resolve("missing.json");
        Cli.Result r = Cli.run("validate", missing.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("acube: " + missing + ": no such file or directory\n", r.stderr());
    }

    @Test
    void emptyAndNonInvoiceFilesAreUnreadable() {
        Path empty = Invoices.write(dir.resolve("empty.json"), "");
        Path text = Invoices.write(dir.resolve("notes.txt"), "hello");
        Cli.Result r = Cli.run("validate", empty.toString(), text.toString(), dir.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(3, r.stderr().lines().count(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--format=yaml", "--lang=de", "--schema-dir"})
    void usageErrorsExitWith2(String option) {
        Cli.Result r = Cli.run("validate", option, Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: "), r::toString);
        assertTrue(r.stderr().contains("Try 'acube validate --help'"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void noFileIsAUsageError() {
        Cli.Result r = Cli.run("validate").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("FILE"), r::toString);
    }

    @Test
    void theHighestExitCodeWins() {
        Path valid = Cli.example("invoice-fa3.json");
        Path invalid = Invoices.withoutP15(dir.resolve("no-p15.json"));
        Path missing = dir.resolve("missing.xml");
        assertEquals(1, Cli.run("validate", valid.toString(), invalid.toString()).exitCode());
        Cli.Result r = Cli.run("validate", missing.toString(), valid.toString(), invalid.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stdout().endsWith("3 files: 1 valid, 1 invalid, 1 unreadable\n"), r::toString);
    }

    @Test
    void theJsonReportHasTheDocumentedShape() {
        Path valid = Cli.example("invoice-fa3.xml");
        Path invalid = Invoices.withoutP15(dir.resolve("no-p15.json"));
        Path malformed = Invoices.write(dir.resolve("malformed.json"), "{\"Naglowek\": {\n  \"WariantFormularza\": \n");
        Cli.Result r = Cli.run("validate", "--format", "json", valid.toString(), invalid.toString(),
                malformed.toString());
        assertEquals(2, r.exitCode(), r::toString);
        JsonNode report = Invoices.parse(r.stdout());
        assertEquals(Set.of("valid", "files"), keys(report));
        assertFalse(report.get("valid").asBoolean());
        JsonNode files = report.get("files");
        assertEquals(3, files.size());
        for (JsonNode f : files) {
            assertEquals(FILE_KEYS, keys(f), f::toString);
            for (JsonNode issue : f.get("issues")) {
                assertEquals(ISSUE_KEYS, keys(issue), issue::toString);
            }
        }

        JsonNode first = files.get(0);
        assertEquals(valid.toString(), first.get("file").asText());
        assertEquals("FA(3)", first.get("format").asText());
        assertEquals("XML", first.get("syntax").asText());
        assertTrue(first.get("valid").asBoolean());
        assertEquals(0, first.get("errors").asInt());
        assertEquals(first.get("issues").size(), first.get("warnings").asInt());
        assertTrue(first.get("error").isNull());

        JsonNode second = files.get(1);
        assertEquals("JSON", second.get("syntax").asText());
        assertFalse(second.get("valid").asBoolean());
        assertTrue(second.get("errors").asInt() >= 1);
        JsonNode p15 = null;
        for (JsonNode issue : second.get("issues")) {
            if (issue.get("xpath").asText().equals("/Faktura/Fa/P_15")) {
                p15 = issue;
            }
        }
        assertTrue(p15 != null, second::toString);
        assertEquals("FA-STRUCT-001", p15.get("ruleId").asText());
        assertEquals("ERROR", p15.get("severity").asText());
        assertEquals("/Fa/P_15", p15.get("jsonPointer").asText());
        assertTrue(p15.get("line").isNull() || p15.get("line").isInt());

        JsonNode third = files.get(2);
        assertTrue(third.get("format").isNull());
        assertTrue(third.get("syntax").isNull());
        assertFalse(third.get("valid").asBoolean());
        assertEquals(0, third.get("issues").size());
        JsonNode error = third.get("error");
        assertEquals(ERROR_KEYS, keys(error));
        assertEquals("MALFORMED", error.get("reason").asText());
        assertEquals(3, error.get("line").asInt(), error::toString);
        assertTrue(error.get("column").isInt(), error::toString);
        assertTrue(r.stderr().startsWith("acube: " + malformed + ": malformed JSON"), r::toString);
    }

    @Test
    void theOfficialSchemaPassRunsWithSchemaDir() {
        Path schema = OfficialFiles.schemaFolder(3);
        for (String name : List.of("invoice-fa3.json", "invoice-fa3.xml")) {
            Cli.Result r = Cli.run("validate", "--schema-dir", schema.toString(), Cli.example(name).toString());
            assertEquals(0, r.exitCode(), r::toString);
        }
        Path invalid = Invoices.withoutP15(dir.resolve("no-p15.json"));
        Cli.Result r = Cli.run("validate", "--schema-dir", schema.toString(), invalid.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("FA-XSD-001"), r::toString);
        assertFalse(Cli.run("validate", invalid.toString()).stdout().contains("FA-XSD-001"));
    }

    /** Issue 8: the official FA_3_Przykład_1.xml was UNREADABLE (UNKNOWN_FORMAT), exit 2. */
    @Test
    void theOfficialFa3SampleIsValidAndTheReportNamesEachFilesVersion() {
        Path fa3 = OfficialFiles.sample(3, 1);
        Path fa2 = OfficialFiles.sample(2, 1);
        // FA(1) sample 1 is invoice FV2022/02/150 of the same seller as FA(2) sample 1: in one batch they
        // are duplicates (FA-DUP-001 holds across versions, as KSeF's key does), so take sample 8
        Path fa1 = OfficialFiles.sample(1, 8);
        Cli.Result r = Cli.run("validate", fa1.toString(), fa2.toString(), fa3.toString())
                .assertNoStackTrace();
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(fa3 + ": FA(3) XML: VALID (0 errors, 0 warnings)"), r::toString);
        assertTrue(r.stdout().contains(fa2 + ": FA(2) XML: VALID (0 errors, 1 warning)"), r::toString);
        assertTrue(r.stdout().contains("FA-TECH-002"), r::toString);
        assertTrue(r.stdout().contains(fa1 + ": FA(1) XML: VALID (0 errors, 1 warning)"), r::toString);
        Cli.Result json = Cli.run("validate", "--format", "json", fa3.toString());
        assertEquals("FA(3)", Invoices.parse(json.stdout()).at("/files/0/format").asText(), json::toString);
    }

    @Test
    void theDuplicateKeySpansSchemaVersions() {
        // KSeF's key (seller NIP, RodzajFaktury, P_2) does not name the schema: the FA(2) re-issue of an
        // FA(1) invoice with the same number is the second invoice KSeF refuses (code 440)
        Cli.Result r = Cli.run("validate", OfficialFiles.sample(1, 1).toString(), OfficialFiles.sample(2, 1).toString())
                .assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("FA-DUP-001") && r.stdout().contains("FV2022/02/150"), r::toString);
    }

    @Test
    void schemaDirMayBeTheFolderHoldingTheVersionFolders() throws Exception {
        Path ksef = OfficialFiles.dir();
        Cli.Result r = Cli.run("validate", "--schema-dir", ksef.toString(), OfficialFiles.sample(1, 8).toString(),
                Cli.example("invoice-fa3.xml").toString(), OfficialFiles.sample(2, 4).toString(),
                OfficialFiles.sample(3, 20).toString())
                .assertNoStackTrace();
        assertEquals(0, r.exitCode(), r::toString);
        Path broken = Invoices.write(dir.resolve("broken-fa3.xml"), Files.readString(OfficialFiles.sample(3, 1))
                .replace("<P_12>23</P_12>", "<P_12>0</P_12>"));
        Cli.Result invalid = Cli.run("validate", "--schema-dir", ksef.toString(), broken.toString());
        assertEquals(1, invalid.exitCode(), invalid::toString);
        assertTrue(invalid.stdout().contains("FA-XSD-001") && invalid.stdout().contains("FA-STRUCT-008"),
                invalid::toString);
    }

    /** Issue 9: "no FA-XSD-001 issue" read the same whether the official XSD pass ran or not. */
    @Test
    void theJsonReportSaysWhetherTheOfficialXsdPassRan() {
        Path invoice = Cli.example("invoice-fa3.xml");
        Path malformed = Invoices.write(dir.resolve("malformed.json"), "{\"Naglowek\": ");
        Cli.Result without = Cli.run("validate", "--format", "json", invoice.toString(), malformed.toString())
                .assertNoStackTrace();
        JsonNode report = Invoices.parse(without.stdout());
        assertEquals("[\"STRUCTURE\",\"RULES\"]", report.at("/files/0/layers").toString(), without::toString);
        assertEquals("[]", report.at("/files/1/layers").toString(), without::toString); // unreadable: nothing ran

        Cli.Result with = Cli.run("validate", "--format", "json", "--schema-dir", OfficialFiles.dir().toString(),
                invoice.toString()).assertNoStackTrace();
        assertEquals(0, with.exitCode(), with::toString);
        assertEquals("[\"STRUCTURE\",\"RULES\",\"OFFICIAL_SCHEMA\"]",
                Invoices.parse(with.stdout()).at("/files/0/layers").toString(), with::toString);
    }

    @Test
    void aSchemaDirThatIsNotAFolderIsAUsageError() {
        Cli.Result r = Cli.run("validate", "--schema-dir", dir.resolve("nowhere").toString(),
                Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("not a directory"), r::toString);
    }

    @Test
    void aSchemaDirWithoutTheSchemaIsReportedPerFile() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-schema"));
        Cli.Result r = Cli.run("validate", "--format", "json", "--schema-dir", empty.toString(),
                Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("ENGINE", Invoices.parse(r.stdout()).at("/files/0/error/reason").asText(), r::toString);
    }

    @Test
    void duplicatesAcrossTheBatchAreFound() throws Exception {
        // FA(1): on this branch the business rules, FA-DUP-001 among them, are FA(1)'s (issue 8, item 3)
        String sample = Files.readString(OfficialFiles.sample(1, 1));
        Path first = Invoices.write(dir.resolve("first.xml"), sample);
        String other = sample.replace("<Nazwisko>Kowalski</Nazwisko>", "<Nazwisko>Nowak</Nazwisko>");
        assertNotEquals(sample, other);
        Path second = Invoices.write(dir.resolve("second.xml"), other);
        Cli.Result r = Cli.run("validate", "--format", "json", first.toString(), second.toString());
        assertEquals(1, r.exitCode(), r::toString);
        List<String> rules = new ArrayList<>();
        Invoices.parse(r.stdout()).at("/files/1/issues").forEach(i -> rules.add(i.get("ruleId").asText()));
        assertTrue(rules.contains("FA-DUP-001"), () -> "FA-DUP-001 missing (is the rule in acube-mapping yet?)\n" + r);
        assertTrue(Invoices.parse(r.stdout()).at("/files/0/valid").asBoolean(), "the first one is not a duplicate");
    }

    @Test
    void fileNamesWithPolishLettersArePrintedInUtf8() throws Exception {
        Path file = Files.copy(Cli.example("invoice-fa3.json"), dir.resolve("faktura żółć.json"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith(file + ": "), r::toString);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
