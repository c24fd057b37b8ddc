package io.github.acubepl.purchases;

import io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** The ledger contract on {@link JdbcPurchaseLedger} over embedded H2 (a fresh database per test). */
class H2PurchaseLedgerTest extends PurchaseLedgerContract {
    private DataSource ds;

    @Override
    PurchaseLedger ledger() {
        ds = Databases.h2();
        return new JdbcPurchaseLedger(ds, "erp_").initialize();
    }

    @AfterEach
    void shutdown() throws SQLException {
        if (ds != null) {
            Databases.shutdownH2(ds);
        }
    }
}
