package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcubeCliTest {
    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsTheVersion(String option) {
        Cli.Result r = Cli.run(option);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("acube " + VersionProvider.version() + "\n"), r::toString);
        assertFalse(VersionProvider.version().contains("$"), "version.properties is filtered by the build");
        assertTrue(r.stdout().contains("FA(1)"), r::toString);
    }

    @Test
    void printsHelp() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("validate") && r.stdout().contains("convert"), r::toString);
        assertTrue(r.stdout().contains("Exit codes"), r::toString);
    }

    @Test
    void printsTheHelpOfACommand() {
        Cli.Result r = Cli.run("help", "validate");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("--schema-dir") && r.stdout().contains("\"jsonPointer\""), r::toString);
        assertEquals(0, Cli.run("convert", "--help").exitCode());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run().assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: missing command\n"), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("validat", "x.json").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("validate"), "suggests the right command: " + r);
    }

    @Test
    void anInternalErrorIsOneLineWithExitCode70() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayOutputStream(), err, Cli.CLOCK, false);
        int code = new ErrorHandlers.Internal(terminal).handleExecutionException(
                new IllegalStateException("boom\nsecond line"), AcubeCli.commandLine(terminal), null);
        assertEquals(70, code);
        assertEquals("acube: internal error: boom (set ACUBE_DEBUG=1 to see where, and please report it)\n",
                err.toString(StandardCharsets.UTF_8), "one line, and no Java class name");
    }

    @Test
    void anInternalErrorShowsItsStackTraceInDebugMode() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayOutputStream(), err, Cli.CLOCK, true);
        int code = new ErrorHandlers.Internal(terminal).handleExecutionException(new IllegalStateException("boom"),
                AcubeCli.commandLine(terminal), null);
        assertEquals(70, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("acube: internal error: boom\njava.lang.IllegalStateException: boom\n"), text);
        assertTrue(text.contains("\tat "), text);
    }
}
