package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.UserUserLoginWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Daily unique login users and users back after 8 days or more (docs/jobs.md; U2-U4), from {@code
 * dwd_traffic_page_log} into {@code dws_user_user_login_window}. A login is a page of a known user
 * ({@code uid} not empty) that opens a session or follows the login page; pages without a user are
 * dropped first (U2).
 */
public final class DwsUserUserLoginWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsUserUserLoginWindow(), args);
    }

    @Override
    public String name() {
        return "DwsUserUserLoginWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<PageLog> logins =
                p.read(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                OUT_OF_ORDERNESS,
                                (page, kafkaTime) -> page.getTs().toEpochMilli())
                        .filter(DwsUserUserLoginWindow::isLogin)
                        .name("logins")
                        .uid("logins");
        DataStream<UserUserLoginWindow> firsts =
                p.firstOfDay(
                                logins.keyBy(page -> page.getCommon().getUid()),
                                "first login of the day",
                                "first-login-of-day")
                        .keyBy(first -> first.value.getCommon().getUid())
                        .process(new LoginDays(config.timeZone()))
                        .name("login days")
                        .uid("login-days");
        p.write(
                p.windowAll(
                        firsts,
                        "logins",
                        (a, b) -> {
                            a.uuCt += b.uuCt;
                            a.backCt += b.backCt;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_USER_USER_LOGIN_WINDOW);
    }

    static boolean isLogin(PageLog log) {
        String uid = log.getCommon().getUid();
        Page page = log.getPage();
        if (uid == null || uid.isEmpty() || page == null) {
            return false;
        }
        String last = page.getLastPageId();
        return last == null || last.isEmpty() || "login".equals(last);
    }
}
