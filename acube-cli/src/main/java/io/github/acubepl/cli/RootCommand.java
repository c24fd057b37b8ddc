package io.github.acubepl.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acube} itself: only dispatches to the subcommands. */
@Command(name = "acube", mixinStandardHelpOptions = true,
        description = {"Validates, converts and renders (HTML, PDF) KSeF FA invoices (FA XML and A-Cube JSON) offline, sends them through "
                + "the A-Cube API PL, verifies A-Cube's signed webhooks, and runs a local simulator of that API ('acube "
                + "demo' shows the whole flow on it)."},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Exit codes: 0 success (every invoice valid); 1 some invoice breaks a rule, the API refused the call, "
                + "a webhook is not genuine, or a demo step failed; 2 usage error, a file "
                + "that cannot be read, converted or written, or a standard output that cannot be written; 3 the API "
                + "refused the credentials; 4 the API could not be reached, answered a server error (HTTP 5xx) to "
                + "every attempt, or answered with something that is not its JSON (nothing was created); 5 an invoice "
                + "may have been created but no trustworthy answer came (the message names the 'acube list' command "
                + "that finds out); 6 'acube list' found no such invoice: it was not created (no other code means "
                + "that); 70 internal error (set ACUBE_DEBUG=1 to see its stack trace).",
            "",
            "Run 'acube COMMAND --help' for the options of a command."})
final class RootCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    RootCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** Without a command there is nothing to do: that is a usage error. */
    @Override
    public Integer call() {
        terminal.complain("missing command");
        Objects.requireNonNull(spec).commandLine().usage(terminal.err());
        return ExitCode.USAGE;
    }
}
