/**
 * The JDBC {@link io.github.acubepl.purchases.PurchaseLedger}:
 * {@link io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger}, for several feed instances sharing
 * one database. Plain SQL that runs on PostgreSQL and H2; instants are stored as epoch
 * milliseconds ({@code BIGINT}). A configurable table prefix, {@code initialize()}
 * (create-if-absent) and {@code ddl()} (the statements, to run through your own migrations instead),
 * as the webhook module's stores have.
 *
 * <p>Claims are atomic without locks held across calls: an {@code UPDATE … WHERE state <> 'DONE'
 * AND (lease_until IS NULL OR lease_until <= now)} or an {@code INSERT} of a new row, each decided by
 * its row count or the primary key (SQLState 23505); never a read followed by a write that trusts it.
 */
@NullMarked
package io.github.acubepl.purchases.jdbc;

import org.jspecify.annotations.NullMarked;
