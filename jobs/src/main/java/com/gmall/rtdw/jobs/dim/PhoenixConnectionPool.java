package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.apache.phoenix.jdbc.PhoenixDriver;

/**
 * A bounded pool of Phoenix connections (defects D8, L7): at most {@code size} open, a borrower
 * waits at most {@code maxWait} (the reference waited forever, L2), and every connection is closed
 * with the pool. Connections are lent as {@link Lease}s, so try-with-resources always gives them
 * back, rolled back to a clean state.
 */
public final class PhoenixConnectionPool implements AutoCloseable {
    private final GenericObjectPool<Connection> pool;

    public PhoenixConnectionPool(String zookeeperQuorum, int size, Duration maxWait) {
        this(zookeeperQuorum, size, maxWait, Map.of());
    }

    /**
     * @param clientSettings Phoenix client properties for these connections, e.g. {@code
     *     phoenix.mutate.batchSize}
     */
    public PhoenixConnectionPool(
            String zookeeperQuorum,
            int size,
            Duration maxWait,
            Map<String, String> clientSettings) {
        GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(size);
        config.setMaxIdle(size);
        config.setMaxWait(maxWait);
        config.setTestOnBorrow(true);
        config.setJmxEnabled(false);
        pool = new GenericObjectPool<>(new Factory(zookeeperQuorum, clientSettings), config);
    }

    /** A connection until the lease is closed. */
    public Lease lease() throws SQLException {
        try {
            return new Lease(pool.borrowObject());
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("no Phoenix connection available: " + e.getMessage(), e);
        }
    }

    /** Connections lent out now (for tests and metrics). */
    public int active() {
        return pool.getNumActive();
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * One borrowed connection; closing the lease returns it, or drops it when it was found broken.
     */
    public final class Lease implements AutoCloseable {
        private final Connection connection;
        private boolean broken;

        private Lease(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        /** The connection failed: close it instead of returning it. */
        public void markBroken() {
            broken = true;
        }

        @Override
        public void close() {
            if (!broken) {
                try {
                    connection.rollback(); // the next borrower must not commit this one's leftovers
                } catch (SQLException e) {
                    broken = true;
                }
            }
            try {
                if (broken) {
                    pool.invalidateObject(connection);
                } else {
                    pool.returnObject(connection);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "cannot return a Phoenix connection to its pool", e);
            }
        }
    }

    private static final class Factory extends BasePooledObjectFactory<Connection> {
        private final String url;
        private final Properties properties;

        Factory(String zookeeperQuorum, Map<String, String> clientSettings) {
            this.url = PhoenixJdbc.url(zookeeperQuorum);
            this.properties = PhoenixJdbc.properties();
            clientSettings.forEach(properties::setProperty);
        }

        @Override
        public Connection create() throws SQLException {
            // the driver itself, not DriverManager: a job's class loader is not the one
            // DriverManager searches
            Connection c = PhoenixDriver.INSTANCE.connect(url, properties);
            c.setAutoCommit(false);
            return c;
        }

        @Override
        public PooledObject<Connection> wrap(Connection c) {
            return new DefaultPooledObject<>(c);
        }

        @Override
        public boolean validateObject(PooledObject<Connection> p) {
            try {
                return !p.getObject().isClosed();
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public void destroyObject(PooledObject<Connection> p) throws SQLException {
            p.getObject().close();
        }
    }
}
