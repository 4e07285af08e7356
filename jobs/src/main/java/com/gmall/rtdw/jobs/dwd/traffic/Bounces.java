package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.model.dwd.PageLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.cep.CEP;
import org.apache.flink.cep.PatternStream;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.functions.TimedOutPartialMatchHandler;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Bounce pages (DwdTrafficUserJumpDetail, docs/jobs.md) with CEP, per device in event time: a
 * session-opening page (no {@code last_page_id}) is a bounce when the device's next page opens
 * another session within {@link #WITHIN}, or when no page follows within it. If the next page
 * continues the session, nothing is emitted. CEP keeps a device's partial match only until it
 * completes or times out, so its state is bounded by {@link #WITHIN}.
 */
public final class Bounces {
    public static final Duration WITHIN = Duration.ofSeconds(10);

    /** Pages too late for CEP's event-time order (behind the watermark). */
    static final OutputTag<PageLog> LATE =
            new OutputTag<>("late-pages", TypeInformation.of(PageLog.class));

    static final OutputTag<PageLog> TIMED_OUT =
            new OutputTag<>("bounce-timed-out", TypeInformation.of(PageLog.class));

    private Bounces() {}

    /** The bounced pages of {@code pages} (timestamped, with watermarks), each once. */
    static SingleOutputStreamOperator<PageLog> of(DataStream<PageLog> pages) {
        Pattern<PageLog, PageLog> pattern =
                Pattern.<PageLog>begin("start")
                        .where(new OpensSession())
                        .next("next")
                        .where(new OpensSession())
                        .within(Time.milliseconds(WITHIN.toMillis()));
        PatternStream<PageLog> matches =
                CEP.pattern(pages.keyBy(p -> p.getCommon().getMid()), pattern)
                        .inEventTime()
                        .sideOutputLateData(LATE);
        return matches.process(new FirstPageOfMatch());
    }

    static final class OpensSession extends SimpleCondition<PageLog> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean filter(PageLog page) {
            String last = page.getPage().getLastPageId();
            return last == null || last.isEmpty();
        }
    }

    /** A full match and a timed-out partial match both mean the first page bounced. */
    static final class FirstPageOfMatch extends PatternProcessFunction<PageLog, PageLog>
            implements TimedOutPartialMatchHandler<PageLog> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processMatch(
                Map<String, List<PageLog>> match, Context ctx, Collector<PageLog> out) {
            out.collect(match.get("start").get(0));
        }

        @Override
        public void processTimedOutMatch(Map<String, List<PageLog>> match, Context ctx) {
            ctx.output(TIMED_OUT, match.get("start").get(0));
        }
    }
}
