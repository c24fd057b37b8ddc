package io.github.acubepl.purchases.internal;

import io.github.acubepl.purchases.PurchaseLedgerException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * JDBC plumbing of the ledger: prefix checks, one auto-commit connection per operation, error
 * mapping without SQL text or values, and idempotent DDL that survives concurrent creators.
 */
public final class Jdbc {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final String DUPLICATE_KEY = "23505";
    private static final int DDL_ATTEMPTS = 5;
    private static final long DDL_PAUSE_MILLIS = 25;

    private final DataSource dataSource;
    private final String name;

    /** Plumbing over {@code dataSource} for the ledger described as {@code name} in messages. */
    public Jdbc(DataSource dataSource, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.name = name;
    }

    /**
     * {@code prefix} if it is letters, digits and {@code _} (at most 41, not starting with a digit) or empty.
     *
     * @throws IllegalArgumentException otherwise (quoting a short, escaped prefix of it)
     */
    public static String checkedPrefix(String prefix) {
        Objects.requireNonNull(prefix, "tablePrefix");
        if (!prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be letters, digits and '_' (at most 41), starting with a"
                    + " letter or '_': '" + Text.quote(prefix) + "'");
        }
        return prefix;
    }

    /** Work with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on an auto-commit connection; SQL failures become {@link PurchaseLedgerException}s. */
    public <T> T run(String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try {
                return work.run(c);
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new PurchaseLedgerException(name + ": " + operation + " failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Runs create-if-absent DDL; a failure is retried a few times with a short pause, since "IF NOT
     * EXISTS" is not atomic against a concurrent creator (PostgreSQL answers 23505 on its catalog).
     */
    public void execute(List<String> statements) {
        for (int attempt = 1;; attempt++) {
            try {
                run("initialize", c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements) {
                            s.execute(sql);
                        }
                    }
                    return null;
                });
                return;
            } catch (PurchaseLedgerException e) {
                if (attempt >= DDL_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(DDL_PAUSE_MILLIS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether {@code e} is a unique-key violation (SQLState 23505, on PostgreSQL and H2). */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (DUPLICATE_KEY.equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && DUPLICATE_KEY.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
