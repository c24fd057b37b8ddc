package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases of the shared-store tests: a fresh named in-memory H2 database per test, and the
 * PostgreSQL server named by {@value #ENV}. Without that variable the PostgreSQL tests are skipped
 * with a message, except under {@code CI=true}, where they fail. Each test uses its own table prefix
 * and drops its tables afterwards, so runs are repeatable and can share one server.
 */
final class ItDatabases {
    /** The environment variable naming the PostgreSQL test server (a JDBC URL). */
    static final String ENV = "ACUBE_TEST_JDBC_URL";

    private ItDatabases() {
    }

    /** A new in-memory H2 database, kept while the JVM runs (until {@link #shutdownH2}). */
    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:acube_it_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The PostgreSQL test server; skips the calling test when it is not configured (fails it under {@code CI=true}). */
    static DataSource postgres() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(ENV + " is not set, but CI=true: the PostgreSQL end-to-end tests must run in CI");
            }
            Assumptions.abort("PostgreSQL end-to-end tests skipped: set " + ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:55432/acube_test?user=postgres) to run them");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    /** A table prefix no other test uses. */
    static String uniquePrefix() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    }

    /** Drops the webhook and purchase-ledger tables (and with them their indexes) of {@code prefix}. */
    static void drop(DataSource ds, String prefix) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"webhook_idempotency", "webhook_inbox", "webhook_delivery",
                    "purchase_receipt", "purchase_checkpoint"}) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        }
    }

    /** Ends an in-memory H2 database. */
    static void shutdownH2(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
