package io.github.acubepl.webhook;

import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link IdempotencyStoreContract} on {@link JdbcIdempotencyStore} over the PostgreSQL server of {@code ACUBE_TEST_JDBC_URL} (skipped without it, failing under {@code CI=true}), with a table prefix per test. */
class PostgresIdempotencyStoreTest extends IdempotencyStoreContract {
    private final String prefix = Databases.uniquePrefix();
    private DataSource ds;

    @BeforeEach
    void open() {
        ds = Databases.postgres();
    }

    @AfterEach
    void drop() throws Exception {
        if (ds != null) {
            Databases.drop(ds, prefix);
        }
    }

    @Override
    IdempotencyStore store() {
        return new JdbcIdempotencyStore(ds, prefix).initialize();
    }

    @Override
    IdempotencyStore sameStorage(IdempotencyStore store) {
        return new JdbcIdempotencyStore(ds, prefix);
    }
}
