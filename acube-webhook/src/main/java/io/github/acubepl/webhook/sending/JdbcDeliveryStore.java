package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.internal.Jdbc;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
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
import org.jspecify.annotations.Nullable;

/**
 * A {@link DeliveryStore} (the delivery queue's outbox) in table {@code <prefix>webhook_delivery},
 * shared by every dispatcher over the same database. Claims read due rows and take each with
 * {@code UPDATE … WHERE delivery_id = ? AND version = ?}, so an attempt goes to exactly one
 * dispatcher. Thread-safe.
 */
public final class JdbcDeliveryStore implements DeliveryStore {
    private static final int MAX_ERROR = 500;
    private static final String COLUMNS = "delivery_id, target_url, headers, body, state, attempts, created_at,"
            + " window_start, next_attempt_at, lease_until, last_status, last_error, completed_at, version";

    private final Jdbc jdbc;
    private final String table;

    /**
     * A store over {@code dataSource} using table {@code <tablePrefix>webhook_delivery}.
     *
     * @throws IllegalArgumentException if the prefix is not letters, digits and {@code _}
     */
    public JdbcDeliveryStore(DataSource dataSource, String tablePrefix) {
        this.jdbc = new Jdbc(dataSource, "delivery store");
        this.table = Jdbc.checkedPrefix(tablePrefix) + "webhook_delivery";
    }

    /** The DDL {@link #initialize()} runs (create-if-absent). */
    public List<String> ddl() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "delivery_id VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "target_url VARCHAR(2048) NOT NULL, "
                        + "headers BYTEA NOT NULL, "
                        + "body BYTEA NOT NULL, "
                        + "state VARCHAR(16) NOT NULL, "
                        + "attempts INTEGER NOT NULL, "
                        + "created_at BIGINT NOT NULL, "
                        + "window_start BIGINT, "
                        + "next_attempt_at BIGINT NOT NULL, "
                        + "lease_until BIGINT, "
                        + "last_status INTEGER, "
                        + "last_error VARCHAR(" + MAX_ERROR + "), "
                        + "completed_at BIGINT, "
                        + "version BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + table + "_due ON " + table + " (state, next_attempt_at)");
    }

    /** Creates the table and index if absent; returns this store. */
    public JdbcDeliveryStore initialize() {
        jdbc.execute(ddl());
        return this;
    }

    @Override
    public boolean add(Delivery d) {
        Objects.requireNonNull(d, "delivery");
        return jdbc.run("add", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, d.id());
                ps.setString(2, d.targetUrl());
                ps.setBytes(3, Jdbc.headers(d.headers()));
                ps.setBytes(4, d.body());
                ps.setString(5, d.state().name());
                ps.setInt(6, d.attempts());
                ps.setLong(7, Jdbc.millis(d.createdAt()));
                Jdbc.setMillis(ps, 8, d.windowStart());
                ps.setLong(9, Jdbc.millis(d.nextAttemptAt()));
                Jdbc.setMillis(ps, 10, d.leaseUntil());
                Jdbc.setInteger(ps, 11, d.lastStatus());
                Jdbc.setString(ps, 12, Jdbc.shortText(d.lastError(), MAX_ERROR));
                Jdbc.setMillis(ps, 13, d.completedAt());
                ps.setLong(14, d.version());
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
    public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.claim(now, lease, limit, this::claimRound);
    }

    /** One select-then-update round; {@code true} if another instance took some candidates. */
    private boolean claimRound(Connection c, long nowMillis, long leaseUntil, int limit, List<Delivery> claimed)
            throws SQLException {
        List<Delivery> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                + " WHERE (state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'IN_FLIGHT' AND lease_until <= ?)"
                + " ORDER BY next_attempt_at, delivery_id LIMIT ?")) {
            ps.setLong(1, nowMillis);
            ps.setLong(2, nowMillis);
            ps.setInt(3, limit);
            candidates.addAll(readAll(ps));
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int won = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'IN_FLIGHT',"
                + " lease_until = ?, attempts = attempts + 1, version = version + 1,"
                + " window_start = COALESCE(window_start, ?) WHERE delivery_id = ? AND version = ?")) {
            for (Delivery d : candidates) {
                ps.setLong(1, leaseUntil);
                ps.setLong(2, nowMillis);
                ps.setString(3, d.id());
                ps.setLong(4, d.version());
                if (ps.executeUpdate() == 1) {
                    won++;
                    claimed.add(new Delivery(d.id(), d.targetUrl(), d.headers(), d.body(), Delivery.State.IN_FLIGHT,
                            d.attempts() + 1, d.createdAt(),
                            d.windowStart() != null ? d.windowStart() : Instant.ofEpochMilli(nowMillis),
                            d.nextAttemptAt(), Instant.ofEpochMilli(leaseUntil), d.lastStatus(), d.lastError(),
                            d.completedAt(), d.version() + 1));
                }
            }
        }
        return won < candidates.size();
    }

    @Override
    public boolean delivered(String id, long version, Instant now, int status) {
        return move("delivered", id, version, "DELIVERED", null, status, null, now);
    }

    @Override
    public boolean retry(String id, long version, Instant nextAttemptAt, @Nullable Integer status,
            @Nullable String error) {
        return move("retry", id, version, "PENDING", nextAttemptAt, status, error, null);
    }

    @Override
    public boolean dead(String id, long version, Instant now, @Nullable Integer status, @Nullable String error) {
        return move("dead", id, version, "DEAD", null, status, error, now);
    }

    private boolean move(String operation, String id, long version, String state, @Nullable Instant next,
            @Nullable Integer status, @Nullable String error, @Nullable Instant completed) {
        Objects.requireNonNull(id, "id");
        return jdbc.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = ?, lease_until = NULL,"
                    + " next_attempt_at = COALESCE(?, next_attempt_at), last_status = ?, last_error = ?,"
                    + " completed_at = ?, version = version + 1"
                    + " WHERE delivery_id = ? AND version = ? AND state = 'IN_FLIGHT'")) {
                ps.setString(1, state);
                Jdbc.setMillis(ps, 2, next);
                Jdbc.setInteger(ps, 3, status);
                Jdbc.setString(ps, 4, Jdbc.shortText(error, MAX_ERROR));
                Jdbc.setMillis(ps, 5, completed);
                ps.setString(6, id);
                ps.setLong(7, version);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Delivery> find(String id) {
        Objects.requireNonNull(id, "id");
        return jdbc.run("find", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE delivery_id = ?")) {
                ps.setString(1, id);
                List<Delivery> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Delivery> list(Delivery.State state, int limit) {
        Objects.requireNonNull(state, "state");
        if (limit < 1) {
            return List.of();
        }
        return jdbc.run("list", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE state = ? ORDER BY created_at, delivery_id LIMIT ?")) {
                ps.setString(1, state.name());
                ps.setInt(2, limit);
                return readAll(ps);
            }
        });
    }

    @Override
    public boolean requeue(String id, Instant now) {
        Objects.requireNonNull(id, "id");
        return jdbc.run("requeue", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'PENDING', attempts = 0,"
                    + " window_start = NULL, next_attempt_at = ?, lease_until = NULL, completed_at = NULL,"
                    + " version = version + 1 WHERE delivery_id = ? AND state = 'DEAD'")) {
                ps.setLong(1, Jdbc.millis(now));
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int purge(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return jdbc.run("purge", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE state = 'DELIVERED' AND completed_at < ?")) {
                ps.setLong(1, Jdbc.millis(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    private static List<Delivery> readAll(PreparedStatement ps) throws SQLException {
        return Jdbc.readAll(ps, rs -> new Delivery(rs.getString("delivery_id"), rs.getString("target_url"),
                Jdbc.headers(rs.getBytes("headers")), rs.getBytes("body"), Delivery.State.valueOf(rs.getString("state")),
                rs.getInt("attempts"), Jdbc.instant(rs, "created_at"), Jdbc.nullableInstant(rs, "window_start"),
                Jdbc.instant(rs, "next_attempt_at"), Jdbc.nullableInstant(rs, "lease_until"),
                Jdbc.nullableInt(rs, "last_status"), rs.getString("last_error"),
                Jdbc.nullableInstant(rs, "completed_at"), rs.getLong("version")));
    }

    @Override
    public String toString() {
        return "JdbcDeliveryStore[" + table + "]";
    }
}
