package io.github.acubepl.webhook;

import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link InboxStoreContract} on {@link JdbcInboxStore} over the PostgreSQL server of {@code ACUBE_TEST_JDBC_URL} (skipped without it, failing under {@code CI=true}), with a table prefix per test. */
class PostgresInboxStoreTest extends InboxStoreContract {
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
    InboxStore store() {
        return new JdbcInboxStore(ds, prefix).initialize();
    }

    @Override
    InboxStore sameStorage(InboxStore store) {
        return new JdbcInboxStore(ds, prefix);
    }
}
