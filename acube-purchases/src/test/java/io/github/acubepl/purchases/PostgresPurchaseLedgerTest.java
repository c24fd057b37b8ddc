package io.github.acubepl.purchases;

import io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The ledger contract on {@link JdbcPurchaseLedger} over the PostgreSQL server named by
 * {@code ACUBE_TEST_JDBC_URL} (skipped without it, except under {@code CI=true}).
 */
class PostgresPurchaseLedgerTest extends PurchaseLedgerContract {
    private DataSource ds;
    private String prefix;

    @Override
    PurchaseLedger ledger() {
        ds = Databases.postgres();
        prefix = Databases.uniquePrefix();
        return new JdbcPurchaseLedger(ds, prefix).initialize();
    }

    @AfterEach
    void drop() throws SQLException {
        if (ds != null) {
            Databases.drop(ds, prefix);
        }
    }
}
