package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficSourceKeywordPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Search keyword counts per window (docs/jobs.md; K1): the words of every search results page of
 * {@code dwd_traffic_page_log}, counted per word, into {@code
 * dws_traffic_source_keyword_page_view_window}.
 */
public final class DwsTrafficSourceKeywordPageViewWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTrafficSourceKeywordPageViewWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTrafficSourceKeywordPageViewWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<PageLog> pages =
                p.read(
                        Topics.DWD_TRAFFIC_PAGE_LOG,
                        OUT_OF_ORDERNESS,
                        (page, kafkaTime) -> page.getTs().toEpochMilli());
        DataStream<TrafficSourceKeywordPageViewWindow> words =
                pages.flatMap(new SearchKeywords())
                        .returns(TrafficSourceKeywordPageViewWindow.class)
                        .name("search keywords")
                        .uid("search-keywords");
        p.write(
                p.window(
                        words.keyBy(w -> w.source + "\u0000" + w.keyword),
                        "keyword",
                        (a, b) -> {
                            a.keywordCount += b.keywordCount;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRAFFIC_SOURCE_KEYWORD_PAGE_VIEW_WINDOW);
    }
}
