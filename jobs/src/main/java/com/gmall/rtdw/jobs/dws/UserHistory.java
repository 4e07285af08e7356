package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a user first did something, from the shop's own history (defects O1 and S3: the reference called a user
 * "new" when the job's state had not seen them, so every restart without state, and every user older than the
 * job, made new users). The business database is the one complete record of a user's orders and payments; asking it
 * once per user and day (only for the day's first record, {@link FirstOfDay}) is cheap, and gives the same answer
 * on every replay. Times are the shop's local date-times read in the warehouse zone.
 */
public interface UserHistory extends AutoCloseable {
    /** The user's earliest {@code order_info.create_time}, if any. */
    Optional<Instant> firstOrder(long userId) throws SQLException;

    /** The user's earliest {@code payment_info.callback_time} (a payment that went through), if any. */
    Optional<Instant> firstPayment(long userId) throws SQLException;

    @Override
    void close() throws SQLException;

    /** Opens a history on a task. */
    interface Factory extends Serializable {
        UserHistory open() throws SQLException;
    }

    /** The history in the shop database {@code db}. Values are bound, never concatenated. */
    static Factory jdbc(MariaDb db, ZoneId zone) {
        return () -> new Jdbc(db.connect(), zone);
    }

    final class Jdbc implements UserHistory {
        private final Connection connection;
        private final ZoneId zone;
        private final PreparedStatement firstOrder;
        private final PreparedStatement firstPayment;

        Jdbc(Connection connection, ZoneId zone) throws SQLException {
            this.connection = connection;
            this.zone = zone;
            this.firstOrder = connection.prepareStatement("SELECT MIN(create_time) FROM order_info WHERE user_id = ?");
            this.firstPayment = connection.prepareStatement(
                    "SELECT MIN(callback_time) FROM payment_info WHERE user_id = ? AND callback_time IS NOT NULL");
        }

        @Override
        public Optional<Instant> firstOrder(long userId) throws SQLException {
            return first(firstOrder, userId);
        }

        @Override
        public Optional<Instant> firstPayment(long userId) throws SQLException {
            return first(firstPayment, userId);
        }

        private Optional<Instant> first(PreparedStatement query, long userId) throws SQLException {
            query.setLong(1, userId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp at = rs.getTimestamp(1);
                // a DATETIME is a local date-time of the shop: read it as such, then place it in the warehouse zone
                return at == null ? Optional.empty() : Optional.of(at.toLocalDateTime().atZone(zone).toInstant());
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
