package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.util.List;
import java.util.Optional;

/**
 * One poll's read of the DWS tables' freshness ({@link DwsFreshness}): the tables with rows, or why
 * ClickHouse could not be read; nothing when the exporter was given no ClickHouse.
 *
 * @param configured whether the exporter reads ClickHouse at all
 * @param tables every table with rows
 * @param error why ClickHouse could not be read, or null
 */
public record TablesRead(boolean configured, List<DwsFreshness.Table> tables, String error) {
    static TablesRead notConfigured() {
        return new TablesRead(false, List.of(), null);
    }

    static TablesRead read(List<DwsFreshness.Table> tables) {
        return new TablesRead(true, tables, null);
    }

    static TablesRead down(String why) {
        return new TablesRead(true, List.of(), why);
    }

    boolean up() {
        return configured && error == null;
    }

    /** The table the DWS job {@code job} writes, if it has rows. */
    Optional<DwsFreshness.Table> ofJob(String job) {
        String table = DwsFreshness.tableOfJob(job);
        return tables.stream().filter(t -> t.table().equals(table)).findFirst();
    }
}
