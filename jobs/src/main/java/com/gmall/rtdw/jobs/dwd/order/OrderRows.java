package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.util.Map;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The new rows of an order as they reach topic_db (database {@code gmall}, inserts only: the snapshot's
 * bootstrap rows are history, not new orders): the order, its details, and its details' activities and coupons.
 * A row without a whole-number order id is a dead letter (it could not be put with its order).
 */
final class OrderRows extends ProcessFunction<DbChange, DbChange> {
    private static final long serialVersionUID = 1L;

    /** Table to the column holding the order id. */
    static final Map<String, String> ORDER_ID = Map.of("order_info", "id", "order_detail", "order_id",
            "order_detail_activity", "order_id", "order_detail_coupon", "order_id");

    private final String jobName;

    OrderRows(String jobName) {
        this.jobName = jobName;
    }

    static long orderId(DbChange change) {
        return Long.parseLong(change.getData().get(ORDER_ID.get(change.getTable())));
    }

    @Override
    public void processElement(DbChange change, Context ctx, Collector<DbChange> out) {
        if (!"gmall".equals(change.getDatabase()) || change.getType() != ChangeType.insert
                || !ORDER_ID.containsKey(change.getTable())) {
            return;
        }
        try {
            orderId(change);
        } catch (NumberFormatException e) {
            ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, DeadLetters.of(jobName, change.getTable() + "."
                    + ORDER_ID.get(change.getTable()) + " is not an order id: "
                    + change.getData().get(ORDER_ID.get(change.getTable())), "topic_db", -1, -1,
                    DbChangeSerde.INSTANCE.encode(change)));
            return;
        }
        out.collect(change);
    }
}
