package io.github.acubepl.cli;

import java.io.IOException;
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
 * standard output as bytes and as UTF-8 text, standard error as UTF-8 text, the clock for every
 * date and expiry the commands judge, whether to print stack traces of internal errors, and the
 * environment variables. Commands hold no other global state.
 *
 * <p>Standard output never fails silently: the first write error (a full disk, a closed or broken
 * pipe) is kept, every later write fails at once, and {@link AcubeCli#run} then reports
 * "cannot write standard output" with exit 2, whatever the command returned.
 */
final class Terminal {
    private final Guarded out;
    private final PrintWriter outText;
    private final PrintWriter err;
    private final Clock clock;
    private final boolean debug;
    private final Map<String, String> env;
    private final boolean console;

    /**
     * @param out standard output; converted invoices are written to it byte for byte
     * @param err standard error
     * @param clock the clock of every date rule, token expiry and signature age
     * @param debug whether internal errors print their stack trace
     */
    Terminal(OutputStream out, OutputStream err, Clock clock, boolean debug) {
        this(out, err, clock, debug, Map.of());
    }

    /**
     * @param out standard output; converted invoices are written to it byte for byte
     * @param err standard error
     * @param clock the clock of every date rule, token expiry and signature age
     * @param debug whether internal errors print their stack trace
     * @param env the environment variables the commands read (ACUBE_*)
     */
    Terminal(OutputStream out, OutputStream err, Clock clock, boolean debug, Map<String, String> env) {
        this(out, err, clock, debug, env, false);
    }

    /**
     * @param out standard output; converted invoices are written to it byte for byte
     * @param err standard error
     * @param clock the clock of every date rule, token expiry and signature age
     * @param debug whether internal errors print their stack trace
     * @param env the environment variables the commands read (ACUBE_*)
     * @param console whether standard output is known to be an interactive terminal (binary output such as a
     *     PDF is then refused rather than sprayed onto the screen)
     */
    Terminal(OutputStream out, OutputStream err, Clock clock, boolean debug, Map<String, String> env,
            boolean console) {
        this.console = console;
        this.env = Map.copyOf(env);
        this.out = new Guarded(Objects.requireNonNull(out, "out"));
        this.outText = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
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

    /** Whether standard output is known to be an interactive terminal. */
    boolean console() {
        return console;
    }

    /** An environment variable, or {@code null}. */
    @Nullable String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * Prints {@code acube: <message>} as one line on standard error, control characters escaped
     * ({@link SafeText#line}: untrusted values in {@code message} are to be escaped by the caller, with
     * {@link SafeText#escape} or {@link SafeText#quote}).
     */
    void complain(String message) {
        err.println("acube: " + SafeText.line(message));
    }

    /**
     * Flushes standard output and says why it could not be written, or {@code null} if everything
     * written so far has gone out.
     */
    @Nullable String outputFailure() {
        outText.flush();
        try {
            out.flush();
        } catch (IOException e) {
            // kept by the guard
        }
        if (out.failure != null) {
            return out.failure;
        }
        return outText.checkError() ? "write error" : null;
    }

    /**
     * Standard output that remembers its first failure: a {@link java.io.PrintWriter} on top of it
     * swallows errors, this does not forget them.
     */
    private static final class Guarded extends OutputStream {
        private final OutputStream target;
        private volatile @Nullable String failure;

        Guarded(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            check();
            try {
                target.write(b);
            } catch (IOException | RuntimeException e) {
                throw fail(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                target.write(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw fail(e);
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                target.flush();
            } catch (IOException | RuntimeException e) {
                throw fail(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void check() throws IOException {
            String f = failure;
            if (f != null) {
                throw new IOException(f);
            }
        }

        private IOException fail(Exception e) {
            String message = e.getMessage();
            String reason = message == null || message.isBlank() ? "input/output error" : message;
            if (failure == null) {
                failure = reason;
            }
            return e instanceof IOException io ? io : new IOException(reason, e);
        }
    }
}
