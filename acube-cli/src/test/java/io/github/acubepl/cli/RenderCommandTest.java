package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.testkit.OfficialFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    /** visualisation.md §2: the KOD I link of the official FA(3) sample 1, from its exact bytes. */
    private static final String VECTOR = "https://qr-test.ksef.mf.gov.pl/invoice/9999999999/15-02-2026/"
            + "X-wQflQVyRs1fImlI-xDPnWk1V37hys4O1lkx9iJbSA";

    @TempDir
    Path dir;

    @Test
    void theHtmlOfTheOfficialSampleCarriesTheKodILinkOfTheTestVector() {
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--environment", "test")
                .assertNoStackTrace();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        String html = r.stdout();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("href=\"" + VECTOR + "\""), "the link in the KOD I block");
        assertTrue(html.contains(">OFFLINE<"), "no KSeF number given");
        assertTrue(html.contains("Sprzedawca"), "Polish labels by default");
    }

    @Test
    void theKsefNumberIsShownUnderTheCodeAndTheLabelsCanBeEnglish() {
        String ksef = "9999999999-20260215-0123456789AB-" + checksumOf("9999999999-20260215-0123456789AB");
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--environment", "TEST",
                "--ksef-number", ksef, "--lang", "en", "--to", "html");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(">" + ksef + "<") && r.stdout().contains("Seller"), r::toString);
        assertFalse(r.stdout().contains("OFFLINE"));
    }

    @Test
    void withoutAnEnvironmentThereIsNoKodI() {
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.stdout().contains("qr-test.ksef.mf.gov.pl"), r::toString);
    }

    @Test
    void aPdfIsWrittenToTheOutputFileAndNothingElseIsLeft() throws IOException {
        Path out = dir.resolve("invoice.pdf");
        Cli.Result r = Cli.run("render", Cli.example("invoice-fa3.xml").toString(), "--to", "pdf",
                "--environment", "production", "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("", r.stderr());
        byte[] pdf = Files.readAllBytes(out);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"), "a whole PDF");
        assertEquals(List.of(out), list(dir), "nothing but the output is left behind");
    }

    @Test
    void aPdfGoesToStandardOutputWhenItIsNotATerminal() {
        Cli.Result r = Cli.run("render", OfficialFiles.sample(2, 1).toString(), "--to", "pdf");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("%PDF-", new String(r.stdoutBytes(), 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPdfIsNotSprayedOntoAnInteractiveTerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, Cli.CLOCK, false, Map.of(), true), "render",
                OfficialFiles.sample(3, 1).toString(), "--to", "pdf");
        assertEquals(ExitCode.USAGE, code);
        assertEquals(0, out.size(), "nothing on the terminal");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("a PDF is not written to a terminal: give -o OUT"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() {
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--environment", "staging")
                .assertNoStackTrace();
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("--environment") && r.stderr().contains("staging"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void kodIOfAJsonFileNeedsTheHashAcubeReturned() throws Exception {
        Path json = Cli.example("invoice-fa3.json");
        Cli.Result refused = Cli.run("render", json.toString(), "--environment", "test").assertNoStackTrace();
        assertEquals(ExitCode.USAGE, refused.exitCode(), refused::toString);
        assertTrue(refused.stderr().contains("KOD I of an A-Cube JSON file needs --hash"), refused::toString);
        assertEquals("", refused.stdout());

        // A-Cube sends the FA XML it makes of the JSON: the example's XML is that file
        byte[] sent = Files.readAllBytes(Cli.example("invoice-fa3.xml"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(sent);
        Cli.Result r = Cli.run("render", json.toString(), "--environment", "test", "--hash",
                Base64.getEncoder().encodeToString(digest));
        assertEquals(0, r.exitCode(), r::toString);
        String link = "https://qr-test.ksef.mf.gov.pl/invoice/5830147261/02-11-2026/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        assertTrue(r.stdout().contains("href=\"" + link + "\""), r::toString);
        Cli.Result fromXml = Cli.run("render", Cli.example("invoice-fa3.xml").toString(), "--environment", "test");
        assertTrue(fromXml.stdout().contains("href=\"" + link + "\""), fromXml::toString);
    }

    @Test
    void aHashThatIsNotTheHashOfTheXmlFileIsRefused() throws Exception {
        String other = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest("other bytes".getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--environment", "test", "--hash",
                other).assertNoStackTrace();
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("the hash given is not the SHA-256 of the bytes given"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void aBadKsefNumberIsRefusedWithItsValueEscaped() {
        Cli.Result r = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--ksef-number", "12\u001b[31m")
                .assertNoStackTrace();
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("not a KSeF number"), r::toString);
        assertFalse(r.stderr().contains("\u001b"), "a raw escape character on the terminal");
    }

    @Test
    void anUnreadableFileAndAFolderAsOutputAreUsageErrors() throws IOException {
        Path bad = Invoices.write(dir.resolve("bad.xml"), "<not-an-invoice/>");
        Cli.Result r = Cli.run("render", bad.toString()).assertNoStackTrace();
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: " + bad), r::toString);

        Path folder = Files.createDirectory(dir.resolve("folder"));
        Cli.Result refused = Cli.run("render", OfficialFiles.sample(3, 1).toString(), "--to", "pdf", "-o",
                folder.toString()).assertNoStackTrace();
        assertEquals(ExitCode.USAGE, refused.exitCode(), refused::toString);
        assertEquals(List.of(), list(folder), "the folder is left as it was");
    }

    private static String checksumOf(String prefix) {
        return io.github.acubepl.mapping.KsefNumber.checksum(prefix);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
