package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.NewLegalEntity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acube received} and {@code acube download} (issue 10, item 4) against the simulator on loopback:
 * suppliers' FA(3) invoices arrive through {@link AcubeSandbox#receiveFromSupplier}, addressed to the
 * registered legal entity as buyer. The simulator's manual clock and the command's clock are one clock,
 * started at {@link Cli#CLOCK}'s instant, years away from the real date.
 */
class PurchaseInvoiceCommandsTest {
    private static final String BUYER_NIP = "5830147261";
    private static final String SUPPLIER_NIP = "9520316783";

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private AcubeSandbox sandbox;
    private SandboxClock.Manual clock;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void startSandbox() {
        clock = SandboxClock.manual(Cli.CLOCK.instant());
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        useApiAt(sandbox.baseUri().toString());
        env.put("ACUBE_EMAIL", SandboxUser.DEFAULT_EMAIL);
        env.put("ACUBE_PASSWORD", SandboxUser.DEFAULT_PASSWORD);
        env.put("ACUBE_HOME", home.toString());
        AcubeClient.builder().clock(clock.asClock()).environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(SandboxUser.DEFAULT_EMAIL, SandboxUser.DEFAULT_PASSWORD)).build()
                .legalEntities().create(NewLegalEntity.builder().nip(BUYER_NIP).name("Buyer").addressLine1("ul. A 1")
                        .addressLine2("-").postcode("00-001").city("Warszawa").countryIso2("PL")
                        .email("buyer@example.com").build());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private void useApiAt(String base) {
        env.put("ACUBE_COMMON_URL", base);
        env.put("ACUBE_PL_URL", base);
    }

    /** Runs {@code acube} in-process on the simulator's own clock (one clock for both sides). */
    private Cli.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, clock.asClock().withZone(Cli.CLOCK.getZone()), false, env), args);
        return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** A supplier's FA(3) invoice to {@link #BUYER_NIP}: the example with the parties turned round, numbered {@code number}. */
    private static byte[] supplierXml(String number) throws Exception {
        String xml = new String(DemoCommand.supplierInvoice(Files.readAllBytes(Cli.example("invoice-fa3.xml"))),
                StandardCharsets.UTF_8);
        return xml.replace("<P_2>" + DemoCommand.PURCHASE_NUMBER + "</P_2>", "<P_2>" + number + "</P_2>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private SandboxInvoice arrives(byte[] xml) {
        List<SandboxInvoice> received = sandbox.receiveFromSupplier(xml);
        assertEquals(1, received.size(), received::toString);
        return received.get(0);
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void receivedListsThePurchaseInvoicesOldestFirstAndNotTheSalesInvoices() throws Exception {
        SandboxInvoice first = arrives(supplierXml("HZ/1"));
        clock.advance(Duration.ofMinutes(5));
        SandboxInvoice second = arrives(supplierXml("HZ/2"));
        // a sales invoice of the same legal entity is not a purchase invoice
        assertEquals(0, run("send", Cli.example("invoice-fa3.json").toString()).exitCode());

        Cli.Result r = run("received").assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(line(first) + line(second), r.stdout());
        assertEquals("", r.stderr());
        assertEquals(1, sandbox.journal().entries("GET", "/invoices").size(), "one page");
        assertTrue(sandbox.journal().entries("GET", "/invoices").get(0).query().contains("direction=incoming"),
                () -> sandbox.journal().entries().toString());
    }

    /** The text line of a purchase invoice: uuid, KSeF number, seller NIP, buyer NIP, createdAt, status. */
    private static String line(SandboxInvoice i) {
        return i.uuid() + '\t' + i.ksefReferenceNumber() + '\t' + SUPPLIER_NIP + '\t' + BUYER_NIP + '\t'
                + i.createdAt().atOffset(ZoneOffset.UTC).toString().replace("Z", "+00:00") + "\tvalid\n";
    }

    @Test
    void receivedAsJsonIsAnArrayWithStableKeysThatParsesBack() throws Exception {
        SandboxInvoice invoice = arrives(supplierXml("HZ/3"));

        Cli.Result r = run("received", "--format", "json").assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode array = new ObjectMapper().readTree(r.stdoutBytes());
        assertTrue(array.isArray() && array.size() == 1, r::toString);
        JsonNode o = array.get(0);
        assertEquals(List.of("uuid", "ksefNumber", "sellerNip", "buyerNip", "invoiceNumber", "createdAt", "status", "hash",
                "legalEntityUuid"), fieldNames(o));
        assertEquals(invoice.uuid(), o.get("uuid").asText());
        assertEquals(invoice.ksefReferenceNumber(), o.get("ksefNumber").asText());
        assertEquals(SUPPLIER_NIP, o.get("sellerNip").asText());
        assertEquals(BUYER_NIP, o.get("buyerNip").asText());
        assertEquals("HZ/3", o.get("invoiceNumber").asText());
        assertEquals(invoice.createdAt(), Instant.from(java.time.OffsetDateTime.parse(o.get("createdAt").asText())));
        assertEquals("valid", o.get("status").asText());
        assertEquals(invoice.invoiceHash(), o.get("hash").asText());
        assertEquals(invoice.legalEntityUuid(), o.get("legalEntityUuid").asText());
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Unlike 'acube list' (exit 6: "not created"), no purchase invoice is an answer: exit 0. */
    @Test
    void noPurchaseInvoiceIsAnAnswerWithExit0InTextAndJson() throws Exception {
        Cli.Result text = run("received").assertNoStackTrace();
        assertEquals(0, text.exitCode(), text::toString);
        assertEquals("", text.stdout());

        Cli.Result json = run("received", "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode array = new ObjectMapper().readTree(json.stdoutBytes());
        assertTrue(array.isArray() && array.isEmpty(), json::toString);
    }

    @Test
    void sinceListsOnlyTheInvoicesRegisteredFromThatDayOrInstantOn() throws Exception {
        SandboxInvoice old = arrives(supplierXml("HZ/OLD"));
        clock.advance(Duration.ofDays(2));
        SandboxInvoice recent = arrives(supplierXml("HZ/NEW"));
        String dayAfterOld = old.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).toString();

        Cli.Result byDay = run("received", "--since", dayAfterOld).assertNoStackTrace();
        assertEquals(0, byDay.exitCode(), byDay::toString);
        assertEquals(line(recent), byDay.stdout());

        // an instant with an offset; the bound is inclusive
        String exact = recent.createdAt().atOffset(ZoneOffset.ofHours(1)).toString();
        Cli.Result byInstant = run("received", "--since", exact);
        assertEquals(line(recent), byInstant.stdout(), byInstant::toString);

        Cli.Result all = run("received", "--since", old.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        assertEquals(line(old) + line(recent), all.stdout(), all::toString);
    }

    @Test
    void aSinceThatIsNotADateIsAUsageErrorNamingItEscapedBeforeAnyRequest() {
        sandbox.journal().clear(); // the set-up's registration
        for (String bad : List.of("yesterday\u001b[2J", "2031-02-30", "2031-03-14T09:26:53", "14.03.2031", "")) {
            Cli.Result r = run("received", "--since", bad).assertNoStackTrace();
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().contains("--since must be a date, YYYY-MM-DD, or an ISO date-time with an offset"),
                    r::toString);
            assertTrue(r.stderr().contains("not '" + SafeText.cut(bad, SafeText.MAX_QUOTE) + "'"), r::toString);
            assertFalse(r.stderr().contains("\u001b"), r::toString);
        }
        assertEquals(0, sandbox.journal().size(), "nothing was asked of the API");
    }

    @Test
    void downloadWritesExactlyTheBytesKsefHoldsToTheFileAndTheSummaryToStandardOutput() throws Exception {
        byte[] xml = supplierXml("HZ/D1");
        SandboxInvoice invoice = arrives(xml);
        Path file = dir.resolve("purchase.xml");

        Cli.Result r = run("download", invoice.uuid(), "-o", file.toString()).assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(xml, Files.readAllBytes(file));
        assertEquals(file + ": FA(3) XML: VALID (0 errors, 0 warnings)\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void downloadToStandardOutputWritesTheBytesThereAndTheSummaryToStandardError() throws Exception {
        byte[] xml = supplierXml("HZ/D2");
        SandboxInvoice invoice = arrives(xml);

        Cli.Result r = run("download", invoice.uuid()).assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(xml, r.stdoutBytes());
        assertEquals(invoice.uuid() + ": FA(3) XML: VALID (0 errors, 0 warnings)\n", r.stderr());
    }

    /** KSeF accepted the supplier's invoice: errors in it are shown, but do not fail the download. */
    @Test
    void aSupplierInvoiceThatBreaksARuleIsStillDownloadedWithExit0AndTheSummaryShowsTheErrors() throws Exception {
        byte[] xml = new String(supplierXml("HZ/D3"), StandardCharsets.UTF_8)
                .replace("<P_15>6163.50</P_15>", "<P_15>1.00</P_15>").getBytes(StandardCharsets.UTF_8);
        SandboxInvoice invoice = arrives(xml);
        Path file = dir.resolve("invalid.xml");

        Cli.Result r = run("download", invoice.uuid(), "-o", file.toString()).assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(xml, Files.readAllBytes(file));
        assertTrue(r.stdout().startsWith(file + ": FA(3) XML: INVALID ("), r::toString);
        assertTrue(r.stdout().contains("\n  ERROR   "), r::toString);
    }

    /** The VerifiedDownloadTest of acube-it, through the command line: one byte altered on the way. */
    @Test
    void aDownloadWhoseBytesWereAlteredIsRefusedWithTheHashReasonAndNothingIsWritten() throws Exception {
        SandboxInvoice invoice = arrives(supplierXml("HZ/D4"));
        try (TamperingProxy proxy = new TamperingProxy(sandbox.baseUri())) {
            useApiAt(proxy.base());
            Path file = dir.resolve("altered.xml");

            Cli.Result toFile = run("download", invoice.uuid(), "-o", file.toString()).assertNoStackTrace();

            assertEquals(1, toFile.exitCode(), toFile::toString);
            assertEquals("acube: invoice " + invoice.uuid() + " refused: the bytes do not match KSeF's hash (altered, "
                    + "truncated or another file); nothing written\n", toFile.stderr());
            assertEquals("", toFile.stdout());
            assertFalse(Files.exists(file, LinkOption.NOFOLLOW_LINKS), "nothing written");
            assertEquals(List.of(), temporaryFiles());

            Cli.Result toStdout = run("download", invoice.uuid()).assertNoStackTrace();
            assertEquals(1, toStdout.exitCode(), toStdout::toString);
            assertEquals(0, toStdout.stdoutBytes().length, "not a byte of the altered invoice on standard output");
            assertFalse(toStdout.stderr().contains("HZ/D4") || toStdout.stderr().contains("Faktura"),
                    "the message never quotes the body: " + toStdout);
            assertEquals(2, proxy.altered.get(), "the proxy did alter both downloads");
        }
    }

    @Test
    void anInvoiceThatDoesNotExistIsTheApis404WithExit1LikeStatus() {
        Cli.Result r = run("download", "00000000-0000-0000-0000-000000000000", "-o", dir.resolve("x.xml").toString())
                .assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("acube: refused (HTTP 404)"), r::toString);
        assertFalse(Files.exists(dir.resolve("x.xml")));
    }

    @Test
    void aMalformedUuidIsAUsageErrorBeforeAnyRequest() {
        sandbox.journal().clear(); // the set-up's registration
        for (String bad : List.of("", "../../login", "\u001b[2J", "00000000-0000-0000-0000-000000000000/upo")) {
            Cli.Result r = run("download", bad).assertNoStackTrace();
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().startsWith("acube: UUID must be an invoice uuid"), r::toString);
            assertFalse(r.stderr().contains("\u001b"), r::toString);
        }
        assertEquals(0, sandbox.journal().size(), "nothing was asked of the API");
    }

    /** The refusals of 'convert -o': a link to nothing and a folder are refused, and nothing is created. */
    @Test
    void downloadRefusesALinkToNothingAndAFolderAsConvertDoes() throws Exception {
        SandboxInvoice invoice = arrives(supplierXml("HZ/D5"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), dir.resolve("nowhere.xml"));

        Cli.Result dangling = run("download", invoice.uuid(), "-o", link.toString()).assertNoStackTrace();
        assertEquals(2, dangling.exitCode(), dangling::toString);
        assertTrue(dangling.stderr().contains("is a symbolic link to a file that does not exist"), dangling::toString);
        assertFalse(Files.exists(dir.resolve("nowhere.xml")), "no file created through the link");
        assertTrue(Files.isSymbolicLink(link));

        Cli.Result folder = run("download", invoice.uuid(), "-o", dir.toString()).assertNoStackTrace();
        assertEquals(2, folder.exitCode(), folder::toString);
        assertTrue(folder.stderr().contains("is a directory"), folder::toString);
        assertEquals(List.of(), temporaryFiles());
    }

    /** A link to a file is followed (the link stays a link); the file gets exactly the bytes. */
    @Test
    void downloadThroughALinkToAFileReplacesTheFileAndKeepsTheLink() throws Exception {
        byte[] xml = supplierXml("HZ/D6");
        SandboxInvoice invoice = arrives(xml);
        Path real = Files.writeString(dir.resolve("real.xml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), Path.of("real.xml"));

        Cli.Result r = run("download", invoice.uuid(), "-o", link.toString()).assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertArrayEquals(xml, Files.readAllBytes(real));
    }

    /** A device is written in place, never replaced (as root the test makes its own null device). */
    @Test
    void downloadToANullDeviceWritesInPlaceAndLeavesTheDeviceADevice() throws Exception {
        Path device;
        if ("root".equals(System.getProperty("user.name"))) {
            device = dir.resolve("null");
            Assumptions.assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                    "mknod is not allowed here");
        } else {
            device = Path.of("/dev/null");
            Assumptions.assumeTrue(Files.exists(device), "no /dev/null");
        }
        SandboxInvoice invoice = arrives(supplierXml("HZ/D7"));

        Cli.Result r = run("download", invoice.uuid(), "-o", device.toString()).assertNoStackTrace();

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.readAttributes(device, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "still a device, not a regular file");
        assertEquals(List.of(), temporaryFiles());
    }

    /**
     * Values in the records of suppliers' invoices come from the network: ANSI escapes, C1 controls and
     * bidirectional overrides in them are escaped in text, and written as JSON escapes that parse back to the
     * values in JSON.
     */
    @Test
    void controlCharactersInAPurchaseInvoiceRecordAreEscapedInTextAndValidJson() throws Exception {
        String uuid = "0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c";
        String json = "{\"uuid\": \"" + uuid + "\", \"direction\": \"incoming\", \"status\": \"valid\\u001b[2J\", "
                + "\"invoiceNumber\": \"FV/1\\u009b31m\\u202egnp.exe\", \"sellerNip\": \"9520316783\\u0007\", "
                + "\"buyerNip\": \"5830147261\\t1\", \"ksefReferenceNumber\": \"x\\ny\", "
                + "\"createdAt\": \"2031-03-14T09:26:53+00:00\", \"hash\": \"h\\u2028\"}";
        try (FakeApi api = new FakeApi((method, path) -> FakeApi.Answer.json(200, "[" + json + "]"))) {
            useApiAt(api.base());
            Cli.Result text = run("received").assertNoStackTrace();
            assertEquals(0, text.exitCode(), text::toString);
            assertEquals(uuid + "\tx\\ny\t9520316783\\x07\t5830147261\\t1\t2031-03-14T09:26:53+00:00\tvalid\\e[2J\n",
                    text.stdout());

            Cli.Result out = run("received", "--format", "json").assertNoStackTrace();
            assertEquals(0, out.exitCode(), out::toString);
            for (char c : out.stdout().toCharArray()) {
                assertFalse(Cli.isRawControl(c), () -> "a raw control character in " + out);
            }
            JsonNode o = new ObjectMapper().readTree(out.stdoutBytes()).get(0);
            assertEquals("FV/1\u009b31m\u202egnp.exe", o.get("invoiceNumber").asText());
            assertEquals("valid\u001b[2J", o.get("status").asText());
            assertEquals("h\u2028", o.get("hash").asText());
            assertTrue(o.get("legalEntityUuid").isNull(), out::toString);
        }
    }

    /** An API that ignores the direction filter: an invoice whose record says outgoing is not a purchase invoice. */
    @Test
    void aRecordThatSaysOutgoingIsNotListedEvenIfTheApiIgnoresTheFilter() throws Exception {
        String incoming = "{\"uuid\": \"0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c\", \"direction\": \"incoming\", "
                + "\"createdAt\": \"2031-03-14T09:26:53+00:00\"}";
        String outgoing = "{\"uuid\": \"1b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c\", \"direction\": \"outgoing\", "
                + "\"createdAt\": \"2031-03-14T08:26:53+00:00\"}";
        try (FakeApi api = new FakeApi((method, path) -> FakeApi.Answer.json(200, "[" + outgoing + "," + incoming + "]"))) {
            useApiAt(api.base());
            Cli.Result r = run("received").assertNoStackTrace();
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c\t-\t-\t-\t2031-03-14T09:26:53+00:00\t-\n", r.stdout());
        }
    }

    /** A full disk behind standard output: exit 2 and a message, never a silent success. */
    @Test
    void aStandardOutputThatCannotBeWrittenIsExit2ForReceivedAndDownload() throws Exception {
        SandboxInvoice invoice = arrives(supplierXml("HZ/F1"));
        for (List<String> args : List.of(List.of("received"), List.of("received", "--format", "json"),
                List.of("download", invoice.uuid()))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            int code = AcubeCli.run(new Terminal(full, err, clock.asClock().withZone(Cli.CLOCK.getZone()), false, env),
                    args.toArray(String[]::new));
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, () -> args + ": " + stderr);
            assertTrue(stderr.contains("acube: cannot write standard output: No space left on device"), () -> args + ": "
                    + stderr);
            assertFalse(stderr.contains("internal error"), () -> args + ": " + stderr);
        }
    }

    /** The help says what --since means (UTC) and why an empty list is not 'acube list''s exit 6. */
    @Test
    void theHelpOfReceivedSaysDatesAreUtcAndHowAnEmptyListDiffersFromList() {
        Cli.Result r = run("received", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        String help = r.stdout().replaceAll("\\s+", " ");
        assertTrue(help.contains("the start of that day in UTC, not local time"), help);
        assertTrue(help.contains("An empty list is an answer, exit 0"), help);
        assertTrue(help.contains("'acube list', whose exit 6 means that the one invoice looked up was not created"), help);

        Cli.Result download = run("download", "--help");
        assertEquals(0, download.exitCode(), download::toString);
        String text = download.stdout().replaceAll("\\s+", " ");
        assertTrue(text.contains("if it does not, nothing is written"), text);
    }

    /**
     * A loopback proxy in front of the simulator that alters one byte of every FA XML it passes on
     * ({@code GET /invoices/{uuid}} answered as {@code application/xml}): the record, and its hash, pass as
     * they are, so the bytes no longer match KSeF's hash.
     */
    private static final class TamperingProxy implements AutoCloseable {
        private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect",
                "upgrade", "transfer-encoding");
        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI target;
        final AtomicInteger altered = new AtomicInteger();

        TamperingProxy(URI target) throws IOException {
            this.target = target;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::forward);
            server.setExecutor(executor);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                byte[] answer = response.body();
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().startsWith("/invoices/")
                        && type.startsWith("application/xml") && answer.length > 2) {
                    answer = answer.clone();
                    answer[answer.length - 2] ^= 1;
                    altered.incrementAndGet();
                }
                if (!type.isEmpty()) {
                    exchange.getResponseHeaders().set("Content-Type", type);
                }
                exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
