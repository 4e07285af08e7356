package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Puts each new order together and emits every detail of it once, complete (defects P1-P3: the
 * reference's pre-process join emitted a detail first without and then with its activity and
 * coupon, left the duplicates to every consumer, and keyed the upsert topic by order, collapsing an
 * order's details). Keyed by order id.
 *
 * <p>An order's rows (order, details, their activities and coupons) are written by one transaction,
 * so they reach topic_db together, though spread over partitions. In event time (the topic_db
 * records' Kafka time, watermarks per partition), the order is assembled {@link #GRACE_MS} after
 * its first row: by then the watermark says every partition has passed that moment, so the
 * transaction's other rows are in. An order still missing its {@code order_info} or any detail is
 * given {@link #MAX_WAIT_MS} in all; after that its rows are dead letters. An order read by
 * OdsDbApp's snapshot is not one transaction: the snapshot reads table after table (a table's rows
 * can take minutes on a big shop), so such an order is given {@link #SNAPSHOT_MAX_WAIT_MS}.
 *
 * <p>State bound: an order's rows live from its first row until it is emitted or given up, at most
 * {@link #MAX_WAIT_MS} of event time; a timer clears them.
 */
final class OrderDetailAssembler
        extends KeyedBroadcastProcessFunction<Long, DbChange, DbChange, TradeOrderDetail> {
    private static final long serialVersionUID = 1L;

    /**
     * One OdsDbApp producer sends a transaction's rows within milliseconds, and each partition's
     * watermark trails its Kafka time by 2 s, so a watermark past the first row by this much has
     * read the others on every partition; the second is a margin, not the mechanism (was 5 s: 4 s
     * of every order's freshness, docs/benchmarks.md).
     */
    static final long GRACE_MS = 1_000;

    static final long MAX_WAIT_MS = 60_000;
    static final long SNAPSHOT_MAX_WAIT_MS = 10 * 60_000;

    private final ZoneId zone;
    private final String jobName;
    private final DictionaryLoader dictionaryLoader;

    private transient ValueState<DbChange> order;

    /** By table, then row id: the details, and their activities and coupons. */
    private transient MapState<String, DbChange> rows;

    private transient ValueState<Long> firstSeen;
    private transient Map<String, String> dictionary;

    OrderDetailAssembler(ZoneId zone, String jobName, DictionaryLoader dictionaryLoader) {
        this.zone = zone;
        this.jobName = jobName;
        this.dictionaryLoader = dictionaryLoader;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        order =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "order", TypeInformation.of(DbChange.class)));
        rows =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "order-rows",
                                        Types.STRING,
                                        TypeInformation.of(DbChange.class)));
        firstSeen =
                getRuntimeContext().getState(new ValueStateDescriptor<>("first-seen", Types.LONG));
        dictionary = dictionaryLoader.load();
    }

    @Override
    public void processBroadcastElement(
            DbChange change, Context ctx, Collector<TradeOrderDetail> out) throws Exception {
        Dictionary.apply(change, ctx.getBroadcastState(Dictionary.STATE), dictionary);
    }

    @Override
    public void processElement(
            DbChange change, ReadOnlyContext ctx, Collector<TradeOrderDetail> out)
            throws Exception {
        if (change.getTable().equals("order_info")) {
            order.update(change);
        } else {
            rows.put(change.getTable() + ":" + change.getData().get("id"), change);
        }
        if (firstSeen.value() == null) {
            long at =
                    ctx.timestamp() == null
                            ? ctx.timerService().currentWatermark()
                            : ctx.timestamp();
            firstSeen.update(at);
            ctx.timerService().registerEventTimeTimer(at + GRACE_MS);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TradeOrderDetail> out)
            throws Exception {
        List<DbChange> details = new ArrayList<>();
        Map<String, DbChange> activities = new java.util.HashMap<>();
        Map<String, DbChange> coupons = new java.util.HashMap<>();
        for (DbChange row : rows.values()) {
            switch (row.getTable()) {
                case "order_detail" -> details.add(row);
                case "order_detail_activity" ->
                        activities.put(row.getData().get("order_detail_id"), row);
                default -> coupons.put(row.getData().get("order_detail_id"), row);
            }
        }
        DbChange header = order.value();
        if (header != null && !details.isEmpty()) {
            for (DbChange detail : details) {
                try {
                    out.collect(
                            detail(
                                    detail,
                                    header,
                                    activities.get(detail.getData().get("id")),
                                    coupons.get(detail.getData().get("id")),
                                    ctx));
                } catch (RuntimeException e) {
                    deadLetter(ctx, "order detail not emitted: " + e.getMessage(), detail);
                }
            }
            clear();
        } else if (timestamp - firstSeen.value() < maxWait(header)) {
            ctx.timerService().registerEventTimeTimer(timestamp + GRACE_MS);
        } else {
            long maxWait = maxWait(header);
            String missing = header == null ? "its order_info row" : "any order_detail row";
            if (header != null) {
                deadLetter(ctx, "order without " + missing + " within " + maxWait + " ms", header);
            }
            for (DbChange row : rows.values()) {
                deadLetter(ctx, "order row without " + missing + " within " + maxWait + " ms", row);
            }
            clear();
        }
    }

    /**
     * How long the order's rows may take to come together: longer when the snapshot read any of
     * them.
     */
    private long maxWait(DbChange header) throws Exception {
        boolean snapshot = header != null && header.getType() == ChangeType.bootstrap_insert;
        for (DbChange row : rows.values()) {
            snapshot |= row.getType() == ChangeType.bootstrap_insert;
        }
        return snapshot ? SNAPSHOT_MAX_WAIT_MS : MAX_WAIT_MS;
    }

    private TradeOrderDetail detail(
            DbChange detailRow,
            DbChange headerRow,
            DbChange activityRow,
            DbChange couponRow,
            OnTimerContext ctx) {
        Row detail = row(detailRow, ctx);
        Row header = row(headerRow, ctx);
        Row activity = activityRow == null ? null : row(activityRow, ctx);
        String sourceType = detail.text("source_type");
        return TradeOrderDetail.newBuilder()
                .setId(detail.requiredLong("id"))
                .setOrderId(detail.requiredLong("order_id"))
                .setUserId(header.requiredLong("user_id"))
                .setSkuId(detail.requiredLong("sku_id"))
                .setSkuName(detail.text("sku_name"))
                .setSkuNum(detail.requiredLong("sku_num"))
                .setOrderPrice(detail.requiredDecimal("order_price", 2))
                .setProvinceId(header.optionalLong("province_id"))
                .setActivityId(activity == null ? null : activity.optionalLong("activity_id"))
                .setActivityRuleId(
                        activity == null ? null : activity.optionalLong("activity_rule_id"))
                .setCouponId(
                        couponRow == null ? null : row(couponRow, ctx).optionalLong("coupon_id"))
                .setSourceId(detail.optionalLong("source_id"))
                .setSourceTypeCode(sourceType)
                .setSourceTypeName(detail.dictionaryName(sourceType))
                .setSplitActivityAmount(detail.optionalDecimal("split_activity_amount", 2))
                .setSplitCouponAmount(detail.optionalDecimal("split_coupon_amount", 2))
                .setSplitTotalAmount(detail.requiredDecimal("split_total_amount", 2))
                .setCreateTime(detail.requiredTime("create_time"))
                .build();
    }

    /** A row read in the warehouse zone, its codes named from the dictionary. */
    private Row row(DbChange change, OnTimerContext ctx) {
        return new Row(
                change,
                zone,
                code -> {
                    try {
                        return Dictionary.name(
                                code, ctx.getBroadcastState(Dictionary.STATE), dictionary);
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot read the dictionary state", e);
                    }
                });
    }

    private void deadLetter(OnTimerContext ctx, String reason, DbChange row) {
        ctx.output(
                DecodeOrDeadLetter.DEAD_LETTERS,
                DeadLetters.of(
                        jobName, reason, "topic_db", -1, -1, DbChangeSerde.INSTANCE.encode(row)));
    }

    private void clear() {
        order.clear();
        rows.clear();
        firstSeen.clear();
    }
}
