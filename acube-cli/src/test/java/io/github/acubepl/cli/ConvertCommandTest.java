package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.testkit.OfficialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConvertCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} --to {2}")
    @CsvSource({"invoice-fa3.json, invoice-fa3.xml, xml", "invoice-fa3.xml, invoice-fa3.json, json",
        "invoice-fa3.json, invoice-fa3.json, json", "invoice-fa3.xml, invoice-fa3.xml, XML"})
    void convertsToStandardOutputExactlyAsTheExamples(String from, String expected, String to) throws IOException {
        Cli.Result r = Cli.run("convert", Cli.example(from).toString(), "--to", to);
        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(Files.readAllBytes(Cli.example(expected)), r.stdoutBytes(), r::toString);
        assertEquals("", r.stderr());
    }

    @ParameterizedTest(name = "{0} -o {1}")
    @CsvSource({"invoice-fa3.json, invoice-fa3.xml, xml", "invoice-fa3.xml, invoice-fa3.json, json"})
    void convertsToAFile(String from, String expected, String to) throws IOException {
        Path out = dir.resolve("out." + to);
        Cli.Result r = Cli.run("convert", Cli.example(from).toString(), "--to", to, "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("", r.stderr());
        assertArrayEquals(Files.readAllBytes(Cli.example(expected)), Files.readAllBytes(out));
        assertEquals(List.of(out), list(dir), "nothing but the output is left behind");
    }

    /** FA(3), attachment-free official sample 20 (EUR, one exchange rate): XML → JSON → XML → JSON. */
    @Test
    void convertsAnFa3InvoiceBothWaysWithoutLoss() throws IOException {
        Path json = dir.resolve("fa3.json");
        Path xml = dir.resolve("fa3.xml");
        Path again = dir.resolve("again.json");
        assertEquals(0, Cli.run("convert", OfficialFiles.sample(3, 20).toString(), "--to", "json", "-o", json.toString())
                .assertNoStackTrace().exitCode());
        assertTrue(Files.readString(json).contains("\"kodSystemowy\": \"FA (3)\""), Files.readString(json));
        assertEquals(0, Cli.run("convert", json.toString(), "--to", "xml", "-o", xml.toString()).exitCode());
        assertEquals(0, Cli.run("convert", xml.toString(), "--to", "json", "-o", again.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(again));
    }

    @Test
    void replacesAnExistingOutputFile() throws IOException {
        Path out = Invoices.write(dir.resolve("out.xml"), "old content");
        Cli.Result r = Cli.run("convert", Cli.example("invoice-fa3.json").toString(), "--to", "xml", "--output",
                out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(Files.readAllBytes(Cli.example("invoice-fa3.xml")), Files.readAllBytes(out));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void convertsAnInvalidButReadableInvoice() {
        Path invalid = Invoices.withoutP15(dir.resolve("no-p15.json"));
        Cli.Result r = Cli.run("convert", invalid.toString(), "--to", "xml");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("<P_1>2026-11-02</P_1>") && !r.stdout().contains("<P_15>"), r::toString);
    }

    @Test
    void anImpossibleConversionLeavesAnExistingOutputIntactAndNoTemporaryFile() throws IOException {
        Path input = Invoices.withNulInP2(dir.resolve("nul.json"));
        Path out = Invoices.write(dir.resolve("out.xml"), "previous content");
        List<Path> before = list(dir);

        Cli.Result r = Cli.run("convert", input.toString(), "--to", "xml", "-o", out.toString()).assertNoStackTrace();

        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("previous content", Files.readString(out));
        assertEquals(before, list(dir), "no temporary file is left behind");
        assertEquals(1, r.stderr().lines().count(), r::toString);
        assertTrue(r.stderr().startsWith("acube: " + input + ": ") && r.stderr().contains("U+0000"), r::toString);
    }

    @Test
    void anImpossibleConversionToStandardOutputPrintsNothing() {
        Path input = Invoices.withNulInP2(dir.resolve("nul.json"));
        Cli.Result r = Cli.run("convert", input.toString(), "--to", "xml").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(0, r.stdoutBytes().length, r::toString);
        // the same document is fine as JSON
        assertEquals(0, Cli.run("convert", input.toString(), "--to", "json").exitCode());
    }

    @Test
    void unreadableInputExitsWith2AndCreatesNoOutput() throws IOException {
        Path malformed = Invoices.write(dir.resolve("bad.xml"), "<Faktura xmlns=\"" + Invoices.FA1_NAMESPACE + "\">");
        Path out = dir.resolve("out.json");
        Cli.Result r = Cli.run("convert", malformed.toString(), "--to", "json", "-o", out.toString())
                .assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: " + malformed + ": malformed XML"), r::toString);
        assertEquals(List.of(malformed), list(dir));
    }

    @Test
    void anOutputInAMissingFolderIsReported() {
        Path out = dir.resolve("no/such/folder/out.xml");
        Cli.Result r = Cli.run("convert", Cli.example("invoice-fa3.json").toString(), "--to", "xml", "-o",
                out.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("acube: " + out + ": cannot write: the folder " + out.getParent() + " does not exist\n", r.stderr());
    }

    @Test
    void anOutputThatIsAFolderIsReported() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out.xml"));
        Cli.Result r = Cli.run("convert", Cli.example("invoice-fa3.json").toString(), "--to", "xml", "-o",
                out.toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("is a directory"), r::toString);
        assertTrue(Files.isDirectory(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--to=yaml", "--to"})
    void usageErrorsExitWith2(String option) {
        String[] args = option.isEmpty() ? new String[] {"convert", Cli.example("invoice-fa3.json").toString()}
                : new String[] {"convert", Cli.example("invoice-fa3.json").toString(), option};
        Cli.Result r = Cli.run(args).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("Try 'acube convert --help'"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void twoInputFilesAreAUsageError() {
        String example = Cli.example("invoice-fa3.json").toString();
        Cli.Result r = Cli.run("convert", example, example, "--to", "xml").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
