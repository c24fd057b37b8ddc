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
            terminal.complain(String.valueOf(e.getMessage()));
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        }
    }

    /**
     * Anything a command did not handle is a bug: one line {@code acube: internal error: <type>: <message>},
     * the stack trace only in debug mode ({@code ACUBE_DEBUG=1}); exit 70.
     */
    static final class Internal implements IExecutionExceptionHandler {
        private final Terminal terminal;

        Internal(Terminal terminal) {
            this.terminal = Objects.requireNonNull(terminal, "terminal");
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
            String message = e.getMessage();
            terminal.complain("internal error: " + e.getClass().getName()
                    + (message == null ? "" : ": " + message.lines().findFirst().orElse("")));
            if (terminal.debug()) {
                e.printStackTrace(terminal.err());
            }
            return ExitCode.INTERNAL;
        }
    }
}
