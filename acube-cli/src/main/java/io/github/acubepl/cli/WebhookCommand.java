package io.github.acubepl.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acube webhook}: only groups the webhook tools. */
@Command(name = "webhook", mixinStandardHelpOptions = true,
        description = "Checks the webhooks A-Cube sends, signed with HTTP Message Signatures (RFC 9421).",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n")
final class WebhookCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    WebhookCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        terminal.complain("missing command: acube webhook verify ...");
        Objects.requireNonNull(spec).commandLine().usage(terminal.err());
        return ExitCode.USAGE;
    }
}
