package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import io.github.acubepl.webhook.sending.JdbcDeliveryStore;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Many receiver instances starting at once each call {@code initialize()} on the same tables: every
 * call succeeds and the tables work (PostgreSQL's CREATE TABLE IF NOT EXISTS is not atomic against
 * a concurrent creator; the loser must not fail). On H2 and on the PostgreSQL server of
 * {@code ACUBE_TEST_JDBC_URL} (skipped without it, failing under {@code CI=true}).
 */
class ConcurrentInitializeTest {
    private static final int INSTANCES = 8;
    private static final int ROUNDS = 5;

    @Test
    void onH2() throws Exception {
        DataSource ds = Databases.h2();
        try {
            initializeConcurrently(ds);
        } finally {
            Databases.shutdownH2(ds);
        }
    }

    @Test
    void onPostgres() throws Exception {
        initializeConcurrently(Databases.postgres());
    }

    private static void initializeConcurrently(DataSource ds) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = Databases.uniquePrefix();
            try {
                List<String> done = Concurrently.run(INSTANCES, i -> () -> {
                    new JdbcDeliveryStore(ds, prefix).initialize();
                    new JdbcInboxStore(ds, prefix).initialize();
                    new JdbcIdempotencyStore(ds, prefix).initialize();
                    return "ok";
                });
                assertEquals(INSTANCES, done.size());
                JdbcIdempotencyStore store = new JdbcIdempotencyStore(ds, prefix);
                assertEquals(true, store.record("k", Instant.EPOCH));
                assertEquals(true, store.contains("k"));
            } finally {
                Databases.drop(ds, prefix);
            }
        }
    }
}
