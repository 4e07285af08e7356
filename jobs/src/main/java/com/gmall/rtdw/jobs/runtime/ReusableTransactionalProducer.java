package com.gmall.rtdw.jobs.runtime;

import java.util.Properties;
import org.apache.flink.streaming.connectors.kafka.internals.FlinkKafkaInternalProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * A transactional producer that runs its next transaction under another transactional id, so that
 * an exactly-once sink needs no new producer per checkpoint ({@link ExactlyOnceKafkaProducer}).
 * Flink 1.13 makes one for every transaction and closes it after the commit; building a Kafka
 * producer (its configuration, metrics, JMX beans, network thread and metadata) took 13 % of the
 * local cluster's CPU at 2 s checkpoints (docs/benchmarks.md).
 *
 * <p>The switch asks the broker for the id's producer again ({@code InitProducerId}), as a new
 * producer would: the broker bumps the id's epoch, which fences every earlier transaction of the
 * id, so a restore that resumes an old checkpoint's transaction by its producer id and epoch can
 * never commit a later one. Kafka's client has no public way to switch: the transaction manager's
 * id, state, coordinator and sequence numbers are reset by reflection, as Kafka's own {@code
 * resetProducerId} does for a non-transactional producer (kafka-clients 2.4; Flink's producer
 * resumes transactions by reflection on the same class).
 */
final class ReusableTransactionalProducer extends FlinkKafkaInternalProducer<byte[], byte[]> {
    private static final String STATE =
            "org.apache.kafka.clients.producer.internals.TransactionManager$State";

    private volatile String id;

    ReusableTransactionalProducer(Properties properties) {
        super(properties);
        this.id = properties.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Override
    public String getTransactionalId() {
        return id;
    }

    /**
     * Makes the next transactions run under {@code transactionalId}, its epoch bumped by the
     * broker. Only between transactions: the last one committed or aborted.
     */
    void initTransactionsAs(String transactionalId) {
        Object manager = getField(kafkaProducer, "transactionManager");
        synchronized (manager) {
            setField(manager, "transactionalId", transactionalId);
            setField(manager, "transactionCoordinator", null); // another id may have another
            invoke(getField(manager, "topicPartitionBookkeeper"), "reset"); // a new epoch: from 0
            setField(manager, "currentState", getEnum(STATE + ".UNINITIALIZED"));
        }
        id = transactionalId;
        initTransactions();
    }
}
