package com.gmall.rtdw.jobs.ods;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * OdsDbApp on the real local stack: the snapshot arrives as bootstrap-inserts, binlog changes as
 * insert, update (with the changed columns' old values) and delete; stopped with a savepoint while
 * rows keep changing and restarted from it, every change reaches topic_db exactly once and no
 * second snapshot is taken (defect G1).
 */
class OdsDbAppITCase {
    private static final int SKUS = 60;

    @Test
    void changesWhileStoppedArriveExactlyOnceAfterARestartFromTheSavepoint() throws Exception {
        TestStack stack = TestStack.get();
        GmallConfig config = stack.settings().config();
        Path folder = stack.folder("ods-db-app");

        JobClient job = LocalExecution.start(new OdsDbApp(), config, folder, null, 0);
        readUntil(
                config, changes -> count(changes, "sku_info", ChangeType.bootstrap_insert) >= SKUS);
        sql(
                config,
                "INSERT INTO favor_info (id, user_id, sku_id, spu_id, is_cancel, create_time) VALUES "
                        + "(900001, 1, 1, 1, '0', '2024-06-01 10:00:00')");
        sql(
                config,
                "UPDATE favor_info SET is_cancel = '1', cancel_time = '2024-06-01 10:05:00' WHERE id = 900001");
        readUntil(config, changes -> ofRow(changes, 900001).size() >= 2);

        String savepoint =
                job.stopWithSavepoint(false, folder.resolve("savepoints").toUri().toString())
                        .get(2, TimeUnit.MINUTES);
        sql(
                config,
                "INSERT INTO favor_info (id, user_id, sku_id, spu_id, is_cancel, create_time) VALUES "
                        + "(900002, 2, 2, 1, '0', '2024-06-01 10:10:00'), (900003, 3, 3, 1, '0', '2024-06-01 10:11:00')");
        sql(config, "UPDATE favor_info SET sku_id = 4 WHERE id = 900002");
        sql(config, "DELETE FROM favor_info WHERE id = 900001");

        JobClient resumed = LocalExecution.start(new OdsDbApp(), config, folder, savepoint, 0);
        try {
            List<DbChange> changes =
                    readUntil(
                            config,
                            c ->
                                    ofRow(c, 900001).size() >= 3
                                            && ofRow(c, 900002).size() >= 2
                                            && !ofRow(c, 900003).isEmpty());
            Thread.sleep(6000); // two more checkpoints: anything repeated would be committed by now
            changes = readUntil(config, c -> false, Duration.ofSeconds(3));

            assertThat(types(ofRow(changes, 900001)))
                    .containsExactly(ChangeType.insert, ChangeType.update, ChangeType.delete);
            assertThat(types(ofRow(changes, 900002)))
                    .containsExactly(ChangeType.insert, ChangeType.update);
            assertThat(types(ofRow(changes, 900003))).containsExactly(ChangeType.insert);
            DbChange update = ofRow(changes, 900001).get(1);
            assertThat(update.getOld())
                    .containsEntry("is_cancel", "0")
                    .containsEntry("cancel_time", null)
                    .doesNotContainKey("sku_id");
            assertThat(update.getData())
                    .containsEntry("is_cancel", "1")
                    .containsEntry("cancel_time", "2024-06-01 10:05:00");
            assertThat(ofRow(changes, 900002).get(1).getOld())
                    .containsExactly(java.util.Map.entry("sku_id", "2"));
            assertThat(count(changes, "sku_info", ChangeType.bootstrap_insert))
                    .as("one snapshot only")
                    .isEqualTo(SKUS);
            DbChange sku =
                    changes.stream()
                            .filter(
                                    c ->
                                            c.getTable().equals("sku_info")
                                                    && c.getType() == ChangeType.bootstrap_insert)
                            .findFirst()
                            .orElseThrow();
            assertThat(sku.getDatabase()).isEqualTo("gmall");
            assertThat(sku.getData().get("price")).matches("\\d+");
            assertThat(sku.getData().get("create_time"))
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        } finally {
            resumed.cancel().get(1, TimeUnit.MINUTES);
        }
    }

    private static List<DbChange> readUntil(GmallConfig config, Predicate<List<DbChange>> done) {
        List<DbChange> changes = readUntil(config, done, Duration.ofMinutes(3));
        assertThat(done.test(changes))
                .as("topic_db reached the expected state within 3 minutes")
                .isTrue();
        return changes;
    }

    private static List<DbChange> readUntil(
            GmallConfig config, Predicate<List<DbChange>> done, Duration timeout) {
        List<DbChange> decoded = new ArrayList<>();
        TopicReader.readUntil(
                config,
                Topics.TOPIC_DB.name(),
                records -> {
                    decoded.clear();
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        if (r.key() == null) {
                            continue; // not OdsDbApp's (it keys every change): DimAppITCase's
                            // malformed message, in this JVM
                        }
                        try {
                            decoded.add(Topics.TOPIC_DB.serde().decode(r.value()));
                        } catch (DecodeException e) {
                            throw new AssertionError(e);
                        }
                    }
                    return done.test(decoded);
                },
                timeout);
        return decoded;
    }

    private static List<DbChange> ofRow(List<DbChange> changes, long favorId) {
        return changes.stream()
                .filter(
                        c ->
                                c.getTable().equals("favor_info")
                                        && Long.toString(favorId).equals(c.getData().get("id")))
                .toList();
    }

    private static List<ChangeType> types(List<DbChange> changes) {
        return changes.stream().map(DbChange::getType).toList();
    }

    private static long count(List<DbChange> changes, String table, ChangeType type) {
        return changes.stream()
                .filter(c -> c.getTable().equals(table) && c.getType() == type)
                .count();
    }

    private static void sql(GmallConfig config, String statement) throws Exception {
        StackClients.mariadb(config, "gmall", statement);
    }
}
