package com.gmall.rtdw.sim;

import com.gmall.rtdw.runtime.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the shop's transactions to MariaDB/MySQL: each {@link ShopTransaction} commits as one
 * database transaction, values always bound; statements are prepared once per shape.
 */
final class JdbcShopSink implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JdbcShopSink(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    void write(ShopTransaction tx) throws SQLException {
        try {
            for (RowChange row : tx.rows()) {
                List<Object> values = new ArrayList<>(row.columns().values());
                if (!row.insert()) {
                    values.add(row.id());
                }
                PreparedStatement ps = statement(row);
                for (int i = 0; i < values.size(); i++) {
                    ps.setObject(i + 1, values.get(i));
                }
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(
                    "simulator transaction '" + tx.action() + "' failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement statement(RowChange row) throws SQLException {
        List<String> columns = new ArrayList<>(row.columns().keySet());
        columns.forEach(JdbcShopSink::checkIdentifier);
        checkIdentifier(row.table());
        String sql =
                row.insert()
                        ? "INSERT INTO "
                                + row.table()
                                + " ("
                                + String.join(", ", columns)
                                + ") VALUES ("
                                + "?, ".repeat(columns.size() - 1)
                                + "?)"
                        : "UPDATE "
                                + row.table()
                                + " SET "
                                + String.join(" = ?, ", columns)
                                + " = ? WHERE id = ?";
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static void checkIdentifier(String name) {
        Identifiers.require("table or column name", name);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        connection.close();
    }
}
