package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import java.util.Map;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The new rows of an order as they reach topic_db (database {@code gmall}: inserts, and the rows of
 * OdsDbApp's snapshot created in the period {@link SnapshotFacts} counts; older snapshot rows are
 * history, not new orders): the order, its details, and its details' activities and coupons. A row
 * without a whole-number order id, or a snapshot row without a readable {@code create_time}, is a
 * dead letter (it could not be put with its order, or dated).
 */
final class OrderRows extends ProcessFunction<DbChange, DbChange> {
    private static final long serialVersionUID = 1L;

    /** Table to the column holding the order id. */
    static final Map<String, String> ORDER_ID =
            Map.of(
                    "order_info",
                    "id",
                    "order_detail",
                    "order_id",
                    "order_detail_activity",
                    "order_id",
                    "order_detail_coupon",
                    "order_id");

    private final String jobName;
    private final ZoneId zone;
    private final SnapshotFacts snapshot;

    OrderRows(String jobName, ZoneId zone, SnapshotFacts snapshot) {
        this.jobName = jobName;
        this.zone = zone;
        this.snapshot = snapshot;
    }

    static long orderId(DbChange change) {
        return Long.parseLong(change.getData().get(ORDER_ID.get(change.getTable())));
    }

    @Override
    public void processElement(DbChange change, Context ctx, Collector<DbChange> out) {
        if (!"gmall".equals(change.getDatabase()) || !ORDER_ID.containsKey(change.getTable())) {
            return;
        }
        try {
            orderId(change);
            if (isNew(change)) {
                out.collect(change);
            }
        } catch (NumberFormatException e) {
            deadLetter(
                    ctx,
                    change,
                    change.getTable()
                            + "."
                            + ORDER_ID.get(change.getTable())
                            + " is not an order id: "
                            + change.getData().get(ORDER_ID.get(change.getTable())));
        } catch (Row.BadRow e) {
            deadLetter(ctx, change, "snapshot row not dated: " + e.getMessage());
        }
    }

    private boolean isNew(DbChange change) {
        return change.getType() == ChangeType.insert
                || change.getType() == ChangeType.bootstrap_insert
                        && snapshot.counts(
                                new Row(change, zone).optionalTime("create_time"),
                                change.getTsSeconds());
    }

    private void deadLetter(Context ctx, DbChange change, String reason) {
        ctx.output(
                DecodeOrDeadLetter.DEAD_LETTERS,
                DeadLetters.of(
                        jobName,
                        reason,
                        "topic_db",
                        -1,
                        -1,
                        DbChangeSerde.INSTANCE.encode(change)));
    }
}
