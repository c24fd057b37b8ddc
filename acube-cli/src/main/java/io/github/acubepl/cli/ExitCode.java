package io.github.acubepl.cli;

/** The exit codes of {@code acube}. With several files the highest code wins. */
final class ExitCode {
    /** Done; every invoice is valid (warnings allowed). */
    static final int OK = 0;
    /**
     * Some invoice breaks a rule (an ERROR issue), the API refused the call (4xx), a webhook is not
     * genuine, or a demo step failed. Never "nothing found" (that is {@link #NOT_FOUND}): 1 is also
     * what a JVM that cannot start (a bad option in ACUBE_JAVA_OPTS) and an uncaught error exit with.
     */
    static final int INVALID = 1;
    /**
     * A usage error, a file that cannot be read as an invoice, converted or written, or a standard
     * output that cannot be written.
     */
    static final int USAGE = 2;
    /** The A-Cube API refused the credentials. */
    static final int AUTHENTICATION = 3;
    /**
     * The A-Cube API could not be reached, answered a server error (5xx) to every attempt, or answered
     * with something that is not its JSON (an HTML page, say); nothing was created.
     */
    static final int UNAVAILABLE = 4;
    /**
     * A request that creates something may have reached the API, but no trustworthy answer came back
     * (no answer, a 5xx, or a 2xx without the new invoice's uuid); {@code acube list} finds out.
     */
    static final int OUTCOME_UNKNOWN = 5;
    /**
     * {@code acube list} asked the API and no invoice matches: the invoice looked up was not created.
     * The only code that means that, and only {@code list} exits with it; any other non-zero exit of a
     * look-up (a refused call, an unreachable API, a JVM that did not start) means it could not tell.
     */
    static final int NOT_FOUND = 6;
    /** A bug: an unexpected exception (EX_SOFTWARE of sysexits.h). */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
