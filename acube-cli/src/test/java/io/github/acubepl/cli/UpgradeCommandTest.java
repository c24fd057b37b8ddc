package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.testkit.OfficialFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code acube upgrade} in-process: the Ministry's FA(2) sample 14 needs one decision (its free-text
 * payment term), answered by src/test/resources/upgrade/fa2-sample-14-answers.json.
 */
class UpgradeCommandTest {
    @TempDir
    Path dir;

    private Path answers() throws IOException {
        Path p = dir.resolve("answers.json");
        try (InputStream in = getClass().getResourceAsStream("/upgrade/fa2-sample-14-answers.json")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private static Path sample14() {
        return OfficialFiles.sample(2, 14);
    }

    @Test
    void anOfficialFa2SampleWithItsDecisionAnsweredUpgradesToAValidFa3FileAndExits0() throws IOException {
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--answers", answers().toString(), "-o",
                out.toString(), "--schema-dir", OfficialFiles.dir().toString());
        assertEquals(0, r.exitCode(), r::toString);
        r.assertNoStackTrace();
        assertEquals("", r.stderr());
        assertTrue(r.stdout().contains(" -> FA(3): "), r::toString);
        assertTrue(r.stdout().contains("UPG-2-3-021 /Faktura/Fa/Platnosc/TerminPlatnosci"), r::toString);
        assertTrue(r.stdout().contains("answer 'DodatkowyOpis' (by rule)"), r::toString);
        assertTrue(r.stdout().contains(": FA(3) XML: VALID (0 errors"), r::toString);
        String xml = Files.readString(out);
        assertTrue(xml.contains("kodSystemowy=\"FA (3)\""), xml);
        // the written file is a valid FA(3) invoice for acube validate too, the official XSD included
        Cli.Result v = Cli.run("validate", out.toString(), "--schema-dir", OfficialFiles.dir().toString());
        assertEquals(0, v.exitCode(), v::toString);
    }

    @Test
    void withoutOutputTheValidInvoiceGoesToStandardOutputAndTheReportToStandardError() throws IOException {
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--answers", answers().toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("<?xml"), r::toString);
        assertTrue(r.stdout().contains("kodSystemowy=\"FA (3)\""), r::toString);
        assertTrue(r.stderr().contains(": FA(3) XML: VALID"), r::toString);
    }

    @Test
    void anOpenDecisionExits1AndWritesNothing() throws IOException {
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "-o", out.toString());
        assertEquals(1, r.exitCode(), r::toString);
        r.assertNoStackTrace();
        assertTrue(r.stdout().contains("; open: one of drop, DodatkowyOpis"), r::toString);
        assertTrue(r.stdout().contains("ERROR   UPG-2-3-021"), r::toString);
        assertTrue(r.stdout().contains(": FA(3) XML: INVALID"), r::toString);
        assertTrue(r.stderr().contains("not written (--force writes it anyway)"), r::toString);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), list(dir), "nothing left behind");
        Cli.Result toStdout = Cli.run("upgrade", sample14().toString());
        assertEquals(1, toStdout.exitCode(), toStdout::toString);
        assertEquals("", toStdout.stdout(), "no invoice on standard output");
    }

    @Test
    void forceWritesTheInvoiceWithTheOpenDecisionAndStillExits1() throws IOException {
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "-o", out.toString(), "--force");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(Files.readString(out).contains("kodSystemowy=\"FA (3)\""));
    }

    @Test
    void theJsonReportListsTheEntriesAndTheValidation() throws IOException {
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "-o", out.toString(), "--format", "json");
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode report = Invoices.parse(r.stdout());
        assertEquals("FA(2)", report.get("from").asText());
        assertEquals("FA(3)", report.get("to").asText());
        assertFalse(report.get("valid").asBoolean());
        assertEquals(2, report.get("openDecisions").asInt(), "sample 14 has two free-text payment terms");
        JsonNode decision = null;
        for (JsonNode e : report.get("entries")) {
            if (e.get("ruleId").asText().equals("UPG-2-3-021")) {
                decision = e;
            }
        }
        assertTrue(decision != null, r::toString);
        assertEquals("NEEDS_DECISION", decision.get("kind").asText());
        assertTrue(decision.get("answer").isNull());
        assertEquals(List.of("drop", "DodatkowyOpis"), Invoices.JSON.convertValue(decision.get("allowedAnswers"),
                List.class).subList(0, 2));
        JsonNode validation = report.get("validation");
        assertEquals("FA(3)", validation.get("format").asText());
        assertFalse(validation.get("valid").asBoolean());
        assertTrue(validation.get("errors").asInt() >= 1);
        assertEquals("UPG-2-3-021", validation.get("issues").get(0).get("ruleId").asText());
    }

    @Test
    void aJsonInvoiceIsUpgradedToJson() throws IOException {
        Path json = dir.resolve("fa2.json");
        assertEquals(0, Cli.run("convert", sample14().toString(), "--to", "json", "-o", json.toString()).exitCode());
        Path out = dir.resolve("fa3.json");
        Cli.Result r = Cli.run("upgrade", json.toString(), "--answers", answers().toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("UPG-2-3-021 /Fa/Platnosc/TerminPlatnosci"), r::toString);
        assertTrue(Files.readString(out).contains("\"kodSystemowy\": \"FA (3)\""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"UPG-2-3-021\": 7}", "[1]", "{\"UPG-2-3-021\": {\"/Fa\": true}}", "{not json"})
    void aBadAnswersFileIsAUsageErrorNamingWhereItIsWrong(String content) {
        Path bad = Invoices.write(dir.resolve("bad.json"), content);
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--answers", bad.toString(), "-o", out.toString());
        assertEquals(2, r.exitCode(), r::toString);
        r.assertNoStackTrace();
        assertTrue(r.stderr().startsWith("acube: --answers " + bad), r::toString);
        assertFalse(Files.exists(out));
        if (content.contains("\"/Fa\"")) {
            assertTrue(r.stderr().contains("UPG-2-3-021 at /Fa must be a string"), r::toString);
        }
    }

    @Test
    void anAnswerNamingNoDecisionOfTheInvoiceExits1() {
        Path answers = Invoices.write(dir.resolve("answers.json"),
                "{\"UPG-2-3-021\": \"DodatkowyOpis\", \"UPG-2-3-011\": \"0 KR\"}");
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--answers", answers.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("UPG-ANSWER-001"), r::toString);
    }

    @Test
    void aMissingAnswersFileIsAUsageError() {
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--answers", dir.resolve("none.json").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("no such file or directory"), r::toString);
    }

    @ParameterizedTest(name = "--to {0}")
    @ValueSource(strings = {"FA(2)", "FA(4)", "xml"})
    void anUnsupportedTargetIsAUsageError(String target) {
        Cli.Result r = Cli.run("upgrade", sample14().toString(), "--to", target);
        assertEquals(2, r.exitCode(), r::toString);
        r.assertNoStackTrace();
        assertTrue(r.stderr().contains("the only version to upgrade to is FA(3)"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void anOfficialFa1SampleUpgradesThroughFa2ToAValidFa3FileAndExits0() throws IOException {
        Path out = dir.resolve("fa3.xml");
        Cli.Result r = Cli.run("upgrade", OfficialFiles.sample(1, 1).toString(), "-o", out.toString(),
                "--schema-dir", OfficialFiles.dir().toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(": FA(1) -> FA(3): "), r::toString);
        assertTrue(r.stdout().contains("UPG-1-2-006 /Faktura/Podmiot1/Adres/AdresPol -> /Faktura/Podmiot1/Adres"),
                r::toString);
        assertTrue(Files.readString(out).contains("kodSystemowy=\"FA (3)\""));
    }

    @Test
    void fa3IsAcceptedAsTheTargetAndAnFa3InvoiceComesBackValidated() {
        Cli.Result r = Cli.run("upgrade", OfficialFiles.sample(3, 20).toString(), "--to", "FA(3)", "-o",
                dir.resolve("same.xml").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("FA(3) -> FA(3): 0 entries"), r::toString);
    }

    @Test
    void aFileThatIsNotAnInvoiceExits2() {
        Path notAnInvoice = Invoices.write(dir.resolve("note.xml"), "<note>not an invoice</note>");
        Cli.Result r = Cli.run("upgrade", notAnInvoice.toString());
        assertEquals(2, r.exitCode(), r::toString);
        r.assertNoStackTrace();
        assertTrue(r.stderr().startsWith("acube: " + notAnInvoice + ": "), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void anInvoiceTextWithAControlCharacterIsPrintedEscaped() throws IOException {
        Path json = dir.resolve("fa2.json");
        assertEquals(0, Cli.run("convert", sample14().toString(), "--to", "json", "-o", json.toString()).exitCode());
        String edited = Files.readString(json).replaceFirst("\"TerminOpis\": \"", "\"TerminOpis\": \"\\\\u001b[2J");
        assertTrue(edited.contains("\\u001b[2J"), edited);
        Path hostile = Invoices.write(dir.resolve("hostile.json"), edited);
        Cli.Result r = Cli.run("upgrade", hostile.toString(), "-o", dir.resolve("out.xml").toString());
        assertEquals(1, r.exitCode(), r::toString);
        for (String line : (r.stdout() + r.stderr()).split("\n")) {
            assertTrue(line.chars().noneMatch(c -> Cli.isRawControl((char) c)), line);
        }
    }

    @Test
    void helpNamesTheExitCodes() {
        Cli.Result r = Cli.run("upgrade", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("Exit codes: 0 the upgraded invoice is valid"), r::toString);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("answers.json")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
