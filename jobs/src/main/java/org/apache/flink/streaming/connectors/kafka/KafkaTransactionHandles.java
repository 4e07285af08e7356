package org.apache.flink.streaming.connectors.kafka;

import java.lang.reflect.Field;
import java.util.concurrent.BlockingDeque;

/**
 * Reads the identity of a transaction that Flink 1.13 keeps in package-private fields: the
 * transactional id, producer id and epoch a restored job needs to commit a pre-committed
 * transaction itself and tell a transaction the broker aborted from one already committed ({@code
 * com.gmall.rtdw.jobs.runtime.ExactlyOnceKafkaProducer}), and hands that producer the pool of free
 * transactional ids, which it needs to run a transaction on a producer it kept.
 */
public final class KafkaTransactionHandles {
    private KafkaTransactionHandles() {}

    public static String transactionalId(FlinkKafkaProducer.KafkaTransactionState transaction) {
        return transaction.transactionalId;
    }

    public static long producerId(FlinkKafkaProducer.KafkaTransactionState transaction) {
        return transaction.producerId;
    }

    public static short epoch(FlinkKafkaProducer.KafkaTransactionState transaction) {
        return transaction.epoch;
    }

    /**
     * The producer's free transactional ids (Flink takes the next from the head and gives a
     * committed one back at the tail).
     */
    @SuppressWarnings("unchecked")
    public static BlockingDeque<String> freeTransactionalIds(FlinkKafkaProducer<?> producer) {
        try {
            Field ids = FlinkKafkaProducer.class.getDeclaredField("availableTransactionalIds");
            ids.setAccessible(true);
            return (BlockingDeque<String>) ids.get(producer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "not the Flink 1.13 Kafka producer this was made for", e);
        }
    }
}
