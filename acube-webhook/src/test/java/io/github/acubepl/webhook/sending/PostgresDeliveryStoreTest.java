package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.Databases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link DeliveryStoreContract} on {@link JdbcDeliveryStore} over the PostgreSQL server of {@code ACUBE_TEST_JDBC_URL} (skipped without it, failing under {@code CI=true}), with a table prefix per test. */
class PostgresDeliveryStoreTest extends DeliveryStoreContract {
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
    DeliveryStore store() {
        return new JdbcDeliveryStore(ds, prefix).initialize();
    }

    @Override
    DeliveryStore sameStorage(DeliveryStore store) {
        return new JdbcDeliveryStore(ds, prefix);
    }
}
