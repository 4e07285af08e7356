package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DimApp's core: keeps the {@code table_process} configuration in broadcast state and turns each
 * business row change of a configured table into a {@link DimWrite}.
 *
 * <p>Configuration side: a new or changed row is validated (defects D5, D7), its Phoenix table
 * created or given the new columns (D2), and only then routed; a delete stops routing (D2); a row
 * that cannot be applied becomes a dead letter with its reason, and routing of that table stays as
 * it was. Business side: inserts, updates and bootstrap inserts become upserts (D1), deletes become
 * deletes (D4), keyed by the configured key (D7). The configuration is also read once in {@code
 * open()}, so rows that come before the CDC snapshot are not dropped (D3). A table new to the job
 * (or given columns) gets its current rows from the business database once ({@link DimBackfill});
 * changes after that read come through topic_db, so the table converges to the database even when
 * older changes are still on their way. It runs at parallelism 1 (see DimApp): the read then
 * precedes every later change in the one channel to the sink, and the broadcast state is trivially
 * the same everywhere.
 */
public final class DimRouter extends BroadcastProcessFunction<DbChange, ConfigChange, DimWrite> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DimRouter.class);
    private static final String CONFIG_SOURCE = "gmall_config.table_process";

    /**
     * Configured rows by source table; only rows that passed validation and whose table exists are
     * put here.
     */
    public static final MapStateDescriptor<String, TableProcess> CONFIG =
            new MapStateDescriptor<>(
                    "dim-config",
                    TypeInformation.of(String.class),
                    TypeInformation.of(TableProcess.class));

    public static final OutputTag<KafkaRecord> DEAD_LETTERS = DecodeOrDeadLetter.DEAD_LETTERS;

    private final String database;
    private final String jobName;
    private final TableProcessLoader preload;
    private final DimTables.Factory tablesFactory;
    private final DimBackfill.Factory backfillFactory;

    private transient DimTables tables;
    private transient DimBackfill backfill;

    /** Read in open(), used until the broadcast side has an entry for the table. */
    private transient Map<String, DimTable> preloaded;

    /** The validated form of each broadcast state entry, so a row is not validated per record. */
    private transient Map<String, DimTable> validated;

    private transient Counter configRejected;
    private transient Counter rowsRejected;
    private transient Counter rowsBackfilled;

    /**
     * @param database the business database whose changes are routed (others are ignored)
     * @param jobName for dead letters
     */
    public DimRouter(
            String database,
            String jobName,
            TableProcessLoader preload,
            DimTables.Factory tablesFactory,
            DimBackfill.Factory backfillFactory) {
        this.database = database;
        this.jobName = jobName;
        this.preload = preload;
        this.tablesFactory = tablesFactory;
        this.backfillFactory = backfillFactory;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        tables = tablesFactory.open();
        backfill = backfillFactory.open();
        validated = new HashMap<>();
        preloaded = new HashMap<>();
        configRejected = getRuntimeContext().getMetricGroup().counter("dimConfigRejected");
        rowsRejected = getRuntimeContext().getMetricGroup().counter("dimRowsRejected");
        rowsBackfilled = getRuntimeContext().getMetricGroup().counter("dimRowsBackfilled");
        for (TableProcess row : preload.load()) {
            try {
                DimTable table = DimConfigValidator.validate(row);
                tables.ensure(table);
                preloaded.put(table.sourceTable(), table);
            } catch (DimConfigException e) {
                // it comes again with the CDC snapshot, which turns it into a dead letter
                LOG.warn(
                        "table_process row for '{}' not applied: {}",
                        row.sourceTable,
                        e.getMessage());
            } catch (SQLException e) {
                if (!PhoenixRefusals.isRefusal(e)) {
                    throw e; // Phoenix unreachable: restart, and read the configuration again then
                }
                // refused for good: the CDC stream dead-lettered it when it came (or will, on a
                // first start); a
                // restart must not stop on it for ever
                configRejected.inc();
                LOG.warn(
                        "table_process row for '{}' not applied, Phoenix refused its table: {}",
                        row.sourceTable,
                        e.getMessage());
            }
        }
        LOG.info("dim tables configured at start: {}", preloaded.keySet());
    }

    @Override
    public void processBroadcastElement(ConfigChange change, Context ctx, Collector<DimWrite> out)
            throws Exception {
        BroadcastState<String, TableProcess> state = ctx.getBroadcastState(CONFIG);
        if (change.isDelete()) {
            if (change.before == null || change.before.sourceTable == null) {
                reject(ctx, change, "a delete without the deleted row");
                return;
            }
            String source = change.before.sourceTable.trim().toLowerCase(Locale.ROOT);
            state.remove(source);
            validated.remove(source);
            preloaded.remove(source);
            LOG.info(
                    "dim table for '{}' no longer configured: its rows are not routed any more",
                    source);
            return;
        }
        if (change.after == null) {
            reject(ctx, change, "operation '" + change.op + "' without a row");
            return;
        }
        DimTable table;
        DimTable routed; // what this job has routed so far (broadcast state: survives restarts,
        // unlike the preload)
        try {
            table = DimConfigValidator.validate(change.after);
            routed = current(state, table.sourceTable());
            if (!table.equals(
                    configured(
                            state, table.sourceTable()))) { // unchanged: nothing to do in Phoenix
                tables.ensure(table);
            }
        } catch (DimConfigException e) {
            reject(ctx, change, e.getMessage());
            return;
        } catch (SQLException e) {
            if (!PhoenixRefusals.isRefusal(e)) {
                throw e; // Phoenix unreachable or busy: fail, restart, and apply the row then
            }
            reject(ctx, change, "Phoenix refused the table: " + e.getMessage());
            return;
        }
        if (change.before != null && change.before.sourceTable != null) {
            String previous = change.before.sourceTable.trim().toLowerCase(Locale.ROOT);
            if (!previous.equals(table.sourceTable())) { // the row's key itself changed
                state.remove(previous);
                validated.remove(previous);
                preloaded.remove(previous);
            }
        }
        state.put(table.sourceTable(), change.after);
        validated.put(table.sourceTable(), table);
        preloaded.remove(table.sourceTable());
        if (needsBackfill(routed, table)) {
            backfill(table, out);
        }
    }

    /**
     * A table new to this job, or with columns it did not write before: its current rows are read
     * once.
     */
    static boolean needsBackfill(DimTable routed, DimTable table) {
        return routed == null
                || !routed.sinkTable().equals(table.sinkTable())
                || !routed.columns().containsAll(table.columns());
    }

    private void backfill(DimTable table, Collector<DimWrite> out) throws SQLException {
        int key = table.columns().indexOf(table.primaryKey());
        long before = rowsBackfilled.getCount();
        backfill.forEachRow(
                table,
                values -> {
                    if (values[key] != null) {
                        out.collect(DimWrite.upsert(table, values[key], values));
                        rowsBackfilled.inc();
                    }
                });
        LOG.info(
                "dim table {}: {} current rows of {} read",
                table.sinkTable(),
                rowsBackfilled.getCount() - before,
                table.sourceTable());
    }

    @Override
    public void processElement(DbChange change, ReadOnlyContext ctx, Collector<DimWrite> out)
            throws Exception {
        if (!database.equals(change.getDatabase())) {
            return;
        }
        DimTable table = configured(ctx.getBroadcastState(CONFIG), change.getTable());
        if (table == null) {
            return; // not a dimension table
        }
        Map<String, String> data = change.getData();
        String key = data.get(table.primaryKey());
        switch (change.getType()) {
            case insert, bootstrap_insert, update -> {
                if (key == null) {
                    rejectRow(
                            ctx,
                            change,
                            "key column " + table.primaryKey() + " is null or missing");
                    return;
                }
                String oldKey =
                        change.getOld() == null ? null : change.getOld().get(table.primaryKey());
                if (change.getType() == com.gmall.rtdw.model.common.ChangeType.update
                        && oldKey != null
                        && !oldKey.equals(key)) {
                    out.collect(
                            DimWrite.delete(
                                    table, oldKey)); // the row's key changed: its old row is gone
                }
                String[] values = table.columns().stream().map(data::get).toArray(String[]::new);
                out.collect(DimWrite.upsert(table, key, values));
            }
            case delete -> {
                if (key == null) {
                    rejectRow(
                            ctx,
                            change,
                            "key column " + table.primaryKey() + " is null or missing");
                    return;
                }
                out.collect(DimWrite.delete(table, key));
            }
            default -> {
                // bootstrap start and complete markers carry no row
            }
        }
    }

    /** The table's configuration: broadcast state first, else what open() read. */
    private DimTable configured(
            ReadOnlyBroadcastState<String, TableProcess> state, String sourceTable)
            throws Exception {
        DimTable table = current(state, sourceTable);
        return table != null ? table : preloaded.get(sourceTable);
    }

    private DimTable current(ReadOnlyBroadcastState<String, TableProcess> state, String sourceTable)
            throws Exception {
        DimTable table = validated.get(sourceTable);
        if (table == null) {
            TableProcess row = state.get(sourceTable);
            if (row == null) {
                return null;
            }
            table =
                    DimConfigValidator.validate(
                            row); // restored state: it was valid when it was stored
            validated.put(sourceTable, table);
        }
        return table;
    }

    private void reject(Context ctx, ConfigChange change, String reason) {
        configRejected.inc();
        LOG.warn("table_process change rejected ({}): {}", reason, change.text);
        ctx.output(
                DEAD_LETTERS,
                DeadLetters.of(
                        jobName,
                        "table_process row rejected: " + reason,
                        CONFIG_SOURCE,
                        -1,
                        -1,
                        change.text == null ? null : change.text.getBytes(StandardCharsets.UTF_8)));
    }

    private void rejectRow(ReadOnlyContext ctx, DbChange change, String reason) {
        rowsRejected.inc();
        ctx.output(
                DEAD_LETTERS,
                DeadLetters.of(
                        jobName,
                        change.getTable() + " row not written: " + reason,
                        "topic_db",
                        -1,
                        -1,
                        DbChangeSerde.INSTANCE.encode(change)));
    }

    @Override
    public void close() {
        if (tables != null) {
            tables.close();
        }
        if (backfill != null) {
            backfill.close();
        }
    }
}
