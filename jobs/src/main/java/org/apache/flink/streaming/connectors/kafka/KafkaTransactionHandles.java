package org.apache.flink.streaming.connectors.kafka;

/**
 * Reads the identity of a transaction that Flink 1.13 keeps in package-private fields: the
 * transactional id, producer id and epoch a restored job needs to commit a pre-committed
 * transaction itself and tell a transaction the broker aborted from one already committed ({@code
 * com.gmall.rtdw.jobs.runtime.ExactlyOnceKafkaProducer}).
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
}
