package io.github.acubepl.cli;

import io.github.acubepl.mapping.InvoiceKey;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeAuthenticationException;
import io.github.acubepl.transport.AcubeConnectionException;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.AcubeOutcomeUnknownException;
import io.github.acubepl.transport.Violation;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reports a failed A-Cube API call on standard error, in the command line's own words, and picks the
 * exit code:
 *
 * <ul>
 *   <li>3: the credentials were refused;</li>
 *   <li>4: the API could not be reached, answered a server error (5xx) on every attempt, or answered
 *       with something that is not its JSON (an HTML page from a proxy, say); nothing was created;</li>
 *   <li>5: an invoice may have been created, but no trustworthy answer came; the hint names the
 *       {@code acube list} command that finds out;</li>
 *   <li>1: the API refused the call (4xx), with its violations.</li>
 * </ul>
 *
 * A plain {@link AcubeException} that is none of these (a token folder refused, a lock wait that timed
 * out, a paging limit, a paging link to another host) is reported in its own words, exit 4.
 *
 * <p>None of these is {@link ExitCode#NOT_FOUND}, which {@code acube list} alone returns for "no invoice
 * matches": a look-up that fails, whatever the reason, never says "not created" ({@link #reportLookUp}).
 * Every text from the API is escaped and cut ({@link SafeText}).
 */
final class ApiFailures {
    private ApiFailures() {
    }

    static int report(Terminal terminal, AcubeException e) {
        return report(terminal, e, null);
    }

    /**
     * @param key the sent invoice's seller NIP and number, when the caller knows them better than the
     *     exception (used for the "outcome unknown" hint)
     */
    static int report(Terminal terminal, AcubeException e, @Nullable InvoiceKey key) {
        String message = SafeText.cutLine(e.getMessage() == null ? "no details" : e.getMessage(), SafeText.MAX_MESSAGE);
        if (e instanceof AcubeOutcomeUnknownException unknown) {
            return outcomeUnknown(terminal, unknown, key);
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
                terminal.complain("the A-Cube API answered HTTP " + api.status() + " (a server error) to every attempt: "
                        + message);
                return ExitCode.UNAVAILABLE;
            }
            if (api.status() < 400) {
                // a 2xx or 3xx whose body is not what the endpoint promises: an HTML page of a proxy, say
                terminal.complain("the answer is not what the A-Cube API sends: " + message);
                return ExitCode.UNAVAILABLE;
            }
            terminal.complain("refused (HTTP " + api.status() + "): " + message);
            for (Violation v : api.violations()) {
                terminal.err().println("  " + SafeText.escape((v.code() == null ? "" : v.code() + " ")
                        + (v.propertyPath() == null ? "" : v.propertyPath() + ": ") + v.message()));
            }
            return ExitCode.INVALID;
        }
        // Not necessarily the server: plain AcubeExceptions also come from local causes (a token folder
        // refused, a lock wait that timed out, a paging limit), so the message speaks for itself.
        terminal.complain(message);
        return ExitCode.UNAVAILABLE;
    }

    /**
     * {@link #report} for a failed look-up ({@code acube list}), which adds that it could not tell whether
     * the invoice exists. The exit code is never {@link ExitCode#NOT_FOUND}.
     */
    static int reportLookUp(Terminal terminal, AcubeException e) {
        int code = report(terminal, e);
        terminal.complain("the look-up failed (exit " + code + "): whether such an invoice exists is not known; "
                + "do not send it again before a look-up ends with exit 0 (listed) or " + ExitCode.NOT_FOUND
                + " (not created)");
        return code; // report() never returns OK or NOT_FOUND
    }

    /**
     * Exit 5 for a POST that may have created the invoice: what happened, and the command that finds
     * out, never a Java method.
     */
    private static int outcomeUnknown(Terminal terminal, AcubeOutcomeUnknownException e, @Nullable InvoiceKey key) {
        String what;
        String created = "may have been";
        int status = e.status().orElse(0);
        if (status >= 200 && status < 300) {
            what = "the A-Cube API answered HTTP " + status + " but "
                    + (e.getMessage() != null && e.getMessage().contains("uuid") ? "named no invoice uuid"
                            : "its answer could not be read");
            created = "was probably";
        } else if (status > 0) {
            what = "the A-Cube API answered HTTP " + status + (status >= 500 ? " (a server error)" : "");
        } else if (causedBy(e, HttpTimeoutException.class)) {
            what = "no answer came in time";
        } else {
            what = "the connection broke after the request was sent";
        }
        String call = e.method().orElse("POST") + " " + e.path().orElse("/invoices");
        terminal.complain("outcome unknown: " + call + ": " + what + ". The invoice " + created + " created; it was "
                + "not sent again, to avoid a duplicate.");
        Optional<String> nip = key != null ? Optional.of(key.sellerNip()) : e.sellerNip();
        Optional<String> number = key != null ? Optional.of(key.number()) : e.invoiceNumber();
        lookUpHint(terminal, nip.orElse(null), number.orElse(null));
        return ExitCode.OUTCOME_UNKNOWN;
    }

    /**
     * How to find out whether an invoice exists: {@code acube list --number ... --seller-nip ...}, and which
     * of its exit codes means what: 0 listed, {@link ExitCode#NOT_FOUND} not created, anything else unknown.
     */
    static void lookUpHint(Terminal terminal, @Nullable String sellerNip, @Nullable String number) {
        String command = "acube list --number " + (number == null ? "P_2" : shellQuote(number))
                + " --seller-nip " + (sellerNip == null ? "NIP" : shellQuote(sellerNip));
        terminal.complain("check with: " + command + " (with the same API settings)" + (number == null || sellerNip == null
                ? ", where P_2 is the invoice number and NIP the seller's NIP in the file" : "") + ": exit 0 lists it; exit "
                + ExitCode.NOT_FOUND + " means it was not created; any other exit code means the look-up could not "
                + "tell. Send it again only after exit " + ExitCode.NOT_FOUND + ".");
    }

    /** {@code value} as one shell word: bare when it is plain, else in single quotes. */
    static String shellQuote(String value) {
        if (!value.isEmpty() && value.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
