package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What the jobs' Kafka sources hand on, before any decoding. */
class KafkaSourcesTest {
    @Test
    void tombstonesAreSkippedAndEveryOtherMessageKeepsItsOriginG2() throws Exception {
        List<SourceBytes> out = new ArrayList<>();
        Collector<SourceBytes> collector =
                new Collector<>() {
                    @Override
                    public void collect(SourceBytes record) {
                        out.add(record);
                    }

                    @Override
                    public void close() {}
                };
        KafkaSources.Bytes bytes = new KafkaSources.Bytes();
        bytes.deserialize(new ConsumerRecord<>("topic_db", 1, 41, "k".getBytes(), null), collector);
        bytes.deserialize(new ConsumerRecord<>("topic_db", 1, 42, null, new byte[0]), collector);
        bytes.deserialize(new ConsumerRecord<>("topic_db", 2, 7, null, "{".getBytes()), collector);

        assertThat(out)
                .extracting(
                        r -> r.topic + "/" + r.partition + "@" + r.offset + ":" + r.value.length)
                .containsExactly("topic_db/1@42:0", "topic_db/2@7:1");
    }
}
