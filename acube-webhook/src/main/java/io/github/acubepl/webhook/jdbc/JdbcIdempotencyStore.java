package io.github.acubepl.webhook.jdbc;

import io.github.acubepl.webhook.IdempotencyStore;
import io.github.acubepl.webhook.internal.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * An {@link IdempotencyStore} in table {@code <prefix>webhook_idempotency}. {@link #record} inserts
 * and treats a duplicate-key error (SQLState 23505) as "already recorded", so of two receivers
 * racing on one key exactly one wins. Thread-safe; one instance per process is enough.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
    private final Jdbc jdbc;
    private final String table;

    /**
     * A store over {@code dataSource} using table {@code <tablePrefix>webhook_idempotency}.
     *
     * @throws IllegalArgumentException if the prefix is not letters, digits and {@code _}
     */
    public JdbcIdempotencyStore(DataSource dataSource, String tablePrefix) {
        this.jdbc = new Jdbc(dataSource, "idempotency store");
        this.table = Jdbc.checkedPrefix(tablePrefix) + "webhook_idempotency";
    }

    /** The DDL {@link #initialize()} runs (create-if-absent). */
    public List<String> ddl() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (dedup_key VARCHAR(200) NOT NULL PRIMARY KEY,"
                        + " recorded_at BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + table + "_at ON " + table + " (recorded_at)");
    }

    /** Creates the table and index if absent; returns this store. */
    public JdbcIdempotencyStore initialize() {
        jdbc.execute(ddl());
        return this;
    }

    @Override
    public boolean contains(String key) {
        Objects.requireNonNull(key, "key");
        return jdbc.run("contains", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE dedup_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public boolean record(String key, Instant at) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        return jdbc.run("record", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (dedup_key, recorded_at) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setLong(2, Jdbc.millis(at));
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public int purge(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return jdbc.run("purge", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE recorded_at < ?")) {
                ps.setLong(1, Jdbc.millis(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcIdempotencyStore[" + table + "]";
    }
}
