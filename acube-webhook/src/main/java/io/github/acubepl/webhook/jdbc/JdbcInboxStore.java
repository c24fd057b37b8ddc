package io.github.acubepl.webhook.jdbc;

import io.github.acubepl.webhook.InboxEntry;
import io.github.acubepl.webhook.InboxStore;
import io.github.acubepl.webhook.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An {@link InboxStore} in table {@code <prefix>webhook_inbox}, shared by every receiver and worker
 * over the same database. {@link #add} is insert-if-absent through the primary key; claims read due
 * rows and take each with {@code UPDATE … WHERE dedup_key = ? AND version = ?}, so a row goes to
 * exactly one claimant. Thread-safe.
 */
public final class JdbcInboxStore implements InboxStore {
    private static final int MAX_ERROR = 500;
    private static final String COLUMNS = "dedup_key, endpoint, webhook_type, body, headers, received_at, state,"
            + " attempts, next_attempt_at, lease_until, last_error, completed_at, version";

    private final Jdbc jdbc;
    private final String table;

    /**
     * A store over {@code dataSource} using table {@code <tablePrefix>webhook_inbox}.
     *
     * @throws IllegalArgumentException if the prefix is not letters, digits and {@code _}
     */
    public JdbcInboxStore(DataSource dataSource, String tablePrefix) {
        this.jdbc = new Jdbc(dataSource, "inbox store");
        this.table = Jdbc.checkedPrefix(tablePrefix) + "webhook_inbox";
    }

    /** The DDL {@link #initialize()} runs (create-if-absent). */
    public List<String> ddl() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "dedup_key VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "endpoint VARCHAR(2048) NOT NULL, "
                        + "webhook_type VARCHAR(200), "
                        + "body BYTEA NOT NULL, "
                        + "headers BYTEA NOT NULL, "
                        + "received_at BIGINT NOT NULL, "
                        + "state VARCHAR(16) NOT NULL, "
                        + "attempts INTEGER NOT NULL, "
                        + "next_attempt_at BIGINT NOT NULL, "
                        + "lease_until BIGINT, "
                        + "last_error VARCHAR(" + MAX_ERROR + "), "
                        + "completed_at BIGINT, "
                        + "version BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + table + "_due ON " + table + " (state, next_attempt_at)");
    }

    /** Creates the table and index if absent; returns this store. */
    public JdbcInboxStore initialize() {
        jdbc.execute(ddl());
        return this;
    }

    @Override
    public boolean add(InboxEntry e) {
        Objects.requireNonNull(e, "entry");
        return jdbc.run("add", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, e.key());
                ps.setString(2, e.endpoint());
                Jdbc.setString(ps, 3, e.webhookType());
                ps.setBytes(4, e.body());
                ps.setBytes(5, Jdbc.headers(e.headers()));
                ps.setLong(6, Jdbc.millis(e.receivedAt()));
                ps.setString(7, e.state().name());
                ps.setInt(8, e.attempts());
                ps.setLong(9, Jdbc.millis(e.nextAttemptAt()));
                Jdbc.setMillis(ps, 10, e.leaseUntil());
                Jdbc.setString(ps, 11, Jdbc.shortText(e.lastError(), MAX_ERROR));
                Jdbc.setMillis(ps, 12, e.completedAt());
                ps.setLong(13, e.version());
                ps.executeUpdate();
                return true;
            } catch (SQLException ex) {
                if (Jdbc.isDuplicateKey(ex)) {
                    return false;
                }
                throw ex;
            }
        });
    }

    @Override
    public List<InboxEntry> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.claim(now, lease, limit, this::claimRound);
    }

    /** One select-then-update round; {@code true} if another instance took some candidates. */
    private boolean claimRound(Connection c, long nowMillis, long leaseUntil, int limit, List<InboxEntry> claimed)
            throws SQLException {
        List<InboxEntry> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                + " WHERE (state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'IN_PROGRESS' AND lease_until <= ?)"
                + " ORDER BY next_attempt_at, dedup_key LIMIT ?")) {
            ps.setLong(1, nowMillis);
            ps.setLong(2, nowMillis);
            ps.setInt(3, limit);
            candidates.addAll(readAll(ps));
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int won = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'IN_PROGRESS',"
                + " lease_until = ?, attempts = attempts + 1, version = version + 1"
                + " WHERE dedup_key = ? AND version = ?")) {
            for (InboxEntry e : candidates) {
                ps.setLong(1, leaseUntil);
                ps.setString(2, e.key());
                ps.setLong(3, e.version());
                if (ps.executeUpdate() == 1) {
                    won++;
                    claimed.add(new InboxEntry(e.key(), e.endpoint(), e.webhookType(), e.body(), e.headers(),
                            e.receivedAt(), InboxEntry.State.IN_PROGRESS, e.attempts() + 1, e.nextAttemptAt(),
                            Instant.ofEpochMilli(leaseUntil), e.lastError(), e.completedAt(), e.version() + 1));
                }
            }
        }
        return won < candidates.size();
    }

    @Override
    public boolean complete(String key, long version, Instant now) {
        return move("complete", key, version, "state = 'DONE', lease_until = NULL, completed_at = ?, version = version + 1",
                ps -> ps.setLong(1, Jdbc.millis(now)), 1);
    }

    @Override
    public boolean retry(String key, long version, Instant nextAttemptAt, String error) {
        return move("retry", key, version,
                "state = 'PENDING', lease_until = NULL, next_attempt_at = ?, last_error = ?, version = version + 1", ps -> {
                    ps.setLong(1, Jdbc.millis(nextAttemptAt));
                    Jdbc.setString(ps, 2, Jdbc.shortText(error, MAX_ERROR));
                }, 2);
    }

    @Override
    public boolean fail(String key, long version, Instant now, String error) {
        return move("fail", key, version,
                "state = 'FAILED', lease_until = NULL, completed_at = ?, last_error = ?, version = version + 1", ps -> {
                    ps.setLong(1, Jdbc.millis(now));
                    Jdbc.setString(ps, 2, Jdbc.shortText(error, MAX_ERROR));
                }, 2);
    }

    /** Binds the SET clause's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private boolean move(String operation, String key, long version, String set, Binder binder, int setParameters) {
        Objects.requireNonNull(key, "key");
        return jdbc.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set
                    + " WHERE dedup_key = ? AND version = ? AND state = 'IN_PROGRESS'")) {
                binder.bind(ps);
                ps.setString(setParameters + 1, key);
                ps.setLong(setParameters + 2, version);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<InboxEntry> find(String key) {
        Objects.requireNonNull(key, "key");
        return jdbc.run("find", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE dedup_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<InboxEntry> list(InboxEntry.State state, int limit) {
        Objects.requireNonNull(state, "state");
        if (limit < 1) {
            return List.of();
        }
        return jdbc.run("list", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE state = ? ORDER BY received_at, dedup_key LIMIT ?")) {
                ps.setString(1, state.name());
                ps.setInt(2, limit);
                return readAll(ps);
            }
        });
    }

    @Override
    public boolean requeue(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        return jdbc.run("requeue", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?, lease_until = NULL, completed_at = NULL, version = version + 1"
                    + " WHERE dedup_key = ? AND state = 'FAILED'")) {
                ps.setLong(1, Jdbc.millis(now));
                ps.setString(2, key);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int purge(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return jdbc.run("purge", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE state = 'DONE' AND completed_at < ?")) {
                ps.setLong(1, Jdbc.millis(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    private static List<InboxEntry> readAll(PreparedStatement ps) throws SQLException {
        return Jdbc.readAll(ps, JdbcInboxStore::read);
    }

    private static InboxEntry read(ResultSet rs) throws SQLException {
        return new InboxEntry(rs.getString("dedup_key"), rs.getString("endpoint"), rs.getString("webhook_type"),
                rs.getBytes("body"), Jdbc.headers(rs.getBytes("headers")), Jdbc.instant(rs, "received_at"),
                InboxEntry.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Jdbc.instant(rs, "next_attempt_at"), Jdbc.nullableInstant(rs, "lease_until"), rs.getString("last_error"),
                Jdbc.nullableInstant(rs, "completed_at"), rs.getLong("version"));
    }

    @Override
    public String toString() {
        return "JdbcInboxStore[" + table + "]";
    }
}
