package com.gmall.rtdw.local.bench;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Empties topics by deleting and creating them again, and forgets a consumer group's offsets. */
final class KafkaTopicsReset {
    private KafkaTopicsReset() {}

    static void reset(Properties client, List<String> topics, int partitions, String group)
            throws Exception {
        try (AdminClient admin = AdminClient.create(client)) {
            Set<String> existing = names(admin);
            admin.deleteTopics(topics.stream().filter(existing::contains).toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // a group that is not there (or no longer) has nothing to forget
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(admin).stream().anyMatch(topics::contains)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics not deleted within 60 s: " + topics);
                }
                Thread.sleep(200);
            }
            admin.createTopics(
                            topics.stream()
                                    .map(t -> new NewTopic(t, partitions, (short) 1))
                                    .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        }
    }

    private static Set<String> names(AdminClient admin) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }
}
