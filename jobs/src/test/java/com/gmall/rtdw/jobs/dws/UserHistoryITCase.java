package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shop history on the test stack's MariaDB, as the read-only user: the first payment found
 * through the order (the indexed path) is the one payment_info records for the user, and a
 * connection the server closed (as {@code wait_timeout} does overnight) is opened again instead of
 * failing the job. Users of its own (99xxxx).
 */
class UserHistoryITCase {
    private static final long USER = 990_001L;

    @Test
    void firstOrderAndPaymentSurviveALostConnection() throws Exception {
        GmallConfig config = TestStack.get().settings().config();
        StackClients.mariadb(config, "gmall", "DELETE FROM payment_info WHERE user_id = " + USER);
        StackClients.mariadb(config, "gmall", "DELETE FROM order_info WHERE user_id = " + USER);
        StackClients.mariadb(
                config,
                "gmall",
                "INSERT INTO order_info (id, user_id, create_time) VALUES "
                        + "(99000101, "
                        + USER
                        + ", '2031-05-01 09:00:00'), (99000102, "
                        + USER
                        + ", '2031-05-01 08:00:00')");
        StackClients.mariadb(
                config,
                "gmall",
                "INSERT INTO payment_info (order_id, user_id, callback_time) VALUES "
                        + "(99000101, "
                        + USER
                        + ", '2031-05-01 09:05:00'), (99000102, "
                        + USER
                        + ", NULL)");

        MariaDb shop = MariaDb.of(config, "gmall");
        try (UserHistory history =
                UserHistory.jdbc(
                                shop,
                                config.timeZone(),
                                Backoff.giveUpAfter(Duration.ofSeconds(30)))
                        .open()) {
            assertThat(history.firstOrder(USER)).contains(local(config, "2031-05-01T08:00:00"));
            assertThat(history.firstPayment(USER)).contains(local(config, "2031-05-01T09:05:00"));

            assertThat(killOtherConnections(shop))
                    .as("the history's connection, killed")
                    .isPositive();

            assertThat(history.firstPayment(USER)).contains(local(config, "2031-05-01T09:05:00"));
            assertThat(history.firstOrder(990_002L)).isEmpty();
        }
    }

    private static java.time.Instant local(GmallConfig config, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(config.timeZone()).toInstant();
    }

    /**
     * Kills the reader's other connections, as the server does to an idle one; returns how many.
     */
    private static int killOtherConnections(MariaDb shop) throws Exception {
        try (Connection c = shop.connect()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st =
                    c.prepareStatement(
                            "SELECT id FROM information_schema.processlist "
                                    + "WHERE user = ? AND id <> CONNECTION_ID()")) {
                st.setString(1, shop.user());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                for (long id : ids) {
                    st.execute("KILL CONNECTION " + id);
                }
            }
            return ids.size();
        }
    }
}
