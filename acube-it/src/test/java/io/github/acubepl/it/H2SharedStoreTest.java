package io.github.acubepl.it;

import javax.sql.DataSource;

/** {@link SharedStoreContract} on an embedded H2 database, a fresh named in-memory one per test. */
class H2SharedStoreTest extends SharedStoreContract {
    @Override
    DataSource open() {
        return ItDatabases.h2();
    }

    @Override
    void shutdown(DataSource db) throws Exception {
        ItDatabases.shutdownH2(db);
    }
}
