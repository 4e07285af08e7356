package com.gmall.rtdw.jobs.runtime;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaException;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;
import org.apache.flink.streaming.connectors.kafka.KafkaSerializationSchema;
import org.apache.flink.streaming.connectors.kafka.KafkaTransactionHandles;
import org.apache.flink.streaming.connectors.kafka.internals.FlinkKafkaInternalProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flink 1.13's exactly-once Kafka producer, except that a restore never loses a checkpoint's records silently.
 *
 * <p>On restore Flink commits the transactions its checkpoint had pre-committed. If the broker refuses (fenced or
 * invalid state), Flink logs "presumably already committed" and goes on; but the broker also refuses a transaction
 * it aborted because it outlived {@code transaction.timeout.ms}, and then the records are gone while the restored
 * source offsets are past them. This producer remembers, in its own state, when the oldest transaction not yet
 * known to be committed was begun. A refused commit of a transaction open longer than the timeout can be such an
 * abort, so the restore fails with {@link AbortedTransactionException} unless the user accepted the loss
 * ({@code kafka.accept-aborted-transactions}). A refused commit within the timeout means the transaction was
 * committed and its id used again, as in Flink.
 */
public class ExactlyOnceKafkaProducer<T> extends FlinkKafkaProducer<T> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceKafkaProducer.class);

    private final long transactionTimeoutMs;
    private final boolean acceptAbortedTransactions;

    private transient Map<KafkaTransactionState, Long> openTransactionsBegun;
    private transient ListState<Long> oldestOpenTransactionBegun;
    private transient Long restoredOldestBegun;

    public ExactlyOnceKafkaProducer(String defaultTopic, KafkaSerializationSchema<T> schema, Properties producerConfig,
            boolean acceptAbortedTransactions) {
        super(defaultTopic, schema, producerConfig, Semantic.EXACTLY_ONCE);
        this.transactionTimeoutMs = Long.parseLong(
                this.producerConfig.getProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
        this.acceptAbortedTransactions = acceptAbortedTransactions;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        openTransactionsBegun = new IdentityHashMap<>();
        // union state: after a change of parallelism every subtask sees every begin time and takes the oldest
        oldestOpenTransactionBegun = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("oldest-open-transaction-begun", Types.LONG));
        restoredOldestBegun = null;
        for (Long begun : oldestOpenTransactionBegun.get()) {
            restoredOldestBegun = restoredOldestBegun == null ? begun : Math.min(restoredOldestBegun, begun);
        }
        super.initializeState(context);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        super.snapshotState(context);
        long oldest = openTransactionsBegun.values().stream().mapToLong(Long::longValue).min()
                .orElse(System.currentTimeMillis());
        oldestOpenTransactionBegun.update(List.of(oldest));
    }

    @Override
    protected KafkaTransactionState beginTransaction() throws FlinkKafkaException {
        KafkaTransactionState transaction = super.beginTransaction();
        openTransactionsBegun.put(transaction, System.currentTimeMillis());
        return transaction;
    }

    @Override
    protected void commit(KafkaTransactionState transaction) {
        super.commit(transaction);
        openTransactionsBegun.remove(transaction);
    }

    @Override
    protected void abort(KafkaTransactionState transaction) {
        super.abort(transaction);
        openTransactionsBegun.remove(transaction);
    }

    @Override
    protected void recoverAndCommit(KafkaTransactionState transaction) {
        String transactionalId = KafkaTransactionHandles.transactionalId(transaction);
        if (transactionalId == null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(producerConfig);
        properties.setProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        FlinkKafkaInternalProducer<byte[], byte[]> producer = new FlinkKafkaInternalProducer<>(properties);
        try {
            producer.resumeTransaction(KafkaTransactionHandles.producerId(transaction),
                    KafkaTransactionHandles.epoch(transaction));
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidTxnStateException refused) {
            onRefusedCommit(transaction, refused);
        } finally {
            producer.close(Duration.ZERO);
        }
    }

    private void onRefusedCommit(KafkaTransactionState transaction, RuntimeException refused) {
        if (restoredOldestBegun == null) {
            LOG.warn("{} refused by the broker on restore; a checkpoint of an older version keeps no begin time, so it "
                    + "is taken as committed before, as Flink does", transaction, refused);
            return;
        }
        long openMs = System.currentTimeMillis() - restoredOldestBegun;
        if (openMs <= transactionTimeoutMs) {
            LOG.info("{} was committed before the restore (the broker refused it again within the timeout: {})",
                    transaction, refused.toString());
            return;
        }
        AbortedTransactionException aborted = new AbortedTransactionException(transaction.toString(), openMs,
                transactionTimeoutMs, refused);
        if (!acceptAbortedTransactions) {
            throw aborted;
        }
        LOG.error("Accepted (kafka.accept-aborted-transactions=true): {}", aborted.getMessage());
    }
}
