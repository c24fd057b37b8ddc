package io.github.acubepl.webhook;

import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link IdempotencyStoreContract} on {@link JdbcIdempotencyStore} over embedded H2 (a fresh in-memory database per test). */
class H2IdempotencyStoreTest extends IdempotencyStoreContract {
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
    IdempotencyStore store() {
        return new JdbcIdempotencyStore(ds, prefix).initialize();
    }

    @Override
    IdempotencyStore sameStorage(IdempotencyStore store) {
        return new JdbcIdempotencyStore(ds, prefix);
    }
}
