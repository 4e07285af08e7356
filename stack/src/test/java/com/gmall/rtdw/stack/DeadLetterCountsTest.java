package com.gmall.rtdw.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeadLetterCountsTest {
    @Test
    void theSummaryNamesOnlyTopicsThatHoldDeadLetters() {
        Map<String, Long> counts =
                new TreeMap<>(Map.of("dlq_base_log_app", 3L, "dlq_dim_app", 0L, "dlq_flume", 12L));
        assertThat(DeadLetterCounts.summary(counts))
                .isEqualTo(
                        "15 in all: dlq_base_log_app 3, dlq_flume 12 (of 3 topics; bin/gmall topic tail TOPIC prints them)");
        assertThat(DeadLetterCounts.summary(Map.of("dlq_dim_app", 0L)))
                .isEqualTo("none (dead-letter topics: 1)");
        assertThat(DeadLetterCounts.summary(Map.of())).isEqualTo("no dead-letter topics yet");
    }
}
