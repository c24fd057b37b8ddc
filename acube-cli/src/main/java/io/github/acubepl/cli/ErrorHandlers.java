package io.github.acubepl.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How {@code acube} reports usage errors (exit 2) and unexpected exceptions (exit 70). */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    /** Usage errors: {@code acube: <problem>}, suggestions if any, and a pointer to the help; exit 2. */
    static final class Usage implements IParameterExceptionHandler {
        private final Terminal terminal;

        Usage(Terminal terminal) {
            this.terminal = Objects.requireNonNull(terminal, "terminal");
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            PrintWriter err = terminal.err();
            terminal.complain(e.getMessage() == null ? "invalid command line" : e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        }
    }

    /**
     * Anything a command did not handle is a bug: one line {@code acube: internal error: <message>}, the
     * stack trace only in debug mode ({@code ACUBE_DEBUG=1}); exit 70. An exception that comes from
     * standard output failing is no bug: {@link AcubeCli#run} reports it, with exit 2.
     */
    static final class Internal implements IExecutionExceptionHandler {
        private final Terminal terminal;

        Internal(Terminal terminal) {
            this.terminal = Objects.requireNonNull(terminal, "terminal");
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
            if (terminal.outputFailure() != null) {
                return ExitCode.USAGE;
            }
            String message = e.getMessage();
            String first = message == null ? "" : message.lines().findFirst().orElse("");
            terminal.complain("internal error" + (first.isBlank() ? "" : ": " + SafeText.cutLine(first, SafeText.MAX_MESSAGE))
                    + (terminal.debug() ? "" : " (set ACUBE_DEBUG=1 to see where, and please report it)"));
            if (terminal.debug()) {
                e.printStackTrace(terminal.err());
            }
            return ExitCode.INTERNAL;
        }
    }
}
