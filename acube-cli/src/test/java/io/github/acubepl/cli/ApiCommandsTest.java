package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.sandbox.JournalEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code acube send}, {@code status} and {@code sandbox}, against the simulator on loopback. The simulator's
 * manual clock and the command's clock start at the same instant, years away from the real date
 * ({@link Cli#CLOCK}), so that any system-clock read in the command breaks these tests at once.
 */
class ApiCommandsTest {
    private static final String SELLER_NIP = "5830147261"; // the seller of examples/invoice-fa3.json

    @TempDir
    Path home;

    private AcubeSandbox sandbox;
    private SandboxClock.Manual clock;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void startSandbox() {
        clock = SandboxClock.manual(Cli.CLOCK.instant());
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        String base = sandbox.baseUri().toString();
        env.put("ACUBE_COMMON_URL", base);
        env.put("ACUBE_PL_URL", base);
        env.put("ACUBE_EMAIL", SandboxUser.DEFAULT_EMAIL);
        env.put("ACUBE_PASSWORD", SandboxUser.DEFAULT_PASSWORD);
        env.put("ACUBE_HOME", home.toString());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** Runs {@code acube} in-process on the simulator's own clock (one clock for both sides). */
    private Cli.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, clock.asClock().withZone(Cli.CLOCK.getZone()), false, env), args);
        return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private void registerSeller() {
        registerSeller(SELLER_NIP);
    }

    private void registerSeller(String nip) {
        AcubeClient.builder().clock(clock.asClock()).environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(SandboxUser.DEFAULT_EMAIL, SandboxUser.DEFAULT_PASSWORD)).build()
                .legalEntities().create(NewLegalEntity.builder().nip(nip).name("Seller").addressLine1("ul. A 1")
                        .addressLine2("-").postcode("00-001").city("Warszawa").countryIso2("PL")
                        .email("seller@example.com").build());
    }

    @Test
    void sendPrintsTheUuidAndStatusFollowsTheInvoiceToValid() {
        registerSeller();
        Cli.Result sent = run("send", Cli.example("invoice-fa3.json").toString());
        assertEquals(0, sent.exitCode(), sent::toString);
        String uuid = sent.stdout().strip();
        assertTrue(uuid.matches("[0-9a-f-]{36}"), uuid);
        assertTrue(sandbox.store().invoice(uuid).isPresent());

        Cli.Result queued = run("status", uuid);
        assertEquals(0, queued.exitCode(), queued::toString);
        assertTrue(queued.stdout().contains("status:               in_queue"), queued::toString);

        clock.advance(Duration.ofMinutes(1));
        Cli.Result valid = run("status", uuid);
        assertTrue(valid.stdout().contains("status:               valid"), valid::toString);
        assertTrue(valid.stdout().contains("accepted by KSeF:     yes"), valid::toString);
        assertTrue(valid.stdout().matches("(?s).*KSeF number: +" + SELLER_NIP + "-\\d{8}-[0-9A-F]{12}-[0-9A-F]{2}\n.*"),
                valid::toString);
    }

    /** The token folder is local configuration: a refused one is exit 2 before any request, not an API failure. */
    @Test
    void aTokenFolderThatIsASymbolicLinkIsAUsageErrorBeforeAnyRequest() throws java.io.IOException {
        Path real = java.nio.file.Files.createDirectory(home.resolve("elsewhere"));
        java.nio.file.Files.createSymbolicLink(home.resolve("tokens"), real);
        Cli.Result r = run("status", "0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: refusing the token folder " + home.resolve("tokens")
                + ": it is a symbolic link"), r::toString);
        assertEquals(0, sandbox.journal().entries().size(), "nothing was sent");
    }

    @Test
    void xmlIsSentAsXml() {
        registerSeller();
        Cli.Result sent = run("send", Cli.example("invoice-fa3.xml").toString(), "--v3");
        assertEquals(0, sent.exitCode(), sent::toString);
        assertEquals(1, sandbox.journal().count("POST", "/invoices/v3"));
    }

    @Test
    void separateRunsReuseOneLoginThroughTheTokenFile() {
        registerSeller();
        int before = sandbox.journal().count("POST", "/login");
        assertEquals(0, run("send", Cli.example("invoice-fa3.json").toString()).exitCode());
        String uuid = sandbox.store().invoices().get(0).uuid();
        assertEquals(0, run("status", uuid).exitCode());
        assertEquals(0, run("status", uuid).exitCode());
        assertEquals(before + 1, sandbox.journal().count("POST", "/login"), "one login for three runs");
        assertTrue(Files.isDirectory(home.resolve("tokens")));
    }

    /**
     * The red main of issue 7: the command built its client on the system clock, so a simulator whose clock
     * stood still made every stored token look expired, and each run logged in again. Here both clocks stand
     * years in the past: a command that judged the token on the system clock would log in on every run.
     */
    @Test
    void aCommandJudgesTheStoredTokenOnItsOwnClockNotTheSystemClock() {
        Instant past = Instant.parse("2019-06-12T08:15:27Z");
        SandboxClock.Manual pastClock = SandboxClock.manual(past);
        try (AcubeSandbox old = AcubeSandbox.builder().clock(pastClock).build().start()) {
            env.put("ACUBE_COMMON_URL", old.baseUri().toString());
            env.put("ACUBE_PL_URL", old.baseUri().toString());
            for (int i = 0; i < 3; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = AcubeCli.run(new Terminal(out, err, pastClock.asClock(), false, env), "status",
                        "00000000-0000-0000-0000-000000000000");
                assertEquals(1, code, () -> err.toString(StandardCharsets.UTF_8)); // logged in, then 404
            }
            assertEquals(1, old.journal().count("POST", "/login"), "one login for three runs");
        }
    }

    @Test
    void anInvalidInvoiceIsNotSent(@TempDir Path dir) throws Exception {
        Path invalid = dir.resolve("no-p15.json");
        Files.writeString(invalid, Files.readString(Cli.example("invoice-fa3.json")).replaceFirst("\"P_15\": [0-9.]+,", ""));
        Cli.Result r = run("send", invalid.toString()).assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("FA-STRUCT-001 /Fa/P_15"), r::toString);
        assertEquals(0, sandbox.journal().count("POST", "/invoices"));
    }

    /** Issue 8: KSeF takes no FA(1) any more; the simulator says so, and send exits 1 with its violation. */
    @Test
    void anFa1InvoiceIsRefusedSayingWhichVersionsKsefTakes() {
        registerSeller("9999999999"); // the seller of the official FA(1) sample 1
        Cli.Result r = run("send", OfficialFiles.sample(1, 1).toString()).assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("FA-TECH-002"), r::toString);
        assertTrue(r.stderr().contains("KSeF PRODUCTION does not accept FA(1) invoices; it takes FA(3)"), r::toString);
        assertEquals(0, sandbox.store().invoices().size());
    }

    @Test
    void anUnregisteredSellerIsRefusedByTheApi() {
        Cli.Result r = run("send", Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("Legal Entity not found for NIP " + SELLER_NIP), r::toString);
    }

    @Test
    void wrongCredentialsExitWith3AndNeverPrintThePassword() {
        env.put("ACUBE_PASSWORD", "not-the-password");
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(3, r.exitCode(), r::toString);
        assertFalse(r.stderr().contains("not-the-password"));
    }

    @Test
    void aLostAnswerToSendIsReportedAsUnknownWithHowToCheck() {
        registerSeller();
        sandbox.faults().on("POST", "/invoices").once().dropAfterHandling();
        Cli.Result r = run("send", Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(5, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("acube: outcome unknown: POST /invoices: "), r::toString);
        assertEquals(1, sandbox.store().invoices().size(), "the invoice was created once");
        assertEquals(1, sandbox.journal().count("POST", "/invoices"), "and never sent twice");
    }

    /**
     * Issue 7: the "outcome unknown" hint told a CLI user to call a Java method (invoices().list(...)). It
     * must name a command, and that command must answer the question.
     */
    @Test
    void theOutcomeUnknownHintNamesAnAcubeListCommandThatFindsTheInvoice() {
        registerSeller();
        sandbox.faults().on("POST", "/invoices").once().dropAfterHandling();
        Cli.Result r = run("send", Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(5, r.exitCode(), r::toString);
        assertFalse(r.stderr().contains("invoices()") || r.stderr().contains("InvoiceQuery"), r::toString);
        String hint = "acube list --number FV/2026/11/0042 --seller-nip " + SELLER_NIP;
        assertTrue(r.stderr().contains("check with: " + hint + " "), r::toString);

        Cli.Result listed = run(hint.substring("acube ".length()).split(" "));
        assertEquals(0, listed.exitCode(), listed::toString);
        String uuid = sandbox.store().invoices().get(0).uuid();
        assertEquals(uuid + "\tin_queue\tFV/2026/11/0042\t" + SELLER_NIP + "\t", listed.stdout().substring(0,
                listed.stdout().lastIndexOf('\t') + 1), listed::toString);
        assertEquals(1, listed.stdout().lines().count(), listed::toString);
    }

    /**
     * Review of issue 7's work, finding 11: {@code send} exits 2 when standard output fails after the invoice was
     * sent; the invoice exists then, and its uuid must not be lost with the output: it is on standard error, and
     * {@code send --help} says so.
     */
    @Test
    void aSendWhoseStandardOutputFailsStillGivesTheUuidOnStandardError() {
        registerSeller();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream fullDisk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int code = AcubeCli.run(new Terminal(fullDisk, err, clock.asClock().withZone(Cli.CLOCK.getZone()), false, env),
                "send", Cli.example("invoice-fa3.json").toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, stderr);
        String uuid = sandbox.store().invoices().get(0).uuid();
        assertTrue(stderr.contains("acube: the invoice was sent; its uuid is " + uuid + "\n"), stderr);
        assertTrue(stderr.contains("acube: cannot write standard output: No space left on device"), stderr);

        String help = run("send", "--help").stdout().replaceAll("\\s+", " ");
        assertTrue(help.contains("a standard output that cannot be written after the invoice was sent: then it was "
                + "sent, and its uuid is in the message on standard error"), help);
    }

    /** No invoice matches: exit 6, the one code that means "not created" (exit 1 is also a JVM that did not start). */
    @Test
    void listExitsWith6WhenNoInvoiceMatches() {
        registerSeller();
        assertEquals(0, run("send", Cli.example("invoice-fa3.json").toString()).exitCode());
        Cli.Result r = run("list", "--number", "FV/2026/11/0043", "--seller-nip", SELLER_NIP).assertNoStackTrace();
        assertEquals(ExitCode.NOT_FOUND, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("acube: no invoice matches number 'FV/2026/11/0043' of seller NIP " + SELLER_NIP),
                r::toString);
        Cli.Result all = run("list");
        assertEquals(0, all.exitCode(), all::toString);
        assertEquals(1, all.stdout().lines().count(), all::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"583014726", "58301472611", "583-014-72-61", "PL5830147261", ""})
    void listRefusesASellerNipThatIsNotTenDigits(String nip) {
        Cli.Result r = run("list", "--seller-nip", nip).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("--seller-nip must be 10 digits"), r::toString);
        assertEquals(0, sandbox.journal().size(), "nothing was asked of the API");
    }

    /** Issue 7: {@code status ''} exited 70 (internal error); a malformed uuid is a usage error. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x", "../../login", "00000000-0000-0000-0000-00000000000", "\u001b[2J",
        "00000000-0000-0000-0000-000000000000/upo"})
    void aBlankOrMalformedUuidIsAUsageErrorNotAnInternalError(String uuid) {
        Cli.Result r = run("status", uuid).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: UUID must be an invoice uuid such as "), r::toString);
        assertFalse(r.stderr().contains("\u001b"), "control characters are escaped: " + r);
        assertEquals(0, sandbox.journal().size(), "nothing was asked of the API");
    }

    /** Issue 7: a 500 on a GET was reported as if the API could not be reached. */
    @Test
    void aServerErrorOnEveryAttemptSaysTheServerAnsweredNotThatItCouldNotBeReached() {
        sandbox.faults().on("GET", "/invoices/*").always().respond(500, "database on fire");
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("acube: the A-Cube API answered HTTP 500 (a server error) to every attempt"),
                r::toString);
        assertFalse(r.stderr().contains("reach"), r::toString);
        assertEquals(2, sandbox.journal().count("GET", "/invoices/*"), "the CLI makes two attempts");
    }

    /**
     * Issue 7: send read the file twice (once to validate, once to send), so what it sent need not be what it
     * validated. Here the file is a FIFO whose writer gives the invoice once: a second read would find no
     * writer (and wait for one), so only a command that reads once can send, and the body sent must be
     * exactly those bytes.
     */
    @Test
    void sendSendsExactlyTheBytesItValidated(@TempDir Path dir) throws Exception {
        registerSeller();
        Path fifo = dir.resolve("invoice.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        byte[] content = Files.readAllBytes(Cli.example("invoice-fa3.json"));
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content);
            } catch (IOException e) {
                // the test is over
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("send", fifo.toString()),
                    "send waited for a second writer: it reads the file more than once");
            assertEquals(0, r.exitCode(), r::toString);
            List<JournalEntry> posts = sandbox.journal().entries("POST", "/invoices");
            assertEquals(1, posts.size());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    posts.get(0).bodySha256(), "the body sent is the file's content as validated");
        } finally {
            // Opening a FIFO read-write never blocks, and releases whoever still waits to open it.
            Files.newByteChannel(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    /** Issue 7: a retry printed a two-line java.util.logging record; it is one 'acube:' line now. */
    @Test
    void aRetryIsOneAcubeLineOnStandardError() {
        sandbox.faults().on("GET", "/invoices/*").once().serviceUnavailable(Duration.ZERO);
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString); // retried, then 404
        List<String> lines = r.stderr().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).matches("acube: GET /invoices/0{8}-0{4}-0{4}-0{4}-0{12}: HTTP 503; retrying in \\d+ ms "
                + "\\(attempt 2 of 2\\)"), r::toString);
        assertTrue(lines.get(1).startsWith("acube: refused (HTTP 404)"), r::toString);
    }

    /** The same in a real process: its standard error holds no java.util.logging record at all. */
    @Test
    void aRetryInARealProcessPrintsNoJavaLoggingRecord() {
        try (AcubeSandbox real = AcubeSandbox.builder().clock(SandboxClock.system()).build().start()) {
            real.faults().on("GET", "/invoices/*").once().serviceUnavailable(Duration.ZERO);
            ProcessBuilder b = ChildJvm.builder(AcubeCli.class, "status", "00000000-0000-0000-0000-000000000000")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            b.environment().putAll(Map.of("ACUBE_COMMON_URL", real.baseUri().toString(), "ACUBE_PL_URL",
                    real.baseUri().toString(), "ACUBE_EMAIL", SandboxUser.DEFAULT_EMAIL, "ACUBE_PASSWORD",
                    SandboxUser.DEFAULT_PASSWORD, "ACUBE_HOME", home.toString()));
            ChildJvm.Finished f = ChildJvm.run(b);
            assertEquals(1, f.exitCode(), f::toString);
            for (String line : f.stderr().lines().toList()) {
                assertTrue(line.startsWith("acube: "), () -> "a line that is not the command's own: " + f);
            }
            assertTrue(f.stderr().contains(": HTTP 503; retrying in "), f::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3601", "-1"})
    void aTimeoutOutsideOneToThreeThousandSixHundredSecondsIsAUsageError(String seconds) {
        for (String command : List.of("send", "status", "list")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (!command.equals("list")) {
                args.add(command.equals("send") ? Cli.example("invoice-fa3.json").toString()
                        : "00000000-0000-0000-0000-000000000000");
            }
            args.addAll(List.of("--timeout", seconds));
            Cli.Result r = run(args.toArray(String[]::new)).assertNoStackTrace();
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().contains("--timeout must be 1 to 3600 seconds"), r::toString);
        }
        assertEquals(0, sandbox.journal().size(), "nothing was asked of the API");
    }

    @Test
    void anUnreachableApiExitsWith4() {
        env.put("ACUBE_COMMON_URL", "http://127.0.0.1:9");
        env.put("ACUBE_PL_URL", "http://127.0.0.1:9");
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(4, r.exitCode(), r::toString);
    }

    @Test
    void anUnknownInvoiceExitsWith1() {
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("404"), r::toString);
    }

    @Test
    void withoutAnEnvironmentTheCommandSaysWhatToGive() {
        env.clear();
        env.put("ACUBE_HOME", home.toString());
        Cli.Result r = run("send", Cli.example("invoice-fa3.json").toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("--env sandbox|production"), r::toString);
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        env.put("ACUBE_COMMON_URL", "http://acube.example.com");
        env.put("ACUBE_PL_URL", "http://acube.example.com");
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000").assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
    }

    @Test
    void thePasswordMayComeFromAFile(@TempDir Path dir) throws Exception {
        env.remove("ACUBE_PASSWORD");
        Path file = dir.resolve("password");
        Files.writeString(file, SandboxUser.DEFAULT_PASSWORD + "\n");
        Cli.Result r = run("status", "00000000-0000-0000-0000-000000000000", "--password-file", file.toString());
        assertEquals(1, r.exitCode(), r::toString); // logged in, then 404
    }
}
