package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.stack.PhoenixConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements on the real Phoenix of the local stack: a table from a configuration row (salted,
 * keyed by a column other than id), columns added when the row changes, values with quotes and CJK
 * text bound, a delete by the configured key (defects D2, D4, D5, D7).
 */
class PhoenixStatementsITCase {
    @Test
    void createAlterUpsertAndDeleteOnRealPhoenix() throws Exception {
        TestStack stack = TestStack.get();
        PhoenixStatements phoenix = new PhoenixStatements("GMALL_REALTIME");
        DimTable before =
                DimConfigValidator.validate(
                        new TableProcess(
                                "base_dic",
                                "dim_itcase_dic",
                                "dic_code,dic_name",
                                "dic_code",
                                "SALT_BUCKETS = 2"));
        DimTable after =
                DimConfigValidator.validate(
                        new TableProcess(
                                "base_dic",
                                "dim_itcase_dic",
                                "dic_code,dic_name,parent_code",
                                "dic_code",
                                "SALT_BUCKETS = 2"));
        try (Connection c =
                        PhoenixConnections.open(
                                stack.settings().config().get(GmallOptions.PHOENIX_ZK_QUORUM));
                Statement st = c.createStatement()) {
            st.execute(phoenix.createTable(before));
            st.execute(phoenix.addColumns(after, PhoenixStatements.newColumns(before, after)));
            try (PreparedStatement upsert = c.prepareStatement(phoenix.upsert(after))) {
                bind(upsert, "1602", "已支付 'paid'", "16");
                bind(upsert, "1601", "未支付", "16");
            }
            c.commit();
            assertThat(rows(st)).containsExactly("1601|未支付|16", "1602|已支付 'paid'|16");

            try (PreparedStatement delete = c.prepareStatement(phoenix.delete(after))) {
                delete.setString(1, "1601");
                delete.executeUpdate();
            }
            c.commit();
            assertThat(rows(st)).containsExactly("1602|已支付 'paid'|16");
            st.execute(
                    phoenix.createTable(
                            after)); // IF NOT EXISTS: a repeated configuration row is harmless
        }
    }

    private static void bind(PreparedStatement upsert, String... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            upsert.setString(i + 1, values[i]);
        }
        upsert.executeUpdate();
    }

    private static List<String> rows(Statement st) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs =
                st.executeQuery(
                        "SELECT DIC_CODE, DIC_NAME, PARENT_CODE FROM GMALL_REALTIME.DIM_ITCASE_DIC ORDER BY DIC_CODE")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        return rows;
    }
}
