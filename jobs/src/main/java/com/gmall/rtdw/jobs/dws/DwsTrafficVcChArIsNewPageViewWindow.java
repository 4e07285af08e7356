package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Traffic per app version, channel, area and new-visitor flag (docs/jobs.md): page views, sessions and time from
 * {@code dwd_traffic_page_log}, unique visitors from {@code dwd_traffic_unique_visitor_detail}, bounces from
 * {@code dwd_traffic_user_jump_detail}, into {@code dws_traffic_vc_ch_ar_is_new_page_view_window}. Each input
 * has its own watermarks, and the union's is the least of them: bounces are known only 10 s after their page, and
 * the windows wait for them (the reference united first and guessed a 14 s bound).
 */
public final class DwsTrafficVcChArIsNewPageViewWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTrafficVcChArIsNewPageViewWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTrafficVcChArIsNewPageViewWindow";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        DwsPipeline p = new DwsPipeline(env, config, name());
        DataStream<TrafficVcChArIsNewPageViewWindow> views = p.read(Topics.DWD_TRAFFIC_PAGE_LOG, OUT_OF_ORDERNESS,
                        (page, kafkaTime) -> page.getTs().toEpochMilli())
                .map(TrafficRows::pageView).returns(TrafficVcChArIsNewPageViewWindow.class).name("page views").uid("page-views");
        DataStream<TrafficVcChArIsNewPageViewWindow> visitors = p.read(Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL,
                        OUT_OF_ORDERNESS, (page, kafkaTime) -> page.getTs().toEpochMilli())
                .map(TrafficRows::uniqueVisitor).returns(TrafficVcChArIsNewPageViewWindow.class).name("unique visitors").uid("unique-visitors");
        DataStream<TrafficVcChArIsNewPageViewWindow> bounces = p.read(Topics.DWD_TRAFFIC_USER_JUMP_DETAIL,
                        OUT_OF_ORDERNESS, (page, kafkaTime) -> page.getTs().toEpochMilli())
                .map(TrafficRows::bounce).returns(TrafficVcChArIsNewPageViewWindow.class).name("bounces").uid("bounces");
        p.write(p.window(views.union(visitors, bounces).keyBy(TrafficRows::key), "traffic", TrafficRows::sum,
                (row, stt, edt, version) -> {
                    row.stt = stt;
                    row.edt = edt;
                    row.ts = version;
                }), Tables.DWS_TRAFFIC_VC_CH_AR_IS_NEW_PAGE_VIEW_WINDOW);
        p.finish();
    }
}
