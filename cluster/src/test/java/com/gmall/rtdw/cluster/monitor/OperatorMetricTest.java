package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metric ids as Flink 1.13's REST API lists them for a vertex of BaseLogApp and of a DWS job. */
class OperatorMetricTest {
    @Test
    void eachFlinkIdFeedsTheRightSeries() {
        assertThat(read("backPressuredTimeMsPerSecond"))
                .containsExactly(OperatorMetric.BACKPRESSURE);
        assertThat(read("numRecordsIn")).containsExactly(OperatorMetric.RECORDS_IN);
        assertThat(read("Source__kafka_topic_log.KafkaSourceReader.KafkaConsumer.records-lag-max"))
                .containsExactly(OperatorMetric.KAFKA_LAG);
        assertThat(read("Sink__kafka_dlq_base_log_app.numRecordsIn"))
                .containsExactly(OperatorMetric.DEAD_LETTERS);
        assertThat(read("window_orders.lateRecords")).containsExactly(OperatorMetric.LATE_RECORDS);
        assertThat(read("lookup_sku.dim.dim_sku_info.dimLookupHits"))
                .containsExactly(OperatorMetric.DIM_CACHE_HITS);
        // what the series must not swallow: other sinks' inputs, per-second rates, other consumer
        // metrics
        assertThat(read("Sink__kafka_dwd_traffic_page_log.numRecordsIn")).isEmpty();
        assertThat(read("numRecordsInPerSecond")).isEmpty();
        assertThat(read("Source__kafka_topic_log.KafkaSourceReader.KafkaConsumer.records-lead-min"))
                .isEmpty();
    }

    private static List<OperatorMetric> read(String id) {
        return Arrays.stream(OperatorMetric.values()).filter(m -> m.reads(id)).toList();
    }
}
