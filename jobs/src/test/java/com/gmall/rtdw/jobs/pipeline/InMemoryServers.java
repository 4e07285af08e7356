package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.dim.DimBackfill;
import com.gmall.rtdw.jobs.dim.DimCache;
import com.gmall.rtdw.jobs.dim.DimServices;
import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.DimTables;
import com.gmall.rtdw.jobs.dim.DimWrite;
import com.gmall.rtdw.jobs.dim.DimWriter;
import com.gmall.rtdw.jobs.dim.TableProcess;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupService;
import com.gmall.rtdw.jobs.dim.lookup.DimRow;
import com.gmall.rtdw.jobs.dim.lookup.LookupResult;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dws.UserHistory;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The servers a job looks things up in, as a test sets them up: dimension rows, {@code base_dic},
 * the shop's order and payment history, {@code table_process} and the business rows a new dimension
 * table is filled from. What DimApp writes (Phoenix tables and rows, Redis keys cleared) goes to
 * {@link Collected} under {@link #DIM_TABLES}, {@link #DIM_ROWS} and {@link #CACHE_CLEARED}.
 */
final class InMemoryServers implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String DIM_TABLES = "phoenix tables";
    static final String DIM_ROWS = "phoenix rows";
    static final String CACHE_CLEARED = "redis keys cleared";

    final HashMap<String, HashMap<String, HashMap<String, String>>> dims = new HashMap<>();
    final HashMap<String, String> dictionary = new HashMap<>();
    final HashMap<Long, Instant> firstOrders = new HashMap<>();
    final HashMap<Long, Instant> firstPayments = new HashMap<>();
    final ArrayList<TableProcess> tableProcess = new ArrayList<>();
    final HashMap<String, ArrayList<String[]>> businessRows = new HashMap<>();

    /**
     * A row of dimension table {@code table} (say {@code DIM_SKU_INFO}) with key {@code id}: its ID
     * and columns.
     */
    InMemoryServers dim(String table, String id, String... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs");
        }
        HashMap<String, String> row = new HashMap<>();
        row.put("ID", id);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        dims.computeIfAbsent(table, t -> new HashMap<>()).put(id, row);
        return this;
    }

    DimLookupService.Factory lookups() {
        Map<String, HashMap<String, HashMap<String, String>>> tables = dims;
        return () ->
                new DimLookupService() {
                    @Override
                    public CompletableFuture<LookupResult> lookup(
                            String table, String keyColumn, String key) {
                        Map<String, String> row =
                                tables.getOrDefault(table, new HashMap<>()).get(key);
                        return CompletableFuture.completedFuture(
                                new LookupResult(Optional.ofNullable(row).map(DimRow::new), false));
                    }

                    @Override
                    public void close() {}
                };
    }

    DictionaryLoader dictionaryLoader() {
        Map<String, String> names = dictionary;
        return () -> new HashMap<>(names);
    }

    UserHistory.Factory history() {
        Map<Long, Instant> orders = firstOrders;
        Map<Long, Instant> payments = firstPayments;
        return () ->
                new UserHistory() {
                    @Override
                    public Optional<Instant> firstOrder(long userId) {
                        return Optional.ofNullable(orders.get(userId));
                    }

                    @Override
                    public Optional<Instant> firstPayment(long userId) {
                        return Optional.ofNullable(payments.get(userId));
                    }

                    @Override
                    public void close() {}
                };
    }

    DimServices dim(String run) {
        // TableProcess is a Flink POJO, not Serializable: the loader goes to the cluster with the
        // rows as text
        ArrayList<String[]> config = new ArrayList<>();
        tableProcess.forEach(
                row ->
                        config.add(
                                new String[] {
                                    row.sourceTable,
                                    row.sinkTable,
                                    row.sinkColumns,
                                    row.sinkPk,
                                    row.sinkExtend
                                }));
        Map<String, ArrayList<String[]>> rows = businessRows;
        return new DimServices(
                () ->
                        new ArrayList<>(
                                config.stream()
                                        .map(
                                                row ->
                                                        new TableProcess(
                                                                row[0], row[1], row[2], row[3],
                                                                row[4]))
                                        .toList()),
                () -> new RecordingTables(run),
                () -> new RecordingWriter(run),
                () -> new RecordingCache(run),
                () -> new InMemoryBackfill(rows));
    }

    private record RecordingTables(String run) implements DimTables {
        @Override
        public void ensure(DimTable table) {
            Collected.add(run, DIM_TABLES, table);
        }

        @Override
        public void close() {}
    }

    private record RecordingWriter(String run) implements DimWriter {
        @Override
        public void write(Collection<DimWrite> batch) {
            batch.forEach(write -> Collected.add(run, DIM_ROWS, write));
        }

        @Override
        public void close() {}
    }

    private record RecordingCache(String run) implements DimCache {
        @Override
        public void invalidate(Collection<String> keys) {
            keys.forEach(key -> Collected.add(run, CACHE_CLEARED, key));
        }

        @Override
        public void close() {}
    }

    private record InMemoryBackfill(Map<String, ArrayList<String[]>> rows) implements DimBackfill {
        @Override
        public void forEachRow(DimTable table, Consumer<String[]> row) {
            rows.getOrDefault(table.sourceTable(), new ArrayList<>()).forEach(row);
        }

        @Override
        public void close() {}
    }
}
