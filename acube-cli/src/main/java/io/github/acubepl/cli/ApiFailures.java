package io.github.acubepl.cli;

import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeAuthenticationException;
import io.github.acubepl.transport.AcubeConnectionException;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.AcubeOutcomeUnknownException;
import io.github.acubepl.transport.Violation;

/** Reports a failed A-Cube API call on standard error and picks the exit code. */
final class ApiFailures {
    private ApiFailures() {
    }

    static int report(Terminal terminal, AcubeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AcubeOutcomeUnknownException) {
            terminal.complain("outcome unknown: " + message);
            return ExitCode.OUTCOME_UNKNOWN;
        }
        if (e instanceof AcubeAuthenticationException) {
            terminal.complain("authentication failed: " + message);
            return ExitCode.AUTHENTICATION;
        }
        if (e instanceof AcubeConnectionException) {
            terminal.complain("cannot reach the A-Cube API: " + message);
            return ExitCode.UNAVAILABLE;
        }
        if (e instanceof AcubeApiException api) {
            if (api.status() >= 500) {
                terminal.complain("the A-Cube API failed (HTTP " + api.status() + "): " + message);
                return ExitCode.UNAVAILABLE;
            }
            terminal.complain("refused (HTTP " + api.status() + "): " + message);
            for (Violation v : api.violations()) {
                terminal.err().println("  " + (v.code() == null ? "" : v.code() + " ")
                        + (v.propertyPath() == null ? "" : v.propertyPath() + ": ") + v.message());
            }
            return ExitCode.INVALID;
        }
        terminal.complain(message);
        return ExitCode.UNAVAILABLE;
    }
}
