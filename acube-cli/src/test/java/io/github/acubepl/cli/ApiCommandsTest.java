package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.NewLegalEntity;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acube send}, {@code status} and {@code sandbox}, against the simulator on loopback. The simulator's
 * manual clock and the command's clock start at the same instant, years away from the real date
 * ({@link Cli#CLOCK}), so that any system-clock read in the command breaks these tests at once.
 */
class ApiCommandsTest {
    private static final String SELLER_NIP = "5830147261"; // the seller of examples/invoice-fa1.json

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
        AcubeClient.builder().clock(clock.asClock()).environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(SandboxUser.DEFAULT_EMAIL, SandboxUser.DEFAULT_PASSWORD)).build()
                .legalEntities().create(NewLegalEntity.builder().nip(SELLER_NIP).name("Seller").addressLine1("ul. A 1")
                        .addressLine2("-").postcode("00-001").city("Warszawa").countryIso2("PL")
                        .email("seller@example.com").build());
    }

    @Test
    void sendPrintsTheUuidAndStatusFollowsTheInvoiceToValid() {
        registerSeller();
        Cli.Result sent = run("send", Cli.example("invoice-fa1.json").toString());
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

    @Test
    void xmlIsSentAsXml() {
        registerSeller();
        Cli.Result sent = run("send", Cli.example("invoice-fa1.xml").toString(), "--v3");
        assertEquals(0, sent.exitCode(), sent::toString);
        assertEquals(1, sandbox.journal().count("POST", "/invoices/v3"));
    }

    @Test
    void separateRunsReuseOneLoginThroughTheTokenFile() {
        registerSeller();
        int before = sandbox.journal().count("POST", "/login");
        assertEquals(0, run("send", Cli.example("invoice-fa1.json").toString()).exitCode());
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
        Files.writeString(invalid, Files.readString(Cli.example("invoice-fa1.json")).replaceFirst("\"P_15\": [0-9.]+,", ""));
        Cli.Result r = run("send", invalid.toString()).assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("FA-STRUCT-001 /Fa/P_15"), r::toString);
        assertEquals(0, sandbox.journal().count("POST", "/invoices"));
    }

    @Test
    void anUnregisteredSellerIsRefusedByTheApi() {
        Cli.Result r = run("send", Cli.example("invoice-fa1.json").toString()).assertNoStackTrace();
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
        Cli.Result r = run("send", Cli.example("invoice-fa1.json").toString()).assertNoStackTrace();
        assertEquals(5, r.exitCode(), r::toString);
        assertTrue(r.stderr().toLowerCase().contains("invoice number"), r::toString);
        assertEquals(1, sandbox.store().invoices().size(), "the invoice was created once");
        assertEquals(1, sandbox.journal().count("POST", "/invoices"), "and never sent twice");
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
        Cli.Result r = run("send", Cli.example("invoice-fa1.json").toString()).assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("--env sandbox|production"), r::toString);
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        env.put("ACUBE_COMMON_URL", "http://acube.example.com");
        env.put("ACUBE_PL_URL", "http://acube.example.com");
        Cli.Result r = run("status", "x").assertNoStackTrace();
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

    /** {@code acube sandbox} runs a simulator on real time, so this test runs entirely on the real clock. */
    @Test
    void sandboxCommandServesTheApiAndRegistersLegalEntities() {
        AtomicReference<String> loginStatus = new AtomicReference<>();
        AtomicReference<Integer> entities = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(out, err, Clock.systemUTC(), false, Map.of());
        int code = new picocli.CommandLine(new SandboxCommand(terminal, running -> {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(running.baseUri() + "/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"me@example.com\", \"password\": \"pw\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                loginStatus.set(String.valueOf(response.statusCode()));
                entities.set(running.store().legalEntities().size());
            } catch (Exception e) {
                loginStatus.set(e.toString());
            }
        })).execute("--user", "me@example.com:pw", "--legal-entity", SELLER_NIP + ",9512345675");
        terminal.outText().flush();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + err.toString(StandardCharsets.UTF_8));
        assertEquals("200", loginStatus.get());
        assertEquals(2, entities.get());
        assertTrue(printed.matches("(?s)A-Cube sandbox running at http://127\\.0\\.0\\.1:\\d+ .*"), printed);
        assertTrue(printed.contains("test login: me@example.com / pw"), printed);
    }
}
