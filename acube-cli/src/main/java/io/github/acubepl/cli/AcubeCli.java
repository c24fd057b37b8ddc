package io.github.acubepl.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import picocli.CommandLine;

/**
 * The {@code acube} command: {@code demo}, {@code validate}, {@code convert}, {@code render}, {@code send},
 * {@code status}, {@code list}, {@code sandbox} and {@code webhook verify}; run {@code acube --help}
 * for the details.
 *
 * <p>Exit codes ({@link ExitCode}): 0 success, 1 an invoice breaks a rule (or the API refused the call,
 * a webhook is not genuine, a demo step failed), 2 usage error or a file or standard output that cannot
 * be read or written, 3-5 API failures, 6 {@code acube list} found nothing (the one code that means "not
 * created"), 70 internal error. Output is UTF-8 whatever
 * the platform's default charset. Set the environment variable {@code ACUBE_DEBUG=1} to get the stack
 * trace of an internal error and every log record of the libraries.
 */
public final class AcubeCli {
    private AcubeCli() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        boolean debug = "1".equals(System.getenv("ACUBE_DEBUG"));
        // The file descriptors themselves, not System.out: a PrintStream swallows write errors, and a
        // full disk or a closed pipe must end in exit 2, not in exit 0 with nothing written.
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        // The one system-clock read of the command: every command takes its time from the Terminal.
        // On Java 17 System.console() is non-null only when standard input and output are both a terminal.
        int code = run(new Terminal(out, err, Clock.systemDefaultZone(), debug, System.getenv(),
                System.console() != null), args);
        System.exit(code);
    }

    /**
     * Runs the command line against {@code terminal} and returns the exit code. When standard output
     * could not be written, that is reported ("cannot write standard output") and the exit code is at
     * least 2, whatever the command returned.
     */
    static int run(Terminal terminal, String... args) {
        int code;
        // The libraries log logins and retries: warnings become one 'acube:' line each, the rest only in debug mode.
        CliLog log = CliLog.install(terminal);
        try {
            code = commandLine(terminal).execute(args);
        } finally {
            log.close();
        }
        String failure = terminal.outputFailure();
        if (failure != null) {
            terminal.complain("cannot write standard output: " + failure);
            code = Math.max(code, ExitCode.USAGE);
        }
        terminal.err().flush();
        return code;
    }

    /** The configured command line: subcommands, UTF-8 streams, exit codes and error handlers. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine cl = new CommandLine(new RootCommand(terminal));
        cl.addSubcommand(new DemoCommand(terminal));
        cl.addSubcommand(new ValidateCommand(terminal));
        cl.addSubcommand(new ConvertCommand(terminal));
        cl.addSubcommand(new RenderCommand(terminal));
        cl.addSubcommand(new SendCommand(terminal));
        cl.addSubcommand(new StatusCommand(terminal));
        cl.addSubcommand(new ListCommand(terminal));
        cl.addSubcommand(new ReceivedCommand(terminal));
        cl.addSubcommand(new DownloadCommand(terminal));
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

}
