package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates a job's dead-letter topic before the job starts (brokers do not auto-create topics here).
 */
public final class DeadLetterTopics {
    private DeadLetterTopics() {}

    public static void ensure(GmallConfig config, GmallJob job) throws InterruptedException {
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(config))) {
            // the broker's default replication factor: 1 locally, what the cluster is set up with
            // elsewhere
            admin.createTopics(
                            List.of(
                                    new NewTopic(
                                            DeadLetters.topic(job.name()),
                                            java.util.Optional.of(1),
                                            java.util.Optional.empty())))
                    .all()
                    .get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "cannot create " + DeadLetters.topic(job.name()) + ": " + e.getCause(), e);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka did not answer within 60 s while creating "
                            + DeadLetters.topic(job.name()),
                    e);
        }
    }
}
