package io.github.acubepl.cli;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.KsefDelays;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.webhook.WebhookSender;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        description = {"Runs a local simulator of the A-Cube API PL, with a simulated KSeF, on 127.0.0.1 until",
            "interrupted (Ctrl-C). Common and PL paths share one port, so both base URLs are the same.",
            "Invoices finish in KSeF within a few seconds of real time. Subscribed webhooks receive signed",
            "notifications (GET /signature-public-key serves the key), retried every 15 minutes for 8 hours."})
final class SandboxCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Consumer<AcubeSandbox> waiter;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: any free port).")
    private int port;

    @Option(names = "--user", paramLabel = "EMAIL:PASSWORD",
            description = "The login the simulator accepts (default: " + SandboxUser.DEFAULT_EMAIL + ":"
                    + SandboxUser.DEFAULT_PASSWORD + ").")
    private @Nullable String user;

    @Option(names = "--legal-entity", paramLabel = "NIP", split = ",",
            description = "Register these NIPs as legal entities of the user at start, so that invoices of "
                    + "these sellers are accepted.")
    private List<String> legalEntities = new ArrayList<>();

    @Option(names = "--ksef-delay", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds between the simulated KSeF steps (default: ${DEFAULT-VALUE}).")
    private int ksefDelay;

    @Option(names = "--external-webhooks",
            description = "Also deliver webhooks to URLs on other hosts (by default only loopback URLs such as "
                    + "http://127.0.0.1:8081/hooks are delivered; attempts to others fail without network I/O).")
    private boolean externalWebhooks;

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
        if (ksefDelay < 0 || port < 0 || port > 65535) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--port must be 0..65535 and --ksef-delay at least 0");
        }
        Duration step = Duration.ofSeconds(ksefDelay);
        AcubeSandbox.Builder builder = AcubeSandbox.builder()
                .port(port)
                .user(login)
                .clock(SandboxClock.system()) // a running simulator needs real time and a scheduler
                .ksefDelays(new KsefDelays(step, step, Duration.ofSeconds(Math.max(1, ksefDelay / 2))));
        if (externalWebhooks) {
            builder.webhookSender(WebhookSender.httpClient()); // the default delivers to loopback only
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
        PrintWriter out = terminal.outText();
        out.println("A-Cube sandbox running at " + base + " (common and PL API)");
        out.println("test login: " + login.email() + " / " + login.password());
        if (!legalEntities.isEmpty()) {
            out.println("legal entities: " + String.join(", ", legalEntities));
        }
        out.println("try:");
        out.println("  export ACUBE_COMMON_URL=" + base + " ACUBE_PL_URL=" + base);
        out.println("  export ACUBE_EMAIL=" + login.email() + " ACUBE_PASSWORD=" + login.password());
        out.println("  ./acube send examples/invoice-fa1.json   (with --legal-entity for its seller NIP)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            waiter.accept(sandbox);
        } finally {
            sandbox.close();
        }
        return ExitCode.OK;
    }

    private SandboxUser login() {
        if (user == null) {
            return SandboxUser.defaultUser();
        }
        int colon = user.indexOf(':');
        if (colon <= 0 || colon == user.length() - 1) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--user must be EMAIL:PASSWORD");
        }
        return new SandboxUser(user.substring(0, colon), user.substring(colon + 1));
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
