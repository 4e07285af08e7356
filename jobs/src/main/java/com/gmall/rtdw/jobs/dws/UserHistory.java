package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a user first did something, from the shop's own history (defects O1 and S3: the reference
 * called a user "new" when the job's state had not seen them, so every restart without state, and
 * every user older than the job, made new users). The business database is the one complete record
 * of a user's orders and payments; asking it once per user and day (only for the day's first
 * record, {@link FirstOfDay}) is cheap, and gives the same answer on every replay. Times are the
 * shop's local date-times read in the warehouse zone.
 */
public interface UserHistory extends AutoCloseable {
    /** The user's earliest {@code order_info.create_time}, if any. */
    Optional<Instant> firstOrder(long userId) throws SQLException;

    /**
     * The user's earliest {@code payment_info.callback_time} (a payment that went through), if any.
     */
    Optional<Instant> firstPayment(long userId) throws SQLException;

    @Override
    void close();

    /** Opens a history on a task. */
    interface Factory extends Serializable {
        UserHistory open() throws SQLException;
    }

    /** The history in the configured shop database {@code gmall}, read as the read-only user. */
    static Factory shop(GmallConfig config) {
        return jdbc(MariaDb.of(config, "gmall"), config.timeZone(), Backoff.of(config));
    }

    /**
     * The history in the shop database {@code db}. Values are bound, never concatenated. A lost
     * connection (the server restarted, or closed it after {@code wait_timeout}) is opened again,
     * with {@code backoff} while the server does not answer.
     */
    static Factory jdbc(MariaDb db, ZoneId zone, Backoff backoff) {
        return () -> new Jdbc(db, zone, backoff);
    }

    final class Jdbc implements UserHistory {
        // the first payment through the indexed order_info.user_id and payment_info.order_id: the
        // shop's schema
        // has no index on payment_info.user_id, and a payment's user is its order's
        static final String FIRST_ORDER =
                "SELECT MIN(create_time) FROM order_info WHERE user_id = ?";
        static final String FIRST_PAYMENT =
                "SELECT MIN(p.callback_time) FROM order_info o JOIN payment_info p "
                        + "ON p.order_id = o.id WHERE o.user_id = ? AND p.callback_time IS NOT NULL";
        private static final Logger LOG = LoggerFactory.getLogger(Jdbc.class);

        private final MariaDb db;
        private final ZoneId zone;
        private final Backoff backoff;
        private Connection connection;

        Jdbc(MariaDb db, ZoneId zone, Backoff backoff) throws SQLException {
            this.db = db;
            this.zone = zone;
            this.backoff = backoff;
            this.connection = db.connect();
        }

        @Override
        public Optional<Instant> firstOrder(long userId) throws SQLException {
            return first(FIRST_ORDER, userId);
        }

        @Override
        public Optional<Instant> firstPayment(long userId) throws SQLException {
            return first(FIRST_PAYMENT, userId);
        }

        private Optional<Instant> first(String sql, long userId) throws SQLException {
            return backoff.call(
                    () -> query(sql, userId),
                    this::lostConnection,
                    (failure, waitMs) ->
                            LOG.warn(
                                    "shop database unavailable, asking again in {} ms: {}",
                                    waitMs,
                                    failure.toString()));
        }

        private Optional<Instant> query(String sql, long userId) throws SQLException {
            if (connection == null) {
                connection = db.connect();
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, userId);
                try (ResultSet rs = query.executeQuery()) {
                    Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                    // a DATETIME is a local date-time of the shop: read it as such, then place it
                    // in the zone
                    return at == null
                            ? Optional.empty()
                            : Optional.of(at.toLocalDateTime().atZone(zone).toInstant());
                }
            }
        }

        /**
         * Whether the failure was the connection's; if so it is dropped, and the next attempt opens
         * a new one.
         */
        private boolean lostConnection(Exception failure) {
            boolean lost =
                    failure instanceof SQLTransientConnectionException
                            || failure instanceof SQLNonTransientConnectionException
                            || !isValid();
            if (lost) {
                close();
            }
            return lost;
        }

        private boolean isValid() {
            try {
                return connection != null && connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("closing a lost connection: {}", e.toString());
                }
                connection = null;
            }
        }
    }
}
