package io.github.acubepl.cli;

import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.RetryPolicy;
import io.github.acubepl.transport.TokenStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where and as whom to call the A-Cube API, and how long a call may take: options, else the ACUBE_*
 * environment variables. The token is kept under {@code $ACUBE_HOME/tokens} (default
 * {@code ~/.acube/tokens}, owner-only) so that one login serves many runs for its 24 hours. The
 * client runs on the {@link Terminal}'s clock.
 */
final class ApiOptions {
    /** The least {@code --timeout}, in seconds. */
    static final int MIN_TIMEOUT = 1;
    /** The most {@code --timeout}, in seconds (an hour). */
    static final int MAX_TIMEOUT = 3600;

    @Option(names = "--env", paramLabel = "sandbox|production",
            description = "The A-Cube environment (default: $ACUBE_ENV); or give --common-url and --pl-url.")
    private @Nullable String env;

    @Option(names = "--common-url", paramLabel = "URL",
            description = "Base URL for login (default: $ACUBE_COMMON_URL), such as that of a local 'acube sandbox'.")
    private @Nullable URI commonUrl;

    @Option(names = "--pl-url", paramLabel = "URL", description = "Base URL of the PL API (default: $ACUBE_PL_URL).")
    private @Nullable URI plUrl;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Account e-mail (default: $ACUBE_EMAIL).")
    private @Nullable String email;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line (at most " + SmallFiles.MAX_PASSWORD_LINE / 1024 + " KiB) is the "
                    + "password (default: $ACUBE_PASSWORD). There is no "
                    + "password option: it would show in the shell history and to every user in 'ps'.")
    private @Nullable Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long each call to the API may take, its attempts and the pauses between them "
                    + "included (1 to 3600; default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds = 30;

    /** Thrown when the options do not say enough; the message is for the user. */
    static final class Incomplete extends Exception {
        private static final long serialVersionUID = 1L;

        Incomplete(String message) {
            super(message);
        }
    }

    /**
     * Checks the option values picocli cannot check itself.
     *
     * @throws ParameterException (exit 2) if {@code --timeout} is out of range
     */
    void validate(CommandLine commandLine) {
        if (timeoutSeconds < MIN_TIMEOUT || timeoutSeconds > MAX_TIMEOUT) {
            throw new ParameterException(commandLine, "--timeout must be " + MIN_TIMEOUT + " to " + MAX_TIMEOUT
                    + " seconds: " + timeoutSeconds);
        }
    }

    /** The budget of each call, from {@code --timeout}. */
    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** A client for the environment and account the options (or the environment variables) name. */
    AcubeClient client(Terminal terminal) throws Incomplete {
        AcubeClient.Builder builder = AcubeClient.builder()
                .clock(terminal.clock()) // token expiry is judged on the command's clock, never the system's
                .environment(environment(terminal))
                .credentials(credentials(terminal))
                .tokenStore(tokenStore(terminal));
        budget(builder, timeout());
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new Incomplete(e.getMessage()); // e.g. plain http to a host that is not loopback
        }
    }

    /**
     * {@link #client}, or {@code null} after saying on standard error what the options lack (the
     * command then exits {@link ExitCode#USAGE}).
     */
    @Nullable AcubeClient clientOrComplain(Terminal terminal) {
        try {
            return client(terminal);
        } catch (Incomplete e) {
            terminal.complain(e.getMessage());
            return null;
        }
    }

    /**
     * The token folder under {@code $ACUBE_HOME}, checked before anything is sent: a folder the store
     * refuses (a symbolic link, another user's, a shared one) or cannot read is a local problem, told
     * as such (exit 2), never as a failure of the API. Another run holding the folder's lock (logging
     * in, or stopped with Ctrl-Z while it did) is waited for at most the call budget ({@code --timeout}).
     */
    private TokenStore tokenStore(Terminal terminal) throws Incomplete {
        TokenStore store = TokenStore.file(acubeHome(terminal).resolve("tokens"), timeout());
        try {
            store.load("acube-cli: check the folder");
        } catch (AcubeException | java.io.UncheckedIOException e) {
            throw new Incomplete(SafeText.cutLine(String.valueOf(e.getMessage()), SafeText.MAX_MESSAGE));
        }
        return store;
    }

    /**
     * How a call's budget is spent: the pause between its two attempts, the time of each attempt and,
     * within an attempt, the time to connect.
     */
    record Budget(Duration call, Duration pause, Duration perAttempt, Duration connect) {
        /**
         * An interactive command must not hang on a silent server for minutes (the library's defaults allow
         * 3 attempts of 60 s each), so each call gets {@code call} in all ({@code callTimeout}: every attempt,
         * pause and body download), at most 2 attempts, at most a tenth of the budget (2 s at most) of pause
         * between them, and half of what is left for each attempt. Connecting gets half an attempt, at least
         * 1 s where that leaves a quarter of the attempt (else three quarters of it) and at most 10 s: the
         * connect timer must fire before the attempt's, since only a connect that timed out proves that a
         * POST was never sent ("not created", exit 4, rather than "outcome unknown", exit 5).
         */
        static Budget of(Duration call) {
            Duration pause = min(Duration.ofSeconds(2), call.dividedBy(10));
            Duration perAttempt = call.minus(pause).dividedBy(2);
            Duration floor = min(Duration.ofSeconds(1), perAttempt.multipliedBy(3).dividedBy(4));
            Duration connect = min(Duration.ofSeconds(10), max(floor, perAttempt.dividedBy(2)));
            return new Budget(call, pause, perAttempt, connect);
        }
    }

    /**
     * THE one place where the command's time budget reaches the client ({@link Budget#of}). (Logging in,
     * when the stored token is missing or stale, is a call of its own with the same budget.)
     */
    static void budget(AcubeClient.Builder builder, Duration call) {
        Budget b = Budget.of(call);
        builder.retryPolicy(RetryPolicy.builder()
                        .maxAttempts(2)
                        .initialBackoff(min(Duration.ofMillis(250), b.pause()))
                        .maxBackoff(b.pause())
                        .maxRetryAfter(b.pause())
                        .build())
                .callTimeout(b.call())
                .requestTimeout(b.perAttempt())
                .connectTimeout(b.connect());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Environment environment(Terminal terminal) throws Incomplete {
        URI common = commonUrl != null ? commonUrl : uri(terminal.env("ACUBE_COMMON_URL"), "ACUBE_COMMON_URL");
        URI pl = plUrl != null ? plUrl : uri(terminal.env("ACUBE_PL_URL"), "ACUBE_PL_URL");
        if (common != null || pl != null) {
            if (common == null || pl == null) {
                throw new Incomplete("give both base URLs (--common-url and --pl-url, or ACUBE_COMMON_URL and ACUBE_PL_URL)");
            }
            try {
                return Environment.custom(common, pl);
            } catch (IllegalArgumentException e) {
                throw new Incomplete(e.getMessage());
            }
        }
        String name = env != null ? env : terminal.env("ACUBE_ENV");
        if (name == null) {
            throw new Incomplete("say which A-Cube environment to use: --env sandbox|production (or ACUBE_ENV), "
                    + "or --common-url and --pl-url for any other host, such as a local `acube sandbox`");
        }
        switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sandbox":
                return Environment.SANDBOX;
            case "production":
                return Environment.PRODUCTION;
            default:
                throw new Incomplete("unknown environment " + SafeText.quote(name) + "; use sandbox or production");
        }
    }

    private Credentials credentials(Terminal terminal) throws Incomplete {
        String user = email != null ? email : terminal.env("ACUBE_EMAIL");
        if (user == null) {
            throw new Incomplete("give the account e-mail: --email or ACUBE_EMAIL");
        }
        String password = passwordFile != null ? firstLine(passwordFile) : terminal.env("ACUBE_PASSWORD");
        if (password == null) {
            // Never an option: a password on the command line ends up in the shell history and `ps`.
            throw new Incomplete("give the account password in the environment variable ACUBE_PASSWORD "
                    + "or with --password-file FILE");
        }
        return Credentials.of(user, password);
    }

    private static @Nullable URI uri(@Nullable String value, String variable) throws Incomplete {
        if (value == null) {
            return null;
        }
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Incomplete(variable + " is not a URL: " + SafeText.quote(value));
        }
    }

    /** The password: the first line of {@code file}, read within {@link SmallFiles#MAX_PASSWORD_LINE} bytes. */
    private static String firstLine(Path file) throws Incomplete {
        String line;
        try {
            line = SmallFiles.firstLine(file);
        } catch (java.io.IOException e) {
            throw new Incomplete("--password-file " + SafeText.escape(file.toString()) + ": " + Problems.describe(e));
        }
        if (line.isEmpty()) {
            throw new Incomplete("--password-file " + SafeText.escape(file.toString()) + ": the first line is empty");
        }
        return line;
    }

    private static Path acubeHome(Terminal terminal) {
        String home = terminal.env("ACUBE_HOME");
        if (home != null) {
            return Path.of(home);
        }
        String userHome = System.getProperty("user.home", ".");
        return Path.of(userHome, ".acube");
    }
}
