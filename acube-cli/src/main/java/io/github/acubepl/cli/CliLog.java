package io.github.acubepl.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the libraries log (the client's retries and logins, the simulator's delivery failures) as the
 * command's own lines on standard error: one {@code acube: <message>} line per record, control
 * characters escaped, warnings and above only. With {@code ACUBE_DEBUG=1} every record down to FINE is
 * shown, with its level, logger and stack trace. java.util.logging's default two-line records
 * ({@code Dec 03, 2026 10:45:37 AM io.github...} then {@code WARNING: ...}) never appear.
 *
 * <p>The libraries log through {@code System.Logger}, which the JDK hands to java.util.logging; this
 * installs a handler on the {@code io.github.acubepl} logger for the length of one run and then restores it.
 */
final class CliLog implements AutoCloseable {
    /** The parent logger of every module of the toolkit. */
    static final String ROOT = "io.github.acubepl";

    private final Logger logger;
    private final Level level;
    private final boolean useParentHandlers;
    private final Handler handler;

    private CliLog(Logger logger, Handler handler) {
        this.logger = logger;
        this.level = logger.getLevel();
        this.useParentHandlers = logger.getUseParentHandlers();
        this.handler = handler;
    }

    /** Sends the toolkit's log records to {@code terminal}'s standard error until {@link #close()}. */
    static CliLog install(Terminal terminal) {
        Logger logger = Logger.getLogger(ROOT);
        OneLine handler = new OneLine(terminal.err(), terminal.debug());
        CliLog installed = new CliLog(logger, handler);
        logger.setLevel(terminal.debug() ? Level.FINE : Level.WARNING);
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        return installed;
    }

    /** Restores the logger as it was. */
    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(useParentHandlers);
        logger.setLevel(level);
    }

    /** One line per record. */
    static final class OneLine extends Handler {
        private final PrintWriter err;
        private final boolean debug;
        private final Formatter parameters = new Formatter() {
            @Override
            public String format(LogRecord record) {
                return formatMessage(record);
            }
        };

        OneLine(PrintWriter err, boolean debug) {
            this.err = Objects.requireNonNull(err, "err");
            this.debug = debug;
            setLevel(debug ? Level.ALL : Level.WARNING);
        }

        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            String message;
            try {
                message = parameters.format(record);
            } catch (RuntimeException e) {
                message = String.valueOf(record.getMessage());
            }
            String prefix = debug ? record.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + " "
                    + record.getLoggerName() + ": " : "";
            synchronized (err) {
                err.println("acube: " + SafeText.line(prefix + (message == null ? "" : message)));
                if (debug && record.getThrown() != null) {
                    record.getThrown().printStackTrace(err);
                }
                err.flush();
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
