package com.gmall.rtdw.bench;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The reference design's ClickHouse sink, written here only as a benchmark baseline (defect G12,
 * docs/defects.md): a positional {@code insert into t values(?,...)} whose parameters are bound by
 * reflection, in the order {@code getDeclaredFields} happens to return, with {@code setObject}.
 */
final class ReferenceJdbcBinder {
    private ReferenceJdbcBinder() {}

    /** Binds and sends one batch. */
    static void insert(Connection connection, String table, List<?> beans)
            throws SQLException, IllegalAccessException {
        try (PreparedStatement statement = prepare(connection, table, beans.get(0).getClass())) {
            bind(statement, beans);
            statement.executeBatch();
        }
    }

    /** The positional insert statement for the bean's fields. */
    static PreparedStatement prepare(Connection connection, String table, Class<?> bean)
            throws SQLException {
        int fields = bean.getDeclaredFields().length;
        return connection.prepareStatement(
                "insert into " + table + " values(" + "?,".repeat(fields - 1) + "?)");
    }

    /** The per-row client work of the reference sink: reflection, setObject, addBatch. */
    static void bind(PreparedStatement statement, List<?> beans)
            throws SQLException, IllegalAccessException {
        for (Object bean : beans) {
            Field[] declared = bean.getClass().getDeclaredFields();
            for (int i = 0; i < declared.length; i++) {
                declared[i].setAccessible(true);
                statement.setObject(i + 1, declared[i].get(bean));
            }
            statement.addBatch();
        }
    }

    /**
     * The reference's province bean (the rows of DwsTradeProvinceOrderWindow, docs/jobs.md):
     * Strings, Longs and a Double amount, in insert order.
     */
    static final class ProvinceOrderBean {
        String stt;
        String edt;
        String provinceId;
        String provinceName;
        Long orderCount;
        Double orderAmount;
        Long ts;
    }
}
