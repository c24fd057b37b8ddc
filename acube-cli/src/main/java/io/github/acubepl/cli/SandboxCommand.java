package io.github.acubepl.cli;

import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.Nip;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.KsefDelays;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.webhook.sending.WebhookSender;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acube sandbox}: runs the local simulator of the A-Cube API PL until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a local simulator of the A-Cube API PL, with a simulated KSeF, until interrupted.",
            "",
            "It listens on 127.0.0.1 only, until Ctrl-C. Common and PL paths share one port, so both base URLs are the "
                    + "same. Invoices finish in KSeF within a few seconds of real time. Subscribed webhooks receive "
                    + "signed notifications (GET /signature-public-key serves the key), retried every 15 minutes for "
                    + "8 hours."},
        footerHeading = "%n",
        footer = {"The login: sandbox@example.com with the password sandbox-password, unless --user names another "
                + "e-mail; its password then comes from --password-file or the environment variable "
                + "ACUBE_SANDBOX_PASSWORD, never from the command line, where every user of the machine could read it "
                + "with 'ps'. A password you give is never printed. The old form --user EMAIL:PASSWORD still works, "
                + "with a warning.",
            "",
            "--ksef-environment: the simulated KSeF takes the schema versions of that KSeF environment: production "
                    + "and demo take FA(3) only, test takes FA(2) and FA(3); no environment takes FA(1). Any other "
                    + "version is refused with a 422 violation (rule FA-TECH-002) that says which versions it takes. "
                    + "The default is production: A-Cube's production sends to KSeF's, and a sandbox that prepares for "
                    + "it refuses what it refuses.",
            "",
            "--attachments (a simulator extension): KSeF takes FA(3) invoices with an attachment (Zalacznik) only "
                    + "from issuers set up for them; without this option such an invoice ends 'invalid' with "
                    + "processing code 415 (attachments not allowed).",
            "",
            "--incoming DIR (a simulator extension): a supplier's FA invoice (any version: FA(1), FA(2), FA(3)) "
                    + "dropped into DIR arrives as KSeF would deliver it to the buyer: it is listed among the invoices "
                    + "of the registered legal entity whose NIP is the buyer's (Podmiot2, or a Podmiot3 with role 4, 8 "
                    + "or 10) as incoming, with a KSeF number and hash, and notified to its invoice-receiver webhooks. "
                    + "The folder is looked at every second; a file is taken when its name ends .xml, does not start "
                    + "with a dot, it is a regular file (no symbolic links, folders or devices), at most 16 MiB, and "
                    + "its size and time have not changed since the previous look. Write it under another name (for "
                    + "example .name.xml or name.part) and rename it into place to be sure it is taken whole. Each "
                    + "name is taken once per run, even if the file is rewritten: give another invoice another name. "
                    + "Files already there at start are taken too. A file that cannot be taken (unreadable, not an "
                    + "invoice, no registered buyer) is reported once on standard error and skipped.",
            "",
            "--ksef-delay is in milliseconds, as in 'acube demo'; it was seconds before, so a value from 1 to 49 is "
                    + "taken with a warning (for 5 seconds give 5000).",
            "",
            "The JVM's heap is capped (512 MB by default; see ACUBE_JAVA_OPTS in the README) when the ./acube "
                    + "launcher starts the simulator.",
            "",
            "Exit codes: 0 stopped by Ctrl-C; 2 usage error, or the port cannot be opened; 3 to 5 if a legal entity "
                    + "cannot be registered (as for 'acube send')."})
final class SandboxCommand implements Callable<Integer> {
    /** The longest --ksef-delay, in milliseconds (one hour); shared with {@code acube demo}. */
    static final long MAX_KSEF_DELAY_MILLIS = 3_600_000;
    /**
     * The least --ksef-delay taken without a warning, in milliseconds: the option was in seconds before
     * issue 7, and an old {@code --ksef-delay 5} now means 5 ms. 0 means the same in both units.
     */
    static final long MIN_UNWARNED_KSEF_DELAY_MILLIS = 50;
    /** Where the password of a --user given without one comes from, besides --password-file. */
    static final String PASSWORD_VARIABLE = "ACUBE_SANDBOX_PASSWORD";

    private final Terminal terminal;
    private final Consumer<AcubeSandbox> waiter;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: any free port).")
    private int port;

    @Option(names = "--user", paramLabel = "EMAIL",
            description = "The e-mail of the login the simulator accepts (default: " + SandboxUser.DEFAULT_EMAIL
                    + "); its password comes from --password-file or $" + PASSWORD_VARIABLE + ".")
    private @Nullable String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user (default: $" + PASSWORD_VARIABLE + ").")
    private @Nullable Path passwordFile;

    @Option(names = "--legal-entity", paramLabel = "NIP", split = ",",
            description = "Register these NIPs as legal entities of the user at start, so that invoices of "
                    + "these sellers are accepted.")
    private List<String> legalEntities = new ArrayList<>();

    @Option(names = "--ksef-delay", paramLabel = "MILLIS", defaultValue = "2000",
            description = "Milliseconds between the simulated KSeF steps, 0 to 3600000, as for 'acube demo' "
                    + "(default: ${DEFAULT-VALUE}). It was seconds before: 1 to 49 is taken, with a warning.")
    private long ksefDelayMillis;

    @Option(names = "--ksef-environment", paramLabel = "ENV", defaultValue = "production",
            description = "The KSeF environment the simulated KSeF behaves as: test, demo or production (default: "
                    + "${DEFAULT-VALUE}); it decides which schema versions are taken.")
    private String ksefEnvironment = "production";

    @Option(names = "--attachments", paramLabel = "NIP", split = ",",
            description = "Sellers set up for attachments: their FA(3) invoices with Zalacznik are taken (others end "
                    + "invalid with processing code 415).")
    private List<String> attachmentSellers = new ArrayList<>();

    @Option(names = "--external-webhooks",
            description = "Also deliver webhooks to URLs on other hosts; by default only loopback URLs are delivered, "
                    + "and attempts to others fail without any network traffic.")
    private boolean externalWebhooks;

    @Option(names = "--incoming", paramLabel = "DIR",
            description = "A folder of suppliers' invoices: every FA XML file (*.xml) dropped there arrives once, "
                    + "addressed to the legal entity of its buyer's NIP (see below).")
    private @Nullable Path incoming;

    /**
     * @param terminal the streams
     * @param waiter blocks while the simulator should run ({@link #untilShutdown} for the real command)
     */
    SandboxCommand(Terminal terminal, Consumer<AcubeSandbox> waiter) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
    }

    /** Blocks until the JVM shuts down (Ctrl-C), then closes the simulator. */
    static void untilShutdown(AcubeSandbox sandbox) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "acube-sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() {
        SandboxUser login = login();
        if (ksefDelayMillis < 0 || ksefDelayMillis > MAX_KSEF_DELAY_MILLIS || port < 0 || port > 65535) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--port must be 0 to 65535 and --ksef-delay 0 to " + MAX_KSEF_DELAY_MILLIS + " milliseconds");
        }
        if (ksefDelayMillis > 0 && ksefDelayMillis < MIN_UNWARNED_KSEF_DELAY_MILLIS) {
            terminal.complain("warning: --ksef-delay is in milliseconds: " + ksefDelayMillis + " ms between the KSeF "
                    + "steps; for " + ksefDelayMillis + " seconds give --ksef-delay " + ksefDelayMillis * 1000);
        }
        KsefEnvironment environment = environment(Objects.requireNonNull(spec).commandLine(), ksefEnvironment);
        Duration step = Duration.ofMillis(ksefDelayMillis);
        AcubeSandbox.Builder builder = AcubeSandbox.builder()
                .port(port)
                .user(login)
                .clock(SandboxClock.system()) // a running simulator needs real time and a scheduler
                .ksefDelays(new KsefDelays(step, step, step.dividedBy(2)))
                .ksefEnvironment(environment);
        for (String nip : attachmentSellers) {
            String n = nip.strip();
            if (!Nip.isValid(n)) {
                throw new ParameterException(spec.commandLine(), "--attachments takes NIPs (ten digits with a "
                        + "correct check digit): " + SafeText.quote(nip));
            }
            builder.allowAttachments(n);
        }
        if (externalWebhooks) {
            builder.webhookSender(WebhookSender.httpClient()); // the default delivers to loopback only
        }
        if (incoming != null && !Files.isDirectory(incoming)) {
            throw new ParameterException(spec.commandLine(), "--incoming must name an existing folder: "
                    + SafeText.quote(incoming.toString()));
        }
        AcubeSandbox sandbox = builder.build();
        try {
            sandbox.start();
        } catch (RuntimeException e) {
            terminal.complain("cannot start the sandbox on port " + port + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        String base = sandbox.baseUri().toString();
        try {
            register(sandbox, login);
        } catch (AcubeException e) {
            sandbox.close();
            return ApiFailures.report(terminal, e);
        }
        boolean defaultPassword = login.password().equals(SandboxUser.DEFAULT_PASSWORD);
        String email = SafeText.escape(login.email());
        PrintWriter out = terminal.outText();
        out.println("A-Cube sandbox running at " + base + " (common and PL API)");
        out.println("test login: " + email + (defaultPassword ? " / " + login.password()
                : " (password as given, not shown)"));
        out.println("simulated KSeF: " + environment.name().toLowerCase(Locale.ROOT) + " (takes "
                + String.join(", ", environment.acceptedVersions().stream().sorted().toList()) + ")");
        if (!legalEntities.isEmpty()) {
            out.println("legal entities: " + SafeText.escape(String.join(", ", legalEntities)));
        }
        if (!attachmentSellers.isEmpty()) {
            out.println("sellers set up for attachments: " + SafeText.escape(String.join(", ", attachmentSellers)));
        }
        if (incoming != null) {
            out.println("incoming invoices: every *.xml file dropped into " + SafeText.escape(incoming.toString())
                    + " arrives once from its supplier");
        }
        out.println("try:");
        out.println("  export ACUBE_COMMON_URL=" + base + " ACUBE_PL_URL=" + base);
        out.println("  " + exportLogin(login, defaultPassword));
        out.println("  ./acube send examples/invoice-fa3.json   (with --legal-entity for its seller NIP)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        IncomingFolder folder = incoming == null ? null
                : new IncomingFolder(incoming, sandbox, terminal, AcubeSandbox.Builder.DEFAULT_MAX_BODY_BYTES).start();
        try {
            waiter.accept(sandbox);
        } finally {
            if (folder != null) {
                folder.close();
            }
            sandbox.close();
        }
        return ExitCode.OK;
    }

    /**
     * The KSeF environment named by --ksef-environment: test, demo or production, in any case; anything
     * else is a usage error that names the choices and quotes a short, escaped prefix of what was given.
     */
    static KsefEnvironment environment(picocli.CommandLine commandLine, String name) {
        for (KsefEnvironment e : KsefEnvironment.values()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return e;
            }
        }
        throw new ParameterException(commandLine, "--ksef-environment must be test, demo or production, not "
                + SafeText.quote(name));
    }

    /**
     * The line that sets the login for the other commands, each value one shell word. The default password
     * is public (it is in the README) and is printed; a password the user chose is never printed: a
     * placeholder stands for it, with a note to set it.
     */
    static String exportLogin(SandboxUser login, boolean defaultPassword) {
        // line(): controls escaped, backslashes kept, so that the word is exactly what the shell needs
        String line = "export ACUBE_EMAIL=" + SafeText.line(ApiFailures.shellQuote(login.email())) + " ACUBE_PASSWORD=";
        return defaultPassword ? line + ApiFailures.shellQuote(login.password())
                : line + "...   # replace ... with the password you gave (not shown)";
    }

    /**
     * The login: the default one, or --user EMAIL with its password from --password-file or
     * $ACUBE_SANDBOX_PASSWORD. The old --user EMAIL:PASSWORD is still taken, with a warning: the password
     * shows in 'ps' and in the shell history.
     */
    private SandboxUser login() {
        var commandLine = Objects.requireNonNull(spec).commandLine();
        String fromFile = passwordFile == null ? null : firstLine(passwordFile);
        String fromEnv = terminal.env(PASSWORD_VARIABLE);
        String given = fromFile != null ? fromFile : fromEnv;
        if (user == null) {
            return given == null ? SandboxUser.defaultUser() : new SandboxUser(SandboxUser.DEFAULT_EMAIL, given);
        }
        String email = user.strip();
        int colon = email.indexOf(':');
        if (colon >= 0) {
            if (colon == 0 || colon == email.length() - 1) {
                throw new ParameterException(commandLine, "--user must be an e-mail (the password goes in --password-file "
                        + "or " + PASSWORD_VARIABLE + ")");
            }
            if (fromFile != null) {
                throw new ParameterException(commandLine, "--user holds a password and --password-file gives one too; "
                        + "give it once, in the file");
            }
            terminal.complain("warning: a password in --user is visible to every user of this machine (ps) and stays "
                    + "in the shell history; use --user EMAIL with --password-file FILE or " + PASSWORD_VARIABLE);
            return new SandboxUser(email.substring(0, colon), email.substring(colon + 1));
        }
        if (email.isEmpty()) {
            throw new ParameterException(commandLine, "--user must be an e-mail");
        }
        if (given == null) {
            throw new ParameterException(commandLine, "give the password of --user " + SafeText.quote(email)
                    + " in the environment variable " + PASSWORD_VARIABLE + " or with --password-file FILE");
        }
        return new SandboxUser(email, given);
    }

    /** The password: the first line of {@code file}, read within {@link SmallFiles#MAX_PASSWORD_LINE} bytes. */
    private String firstLine(Path file) {
        String line;
        try {
            line = SmallFiles.firstLine(file);
        } catch (IOException e) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--password-file " + SafeText.escape(file.toString()) + ": " + Problems.describe(e));
        }
        if (line.isEmpty()) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--password-file " + SafeText.escape(file.toString()) + ": the first line is empty");
        }
        return line;
    }

    /** Registers the requested legal entities through the simulator's own API, as a client would. */
    private void register(AcubeSandbox sandbox, SandboxUser login) {
        if (legalEntities.isEmpty()) {
            return;
        }
        AcubeClient client = AcubeClient.builder()
                .clock(terminal.clock())
                .environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(login.email(), login.password()))
                .build();
        for (String nip : legalEntities) {
            client.legalEntities().create(NewLegalEntity.builder().nip(nip.strip()).name("Company " + nip.strip())
                    .addressLine1("ul. Testowa 1").addressLine2("lok. 1").postcode("00-001").city("Warszawa")
                    .countryIso2("PL").email("sandbox@example.com").build());
        }
    }
}
