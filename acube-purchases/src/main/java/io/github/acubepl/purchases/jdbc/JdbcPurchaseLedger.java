package io.github.acubepl.purchases.jdbc;

import io.github.acubepl.purchases.PurchaseLedger;
import io.github.acubepl.purchases.PurchaseLedgerException;
import io.github.acubepl.purchases.internal.Ledgers;
import io.github.acubepl.webhook.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PurchaseLedger} in tables {@code <prefix>purchase_receipt} and
 * {@code <prefix>purchase_checkpoint}, shared by every feed instance over the same database.
 *
 * <p>A claim is one {@code UPDATE … WHERE invoice_uuid = ? AND state <> 'DONE' AND (lease_until IS
 * NULL OR lease_until <= ?)}, and when no row matched, an {@code INSERT}: the row count, or the
 * primary key's violation (another instance inserted first), decides; nothing is decided on a read.
 * {@link #complete} and {@link #release} update only the row the owner holds. The checkpoint moves
 * with {@code UPDATE … WHERE checkpoint_at < ?} (or an insert), so it never moves back. Every
 * statement binds its values; only the validated table prefix is part of the SQL text. Thread-safe.
 */
public final class JdbcPurchaseLedger implements PurchaseLedger {
    /** Lookups of {@link #handled} bind at most this many uuids per statement. */
    private static final int BATCH = 100;
    private static final String COLUMNS = "invoice_uuid, state, owner, lease_until, attempts, last_error, handled_at";

    private final Jdbc jdbc;
    private final String receipts;
    private final String checkpoints;

    /**
     * A ledger over {@code dataSource} using tables {@code <tablePrefix>purchase_receipt} and
     * {@code <tablePrefix>purchase_checkpoint}.
     *
     * @throws IllegalArgumentException if the prefix is not letters, digits and {@code _}
     */
    public JdbcPurchaseLedger(DataSource dataSource, String tablePrefix) {
        this.jdbc = new Jdbc(dataSource, "purchase ledger", PurchaseLedgerException::new);
        String prefix = Jdbc.checkedPrefix(tablePrefix);
        this.receipts = prefix + "purchase_receipt";
        this.checkpoints = prefix + "purchase_checkpoint";
    }

    /** The DDL {@link #initialize()} runs (create-if-absent). */
    public List<String> ddl() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + receipts + " ("
                        + "invoice_uuid VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "state VARCHAR(16) NOT NULL, "
                        + "owner VARCHAR(200), "
                        + "lease_until BIGINT, "
                        + "attempts INTEGER NOT NULL, "
                        + "last_error VARCHAR(" + Ledgers.MAX_ERROR + "), "
                        + "handled_at BIGINT)",
                "CREATE TABLE IF NOT EXISTS " + checkpoints + " ("
                        + "feed VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "checkpoint_at BIGINT NOT NULL)");
    }

    /** Creates the tables if absent (safe to run from several instances at once); returns this ledger. */
    public JdbcPurchaseLedger initialize() {
        jdbc.execute(ddl());
        return this;
    }

    @Override
    public Optional<Instant> checkpoint(String feed) {
        Ledgers.id(feed, "feed");
        return jdbc.run("checkpoint", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT checkpoint_at FROM " + checkpoints + " WHERE feed = ?")) {
                ps.setString(1, feed);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean advanceCheckpoint(String feed, Instant to) {
        Ledgers.id(feed, "feed");
        long at = Objects.requireNonNull(to, "to").toEpochMilli();
        return jdbc.run("advance checkpoint", c -> {
            if (moveCheckpoint(c, feed, at)) {
                return true;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + checkpoints + " (feed, checkpoint_at) VALUES (?, ?)")) {
                ps.setString(1, feed);
                ps.setLong(2, at);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!Jdbc.isDuplicateKey(e)) {
                    throw e;
                }
            }
            // Another instance inserted the feed's row meanwhile: move it if it is still behind.
            return moveCheckpoint(c, feed, at);
        });
    }

    private boolean moveCheckpoint(Connection c, String feed, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + checkpoints + " SET checkpoint_at = ? WHERE feed = ? AND checkpoint_at < ?")) {
            ps.setLong(1, at);
            ps.setString(2, feed);
            ps.setLong(3, at);
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public Claim claim(String invoiceUuid, String owner, Instant now, Duration lease) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        long at = Objects.requireNonNull(now, "now").toEpochMilli();
        long until = now.plus(Ledgers.positive(lease, "lease")).toEpochMilli();
        return jdbc.run("claim", c -> {
            // Two rounds: a row that appears (insert lost) and is then released can be taken at once.
            for (int round = 0; round < 2; round++) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + receipts
                        + " SET state = 'IN_PROGRESS', owner = ?, lease_until = ?"
                        + " WHERE invoice_uuid = ? AND state <> 'DONE' AND (lease_until IS NULL OR lease_until <= ?)")) {
                    ps.setString(1, owner);
                    ps.setLong(2, until);
                    ps.setString(3, invoiceUuid);
                    ps.setLong(4, at);
                    if (ps.executeUpdate() == 1) {
                        return Claim.CLAIMED;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + receipts + " (" + COLUMNS
                        + ") VALUES (?, 'IN_PROGRESS', ?, ?, 0, NULL, NULL)")) {
                    ps.setString(1, invoiceUuid);
                    ps.setString(2, owner);
                    ps.setLong(3, until);
                    ps.executeUpdate();
                    return Claim.CLAIMED;
                } catch (SQLException e) {
                    if (!Jdbc.isDuplicateKey(e)) {
                        throw e;
                    }
                }
                // The row exists and the update did not take it: say why (the answer grants nothing).
                Optional<Receipt> r = read(c, invoiceUuid);
                if (r.isPresent() && r.get().state() == Receipt.State.DONE) {
                    return Claim.ALREADY_HANDLED;
                }
                if (r.isPresent() && r.get().state() == Receipt.State.IN_PROGRESS && r.get().leaseUntil() != null
                        && r.get().leaseUntil().toEpochMilli() > at) {
                    return Claim.HELD_ELSEWHERE;
                }
            }
            return Claim.HELD_ELSEWHERE;
        });
    }

    @Override
    public boolean complete(String invoiceUuid, String owner, Instant now) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        long at = Objects.requireNonNull(now, "now").toEpochMilli();
        return jdbc.run("complete", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + receipts
                    + " SET state = 'DONE', lease_until = NULL, handled_at = ?"
                    + " WHERE invoice_uuid = ? AND owner = ? AND state = 'IN_PROGRESS'")) {
                ps.setLong(1, at);
                ps.setString(2, invoiceUuid);
                ps.setString(3, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String invoiceUuid, String owner, Instant now, String error) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        Ledgers.id(owner, "owner");
        Objects.requireNonNull(now, "now");
        String stored = Ledgers.error(Objects.requireNonNull(error, "error"));
        jdbc.run("release", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + receipts
                    + " SET state = 'RELEASED', lease_until = NULL, attempts = attempts + 1, last_error = ?"
                    + " WHERE invoice_uuid = ? AND owner = ? AND state = 'IN_PROGRESS'")) {
                ps.setString(1, stored);
                ps.setString(2, invoiceUuid);
                ps.setString(3, owner);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Set<String> handled(Collection<String> invoiceUuids) {
        List<String> all = new ArrayList<>();
        for (String uuid : Objects.requireNonNull(invoiceUuids, "invoiceUuids")) {
            all.add(Objects.requireNonNull(uuid, "invoiceUuid"));
        }
        Set<String> done = new LinkedHashSet<>();
        if (all.isEmpty()) {
            return done;
        }
        return jdbc.run("handled", c -> {
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT invoice_uuid FROM " + receipts
                        + " WHERE state = 'DONE' AND invoice_uuid IN (" + marks + ")")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            done.add(rs.getString(1));
                        }
                    }
                }
            }
            return done;
        });
    }

    @Override
    public Optional<Receipt> find(String invoiceUuid) {
        Ledgers.id(invoiceUuid, "invoiceUuid");
        return jdbc.run("find", c -> read(c, invoiceUuid));
    }

    private Optional<Receipt> read(Connection c, String invoiceUuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + receipts + " WHERE invoice_uuid = ?")) {
            ps.setString(1, invoiceUuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Receipt(rs.getString("invoice_uuid"), Receipt.State.valueOf(rs.getString("state")),
                        rs.getString("owner"), instant(rs, "lease_until"), rs.getInt("attempts"), rs.getString("last_error"),
                        instant(rs, "handled_at")));
            }
        }
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    @Override
    public String toString() {
        return "JdbcPurchaseLedger[" + receipts + ", " + checkpoints + "]";
    }
}
