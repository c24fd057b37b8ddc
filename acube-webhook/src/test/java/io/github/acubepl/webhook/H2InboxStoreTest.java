package io.github.acubepl.webhook;

import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link InboxStoreContract} on {@link JdbcInboxStore} over embedded H2 (a fresh in-memory database per test). */
class H2InboxStoreTest extends InboxStoreContract {
    private final String prefix = Databases.uniquePrefix();
    private DataSource ds;

    @BeforeEach
    void open() {
        ds = Databases.h2();
    }

    @AfterEach
    void drop() throws Exception {
        if (ds != null) {
            Databases.drop(ds, prefix);
            Databases.shutdownH2(ds);
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
