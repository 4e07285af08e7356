package com.gmall.rtdw.jobs.testing;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import java.util.HashMap;
import java.util.Map;

/**
 * topic_db changes for the tests: {@code change(type, table, column, value, ...)} and old values.
 */
public final class DbChanges {
    private DbChanges() {}

    public static DbChange change(ChangeType type, String table, String... columnsAndValues) {
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            data.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return DbChange.newBuilder()
                .setDatabase("gmall")
                .setTable(table)
                .setType(type)
                .setTsSeconds(1_717_200_000L)
                .setData(data)
                .setOld(type == ChangeType.update ? new HashMap<>() : null)
                .build();
    }

    /** The change with {@code column}'s previous value (null allowed) in {@code old}. */
    public static DbChange was(DbChange change, String column, String previous) {
        change.getOld().put(column, previous);
        return change;
    }
}
