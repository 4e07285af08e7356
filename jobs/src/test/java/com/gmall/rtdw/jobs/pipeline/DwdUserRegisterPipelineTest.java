package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdUserRegister;
import com.gmall.rtdw.model.dwd.UserRegister;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DwdUserRegister (docs/jobs.md): each new user_info row is a registration. */
class DwdUserRegisterPipelineTest {
    private static final String JOB = "DwdUserRegister";

    @Test
    void eachNewUserIsARegistrationOnItsShopDayAndProfileChangesAreNot() throws Exception {
        DbChange noCreateTime = insert("user_info", "id", "503", "login_name", "c3");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdUserRegister())
                        .input(
                                Topics.TOPIC_DB,
                                // ten past midnight in the shop is still 2024-05-31 in UTC; the
                                // shop's day counts (G5)
                                insert(
                                        "user_info",
                                        "id",
                                        "501",
                                        "login_name",
                                        "a1",
                                        "nick_name",
                                        "阿一",
                                        "create_time",
                                        "2024-06-01 00:10:00"),
                                insert(
                                        "user_info",
                                        "id",
                                        "502",
                                        "login_name",
                                        "b2",
                                        "create_time",
                                        "2024-06-01 13:45:10"),
                                was(
                                        update(
                                                "user_info",
                                                "id",
                                                "501",
                                                "login_name",
                                                "a1",
                                                "nick_name",
                                                "一一",
                                                "create_time",
                                                "2024-06-01 00:10:00",
                                                "operate_time",
                                                "2024-06-01 09:00:00"),
                                        "nick_name",
                                        "阿一",
                                        "operate_time",
                                        null),
                                insert(
                                        "user_address",
                                        "id",
                                        "1",
                                        "user_id",
                                        "501",
                                        "consignee",
                                        "阿一"),
                                noCreateTime)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_USER_REGISTER))
                .containsExactlyInAnyOrder(
                        new UserRegister(
                                501L, LocalDate.of(2024, 6, 1), shopTime("2024-06-01 00:10:00")),
                        new UserRegister(
                                502L, LocalDate.of(2024, 6, 1), shopTime("2024-06-01 13:45:10")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noCreateTime, "user_info.create_time is missing"));
    }

    @Test
    void theSnapshotsUsersCountFromTheDayItWasReadOrFromTheConfiguredStart() throws Exception {
        // read on 2024-06-01 at 08:00 shop time
        DbChange[] snapshot = {
            snapshot("user_info", "id", "601", "create_time", "2024-06-01 07:59:59"),
            snapshot("user_info", "id", "602", "create_time", "2024-05-31 23:59:59"),
            snapshot("user_info", "id", "603", "create_time", "2024-05-30 12:00:00")
        };
        UserRegister today =
                new UserRegister(601L, LocalDate.of(2024, 6, 1), shopTime("2024-06-01 07:59:59"));
        UserRegister dayBefore =
                new UserRegister(602L, LocalDate.of(2024, 5, 31), shopTime("2024-05-31 23:59:59"));

        assertThat(
                        PipelineRun.of(new DwdUserRegister())
                                .input(Topics.TOPIC_DB, snapshot)
                                .run()
                                .topic(Topics.DWD_USER_REGISTER))
                .as("by default, the day the snapshot was read")
                .containsExactly(today);
        assertThat(
                        PipelineRun.of(new DwdUserRegister())
                                .with("dwd.snapshot-facts-from", "2024-05-31")
                                .input(Topics.TOPIC_DB, snapshot)
                                .run()
                                .topic(Topics.DWD_USER_REGISTER))
                .containsExactlyInAnyOrder(today, dayBefore);
        assertThat(
                        PipelineRun.of(new DwdUserRegister())
                                .with("dwd.snapshot-facts-from", "none")
                                .input(Topics.TOPIC_DB, snapshot)
                                .run()
                                .topic(Topics.DWD_USER_REGISTER))
                .isEmpty();
    }
}
