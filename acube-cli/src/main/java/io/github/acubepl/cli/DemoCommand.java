package io.github.acubepl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.render.AcubeRenderException;
import io.github.acubepl.render.InvoiceRenderer;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.KsefDelays;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceVerificationException;
import io.github.acubepl.transport.VerifiedInvoice;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.FetchedKeyResolver;
import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.OnboardingEvent;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerificationException;
import io.github.acubepl.webhook.WebhookVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acube demo}: the whole flow of the platform, on loopback only. It starts the simulator and a
 * webhook receiver, then does what an ERP adapter does: logs in, registers the seller, subscribes
 * webhooks, registers and selects a KSeF token, sends the example FA(3) invoice as JSON (the simulator
 * behaving as KSeF's production, which takes FA(3) only), takes the signed
 * notifications (verified with the key the platform serves), downloads the FA XML and the UPO, then
 * receives a supplier's FA(3) invoice the other way (invoice-receiver notification, download checked
 * against KSeF's hash), and prints the invoice's timeline. Exit 0 only when every step worked.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the whole A-Cube flow against a local simulator, with nothing leaving this machine.",
            "",
            "The steps: log in, register a legal entity, its KSeF token and webhooks, send the example FA(3) invoice "
                    + "(examples/invoice-fa3.json) as JSON to a simulated KSeF that behaves as production (FA(3) only), receive and verify the signed webhook notifications, download the FA XML and the UPO; "
                    + "then a supplier's FA(3) invoice to the same legal entity arrives from the simulated KSeF, its "
                    + "signed invoice-receiver notification is verified, and it is downloaded with its hash checked "
                    + "and validated. Finally the sent invoice's timeline is printed. Everything listens on 127.0.0.1 only."},
        footerHeading = "%n",
        footer = {"The JVM's heap is capped (512 MB by default; see ACUBE_JAVA_OPTS in the README) when the ./acube "
                + "launcher starts the demo, since the simulator runs in the same process.",
            "",
            "Exit codes: 0 every step worked; 1 a step did not (the message says which); 2 usage error, or --out "
                    + "cannot be written; 3 to 5 as for 'acube send' (the simulator refused the login, could not be "
                    + "reached, or did not answer); 70 internal error."})
final class DemoCommand implements Callable<Integer> {
    private static final String EXAMPLE = "demo/invoice-fa3.json";
    private static final String RECEIVER_PATH = "/acube/webhooks/";
    /** The demo's legal entity: the seller of the example invoice, and the buyer of the supplier's. */
    private static final String BUYER_NIP = "5830147261";
    /** The supplier: the example invoice's buyer. */
    private static final String SUPPLIER_NIP = "9520316783";
    /** The supplier's number of its invoice (P_2). */
    static final String PURCHASE_NUMBER = "HZ/2026/11/0815";

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--ksef-delay", paramLabel = "MILLIS", defaultValue = "400",
            description = "Milliseconds between the simulated KSeF steps, 0 to 3600000, as for 'acube sandbox' "
                    + "(default: ${DEFAULT-VALUE}).")
    private long ksefDelayMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for each notification or document (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also save into this folder the FA XML, its PDF with KOD I and the UPO (invoice.xml, "
                    + "invoice.pdf, upo.xml), the supplier's "
                    + "invoice (purchase-invoice.xml) and the last "
                    + "notification as received (webhook/: headers.txt, body.json, url.txt, public-key.pem), ready "
                    + "for 'acube webhook verify'.")
    private @Nullable Path out;

    DemoCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** A step that did not work: exit 1 (or {@code exitCode}) with this message. */
    static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        StepFailed(String message) {
            this(message, ExitCode.INVALID);
        }

        StepFailed(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** A notification as it arrived: verified (the dispatcher sees only those), when, what, and the request. */
    private record Arrival(long nanos, WebhookEvent event, Captured request) {
    }

    @Override
    public Integer call() throws IOException {
        if (ksefDelayMillis < 0 || ksefDelayMillis > SandboxCommand.MAX_KSEF_DELAY_MILLIS || timeoutSeconds < 1) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--ksef-delay must be 0 to " + SandboxCommand.MAX_KSEF_DELAY_MILLIS + " milliseconds and --timeout "
                            + "at least 1 second");
        }
        Timeline timeline = new Timeline(terminal.outText());
        timeline.title("acube demo: the A-Cube flow against a local simulator (nothing leaves 127.0.0.1)");
        Duration step = Duration.ofMillis(ksefDelayMillis);
        try (Resources r = new Resources()) {
            try {
                // The simulator runs on real time (SandboxClock has no ticking clock but the system's), so the
                // demo needs a terminal clock that is real time too; everything else here uses the terminal's.
                r.sandbox = AcubeSandbox.builder()
                        .clock(SandboxClock.system())
                        .ksefDelays(new KsefDelays(step, step, step))
                        .build()
                        .start();
            } catch (UncheckedIOException e) {
                throw new StepFailed("cannot start the simulator: " + e.getMessage());
            }
            URI base = r.sandbox.baseUri();
            timeline.step("sandbox started at " + base + " (common and PL API, simulated KSeF)");

            Receiver receiver = startReceiver(r, base);
            timeline.step("webhook receiver listening at " + receiver.base
                    + " (verifies with the key from " + base.resolve("/signature-public-key") + ")");

            return run(r, receiver, base, timeline);
        } catch (StepFailed e) {
            timeline.flush();
            terminal.complain("demo failed: " + e.getMessage());
            return e.exitCode;
        } catch (AcubeException e) {
            timeline.flush();
            terminal.complain("demo failed: the API call failed");
            return ApiFailures.report(terminal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timeline.flush();
            terminal.complain("demo interrupted");
            return ExitCode.INVALID;
        }
    }

    private int run(Resources r, Receiver receiver, URI base, Timeline timeline)
            throws StepFailed, InterruptedException, IOException {
        SandboxUser user = r.sandbox.user();
        AcubeClient client = AcubeClient.builder()
                .clock(terminal.clock())
                .environment(Environment.custom(base, base))
                .credentials(Credentials.of(user.email(), user.password()))
                .build();
        Instant expires = client.login();
        timeline.step("logged in as " + user.email() + " (JWT valid until " + expires + ")");

        byte[] invoiceJson = example();
        String sellerNip = sellerNip(invoiceJson);
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(terminal.clock()).build())
                .build();
        String version = mapper.read(invoiceJson).format().name();
        LegalEntity entity = client.legalEntities().create(NewLegalEntity.builder().nip(sellerNip)
                .name("Pracownia Programistyczna Bursztyn sp. z o.o.").addressLine1("ul. Długa 12")
                .addressLine2("lok. 3").postcode("80-827").city("Gdańsk").countryIso2("PL")
                .email("faktury@example.com").build());
        timeline.step("legal entity registered: NIP " + sellerNip + ", uuid " + entity.uuid());

        client.webhooks().create(entity.uuid(), WebhookType.INVOICE_SENDER, receiver.url("invoice-sender"));
        client.webhooks().create(entity.uuid(), WebhookType.ONBOARDING_ACTIVATED, receiver.url("onboarding-activated"));
        client.webhooks().create(entity.uuid(), WebhookType.INVOICE_RECEIVER, receiver.url("invoice-receiver"));
        timeline.step("webhooks subscribed: invoice-sender, onboarding-activated, invoice-receiver");

        client.ksefTokens().create(entity.uuid(), demoKsefToken(), true);
        timeline.step("KSeF authorization token registered and selected");
        Arrival onboarded = receiver.await(a -> a.event instanceof OnboardingEvent o && o.activated()
                && entity.uuid().equals(o.legalEntityUuid()), "onboarding-activated notification");
        timeline.at(onboarded.nanos, "webhook onboarding-activated received, signature verified: legal entity active");

        long sentNanos = System.nanoTime();
        SentInvoice sent = client.invoices().sendJson(invoiceJson);
        String uuid = sent.uuidIfKnown().orElseThrow(() -> new StepFailed("the platform answered "
                + sent.httpStatus() + " without an invoice uuid"));
        timeline.step("invoice sent as JSON (example " + version + ", " + invoiceJson.length + " bytes): uuid " + uuid
                + ", status " + (sent.status() == null ? "-" : sent.status().value()));

        List<Arrival> arrivals = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        InvoiceEvent last;
        do {
            Arrival a = receiver.await(x -> x.event instanceof InvoiceEvent e && uuid.equals(e.invoiceUuid()),
                    "invoice-sender notification for " + uuid + (seen.isEmpty() ? ""
                            : " after '" + seen.get(seen.size() - 1) + "'"));
            last = (InvoiceEvent) a.event;
            arrivals.add(a);
            seen.add(String.valueOf(last.status()));
            timeline.at(a.nanos, "webhook invoice-sender received, signature verified: status " + last.status()
                    + (last.processingCode() == null ? "" : " (code " + last.processingCode() + ")")
                    + (last.ksefReferenceNumber() == null ? "" : ", KSeF number " + last.ksefReferenceNumber()));
        } while (!InvoiceStatus.VALID.equals(last.status()) && !InvoiceStatus.INVALID.equals(last.status()));
        if (!seen.equals(List.of("in_queue", "processing", "valid"))) {
            throw new StepFailed("expected the notifications in_queue, processing, valid; got " + seen);
        }
        if (!last.isAcceptedByKsef()) {
            throw new StepFailed("the 'valid' notification carries no KSeF number");
        }

        Invoice invoice = client.invoices().get(uuid);
        if (!invoice.acceptedByKsef() || !Objects.equals(invoice.ksefReferenceNumber(), last.ksefReferenceNumber())) {
            throw new StepFailed("the API says " + invoice.status() + " / " + invoice.ksefReferenceNumber()
                    + " but the notification said valid / " + last.ksefReferenceNumber());
        }
        timeline.step("invoice read back: accepted by KSeF, KSeF number " + invoice.ksefReferenceNumber());

        byte[] xml = client.invoices().getXml(uuid);
        ValidationReport report = mapper.validate(xml);
        if (!report.isValid()) {
            ValidationIssue first = report.errors().get(0);
            throw new StepFailed("the downloaded FA XML is not valid: " + first.ruleId() + " " + first.message());
        }
        if (!report.format().equals(version)) {
            throw new StepFailed("the downloaded FA XML is " + report.format() + ", not the " + version + " sent");
        }
        timeline.step("FA XML downloaded: " + xml.length + " bytes, valid " + report.format() + (report.warnings().isEmpty() ? ""
                : " (warnings: " + String.join(", ", report.warnings().stream().map(ValidationIssue::ruleId)
                        .distinct().toList()) + ")"));

        byte[] upo = awaitUpo(client, uuid);
        long upoNanos = System.nanoTime();
        String upoText = new String(upo, StandardCharsets.UTF_8);
        if (!upoText.contains(Objects.requireNonNull(invoice.ksefReferenceNumber()))) {
            throw new StepFailed("the UPO does not name the KSeF number " + invoice.ksefReferenceNumber());
        }
        timeline.step("UPO downloaded: " + upo.length + " bytes, confirms KSeF number " + invoice.ksefReferenceNumber());

        byte[] purchase = purchase(r, receiver, client, mapper, entity, xml, timeline);

        if (out != null) {
            byte[] pdf = invoicePdf(xml, invoice);
            save(out, xml, pdf, upo, purchase, arrivals.get(arrivals.size() - 1).request,
                    pem(r.sandbox.signaturePublicKey()), timeline);
        }

        int rejected = receiver.rejected.get();
        if (rejected > 0) {
            throw new StepFailed(rejected + " webhook request(s) failed verification");
        }
        timeline.flush();
        printTimeline(terminal.outText(), timeline, invoice, sentNanos, arrivals, upoNanos, receiver);
        return ExitCode.OK;
    }

    /**
     * The other direction: a supplier's FA(3) invoice to the demo's legal entity arrives from the simulated
     * KSeF, its signed invoice-receiver notification is received and verified, and the invoice is downloaded
     * with its bytes checked against the hash the notification carries, then validated.
     *
     * @return the purchase invoice's FA XML as downloaded
     */
    private byte[] purchase(Resources r, Receiver receiver, AcubeClient client, InvoiceMapper mapper, LegalEntity entity,
            byte[] salesXml, Timeline timeline) throws StepFailed, InterruptedException {
        byte[] supplierXml = supplierInvoice(salesXml);
        List<SandboxInvoice> arrived;
        try {
            arrived = Objects.requireNonNull(r.sandbox).receiveFromSupplier(supplierXml);
        } catch (IllegalArgumentException e) {
            throw new StepFailed("the simulated KSeF refused the supplier's invoice: " + e.getMessage());
        }
        SandboxInvoice received = arrived.stream().filter(i -> entity.uuid().equals(i.legalEntityUuid())).findFirst()
                .orElseThrow(() -> new StepFailed("the supplier's invoice did not reach legal entity " + entity.uuid()));
        String uuid = received.uuid();
        timeline.step("supplier's invoice " + PURCHASE_NUMBER + " (FA(3), " + supplierXml.length + " bytes) from NIP "
                + SUPPLIER_NIP + " arrived from KSeF for NIP " + received.buyerNip() + ": uuid " + uuid);

        Arrival a = receiver.await(x -> x.event instanceof InvoiceEvent e && e.isReceivedInvoice()
                && uuid.equals(e.invoiceUuid()), "invoice-receiver notification for " + uuid);
        InvoiceEvent notified = (InvoiceEvent) a.event;
        String hash = notified.hash();
        if (hash == null || notified.ksefReferenceNumber() == null) {
            throw new StepFailed("the invoice-receiver notification for " + uuid + " carries no "
                    + (hash == null ? "hash" : "KSeF number"));
        }
        timeline.at(a.nanos, "webhook invoice-receiver received, signature verified: KSeF number "
                + notified.ksefReferenceNumber() + ", hash " + hash);

        VerifiedInvoice downloaded;
        try {
            downloaded = client.invoices().download(uuid, hash);
        } catch (InvoiceVerificationException e) {
            throw new StepFailed("the purchase invoice " + uuid + " was refused: " + DownloadCommand.reason(e.reason()));
        }
        byte[] xml = downloaded.xml();
        if (!Arrays.equals(xml, supplierXml)) {
            throw new StepFailed("the purchase invoice downloaded is not the one the supplier sent");
        }
        ValidationReport report = mapper.validate(downloaded.document());
        if (!report.isValid()) {
            ValidationIssue first = report.errors().get(0);
            throw new StepFailed("the purchase invoice is not valid: " + first.ruleId() + " " + first.message());
        }
        timeline.step("purchase invoice downloaded: " + xml.length + " bytes, hash verified against the notification's, "
                + "valid " + report.format());
        return xml;
    }

    /**
     * A supplier's FA(3) invoice to the demo's legal entity: the example sales invoice with the parties
     * turned round (the example's buyer sells to its seller) and the supplier's own number.
     */
    static byte[] supplierInvoice(byte[] salesXml) throws StepFailed {
        String xml = new String(salesXml, StandardCharsets.UTF_8);
        int p1 = xml.indexOf("<Podmiot1>");
        int end2 = xml.indexOf("</Podmiot2>");
        int number = xml.indexOf("<P_2>");
        int numberEnd = xml.indexOf("</P_2>");
        if (p1 < 0 || end2 < p1 || number < end2 || numberEnd < number) {
            throw new StepFailed("the example invoice's FA XML has no Podmiot1, Podmiot2 and P_2 in that order");
        }
        String parties = """
                <Podmiot1>
                    <DaneIdentyfikacyjne>
                      <NIP>%s</NIP>
                      <Nazwa>Hurtownia Żółw S.A.</Nazwa>
                    </DaneIdentyfikacyjne>
                    <Adres>
                      <KodKraju>PL</KodKraju>
                      <AdresL1>ul. Polna 7</AdresL1>
                      <AdresL2>30-001 Kraków</AdresL2>
                    </Adres>
                  </Podmiot1>
                  <Podmiot2>
                    <DaneIdentyfikacyjne>
                      <NIP>%s</NIP>
                      <Nazwa>Pracownia Programistyczna Bursztyn sp. z o.o.</Nazwa>
                    </DaneIdentyfikacyjne>
                    <Adres>
                      <KodKraju>PL</KodKraju>
                      <AdresL1>ul. Długa 12 lok. 3</AdresL1>
                      <AdresL2>80-827 Gdańsk</AdresL2>
                    </Adres>
                    <JST>2</JST>
                    <GV>2</GV>
                  </Podmiot2>""".formatted(SUPPLIER_NIP, BUYER_NIP);
        String purchase = xml.substring(0, p1) + parties + xml.substring(end2 + "</Podmiot2>".length(), number)
                + "<P_2>" + PURCHASE_NUMBER + xml.substring(numberEnd);
        return purchase.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sent invoice as a PDF, with KOD I built from the exact FA XML bytes KSeF received (checked against the
     * hash the API returned, when it returns one) and the KSeF number the demo got. The link points at the KSeF
     * test environment: the simulated KSeF's invoices are in no real one, and production is for real invoices.
     */
    private static byte[] invoicePdf(byte[] xml, Invoice invoice) throws StepFailed {
        try {
            InvoiceRenderer.Builder b = InvoiceRenderer.builder()
                    .environment(KsefEnvironment.TEST)
                    .ksefNumber(Objects.requireNonNull(invoice.ksefReferenceNumber()))
                    .sentBytes(xml);
            if (invoice.hash() != null) {
                b.hash(invoice.hash());
            }
            return b.build().pdf(xml);
        } catch (AcubeRenderException e) {
            throw new StepFailed("the sent invoice cannot be shown as a PDF: " + e.getMessage());
        }
    }

    /** --out: the documents, and the 'valid' notification exactly as received. */
    private void save(Path dir, byte[] xml, byte[] pdf, byte[] upo, byte[] purchase, Captured valid, String publicKeyPem,
            Timeline timeline) throws StepFailed {
        Path hook = dir.resolve("webhook");
        Path current = dir;
        try {
            Files.createDirectories(hook);
            current = dir.resolve("invoice.xml");
            AtomicFiles.write(current, o -> o.write(xml));
            current = dir.resolve("invoice.pdf");
            AtomicFiles.write(current, o -> o.write(pdf));
            current = dir.resolve("upo.xml");
            AtomicFiles.write(current, o -> o.write(upo));
            current = dir.resolve("purchase-invoice.xml");
            AtomicFiles.write(current, o -> o.write(purchase));
            current = hook.resolve("headers.txt");
            AtomicFiles.write(current, o -> o.write(valid.headers.getBytes(StandardCharsets.ISO_8859_1)));
            current = hook.resolve("body.json");
            AtomicFiles.write(current, o -> o.write(valid.body));
            current = hook.resolve("url.txt");
            AtomicFiles.write(current, o -> o.write((valid.url + "\n").getBytes(StandardCharsets.US_ASCII)));
            current = hook.resolve("public-key.pem");
            AtomicFiles.write(current, o -> o.write(publicKeyPem.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new StepFailed("cannot write " + current + ": " + Problems.describe(e), ExitCode.USAGE);
        }
        timeline.step("saved " + dir.resolve("invoice.xml") + ", " + dir.resolve("invoice.pdf") + " (with KOD I), "
                + dir.resolve("upo.xml") + ", "
                + dir.resolve("purchase-invoice.xml") + " and the 'valid' notification as received in " + hook + "; check it with:");
        terminal.outText().println(SafeText.line("             acube webhook verify --public-key "
                + hook.resolve("public-key.pem") + " --url " + valid.url + " --headers " + hook.resolve("headers.txt")
                + " --body " + hook.resolve("body.json")));
    }

    private byte[] awaitUpo(AcubeClient client, String uuid) throws StepFailed, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long pause = Math.max(20, Math.min(250, ksefDelayMillis / 4));
        while (true) {
            Optional<byte[]> upo = client.invoices().upo(uuid);
            if (upo.isPresent()) {
                return upo.get();
            }
            if (System.nanoTime() > deadline) {
                throw new StepFailed("no UPO for " + uuid + " within " + timeoutSeconds + " s");
            }
            Thread.sleep(pause);
        }
    }

    /** The invoice's life, from the notifications: when each status arrived, and the UPO. */
    private static void printTimeline(PrintWriter out, Timeline timeline, Invoice invoice, long sentNanos,
            List<Arrival> statuses, long upoNanos, Receiver receiver) {
        out.println();
        out.println(SafeText.line("Timeline of invoice " + invoice.invoiceNumber() + " (uuid " + invoice.uuid() + "):"));
        timeline.row(sentNanos, "sent", "POST /invoices as JSON");
        for (Arrival a : statuses) {
            InvoiceEvent e = (InvoiceEvent) a.event;
            StringBuilder what = new StringBuilder("notified");
            if (e.processingCode() != null) {
                what.append(", processing code ").append(e.processingCode());
            }
            if (e.ksefReferenceNumber() != null) {
                what.append(", KSeF number ").append(e.ksefReferenceNumber());
            }
            if (e.acquisitionTimestamp() != null) {
                what.append(", acquired by KSeF at ").append(e.acquisitionTimestamp().raw());
            }
            timeline.row(a.nanos, e.status() == null ? "-" : e.status().value(), what.toString());
        }
        timeline.row(upoNanos, "upo", "UPO downloaded");
        out.printf(Locale.ROOT, "%n%d signed notification(s) received and verified, none rejected; %.2f s in all.%n",
                receiver.accepted.get(), timeline.elapsedSeconds());
        out.println("demo: OK");
        out.flush();
    }

    /** The example invoice, bundled from examples/invoice-fa3.json at build time. */
    private static byte[] example() throws StepFailed, IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new StepFailed("the bundled example invoice " + EXAMPLE + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    private static String sellerNip(byte[] json) throws StepFailed, IOException {
        JsonNode nip = new ObjectMapper().readTree(json).at("/Podmiot1/DaneIdentyfikacyjne/NIP");
        if (!nip.isTextual()) {
            throw new StepFailed("the example invoice has no /Podmiot1/DaneIdentyfikacyjne/NIP");
        }
        return nip.asText();
    }

    /** A fresh token for the simulator (never printed: KSeF tokens are secrets, even made-up ones). */
    private static String demoKsefToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + HexFormat.of().formatHex(bytes);
    }

    /** What the demo starts; closed in reverse order. */
    private static final class Resources implements AutoCloseable {
        @Nullable AcubeSandbox sandbox;
        @Nullable HttpServer server;
        @Nullable ExecutorService executor;

        @Override
        public void close() {
            if (server != null) {
                server.stop(0);
            }
            if (executor != null) {
                executor.shutdownNow();
            }
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /**
     * The ERP side: a JDK HttpServer with a WebhookReceiver (inline dispatch, in-memory idempotency),
     * one endpoint per subscribed type, the key fetched once from the platform's endpoint.
     */
    private Receiver startReceiver(Resources r, URI platform) throws StepFailed {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new StepFailed("cannot open a port on 127.0.0.1 for the webhook receiver: " + e.getMessage());
        }
        r.server = server;
        Receiver receiver = new Receiver(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + RECEIVER_PATH));
        FetchedKeyResolver key = FetchedKeyResolver.builder().url(platform.resolve("/signature-public-key"))
                .clock(terminal.clock()).build();
        try {
            key.prefetch();
        } catch (WebhookVerificationException e) {
            throw new StepFailed("cannot fetch the webhook public key: " + e.detail());
        }
        ThreadLocal<WebhookEvent> handled = new ThreadLocal<>();
        WebhookReceiver hooks = WebhookReceiver.builder()
                .verifier(WebhookVerifier.builder().keyResolver(key).clock(terminal.clock()).build())
                .dispatcher(WebhookDispatcher.builder()
                        .inline(IdempotencyStore.inMemory())
                        .catchAll(handled::set) // on the request's thread: the filter below takes it
                        .build())
                .endpoint(WebhookEndpoint.of(WebhookType.INVOICE_SENDER, receiver.url("invoice-sender").toString()))
                .endpoint(WebhookEndpoint.of(WebhookType.ONBOARDING_ACTIVATED, receiver.url("onboarding-activated").toString()))
                .endpoint(WebhookEndpoint.of(WebhookType.INVOICE_RECEIVER, receiver.url("invoice-receiver").toString()))
                .build();
        server.createContext(RECEIVER_PATH, hooks.httpHandler()).getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                // Keep the request as it came (headers and body bytes), for --out; the handler reads the copy.
                long nanos = System.nanoTime();
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readNBytes(hooks.maxBodyBytes() + 1);
                }
                exchange.setStreams(new ByteArrayInputStream(body), null);
                handled.remove();
                try {
                    chain.doFilter(exchange);
                } finally {
                    // Count first, then hand the event over: whoever sees an arrival sees its count.
                    boolean ok = exchange.getResponseCode() == 200;
                    (ok ? receiver.accepted : receiver.rejected).incrementAndGet();
                    WebhookEvent event = handled.get();
                    handled.remove();
                    if (ok && event != null) {
                        receiver.arrivals.add(new Arrival(nanos, event, new Captured(
                                receiver.base.resolve(exchange.getRequestURI().getRawPath()), headerLines(exchange),
                                body)));
                    }
                }
            }

            @Override
            public String description() {
                return "counts answers";
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread t = new Thread(task, "acube-demo-receiver");
            t.setDaemon(true);
            return t;
        });
        r.executor = executor;
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    /** A request as received: the URL it was sent to, its header lines, its body. */
    private record Captured(URI url, String headers, byte[] body) {
    }

    /** {@code key} as PEM ({@code -----BEGIN PUBLIC KEY-----}, SPKI), as the key endpoint serves it. */
    static String pem(PublicKey key) {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    private static String headerLines(HttpExchange exchange) {
        StringBuilder lines = new StringBuilder();
        exchange.getRequestHeaders().forEach((name, values) -> {
            for (String v : values) {
                lines.append(name).append(": ").append(v).append('\n');
            }
        });
        return lines.toString();
    }

    /** The ERP side's view: what arrived, verified, and how many requests were answered 200 or not. */
    private final class Receiver {
        final URI base;
        final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();

        private Receiver(URI base) {
            this.base = base;
        }

        URI url(String type) {
            return base.resolve(type);
        }

        Arrival await(Predicate<Arrival> wanted, String what) throws StepFailed, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                long left = deadline - System.nanoTime();
                Arrival a = left <= 0 ? null : arrivals.poll(left, TimeUnit.NANOSECONDS);
                if (a == null) {
                    throw new StepFailed("no " + what + " within " + timeoutSeconds + " s"
                            + (rejected.get() > 0 ? " (" + rejected.get() + " request(s) failed verification)" : ""));
                }
                if (wanted.test(a)) {
                    return a;
                }
            }
        }
    }

    /** Prints steps as they happen, with the time since the start. */
    private static final class Timeline {
        private final PrintWriter out;
        private final long startNanos = System.nanoTime();

        Timeline(PrintWriter out) {
            this.out = out;
        }

        void title(String text) {
            out.println(text);
            out.flush();
        }

        void step(String text) {
            line(elapsedSeconds(), text);
        }

        /** A step that happened at {@code nanos} ({@link System#nanoTime()}). */
        void at(long nanos, String text) {
            line(Math.max(0, (nanos - startNanos) / 1e9), text);
        }

        /** A row of the invoice's timeline: the time, a status and what happened. */
        void row(long nanos, String status, String text) {
            out.printf(Locale.ROOT, "  %7.3f s  %-10s  %s%n", Math.max(0, (nanos - startNanos) / 1e9),
                    SafeText.escape(status), SafeText.line(text));
        }

        double elapsedSeconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        private void line(double seconds, String text) {
            // Steps quote the platform's answers (uuids, statuses, KSeF numbers): escaped like all untrusted text.
            out.printf(Locale.ROOT, "  %7.3f s  %s%n", seconds, SafeText.line(text));
            out.flush();
        }

        void flush() {
            out.flush();
        }
    }
}
