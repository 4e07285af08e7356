package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import java.io.Serializable;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Each line of an order (a detail, a refund request) once more, for an event of the whole order
 * (its cancellation, its payment, its refund), whichever of the two arrives first. Keyed by order
 * id. The reference joined them with a 5-second state retention, so an order cancelled later than
 * that found no details (defect P1); here an order's details and event are kept for {@link
 * #RETENTION_MS} of event time after the first of them (an unpaid order is cancelled after 15
 * minutes), then a timer clears them. A detail is emitted for an event only once: it is dropped
 * from state when emitted.
 *
 * @param <L> the line
 * @param <O> the DWD record of a line with the event
 */
final class LinesOnOrderEvent<L, O> extends KeyedCoProcessFunction<Long, L, OrderEvent, O> {
    private static final long serialVersionUID = 1L;
    static final long RETENTION_MS = 30 * 60_000;

    /** Makes the output record of a line and its order's event. */
    interface Combine<L, O> extends Serializable {
        O of(L line, OrderEvent event);
    }

    /** A line's id within its order. */
    interface LineId<L> extends Serializable {
        long of(L line);
    }

    /**
     * The dead letter of a line whose order's event did not come within {@link #RETENTION_MS}, for
     * a job where every line expects one (a refund request, whose order is marked refunding in the
     * same transaction). Where most lines never see one (an order's details: most orders are
     * neither cancelled nor paid here), there is none.
     */
    interface Unmatched<L> extends Serializable {
        KafkaRecord deadLetter(L line);
    }

    /**
     * The dead letter of an order's event that saw none of its lines within {@link #RETENTION_MS}
     * (a payment of an order placed longer ago than that): its lines cannot be emitted, and must
     * not vanish without a trace.
     */
    interface EventWithoutLines extends Serializable {
        KafkaRecord deadLetter(OrderEvent event);
    }

    private final TypeInformation<L> lineType;
    private final LineId<L> lineId;
    private final Combine<L, O> combine;
    private final Unmatched<L> unmatched;
    private final EventWithoutLines eventWithoutLines;
    private transient MapState<Long, L> waiting;
    private transient ValueState<OrderEvent> event;
    private transient ValueState<Long> clearAt;
    private transient ValueState<Boolean> linesSeen;

    LinesOnOrderEvent(TypeInformation<L> lineType, LineId<L> lineId, Combine<L, O> combine) {
        this(lineType, lineId, combine, null, null);
    }

    /**
     * @param unmatched the dead letter of a line whose event did not come, or null for none
     * @param eventWithoutLines the dead letter of an event that saw no line, or null for none
     */
    LinesOnOrderEvent(
            TypeInformation<L> lineType,
            LineId<L> lineId,
            Combine<L, O> combine,
            Unmatched<L> unmatched,
            EventWithoutLines eventWithoutLines) {
        this.lineType = lineType;
        this.lineId = lineId;
        this.combine = combine;
        this.unmatched = unmatched;
        this.eventWithoutLines = eventWithoutLines;
    }

    @Override
    public void open(Configuration parameters) {
        waiting =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("lines-waiting", Types.LONG, lineType));
        event =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "order-event", TypeInformation.of(OrderEvent.class)));
        clearAt = getRuntimeContext().getState(new ValueStateDescriptor<>("clear-at", Types.LONG));
        linesSeen =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("lines-seen", Types.BOOLEAN));
    }

    @Override
    public void processElement1(L line, Context ctx, Collector<O> out) throws Exception {
        keep(ctx);
        linesSeen.update(true);
        OrderEvent happened = event.value();
        if (happened != null) {
            out.collect(combine.of(line, happened));
        } else {
            waiting.put(lineId.of(line), line);
        }
    }

    @Override
    public void processElement2(OrderEvent happened, Context ctx, Collector<O> out)
            throws Exception {
        keep(ctx);
        if (event.value() != null) {
            return; // an order is cancelled or paid once; a repeated event adds nothing
        }
        event.update(happened);
        for (L line : waiting.values()) {
            out.collect(combine.of(line, happened));
        }
        waiting.clear();
    }

    /** The first record of an order sets when its state is cleared. */
    private void keep(Context ctx) throws Exception {
        if (clearAt.value() == null) {
            long from =
                    ctx.timestamp() != null
                            ? ctx.timestamp()
                            : ctx.timerService().currentWatermark();
            clearAt.update(from + RETENTION_MS);
            ctx.timerService().registerEventTimeTimer(from + RETENTION_MS);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {
        if (unmatched != null) {
            for (L line : waiting.values()) {
                ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, unmatched.deadLetter(line));
            }
        }
        if (eventWithoutLines != null && event.value() != null && linesSeen.value() == null) {
            ctx.output(
                    DecodeOrDeadLetter.DEAD_LETTERS, eventWithoutLines.deadLetter(event.value()));
        }
        waiting.clear();
        event.clear();
        clearAt.clear();
        linesSeen.clear();
    }
}
