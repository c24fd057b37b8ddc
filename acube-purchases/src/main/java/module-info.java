/**
 * Purchase invoices exactly once: {@code io.github.acubepl.purchases} hands every invoice a
 * supplier sends to the application's handler once, verified against KSeF's hash, whether the
 * {@code invoice-receiver} webhook or a catch-up poll brings it first; the ledger that remembers
 * what was handled has an in-memory form there and a JDBC form in
 * {@code io.github.acubepl.purchases.jdbc}. The plumbing is in a package that is not exported.
 */
module io.github.acubepl.purchases {
    requires transitive io.github.acubepl.core;
    requires transitive io.github.acubepl.transport;
    requires transitive io.github.acubepl.webhook;
    requires transitive java.sql;
    requires static transitive org.jspecify;

    exports io.github.acubepl.purchases;
    exports io.github.acubepl.purchases.jdbc;
}
