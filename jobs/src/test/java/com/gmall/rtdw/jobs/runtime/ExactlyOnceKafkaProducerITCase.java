package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.StreamSink;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A restore that finds its checkpoint's pre-committed transaction aborted by the broker (it
 * outlived a 3 s transaction timeout while the job was down) fails, instead of Flink's "presumably
 * already committed"; a transaction that was committed before the crash, or that held no records,
 * restores quietly after the same wait; accepting the loss lets the aborted restore go on. A sink
 * runs on the producers it kept, and an old checkpoint's transaction cannot commit a later one of
 * the same id. On the test stack's broker, with topics of their own.
 */
class ExactlyOnceKafkaProducerITCase {
    private static final String TOPIC = "test_exactly_once_restore";
    private static final String REUSE_TOPIC = "test_exactly_once_reuse";
    private static final int TIMEOUT_MS = 3000;

    @Test
    void aRestoreFailsOnATransactionTheBrokerAbortedAndNotOnACommittedOne() throws Exception {
        GmallConfig config = TestStack.get().settings().config();
        createTopic(config, TOPIC);

        OneInputStreamOperatorTestHarness<KafkaRecord, Object> crashed = sink(config, false);
        // record times of today: the broker deletes records older than its retention at once
        crashed.processElement(record("lost-unless-committed"), System.currentTimeMillis());
        OperatorSubtaskState preCommitted = crashed.snapshot(1, 1);
        crashed.close(); // a crash between the checkpoint and its commit: the transaction stays
        // open

        OneInputStreamOperatorTestHarness<KafkaRecord, Object> committed = sink(config, false);
        committed.processElement(record("committed-before-crash"), System.currentTimeMillis());
        OperatorSubtaskState committedState = committed.snapshot(1, 1);
        committed.notifyOfCompletedCheckpoint(1);
        committed.close();

        OneInputStreamOperatorTestHarness<KafkaRecord, Object> idle = sink(config, false);
        OperatorSubtaskState nothingWritten =
                idle.snapshot(1, 1); // a dead-letter sink's usual transaction
        idle.close();

        awaitNoOpenTransaction(config); // the broker aborts the open one after the timeout
        Thread.sleep(TIMEOUT_MS);

        assertThatThrownBy(() -> restore(config, preCommitted, false))
                .satisfies(
                        e ->
                                assertThat(causes(e))
                                        .anyMatch(
                                                c ->
                                                        c instanceof AbortedTransactionException
                                                                && c.getMessage()
                                                                        .contains(
                                                                                "kafka.accept-aborted-transactions")));
        restore(config, committedState, false).close();
        // the broker refuses to commit a transaction it never saw begin (invalid state): nothing
        // was in it
        restore(config, nothingWritten, false).close();
        restore(config, preCommitted, true).close();

        assertThat(committedValues(config, TOPIC)).containsExactly("committed-before-crash");
    }

    @Test
    void aSinkRunsOnTheProducersItKeptAndAnOldCheckpointCannotCommitALaterTransaction()
            throws Exception {
        GmallConfig config = TestStack.get().settings().config();
        createTopic(config, REUSE_TOPIC);

        OneInputStreamOperatorTestHarness<KafkaRecord, Object> crashed = sink(config, false);
        ExactlyOnceKafkaProducer<?> producer =
                (ExactlyOnceKafkaProducer<?>)
                        ((StreamSink<?>) crashed.getOperator()).getUserFunction();
        String firstId = producer.currentTransactionalId();
        crashed.processElement(record(REUSE_TOPIC, "checkpoint-1"), System.currentTimeMillis());
        OperatorSubtaskState checkpoint1 = crashed.snapshot(1, 1);
        crashed.notifyOfCompletedCheckpoint(1);
        int builtAfterTheFirstCheckpoint = producer.producersBuilt();
        long checkpoint = 1;
        // the ids rotate: run checkpoints until the first one's id is in use again
        while (!producer.currentTransactionalId().equals(firstId)) {
            checkpoint++;
            crashed.processElement(
                    record(REUSE_TOPIC, "checkpoint-" + checkpoint), System.currentTimeMillis());
            crashed.snapshot(checkpoint, checkpoint);
            crashed.notifyOfCompletedCheckpoint(checkpoint);
        }
        assertThat(checkpoint).as("checkpoints until the first id came back").isGreaterThan(2);
        assertThat(producer.producersBuilt())
                .as("no producer built after the first checkpoint's")
                .isEqualTo(builtAfterTheFirstCheckpoint);
        crashed.processElement(
                record(REUSE_TOPIC, "after-the-last-checkpoint"), System.currentTimeMillis());
        crashed.close(); // a crash: the open transaction on the first id stays open

        // a restore from the first checkpoint commits its transaction again by producer id and
        // epoch: the broker must refuse it, as the id's epoch moved on, not commit the open one
        restore(config, checkpoint1, false).close();

        List<String> values = committedValues(config, REUSE_TOPIC);
        assertThat(values).doesNotContain("after-the-last-checkpoint");
        assertThat(values).startsWith("checkpoint-1", "checkpoint-2").hasSize((int) checkpoint);
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable c = e; c != null; c = c.getCause()) {
            all.add(c);
        }
        return all;
    }

    private static OneInputStreamOperatorTestHarness<KafkaRecord, Object> restore(
            GmallConfig config, OperatorSubtaskState state, boolean acceptAborted)
            throws Exception {
        OneInputStreamOperatorTestHarness<KafkaRecord, Object> harness =
                harness(config, acceptAborted);
        harness.initializeState(state);
        harness.open();
        return harness;
    }

    private static OneInputStreamOperatorTestHarness<KafkaRecord, Object> sink(
            GmallConfig config, boolean acceptAborted) throws Exception {
        OneInputStreamOperatorTestHarness<KafkaRecord, Object> harness =
                harness(config, acceptAborted);
        harness.open();
        return harness;
    }

    private static OneInputStreamOperatorTestHarness<KafkaRecord, Object> harness(
            GmallConfig config, boolean acceptAborted) throws Exception {
        Properties properties = KafkaSinks.producerProperties(config);
        properties.setProperty(
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, String.valueOf(TIMEOUT_MS));
        return new OneInputStreamOperatorTestHarness<>(
                new StreamSink<>(
                        new ExactlyOnceKafkaProducer<>(
                                TOPIC,
                                new KafkaSinks.RoutedRecords(65536),
                                properties,
                                acceptAborted)));
    }

    private static KafkaRecord record(String value) {
        return record(TOPIC, value);
    }

    private static KafkaRecord record(String topic, String value) {
        return new KafkaRecord(topic, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void createTopic(GmallConfig config, String topic) throws Exception {
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(config))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
    }

    /**
     * Until read_committed readers see as far as the log ends: no transaction holds the topic open
     * any more.
     */
    private static void awaitNoOpenTransaction(GmallConfig config) throws Exception {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (endOffset(config, partition, "read_committed")
                    == endOffset(config, partition, "read_uncommitted")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the broker did not abort the open transaction within 90 s");
    }

    private static long endOffset(GmallConfig config, TopicPartition partition, String isolation) {
        Properties p = KafkaClientProperties.of(config);
        p.put("isolation.level", isolation);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(partition));
            return ends.get(partition);
        }
    }

    private static List<String> committedValues(GmallConfig config, String topic) {
        return TopicReader.readUntil(
                        config,
                        topic,
                        all -> !all.isEmpty(),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(2))
                .stream()
                .map(ConsumerRecord::value)
                .map(v -> new String(v, StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }
}
