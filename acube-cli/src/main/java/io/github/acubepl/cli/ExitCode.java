package io.github.acubepl.cli;

/** The exit codes of {@code acube}. With several files the highest code wins. */
final class ExitCode {
    /** Done; every invoice is valid (warnings allowed). */
    static final int OK = 0;
    /** Some invoice breaks a rule (an ERROR issue). */
    static final int INVALID = 1;
    /** A usage error, or a file that cannot be read as an invoice, converted or written. */
    static final int USAGE = 2;
    /** The A-Cube API refused the credentials. */
    static final int AUTHENTICATION = 3;
    /** The A-Cube API could not be reached or kept failing; nothing was created. */
    static final int UNAVAILABLE = 4;
    /** A request that creates something may have reached the API, but no answer came back. */
    static final int OUTCOME_UNKNOWN = 5;
    /** A bug: an unexpected exception (EX_SOFTWARE of sysexits.h). */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
