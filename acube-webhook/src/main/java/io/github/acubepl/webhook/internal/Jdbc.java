package io.github.acubepl.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookStoreException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What the JDBC stores share: prefix checks, connections, error mapping, value conversions. The
 * webhook stores and acube-purchases' ledger use it (module-info.java exports this package to that
 * module only); each names the exception its failures become.
 */
public final class Jdbc {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String DUPLICATE_KEY = "23505";
    private static final int DDL_ATTEMPTS = 5;
    private static final long DDL_PAUSE_MILLIS = 25;
    private static final int MAX_CLAIM_ROUNDS = 8;

    private final DataSource dataSource;
    private final String store;
    private final Failure failure;

    /** Makes the unchecked exception a failed operation becomes; its message holds no SQL text or values. */
    @FunctionalInterface
    public interface Failure {
        RuntimeException of(String message, SQLException cause);
    }

    /** Plumbing of a webhook store described as {@code store} in messages; failures are {@link WebhookStoreException}s. */
    public Jdbc(DataSource dataSource, String store) {
        this(dataSource, store, WebhookStoreException::new);
    }

    /** Plumbing of a store described as {@code store} in messages, whose failures {@code failure} makes. */
    public Jdbc(DataSource dataSource, String store, Failure failure) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.store = Objects.requireNonNull(store, "store");
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public static String checkedPrefix(String prefix) {
        Objects.requireNonNull(prefix, "tablePrefix");
        if (!prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be letters, digits and '_' (at most 41), starting with a"
                    + " letter or '_': '" + escaped(prefix) + "'");
        }
        return prefix;
    }

    /** Work with a connection (auto-commit as the pool hands it out). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T run(String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            // Every statement stands alone; a pool handing out manual-commit connections gets
            // them back as it gave them.
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try {
                return work.run(c);
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    public RuntimeException failure(String operation, SQLException e) {
        return failure.of(store + ": " + operation + " failed (SQLState " + e.getSQLState() + ")", e);
    }

    /** At most 50 characters of an untrusted {@code text}, control characters escaped as in Java source. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 50); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 50 ? out.append('…').toString() : out.toString();
    }

    /**
     * Runs create-if-absent DDL. Instances starting together race on it: "IF NOT EXISTS" is not
     * atomic against a concurrent creator (PostgreSQL answers 23505 on its catalog, H2 a general
     * error), so a failure is retried, a few times with a short pause, before it counts; the DDL is
     * idempotent, and once the winner has committed the retry finds everything in place.
     */
    public void execute(List<String> statements) {
        for (int attempt = 1;; attempt++) {
            try {
                run("initialize", c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements) {
                            s.execute(sql);
                        }
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) { // what failure made of the SQLException
                if (attempt >= DDL_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(DDL_PAUSE_MILLIS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row {@code ps} answers, mapped by {@code reader}. */
    public static <T> List<T> readAll(PreparedStatement ps, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        return rows;
    }

    /** One select-then-take round of a claim: adds what it won to {@code claimed}. */
    @FunctionalInterface
    public interface ClaimRound<T> {
        /** @return {@code true} if another instance took some of the candidates */
        boolean run(Connection c, long nowMillis, long leaseUntil, int limit, List<T> claimed) throws SQLException;
    }

    /**
     * Claims up to {@code limit} due rows under a lease of {@code lease} from {@code now}. A round selects
     * candidates and takes each with a version check; when another instance won some, it selects again,
     * so that a short answer means fewer were due; bounded, so that contention cannot hold one caller here.
     */
    public <T> List<T> claim(Instant now, Duration lease, int limit, ClaimRound<T> round) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit < 1) {
            return List.of();
        }
        long nowMillis = millis(now);
        long leaseUntil = millis(now.plus(lease));
        return run("claim", c -> {
            List<T> claimed = new ArrayList<>();
            for (int r = 0; r < MAX_CLAIM_ROUNDS && claimed.size() < limit; r++) {
                if (!round.run(c, nowMillis, leaseUntil, limit - claimed.size(), claimed)) {
                    break;
                }
            }
            return claimed;
        });
    }

    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (DUPLICATE_KEY.equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && DUPLICATE_KEY.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    public static void setMillis(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, instant.toEpochMilli());
        }
    }

    public static void setInteger(PreparedStatement ps, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static void setString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    public static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    public static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static byte[] headers(WebhookHeaders headers) {
        try {
            return JSON.writeValueAsBytes(headers.toMap());
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize headers", e);
        }
    }

    public static WebhookHeaders headers(byte @Nullable [] json) throws SQLException {
        if (json == null || json.length == 0) {
            return WebhookHeaders.empty();
        }
        try {
            WebhookHeaders.Builder builder = WebhookHeaders.builder();
            JsonNode tree = JSON.readTree(json);
            for (Map.Entry<String, JsonNode> field : tree.properties()) {
                for (JsonNode value : field.getValue()) {
                    builder.add(field.getKey(), value.asText());
                }
            }
            return builder.build();
        } catch (IOException | RuntimeException e) {
            throw new SQLException("stored headers are not readable", "22000", e);
        }
    }

    /** Truncates a stored error text. */
    public static @Nullable String shortText(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
