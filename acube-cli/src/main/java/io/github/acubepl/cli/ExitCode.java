package io.github.acubepl.cli;

/** The exit codes of {@code acube}. With several files the highest code wins. */
final class ExitCode {
    /** Done; every invoice is valid (warnings allowed). */
    static final int OK = 0;
    /** Some invoice breaks a rule (an ERROR issue). */
    static final int INVALID = 1;
    /** A usage error, or a file that cannot be read as an invoice, converted or written. */
    static final int USAGE = 2;
    /** A bug: an unexpected exception (EX_SOFTWARE of sysexits.h). */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
