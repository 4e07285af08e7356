package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Daily unique visitors of the home page and of product detail pages (docs/jobs.md), counted in the
 * window of each device's first visit of the day to that page, into {@code
 * dws_traffic_page_view_window}. Keyed by device and page, so the two counts are independent; the
 * day is the warehouse zone's, by event time.
 */
public final class DwsTrafficPageViewWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);
    static final String HOME = "home";
    static final String DETAIL = "good_detail";

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTrafficPageViewWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTrafficPageViewWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<PageLog> visits =
                p.read(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                OUT_OF_ORDERNESS,
                                (page, kafkaTime) -> page.getTs().toEpochMilli())
                        .filter(DwsTrafficPageViewWindow::homeOrDetail)
                        .name("home and detail pages")
                        .uid("home-and-detail");
        DataStream<TrafficPageViewWindow> firsts =
                p.firstOfDay(
                                visits.keyBy(
                                        page ->
                                                page.getCommon().getMid()
                                                        + "\u0000"
                                                        + page.getPage().getPageId()),
                                "first visit of the day",
                                "first-visit-of-day")
                        .map(DwsTrafficPageViewWindow::count)
                        .returns(TrafficPageViewWindow.class)
                        .name("visitor counts")
                        .uid("visitor-counts");
        p.write(
                p.windowAll(
                        firsts,
                        "visitors",
                        (a, b) -> {
                            a.homeUvCt += b.homeUvCt;
                            a.goodDetailUvCt += b.goodDetailUvCt;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRAFFIC_PAGE_VIEW_WINDOW);
    }

    static boolean homeOrDetail(PageLog log) {
        return log.getPage() != null
                && log.getCommon().getMid() != null
                && (HOME.equals(log.getPage().getPageId())
                        || DETAIL.equals(log.getPage().getPageId()));
    }

    static TrafficPageViewWindow count(Signed<PageLog> firstVisit) {
        TrafficPageViewWindow row = new TrafficPageViewWindow();
        boolean home = HOME.equals(firstVisit.value.getPage().getPageId());
        row.homeUvCt = home ? firstVisit.sign : 0;
        row.goodDetailUvCt = home ? 0 : firstVisit.sign;
        return row;
    }
}
