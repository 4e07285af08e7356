package com.gmall.rtdw.report;

import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.stack.DeadLetterCounts;
import com.gmall.rtdw.stack.StackSettings;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code bin/gmall report}: serves the report until the process is stopped. */
public final class ReportCommand {
    private ReportCommand() {}

    public static int run(StackSettings settings) throws Exception {
        int port = settings.config().get(GmallOptions.REPORT_PORT);
        ReportServer server =
                ReportServer.start(
                        port,
                        new ClickHouseHttp(settings.config().clickHouse()),
                        settings.config().timeZone(),
                        Clock.systemUTC(),
                        () -> DeadLetterCounts.of(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "report-shutdown"));
        System.out.printf(
                "report: http://127.0.0.1:%d/ (JSON: /api/<panel>, panels %s); Ctrl-C stops%n",
                server.port(), ReportApi.PANELS);
        new CountDownLatch(1).await();
        return 0;
    }
}
