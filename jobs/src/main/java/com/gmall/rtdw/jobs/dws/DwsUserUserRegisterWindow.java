package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.UserRegister;
import com.gmall.rtdw.model.dws.UserUserRegisterWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Registrations per window (docs/jobs.md), from {@code dwd_user_register} into {@code
 * dws_user_user_register_window}.
 */
public final class DwsUserUserRegisterWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsUserUserRegisterWindow(), args);
    }

    @Override
    public String name() {
        return "DwsUserUserRegisterWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<UserRegister> registrations =
                p.read(
                        Topics.DWD_USER_REGISTER,
                        OUT_OF_ORDERNESS,
                        (r, kafkaTime) -> r.getCreateTime().toEpochMilli());
        DataStream<UserUserRegisterWindow> counts =
                registrations
                        .map(
                                r -> {
                                    UserUserRegisterWindow row = new UserUserRegisterWindow();
                                    row.registerCt = 1;
                                    return row;
                                })
                        .returns(UserUserRegisterWindow.class)
                        .name("registration counts")
                        .uid("registration-counts");
        p.write(
                p.windowAll(
                        counts,
                        "registrations",
                        (a, b) -> {
                            a.registerCt += b.registerCt;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_USER_USER_REGISTER_WINDOW);
    }
}
