package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.LateFirsts;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Unique visitors (docs/jobs.md): each device's first page of each day, from {@code
 * dwd_traffic_page_log} to {@code dwd_traffic_unique_visitor_detail}, in event time (U1): the day's
 * earliest page, decided when the watermark passes it ({@link FirstOfDay}; a device's pages can
 * arrive out of order, as Flume spreads the log lines over partitions), with idle partitions not
 * holding the watermark back (G8). A published first is never taken back: an earlier page of the
 * device arriving after it goes to the dead letters with its reason (the DWS traffic job counts its
 * own unique visitors, with corrections).
 */
public final class DwdTrafficUniqueVisitorDetail implements GmallJob {
    /** Pages may arrive this much out of order (the app batches its logs for a few seconds). */
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(5);

    /** A day's first visits are still judged this long after the day ends. */
    static final Duration ALLOWED_LATENESS = Duration.ofHours(1);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTrafficUniqueVisitorDetail(), args);
    }

    @Override
    public String name() {
        return "DwdTrafficUniqueVisitorDetail";
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        DataStream<PageLog> pages =
                TrafficPages.read(wiring, OUT_OF_ORDERNESS, QuietFlush.Target.after(0));
        FirstOfDay<String, PageLog> firstOfDay =
                new FirstOfDay<String, PageLog>(
                                config.timeZone(),
                                1,
                                ALLOWED_LATENESS.toMillis(),
                                TypeInformation.of(PageLog.class))
                        .withoutCorrections();
        SingleOutputStreamOperator<Signed<PageLog>> firsts =
                firstOfDay.apply(
                        pages.keyBy(p -> p.getCommon().getMid()),
                        "first visit of the day",
                        "first-visit-of-day");
        DataStream<PageLog> firstVisits =
                firsts.map(first -> first.value)
                        .returns(PageLog.class)
                        .name("first visits")
                        .uid("first-visits");
        wiring.write(firstVisits, Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL);
        DataStream<KafkaRecord> lateVisits =
                firsts.getSideOutput(firstOfDay.lateRecords())
                        .map(
                                new LateFirsts<PageLog>(
                                        name(),
                                        Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                        "late: an earlier page of the device than its first visit of the "
                                                + "day already published, or one more than "
                                                + ALLOWED_LATENESS.toMinutes()
                                                + " min behind "
                                                + "the watermark; the topic keeps the first visits it published"))
                        .returns(KafkaRecord.class)
                        .name("late first visits")
                        .uid("late-first-visits");
        wiring.deadLetters(lateVisits);
    }
}
