package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acube sandbox --incoming DIR}: each poll is driven by the test ({@link IncomingFolder#poll()}), on a
 * sandbox with a manual clock pinned far from today; one test runs the whole command on the real clock.
 */
class IncomingFolderTest {
    private static final Instant START = Instant.parse("2031-03-14T09:26:53Z");
    private static final String BUYER_NIP = "9520316783";

    @TempDir
    Path dir;

    private AcubeSandbox sandbox;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Terminal terminal;
    private IncomingFolder folder;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(SandboxClock.manual(START)).build().start();
        terminal = new Terminal(out, err, Clock.fixed(START, ZoneOffset.UTC), false, Map.of());
        folder = new IncomingFolder(dir, sandbox, terminal, 64 * 1024);
    }

    @AfterEach
    void stop() {
        folder.close();
        sandbox.close();
    }

    private static byte[] invoice() throws IOException {
        return Files.readAllBytes(Cli.example("invoice-fa3.xml"));
    }

    /** Registers the example invoice's buyer, as {@code --legal-entity} does, through the sandbox's own API. */
    private void registerBuyer() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String login = "{\"email\":\"sandbox@example.com\",\"password\":\"sandbox-password\"}";
        var token = Invoices.parse(http.send(java.net.http.HttpRequest.newBuilder(sandbox.baseUri().resolve("/login"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(login))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
        String entity = "{\"nip\":\"" + BUYER_NIP + "\",\"name\":\"Hurtownia\",\"addressLine1\":\"ul. Polna 7\","
                + "\"addressLine2\":\"1\",\"postcode\":\"30-001\",\"city\":\"Krakow\",\"countryIso2\":\"PL\","
                + "\"email\":\"b@example.com\"}";
        var r = http.send(java.net.http.HttpRequest.newBuilder(sandbox.baseUri().resolve("/legal-entities"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(entity)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r::body);
    }

    private List<SandboxInvoice> incoming() {
        return sandbox.store().invoices().stream().filter(i -> i.direction() == SandboxInvoice.Direction.INCOMING)
                .toList();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String stdout() {
        terminal.outText().flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).count();
    }

    @Test
    void aFileDroppedIntoTheFolderArrivesOnceEvenWhenRewritten() throws Exception {
        registerBuyer();
        byte[] xml = invoice();
        Files.write(dir.resolve("supplier-1.xml"), xml);
        folder.poll();
        assertEquals(0, incoming().size(), "first seen: it may still be growing");
        folder.poll();
        assertEquals(1, incoming().size(), "unchanged since the previous poll: taken");
        SandboxInvoice got = incoming().get(0);
        assertEquals(BUYER_NIP, got.buyerNip());
        assertTrue(stdout().contains("incoming: supplier-1.xml -> invoice " + got.uuid()), this::stdout);

        folder.poll();
        byte[] other = new String(xml, StandardCharsets.UTF_8).replace("FV/2026/11/0042", "FV/2026/11/0043")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("supplier-1.xml"), other);
        folder.poll();
        folder.poll();
        folder.poll();
        assertEquals(1, incoming().size(), "a name is taken once per run, even when the file is rewritten");
        assertEquals("", stderr());
    }

    @Test
    void aPartialFileIsNotTakenBeforeItStopsGrowingAndArrivesWhole() throws Exception {
        registerBuyer();
        byte[] xml = invoice();
        Path file = dir.resolve("slow.xml");
        Files.write(file, Arrays.copyOf(xml, xml.length / 2));
        folder.poll();
        Files.write(file, Arrays.copyOfRange(xml, xml.length / 2, xml.length), StandardOpenOption.APPEND);
        folder.poll();
        assertEquals(0, incoming().size(), "it grew since the previous poll");
        assertEquals("", stderr(), "a growing file is not reported as broken");
        folder.poll();
        assertEquals(1, incoming().size());
        assertEquals(Hashes.sha256(xml), incoming().get(0).invoiceHash(), "the whole file arrived");
    }

    @Test
    void dotFilesAndOtherNamesWaitUntilRenamedIntoPlace() throws Exception {
        registerBuyer();
        Path hidden = Files.write(dir.resolve(".supplier.xml"), invoice());
        Files.write(dir.resolve("supplier.xml.part"), invoice());
        folder.poll();
        folder.poll();
        assertEquals(0, incoming().size());
        Files.move(hidden, dir.resolve("supplier.xml"), StandardCopyOption.ATOMIC_MOVE);
        folder.poll();
        folder.poll();
        assertEquals(1, incoming().size());
        assertEquals("", stderr());
    }

    @Test
    void aBadFileIsReportedOnceAndSkippedAndTheNextGoodOneStillArrives() throws Exception {
        registerBuyer();
        Files.writeString(dir.resolve("broken.xml"), "<Faktura><not closed");
        for (int i = 0; i < 5; i++) {
            folder.poll();
        }
        assertEquals(1, lines(stderr(), "incoming: broken.xml skipped: it was refused: The invoice cannot be read"),
                this::stderr);
        Files.write(dir.resolve("good.xml"), invoice());
        folder.poll();
        folder.poll();
        assertEquals(1, incoming().size());
        assertEquals(1, lines(stderr(), "broken.xml"), "still reported once: " + stderr());
    }

    @Test
    void anInvoiceForABuyerThatIsNotRegisteredIsReportedOnceNamingTheNip() throws Exception {
        Files.write(dir.resolve("nobody.xml"), invoice());
        folder.poll();
        folder.poll();
        folder.poll();
        assertEquals(1, lines(stderr(), "incoming: nobody.xml skipped: it was refused: podmiot2.daneIdentyfikacyjne.nip: "
                + "No registered legal entity for the buyer's NIP " + BUYER_NIP), this::stderr);
        assertEquals(0, sandbox.store().invoices().size());
    }

    @Test
    void symbolicLinksFoldersAndHugeFilesAreRefusedWithAMessageWithoutBeingRead() throws Exception {
        registerBuyer();
        Path elsewhere = Files.write(Files.createTempDirectory(dir, ".outside").resolve("real.xml"), invoice());
        try {
            Files.createSymbolicLink(dir.resolve("link.xml"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        Files.createDirectory(dir.resolve("folder.xml"));
        byte[] huge = new byte[64 * 1024 + 1];
        Arrays.fill(huge, (byte) '<');
        Files.write(dir.resolve("huge.xml"), huge);
        folder.poll();
        folder.poll();
        String e = stderr();
        assertEquals(1, lines(e, "incoming: link.xml skipped: it is a symbolic link"), e);
        assertEquals(1, lines(e, "incoming: folder.xml skipped: it is a folder"), e);
        assertEquals(1, lines(e, "incoming: huge.xml skipped: it has 65537 bytes, more than the simulator's limit of "
                + "65536"), e);
        assertEquals(0, incoming().size());
    }

    @Test
    void aNamedPipeIsRefusedWithoutBlockingTheFolder() throws Exception {
        registerBuyer();
        Path fifo = dir.resolve("pipe.xml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(60, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Files.write(dir.resolve("after.xml"), invoice());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            folder.poll();
            folder.poll();
        }, "a poll must never open a pipe and wait for a writer");
        assertEquals(1, lines(stderr(), "incoming: pipe.xml skipped: it is not a regular file"), this::stderr);
        assertEquals(1, incoming().size());
    }

    @Test
    void theSandboxCommandTakesTheFolderAndSaysSo() throws Exception {
        Files.write(dir.resolve("at-start.xml"), invoice());
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Terminal t = new Terminal(o, e, Clock.systemUTC(), false, Map.of());
        picocli.CommandLine cl = new picocli.CommandLine(new SandboxCommand(t, running -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (running.store().invoices().isEmpty()) {
                if (System.nanoTime() - deadline > 0) {
                    fail("the file in the folder did not arrive within 60 s");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }));
        cl.setParameterExceptionHandler(new ErrorHandlers.Usage(t));
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        int code = cl.execute("--incoming", dir.toString(), "--legal-entity", BUYER_NIP);
        t.outText().flush();
        String stdout = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, () -> stdout + e.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.contains("incoming invoices: every *.xml file dropped into "), stdout);
        assertTrue(stdout.contains("incoming: at-start.xml -> invoice "), stdout);

        Path missing = dir.resolve("no-such-folder");
        ByteArrayOutputStream e2 = new ByteArrayOutputStream();
        Terminal t2 = new Terminal(new ByteArrayOutputStream(), e2, Clock.systemUTC(), false, Map.of());
        picocli.CommandLine cl2 = new picocli.CommandLine(new SandboxCommand(t2, running -> fail("must not run")));
        cl2.setParameterExceptionHandler(new ErrorHandlers.Usage(t2));
        cl2.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        assertEquals(ExitCode.USAGE, cl2.execute("--incoming", missing.toString()));
        assertTrue(e2.toString(StandardCharsets.UTF_8).contains("--incoming must name an existing folder"),
                () -> e2.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(missing));
    }

    /** KSeF's hash of bytes: Base64 of their SHA-256. */
    private static final class Hashes {
        static String sha256(byte[] bytes) throws Exception {
            return java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        }
    }
}
