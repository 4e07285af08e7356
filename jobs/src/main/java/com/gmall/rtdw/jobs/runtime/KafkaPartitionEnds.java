package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PartitionEnds} asked of the broker, off the reader's thread (G8). A partition is read to
 * the end when its last stable offset equals its high watermark (no open transaction has records in
 * it) and a {@code read_committed} consumer placed at the reader's next offset finds no record
 * before that end (what lies between is commit markers and aborted records, which the reader skips
 * too). Comparing offsets alone cannot tell those apart from records, and a reader held back by
 * backpressure reads nothing for a while without being at the end.
 *
 * <p>One probe per JVM and Kafka cluster serves every reader of every job: a daemon thread answers
 * the questions asked in the last {@link #ASK_MS} ms every {@link #EVERY_MS} ms; an answer older
 * than {@link #ANSWER_MS} ms, or for another offset, counts as unknown. When the broker does not
 * answer, nothing is at the end. A probe asked nothing for {@link #IDLE_MS} ms stops (a session
 * cluster's jobs come and go) and the next question starts one.
 */
public final class KafkaPartitionEnds implements PartitionEnds {
    static final long EVERY_MS = 500;
    static final long ANSWER_MS = 2_000;
    static final long ASK_MS = 5_000;
    static final long IDLE_MS = 60_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPartitionEnds.class);
    private static final Map<Properties, Probe> PROBES = new ConcurrentHashMap<>();

    private final Properties kafka;

    public KafkaPartitionEnds(GmallConfig config) {
        this.kafka = KafkaClientProperties.of(config);
    }

    @Override
    public boolean readToTheEnd(String topic, int partition, long nextOffset, long now) {
        return PROBES.computeIfAbsent(kafka, Probe::start)
                .readToTheEnd(new TopicPartition(topic, partition), nextOffset, now);
    }

    /** Where a reader is: the partition and the offset after the last record it read. */
    private record Position(TopicPartition partition, long nextOffset) {}

    private record Answer(long at, boolean atTheEnd) {}

    private static final class Probe implements Runnable {
        private final Properties kafka;

        /**
         * Positions asked about, with when they were last asked (readers of other jobs may share a
         * partition).
         */
        private final Map<Position, Long> questions = new ConcurrentHashMap<>();

        private final Map<Position, Answer> answers = new ConcurrentHashMap<>();

        private Probe(Properties kafka) {
            this.kafka = kafka;
        }

        private volatile long lastAskedAt = System.currentTimeMillis();

        static Probe start(Properties kafka) {
            Probe probe = new Probe(kafka);
            Thread thread = new Thread(probe, "kafka-partition-ends");
            thread.setDaemon(true);
            thread.start();
            return probe;
        }

        boolean readToTheEnd(TopicPartition partition, long nextOffset, long now) {
            Position position = new Position(partition, nextOffset);
            questions.put(position, now);
            lastAskedAt = now;
            Answer answer = answers.get(position);
            return answer != null && answer.atTheEnd && now - answer.at < ANSWER_MS;
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted() && !idle()) {
                try (KafkaConsumer<byte[], byte[]> committed = consumer("read_committed");
                        KafkaConsumer<byte[], byte[]> uncommitted = consumer("read_uncommitted")) {
                    answerTheQuestions(committed, uncommitted);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.warn("Partition end probe failed, starting it again: {}", e.toString());
                    answers.clear();
                    sleep();
                }
            }
            PROBES.remove(kafka, this);
        }

        private boolean idle() {
            return System.currentTimeMillis() - lastAskedAt > IDLE_MS;
        }

        private void answerTheQuestions(
                KafkaConsumer<byte[], byte[]> committed, KafkaConsumer<byte[], byte[]> uncommitted)
                throws InterruptedException {
            while (!Thread.currentThread().isInterrupted() && !idle()) {
                long now = System.currentTimeMillis();
                // a question not asked again for a while: the reader has moved on, or stopped
                questions.entrySet().removeIf(q -> now - q.getValue() > ASK_MS);
                answers.keySet().retainAll(questions.keySet());
                if (!questions.isEmpty()) {
                    answer(committed, uncommitted, Set.copyOf(questions.keySet()), now);
                }
                Thread.sleep(EVERY_MS);
            }
        }

        private void answer(
                KafkaConsumer<byte[], byte[]> committed,
                KafkaConsumer<byte[], byte[]> uncommitted,
                Set<Position> positions,
                long now) {
            Set<TopicPartition> partitions =
                    positions.stream().map(Position::partition).collect(Collectors.toSet());
            try {
                Map<TopicPartition, Long> stable = committed.endOffsets(partitions, TIMEOUT);
                Map<TopicPartition, Long> high = uncommitted.endOffsets(partitions, TIMEOUT);
                for (Position position : positions) {
                    long end = stable.get(position.partition);
                    boolean atTheEnd =
                            end == high.get(position.partition)
                                    && nothingCommittedFrom(
                                            committed,
                                            position.partition,
                                            position.nextOffset,
                                            end);
                    answers.put(position, new Answer(now, atTheEnd));
                }
            } catch (RuntimeException e) {
                answers.clear();
                LOG.warn(
                        "Could not tell whether {} are read to their end (their watermarks wait): {}",
                        partitions,
                        e.toString());
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether a read_committed read from {@code from} reaches {@code end} without a record. */
        private static boolean nothingCommittedFrom(
                KafkaConsumer<byte[], byte[]> consumer,
                TopicPartition partition,
                long from,
                long end) {
            if (from >= end) {
                return true;
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    return false;
                }
            }
            return consumer.position(partition, TIMEOUT) >= end;
        }

        private KafkaConsumer<byte[], byte[]> consumer(String isolation) {
            Properties p = new Properties();
            p.putAll(kafka);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            // a record found is an answer: no need to fetch more of it than a little
            p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
            return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
    }
}
