package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: control characters from input files (ANSI escapes in a file name, a header file, an invoice value)
 * were echoed to the terminal raw. Whatever the command prints from untrusted sources goes through
 * {@link SafeText}: ESC shows as {@code \e}, C1 controls and bidirectional overrides as {@code \}{@code uXXXX}.
 */
class ControlCharactersTest {
    private static final String CLEAR_SCREEN = "\u001b[2J";

    @TempDir
    Path dir;

    private static void assertClean(Cli.Result r) {
        for (String text : new String[] {r.stdout(), r.stderr()}) {
            for (char c : text.toCharArray()) {
                assertFalse(Cli.isRawControl(c),
                        () -> "a raw control character U+" + Integer.toHexString(c) + " in\n" + r);
            }
        }
    }

    @Test
    void anEscapeInAFileNameIsShownEscaped() throws Exception {
        Path named = Files.copy(Cli.example("invoice-fa3.json"), dir.resolve("a" + CLEAR_SCREEN + "b.json"));
        Cli.Result valid = Cli.run("validate", named.toString());
        assertEquals(0, valid.exitCode(), valid::toString);
        assertClean(valid);
        assertTrue(valid.stdout().contains("a\\e[2Jb.json: FA(3) JSON: VALID"), valid::toString);

        Cli.Result missing = Cli.run("validate", dir.resolve("gone" + CLEAR_SCREEN + ".json").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertClean(missing);
        assertTrue(missing.stderr().contains("gone\\e[2J.json: "), missing::toString);

        Cli.Result json = Cli.run("validate", "--format", "json", named.toString());
        assertClean(json);
        assertTrue(json.stdout().contains("a\\u001B[2Jb.json") || json.stdout().contains("a\\u001b[2Jb.json"),
                json::toString);
    }

    /**
     * Review of issue 7's work, finding 12: a backslash was printed as it is, so a file literally named
     * {@code a\e[2Jb.json} showed exactly like one named {@code a<ESC>[2Jb.json}. A backslash now shows as
     * {@code \\}, on standard output and in messages.
     */
    @Test
    void aLiteralBackslashEscapeInAFileNameIsNotTakenForAnEscapedControl() throws Exception {
        Path literal = Files.copy(Cli.example("invoice-fa3.json"), dir.resolve("a\\e[2Jb.json"));
        Path control = Files.copy(Cli.example("invoice-fa3.json"), dir.resolve("a" + CLEAR_SCREEN + "b.json"));
        Cli.Result backslash = Cli.run("validate", literal.toString()); // one run each: a second copy is a duplicate
        Cli.Result escape = Cli.run("validate", control.toString());
        assertEquals(0, backslash.exitCode(), backslash::toString);
        assertEquals(0, escape.exitCode(), escape::toString);
        assertClean(backslash);
        assertTrue(backslash.stdout().contains("a\\\\e[2Jb.json: FA(3) JSON: VALID"), backslash::toString);
        assertTrue(escape.stdout().contains("a\\e[2Jb.json: FA(3) JSON: VALID"), escape::toString);
        assertFalse(backslash.stdout().equals(escape.stdout()), "the two names look different");

        Cli.Result missing = Cli.run("validate", dir.resolve("gone\\e[2J.json").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.stderr().contains("gone\\\\e[2J.json: "), missing::toString);

        Cli.Result convert = Cli.run("convert", dir.resolve("in\\x07.json").toString(), "--to", "xml");
        assertEquals(2, convert.exitCode(), convert::toString);
        assertTrue(convert.stderr().contains("in\\\\x07.json: "), convert::toString);
    }

    @Test
    void controlCharactersInAnInvoiceValueAreEscapedInTheReports() {
        Path file = Invoices.editedExample(dir.resolve("p2.json"), root -> ((ObjectNode) root.get("Fa"))
                .put("P_2", "FV" + CLEAR_SCREEN + "\u009b31m\u202e" + "x".repeat(300)));
        Cli.Result text = Cli.run("validate", file.toString());
        assertClean(text);
        Cli.Result json = Cli.run("validate", "--format", "json", file.toString());
        assertClean(json);
        Cli.Result converted = Cli.run("convert", file.toString(), "--to", "json");
        assertClean(new Cli.Result(0, new byte[0], converted.stderr()));
    }

    @Test
    void anEscapeInAHeaderFileIsShownEscaped() throws Exception {
        Path key = Files.writeString(dir.resolve("key.pem"), "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        Path headers = Files.writeString(dir.resolve("headers.txt"), "Content-Type: application/json\nX" + CLEAR_SCREEN
                + "Evil: 1\n");
        Path body = Files.writeString(dir.resolve("body.json"), "{}");
        Cli.Result r = Cli.run("webhook", "verify", "--public-key", key.toString(), "--url",
                "https://erp.example.com/hook", "--headers", headers.toString(), "--body", body.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertClean(r);
        assertTrue(r.stderr().contains("line 2: 'X\\e[2JEvil' is not a header name"), r::toString);
    }

    @Test
    void anEscapeInAnUnknownCommandOrOptionIsShownEscaped() {
        Cli.Result command = Cli.run("validat" + CLEAR_SCREEN);
        assertEquals(2, command.exitCode(), command::toString);
        assertClean(command);
        Cli.Result option = Cli.run("validate", "--format", "x" + CLEAR_SCREEN, "f.json");
        assertEquals(2, option.exitCode(), option::toString);
        assertClean(option);
        Cli.Result url = Cli.run("status", "0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c", "--env", "x" + CLEAR_SCREEN);
        assertClean(url);
    }
}
