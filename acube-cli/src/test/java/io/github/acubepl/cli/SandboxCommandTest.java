package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.sandbox.KsefDelays;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code acube sandbox}, run in-process with a waiter that probes the running simulator instead of waiting
 * for Ctrl-C. The simulator runs on real time, so these tests run entirely on the real clock.
 */
class SandboxCommandTest {
    private static final String SELLER_NIP = "5830147261";

    @TempDir
    Path dir;

    /** What one run printed, and what the probe saw while the simulator ran. */
    record Run(int exitCode, String stdout, String stderr, String loginStatus, int legalEntities, KsefDelays delays,
            KsefEnvironment environment, boolean sellerTakesAttachments) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr + "--- login " + loginStatus;
        }
    }

    /** Runs the command; while it runs, logs in as {@code email} / {@code password}. */
    private static Run run(Map<String, String> env, String email, String password, String... args) {
        AtomicReference<String> login = new AtomicReference<>("not run");
        AtomicReference<Integer> entities = new AtomicReference<>(-1);
        AtomicReference<KsefDelays> delays = new AtomicReference<>();
        AtomicReference<KsefEnvironment> environment = new AtomicReference<>();
        AtomicReference<Boolean> attachments = new AtomicReference<>(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(out, err, Clock.systemUTC(), false, env);
        CommandLine cl = new CommandLine(new SandboxCommand(terminal, running -> {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(running.baseUri() + "/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + email + "\", \"password\": \""
                                + password + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                login.set(String.valueOf(response.statusCode()));
                entities.set(running.store().legalEntities().size());
                delays.set(running.ksefDelays());
                environment.set(running.ksefEnvironment());
                attachments.set(running.attachmentsAllowed(SELLER_NIP));
            } catch (Exception e) {
                login.set(e.toString());
            }
        }));
        cl.setParameterExceptionHandler(new ErrorHandlers.Usage(terminal));
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        int code = cl.execute(args);
        terminal.outText().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), login.get(),
                entities.get(), delays.get(), environment.get(), attachments.get());
    }

    @Test
    void sandboxCommandServesTheApiAndRegistersLegalEntities() {
        Run r = run(Map.of(), "sandbox@example.com", "sandbox-password", "--legal-entity", SELLER_NIP + ",9512345675");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("200", r.loginStatus(), r::toString);
        assertEquals(2, r.legalEntities());
        assertTrue(r.stdout().matches("(?s)A-Cube sandbox running at http://127\\.0\\.0\\.1:\\d+ .*"), r::toString);
        assertTrue(r.stdout().contains("test login: sandbox@example.com / sandbox-password"), r::toString);
    }

    /** Issue 7, "passwords show in ps": the password comes from the environment and is never printed back. */
    @Test
    void aPasswordFromTheEnvironmentIsNeverOnTheCommandLineNorPrinted() {
        Run r = run(Map.of("ACUBE_SANDBOX_PASSWORD", "s3cret-from-env"), "me@example.com", "s3cret-from-env",
                "--user", "me@example.com");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("200", r.loginStatus(), r::toString);
        assertFalse(r.stdout().contains("s3cret") || r.stderr().contains("s3cret"), r::toString);
        assertTrue(r.stdout().contains("test login: me@example.com (password as given, not shown)"), r::toString);
    }

    @Test
    void aPasswordFromAFileIsNeverPrinted() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret-from-file\n");
        Run r = run(Map.of(), "me@example.com", "s3cret-from-file", "--user", "me@example.com", "--password-file",
                file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("200", r.loginStatus(), r::toString);
        assertFalse(r.stdout().contains("s3cret") || r.stderr().contains("s3cret"), r::toString);
    }

    @Test
    void theOldUserColonPasswordFormWorksWithAWarningAndIsNotPrintedBack() {
        Run r = run(Map.of(), "me@example.com", "pw-on-the-line", "--user", "me@example.com:pw-on-the-line");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("200", r.loginStatus(), r::toString);
        assertTrue(r.stderr().contains("acube: warning: a password in --user is visible to every user of this machine "
                + "(ps)"), r::toString);
        assertFalse(r.stdout().contains("pw-on-the-line"), r::toString);
    }

    @Test
    void aUserWithoutAPasswordIsAUsageError() {
        Run r = run(Map.of(), "me@example.com", "x", "--user", "me@example.com");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("give the password of --user 'me@example.com' in the environment variable "
                + "ACUBE_SANDBOX_PASSWORD or with --password-file FILE"), r::toString);
        assertEquals("not run", r.loginStatus());
    }

    /**
     * Review of issue 7's work, finding 9: the hint printed {@code export ... ACUBE_PASSWORD=<the password you
     * gave>}, which a shell reads as a redirection, and values went out unquoted. Each value is now one shell
     * word; only the public default password is shown, any other is a placeholder with a note.
     */
    @Test
    void theExportLineIsOneShellWordPerValueAndShowsOnlyThePublicPassword() throws Exception {
        Run standard = run(Map.of(), "sandbox@example.com", "sandbox-password");
        assertEquals(0, standard.exitCode(), standard::toString);
        assertTrue(standard.stdout().contains("\n  export ACUBE_EMAIL=sandbox@example.com ACUBE_PASSWORD=sandbox-password\n"),
                standard::toString);

        String email = "o'brien $HOME>x@example.com";
        String password = "p w>$HOME'x"; // no quote nor backslash: the probe puts it into JSON as it is
        Run chosen = run(Map.of("ACUBE_SANDBOX_PASSWORD", password), email, password, "--user", email);
        assertEquals(0, chosen.exitCode(), chosen::toString);
        assertEquals("200", chosen.loginStatus(), chosen::toString);
        assertFalse(chosen.stdout().contains("p w") || chosen.stderr().contains("p w"), chosen::toString);
        String line = chosen.stdout().lines().filter(l -> l.startsWith("  export ACUBE_EMAIL=")).findFirst().orElseThrow();
        assertTrue(line.endsWith(" ACUBE_PASSWORD=...   # replace ... with the password you gave (not shown)"), line);

        // What a shell makes of the line: the e-mail exactly, and the placeholder, never a redirection.
        Path shell = Path.of("/bin/sh");
        Assumptions.assumeTrue(Files.isExecutable(shell), "no /bin/sh");
        Process p = new ProcessBuilder(shell.toString(), "-c", line.strip() + "\nprintf '%s|%s' \"$ACUBE_EMAIL\" "
                + "\"$ACUBE_PASSWORD\"").directory(dir.toFile()).redirectErrorStream(true).start();
        String seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell ended");
        assertEquals(email + "|...", seen);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file was created by a redirection");
        }
    }

    /**
     * Review of issue 7's work, finding 10: --ksef-delay turned from seconds into milliseconds here, so an old
     * {@code --ksef-delay 5} silently meant 5 ms. It still does (as in demo), but 1 to 49 now draws a warning.
     */
    @Test
    void anOldKsefDelayInSecondsIsWarnedAbout() {
        Run old = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-delay", "5");
        assertEquals(0, old.exitCode(), old::toString);
        assertEquals(Duration.ofMillis(5), old.delays().toProcessing());
        assertTrue(old.stderr().contains("acube: warning: --ksef-delay is in milliseconds: 5 ms between the KSeF steps; "
                + "for 5 seconds give --ksef-delay 5000"), old::toString);
        for (String quiet : new String[] {"0", "50", "2000"}) {
            Run r = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-delay", quiet);
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.stderr(), r::toString);
        }
    }

    /** Issue 7: --ksef-delay was seconds here and milliseconds in demo; it is milliseconds in both. */
    @Test
    void theKsefDelayIsInMillisecondsAsInTheDemo() {
        Run r = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-delay", "1500");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(Duration.ofMillis(1500), r.delays().toProcessing());
        assertEquals(Duration.ofMillis(1500), r.delays().toOutcome());
        Run tooLong = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-delay", "3600001");
        assertEquals(2, tooLong.exitCode(), tooLong::toString);
    }

    /** Issue 8: the simulator behaves as KSeF's production (FA(3) only) unless started as another environment. */
    @Test
    void theSandboxBehavesAsKsefProductionUnlessAnotherEnvironmentIsNamed() {
        Run standard = run(Map.of(), "sandbox@example.com", "sandbox-password");
        assertEquals(0, standard.exitCode(), standard::toString);
        assertEquals(KsefEnvironment.PRODUCTION, standard.environment());
        assertTrue(standard.stdout().contains("\nsimulated KSeF: production (takes FA(3))\n"), standard::toString);
        assertTrue(standard.stdout().contains("./acube send examples/invoice-fa3.json"), standard::toString);
        assertFalse(standard.sellerTakesAttachments());
        for (String name : new String[] {"test", "TEST", "Test"}) {
            Run test = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-environment", name);
            assertEquals(0, test.exitCode(), test::toString);
            assertEquals(KsefEnvironment.TEST, test.environment());
            assertTrue(test.stdout().contains("\nsimulated KSeF: test (takes FA(2), FA(3))\n"), test::toString);
        }
        Run demo = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-environment", "demo");
        assertEquals(KsefEnvironment.DEMO, demo.environment(), demo::toString);
    }

    /** Hostile input: an unknown environment is a usage error naming the choices, the value escaped and cut short. */
    @Test
    void anUnknownKsefEnvironmentIsAUsageErrorThatNamesTheChoices() {
        for (String bad : new String[] {"prod", "", "\u001b[2Jtest", "x".repeat(100_000)}) {
            Run r = run(Map.of(), "sandbox@example.com", "sandbox-password", "--ksef-environment", bad);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().contains("--ksef-environment must be test, demo or production, not '"), r::toString);
            assertFalse(r.stderr().contains("\u001b"), "control characters escaped");
            assertTrue(r.stderr().length() < 2_000, "a short prefix of the value only");
            assertEquals("not run", r.loginStatus(), "the simulator did not start");
        }
    }

    @Test
    void attachmentsNamesTheSellersSetUpForAttachmentsAndRefusesWhatIsNotANip() {
        Run r = run(Map.of(), "sandbox@example.com", "sandbox-password", "--attachments", SELLER_NIP);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.sellerTakesAttachments(), r::toString);
        assertTrue(r.stdout().contains("sellers set up for attachments: " + SELLER_NIP), r::toString);
        for (String bad : new String[] {"5830147260", "583014726", "\u001b[2J5830147261", "5830147261,12"}) {
            Run refused = run(Map.of(), "sandbox@example.com", "sandbox-password", "--attachments", bad);
            assertEquals(2, refused.exitCode(), refused::toString);
            assertTrue(refused.stderr().contains("--attachments takes NIPs (ten digits with a correct check digit)"),
                    refused::toString);
            assertFalse(refused.stderr().contains("\u001b"), refused::toString);
            assertEquals("not run", refused.loginStatus());
        }
    }
}
