package io.github.acubepl.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a command may touch of the outside world, handed in by {@link AcubeCli#main} (or a test):
 * standard output as bytes and as UTF-8 text, standard error as UTF-8 text, the clock for date
 * rules, and whether to print stack traces of internal errors. Commands hold no other global state.
 */
final class Terminal {
    private final OutputStream out;
    private final PrintWriter outText;
    private final PrintWriter err;
    private final Clock clock;
    private final boolean debug;
    private final Map<String, String> env;

    /**
     * @param out standard output; converted invoices are written to it byte for byte
     * @param err standard error
     * @param clock the clock for date rules
     * @param debug whether internal errors print their stack trace
     */
    Terminal(OutputStream out, OutputStream err, Clock clock, boolean debug) {
        this(out, err, clock, debug, Map.of());
    }

    /**
     * @param out standard output; converted invoices are written to it byte for byte
     * @param err standard error
     * @param clock the clock for date rules
     * @param debug whether internal errors print their stack trace
     * @param env the environment variables the commands read (ACUBE_*)
     */
    Terminal(OutputStream out, OutputStream err, Clock clock, boolean debug, Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.out = Objects.requireNonNull(out, "out");
        this.outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8),
                true);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.debug = debug;
    }

    /** Standard output as bytes. Flush {@link #outText()} before writing here. */
    OutputStream out() {
        return out;
    }

    /** Standard output as UTF-8 text (not auto-flushed). */
    PrintWriter outText() {
        return outText;
    }

    /** Standard error as UTF-8 text (flushed on every line). */
    PrintWriter err() {
        return err;
    }

    Clock clock() {
        return clock;
    }

    boolean debug() {
        return debug;
    }

    /** An environment variable, or {@code null}. */
    @Nullable String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** Prints {@code acube: <message>} as one line on standard error. */
    void complain(String message) {
        err.println("acube: " + message);
    }
}
