package com.gmall.rtdw.jobs.dwd.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.ods.AppLog;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-device new-visitor repair (defect B4), days in the warehouse zone Asia/Shanghai. */
class NewVisitorRepairTest {
    private KeyedOneInputStreamOperatorTestHarness<String, AppLog, AppLog> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new NewVisitorRepair(ZoneId.of("Asia/Shanghai")),
                        log -> log.getCommon().getMid(),
                        Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private String isNewAfterRepair(AppLog log) throws Exception {
        harness.getOutput().clear();
        harness.processElement(log, log.getTs().toEpochMilli());
        return harness.extractOutputValues().get(0).getCommon().getIsNew();
    }

    @Test
    void aNewDeviceIsNewAllOfItsFirstDayB4() throws Exception {
        assertThat(isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "home", null)))
                .isEqualTo("1");
        // 23:30 in Shanghai is still the same day
        assertThat(
                        isNewAfterRepair(
                                AppLogs.page(
                                        "m1", "1", "2024-06-01T15:30:00Z", "good_list", "home")))
                .isEqualTo("1");
    }

    @Test
    void aReinstalledAppOnALaterDayIsNotNewB4() throws Exception {
        isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "home", null));

        assertThat(isNewAfterRepair(AppLogs.start("m1", "1", "2024-06-01T16:30:00Z")))
                .as("00:30 the next day there")
                .isEqualTo("0");
        assertThat(isNewAfterRepair(AppLogs.page("m2", "1", "2024-06-02T01:00:00Z", "home", null)))
                .as("other devices are unaffected")
                .isEqualTo("1");
    }

    @Test
    void aLateLogFromAnEarlierDayMovesTheFirstDayBack() throws Exception {
        isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-02T01:00:00Z", "home", null));
        assertThat(isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "home", null)))
                .isEqualTo("1");

        assertThat(isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-02T02:00:00Z", "home", null)))
                .isEqualTo("0");
    }

    @Test
    void aDeviceFirstSeenAsOldIsNeverNewLater() throws Exception {
        assertThat(isNewAfterRepair(AppLogs.page("m1", "0", "2024-06-01T01:00:00Z", "home", null)))
                .isEqualTo("0");

        assertThat(isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-01T02:00:00Z", "home", null)))
                .isEqualTo("0");
    }

    @Test
    void aDeviceUnseenForAYearIsForgottenAndItsStateCleared() throws Exception {
        harness.setStateTtlProcessingTime(0);
        isNewAfterRepair(AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "home", null));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        harness.setStateTtlProcessingTime(
                Duration.ofDays(NewVisitorRepair.FORGET_AFTER_DAYS).toMillis() + 1);

        assertThat(isNewAfterRepair(AppLogs.page("m1", "1", "2025-06-05T01:00:00Z", "home", null)))
                .as("the expired first day is not read")
                .isEqualTo("1");
        assertThat(harness.numKeyedStateEntries()).as("one entry, renewed").isEqualTo(1);
        assertThat(harness.numProcessingTimeTimers() + harness.numEventTimeTimers()).isZero();
    }
}
