package com.gmall.rtdw.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuBreakdownTest {
    private static final Map<String, String> TASKS =
            Map.of(
                    "Source: kafka topic_log -> decode topic_log -> check app logs", "BaseLogApp",
                    "repair is_new -> split logs", "BaseLogApp",
                    "Source: kafka topic_db -> decode topic_db -> facts of coupon_use",
                            "DwdToolCouponPay");

    @Test
    void aTasksThreadsBelongToItsJob() {
        assertThat(
                        CpuBreakdown.owner(
                                "Source: kafka topic_log -> decode topic_log -> check app logs (1/1)#0",
                                TASKS))
                .isEqualTo("BaseLogApp");
        assertThat(CpuBreakdown.owner("repair is_new -> split logs (1/1)#3", TASKS))
                .isEqualTo("BaseLogApp");
        assertThat(
                        CpuBreakdown.owner(
                                "Source Data Fetcher for Source: kafka topic_db -> decode topic_db -> facts of coupon_use (1/1)#0",
                                TASKS))
                .isEqualTo("DwdToolCouponPay");
        assertThat(CpuBreakdown.owner("OutputFlusher for repair is_new -> split logs", TASKS))
                .isEqualTo("BaseLogApp");
    }

    @Test
    void otherThreadsAreTheClustersOrTheSimulators() {
        assertThat(CpuBreakdown.owner("AsyncOperations-thread-3", TASKS))
                .isEqualTo("(cluster) AsyncOperations-thread");
        assertThat(
                        CpuBreakdown.owner(
                                "kafka-producer-network-thread | producer-BaseLogApp-7", TASKS))
                .isEqualTo("(cluster) kafka-producer-network-thread");
        assertThat(CpuBreakdown.owner("blc-127.0.0.1:12181", TASKS)).isEqualTo("(cluster) blc");
        assertThat(CpuBreakdown.owner(CpuBreakdown.SIMULATOR_THREAD, TASKS))
                .isEqualTo(CpuBreakdown.SIMULATOR);
    }

    @Test
    void whatNoThreadOfThisJvmUsedIsTheJvmsOrTheMachines() {
        CpuBreakdown.Sample before =
                new CpuBreakdown.Sample(
                        Map.of(1L, "repair is_new -> split logs (1/1)#0"),
                        Map.of(1L, 1_000_000_000L),
                        5_000_000_000L,
                        100.0);
        CpuBreakdown.Sample after =
                new CpuBreakdown.Sample(
                        Map.of(1L, "repair is_new -> split logs (1/1)#0", 2L, "simulator"),
                        Map.of(1L, 3_000_000_000L, 2L, 500_000_000L),
                        9_000_000_000L,
                        110.0);

        assertThat(CpuBreakdown.between(before, after, TASKS))
                .containsExactly(
                        Map.entry(CpuBreakdown.MACHINE, 6.0),
                        Map.entry("BaseLogApp", 2.0),
                        Map.entry(CpuBreakdown.JVM, 1.5),
                        Map.entry(CpuBreakdown.SIMULATOR, 0.5));
    }
}
