/**
 * JDBC implementations of the receiving side's stores, for several receiver and dispatcher
 * instances sharing one database: {@link io.github.acubepl.webhook.jdbc.JdbcInboxStore} (for
 * {@code WebhookDispatcher.builder().inbox(...)}) and
 * {@link io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore} (for {@code inline(...)}); the
 * sending side's outbox is {@code io.github.acubepl.webhook.sending.JdbcDeliveryStore}. Plain SQL
 * that runs on PostgreSQL and H2; instants are stored as epoch milliseconds ({@code BIGINT}),
 * bodies as {@code BYTEA}. Each store has a configurable table prefix, {@code initialize()}
 * (create-if-absent) and {@code ddl()} (the statements, to run through your own migrations
 * instead).
 *
 * <p>Claims are optimistic: a due row is read, then taken with {@code UPDATE … WHERE id = ? AND
 * version = ?}; only the claimant whose update touched the row gets it, and a claimant that lost
 * some rows to another instance selects again (a few rounds at most). This works unchanged on both
 * databases, without {@code FOR UPDATE SKIP LOCKED}. Insert-if-absent relies on the primary key
 * (SQLState 23505).
 */
@NullMarked
package io.github.acubepl.webhook.jdbc;

import org.jspecify.annotations.NullMarked;
