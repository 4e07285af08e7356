package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a partition is read to its end, asked of the test stack's broker on a topic of its own:
 * committed records not read yet, an open transaction and a record written without one keep it from
 * the end; commit markers and an aborted transaction's records do not.
 */
class KafkaPartitionEndsITCase {
    /** A new topic each run: the offsets below count from 0. */
    private static final String TOPIC = "test_partition_ends_" + System.currentTimeMillis();

    /** Several of the probe's rounds: an answer not given by then is not coming. */
    private static final long SETTLED_MS = 6 * KafkaPartitionEnds.EVERY_MS;

    private GmallConfig config;
    private PartitionEnds ends;

    @BeforeEach
    void connect() throws Exception {
        config = TestStack.get().settings().config();
        ends = new KafkaPartitionEnds(config);
    }

    @Test
    void onlyWhatAReadCommittedReaderWouldStillReadKeepsAPartitionFromItsEnd() throws Exception {
        createTopic();
        try (KafkaProducer<byte[], byte[]> transactional = producer(TOPIC);
                KafkaProducer<byte[], byte[]> plain = producer(null)) {
            transactional.initTransactions();
            transactional.beginTransaction();
            send(transactional, "a");
            send(transactional, "b");
            transactional.commitTransaction(); // a, b at 0 and 1, the commit marker at 2

            assertThat(readToTheEnd(0)).as("two committed records unread").isFalse();
            assertThat(readToTheEnd(1)).as("one committed record unread").isFalse();
            assertThat(readToTheEnd(2)).as("only the commit marker after b").isTrue();

            transactional.beginTransaction();
            send(transactional, "open"); // at 3
            transactional.flush();
            assertThat(readToTheEnd(3))
                    .as("an open transaction with a record in the partition")
                    .isFalse();

            transactional.abortTransaction(); // the abort marker at 4
            assertThat(readToTheEnd(3)).as("the aborted record and its marker").isTrue();

            send(plain, "no transaction"); // at 5
            plain.flush();
            assertThat(readToTheEnd(5)).as("a record without a transaction unread").isFalse();
            assertThat(readToTheEnd(6)).isTrue();
        }
    }

    /**
     * True once the probe says so; false when it has not within a few of its rounds (unknown counts
     * as false).
     */
    private boolean readToTheEnd(long nextOffset) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLED_MS;
        while (System.currentTimeMillis() < deadline) {
            if (ends.readToTheEnd(TOPIC, 0, nextOffset, System.currentTimeMillis())) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String value)
            throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, 0, null, value.getBytes(StandardCharsets.UTF_8)))
                .get();
    }

    private KafkaProducer<byte[], byte[]> producer(String transactionalId) {
        Properties p = KafkaClientProperties.of(config);
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void createTopic() throws Exception {
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(config))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }
}
