package io.github.acubepl.purchases;

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
 * Databases for the JDBC ledger tests, as acube-webhook's: embedded H2 (a fresh in-memory database
 * per test) and the PostgreSQL server named by {@value #ENV}. Without that variable the PostgreSQL
 * runs are skipped, except under {@code CI=true}, where they fail. Every test uses its own table
 * prefix and drops its tables, so runs are repeatable and can share one server.
 */
final class Databases {
    static final String ENV = "ACUBE_TEST_JDBC_URL";

    private Databases() {
    }

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:acube_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The PostgreSQL test server; skips (or, under CI=true, fails) the calling test when not configured. */
    static DataSource postgres() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(ENV + " is not set, but CI=true: the PostgreSQL ledger tests must run in CI (.ci/run starts"
                        + " the server and sets it)");
            }
            Assumptions.abort("PostgreSQL ledger tests skipped: set " + ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:55432/acube_test?user=postgres) to run them");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    /** A table prefix no other test uses. */
    static String uniquePrefix() {
        return "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    }

    /** Drops the ledger's tables of {@code prefix}. */
    static void drop(DataSource ds, String prefix) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"purchase_receipt", "purchase_checkpoint"}) {
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
