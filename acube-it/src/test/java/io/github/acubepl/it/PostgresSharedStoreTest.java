package io.github.acubepl.it;

import javax.sql.DataSource;

/**
 * {@link SharedStoreContract} on the PostgreSQL server of {@code ACUBE_TEST_JDBC_URL}, with a table
 * prefix of its own per test (dropped afterwards). Skipped without the variable; under
 * {@code CI=true} its absence fails the tests.
 */
class PostgresSharedStoreTest extends SharedStoreContract {
    @Override
    DataSource open() {
        return ItDatabases.postgres();
    }
}
