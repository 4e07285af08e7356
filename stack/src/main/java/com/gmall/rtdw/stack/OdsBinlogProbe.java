package com.gmall.rtdw.stack;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until OdsDbApp reads the binlog: its snapshot is over, so what the shop writes from now on
 * reaches {@code topic_db} as events. It writes to {@code gmall.warehouse_heartbeat} (the
 * warehouse's table, ddl/mysql/gmall_warehouse.sql) every two seconds and waits for one of those
 * writes to arrive as an {@code insert} or {@code update}: while the snapshot runs, Flink CDC folds
 * the writes into its {@code bootstrap-insert} rows or holds them back until the snapshot ends. A
 * shop started earlier would have some of its first facts read as history by the snapshot, and
 * updates (a cart line's added quantity) cannot be told from a final state.
 */
public final class OdsBinlogProbe {
    static final String TABLE = "warehouse_heartbeat";
    private static final Duration BEAT = Duration.ofSeconds(2);

    private OdsBinlogProbe() {}

    /**
     * @throws IllegalStateException when no heartbeat arrives as an event within {@code timeout}
     */
    public static void await(StackSettings settings, Duration timeout, Consumer<String> progress)
            throws Exception {
        String url = settings.shopJdbcUrl();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = CommittedRecords.consumer(settings);
                Connection db =
                        DriverManager.getConnection(
                                url,
                                settings.config().get(GmallOptions.STACK_MYSQL_WRITER_USER),
                                settings.config().get(GmallOptions.STACK_MYSQL_WRITER_PASSWORD));
                Statement beat = db.createStatement()) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.TOPIC_DB.name(), Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fixes the end now: only later records count
            long nextReport = System.nanoTime();
            while (System.nanoTime() < deadline) {
                beat.executeUpdate(
                        "INSERT INTO "
                                + TABLE
                                + " (id, beat_at) VALUES (1, NOW(3)) "
                                + "ON DUPLICATE KEY UPDATE beat_at = NOW(3)");
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(BEAT)) {
                    if (isHeartbeatEvent(r.value())) {
                        return;
                    }
                }
                if (System.nanoTime() >= nextReport) {
                    progress.accept(
                            "waiting for OdsDbApp to finish its snapshot and read the binlog");
                    nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                }
            }
        }
        throw new IllegalStateException(
                "OdsDbApp did not pass a write to gmall."
                        + TABLE
                        + " on to "
                        + Topics.TOPIC_DB.name()
                        + " within "
                        + timeout.toSeconds()
                        + " s: is it running? (bin/gmall status)");
    }

    private static boolean isHeartbeatEvent(byte[] value) {
        DbChange change;
        try {
            change = Topics.TOPIC_DB.serde().decode(value);
        } catch (DecodeException | RuntimeException e) {
            return false; // not ours to judge: the jobs reading topic_db dead-letter it
        }
        return "gmall".equals(change.getDatabase())
                && TABLE.equals(change.getTable())
                && (change.getType() == ChangeType.insert || change.getType() == ChangeType.update);
    }
}
