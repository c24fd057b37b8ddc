package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.Databases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link DeliveryStoreContract} on {@link JdbcDeliveryStore} over embedded H2 (a fresh in-memory database per test). */
class H2DeliveryStoreTest extends DeliveryStoreContract {
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
    DeliveryStore store() {
        return new JdbcDeliveryStore(ds, prefix).initialize();
    }

    @Override
    DeliveryStore sameStorage(DeliveryStore store) {
        return new JdbcDeliveryStore(ds, prefix);
    }
}
