package io.github.acubepl.it;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool over a test database, as a deployment would have one: PostgreSQL starts a
 * backend process per connection, and a store that opens one per operation spends most of a
 * thousand-invoice test connecting. At most {@code max} connections; a caller waits (up to 60 s)
 * for a free one. {@link #close()} closes them all.
 */
final class PooledDataSource implements DataSource, AutoCloseable {
    private final DataSource target;
    private final int max;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    PooledDataSource(DataSource target, int max) {
        this.target = target;
        this.max = max;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.poll();
        if (physical == null) {
            synchronized (this) {
                if (opened.size() < max) {
                    physical = target.getConnection();
                    opened.add(physical);
                }
            }
        }
        if (physical == null) {
            try {
                physical = idle.poll(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a pooled connection", e);
            }
            if (physical == null) {
                throw new SQLException("no pooled connection free within 60 s (" + max + " in use)");
            }
        }
        Connection held = physical;
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!returned.getAndSet(true)) {
                                idle.add(held);
                            }
                            return null;
                        case "isClosed":
                            return returned.get() || held.isClosed();
                        default:
                            if (returned.get()) {
                                throw new SQLException("the pooled connection was closed");
                            }
                            try {
                                return method.invoke(held, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool connects with the target's own credentials");
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : opened) {
            c.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
