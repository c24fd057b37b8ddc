package io.github.acubepl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/**
 * The {@code acube} command: {@code demo}, {@code validate}, {@code convert}, {@code send},
 * {@code status}, {@code sandbox} and {@code webhook verify}; run {@code acube --help} for the details.
 *
 * <p>Exit codes: 0 success, 1 an invoice breaks a rule (or a webhook is not genuine, or a demo step
 * failed), 2 usage error or a file that cannot be read, converted or written, 3-5 API failures,
 * 70 internal error. Output is UTF-8 whatever the platform's default charset.
 * Set the environment variable {@code ACUBE_DEBUG=1} to get the stack trace of an internal error.
 */
public final class AcubeCli {
    /** Held so that the level set in {@link #main} is not lost when the logger is collected. */
    private static final java.util.logging.Logger LIBRARY_LOG = java.util.logging.Logger.getLogger("io.github.acubepl");

    private AcubeCli() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        boolean debug = "1".equals(System.getenv("ACUBE_DEBUG"));
        // The library logs logins and retries; a command reports what matters itself.
        LIBRARY_LOG.setLevel(debug ? java.util.logging.Level.FINE : java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(new Terminal(out, err, Clock.systemDefaultZone(), debug, System.getenv()), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line against {@code terminal} and returns the exit code. */
    static int run(Terminal terminal, String... args) {
        int code = commandLine(terminal).execute(args);
        terminal.outText().flush();
        flush(terminal.out());
        terminal.err().flush();
        return code;
    }

    /** The configured command line: subcommands, UTF-8 streams, exit codes and error handlers. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine cl = new CommandLine(new RootCommand(terminal));
        cl.addSubcommand(new DemoCommand(terminal));
        cl.addSubcommand(new ValidateCommand(terminal));
        cl.addSubcommand(new ConvertCommand(terminal));
        cl.addSubcommand(new SendCommand(terminal));
        cl.addSubcommand(new StatusCommand(terminal));
        cl.addSubcommand(new SandboxCommand(terminal, SandboxCommand::untilShutdown));
        cl.addSubcommand(new CommandLine(new WebhookCommand(terminal))
                .addSubcommand(new WebhookVerifyCommand(terminal)));
        cl.addSubcommand(new CommandLine.HelpCommand());
        // settings made on cl apply to the subcommands added above
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(terminal.outText());
        cl.setErr(terminal.err());
        cl.setParameterExceptionHandler(new ErrorHandlers.Usage(terminal));
        cl.setExecutionExceptionHandler(new ErrorHandlers.Internal(terminal));
        VersionProvider version = new VersionProvider();
        configure(cl, version);
        return cl;
    }

    /** Every command: the version, usage errors exit 2, internal errors 70. */
    private static void configure(CommandLine c, VersionProvider version) {
        c.getCommandSpec().versionProvider(version);
        c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        c.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                configure(sub, version);
            }
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // standard output is gone (e.g. a closed pipe); nothing left to tell
        }
    }
}
