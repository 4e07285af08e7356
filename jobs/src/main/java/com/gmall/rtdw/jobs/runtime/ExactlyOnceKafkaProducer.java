package com.gmall.rtdw.jobs.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 * Flink 1.13's exactly-once Kafka producer, except that a restore never loses a checkpoint's
 * records silently.
 *
 * <p>On restore Flink commits the transactions its checkpoint had pre-committed. If the broker
 * refuses (fenced or invalid state), Flink logs "presumably already committed" and goes on; but the
 * broker also refuses a transaction it aborted because it outlived {@code transaction.timeout.ms},
 * and then the records are gone while the restored source offsets are past them. This producer
 * remembers, in its own state, which pre-committed transactions held records and when each began. A
 * refused commit of such a transaction, open longer than the timeout, can be such an abort, so the
 * restore fails with {@link AbortedTransactionException} unless the user accepted the loss ({@code
 * kafka.accept-aborted-transactions}). A refused commit within the timeout means the transaction
 * was committed and its id used again, as in Flink; a refused commit of a transaction that held
 * nothing (a dead-letter sink's, usually: the broker never saw it begin, and refuses its commit as
 * an invalid state) loses nothing.
 *
 * <p>It also keeps a committed transaction's producer for a later transaction ({@link
 * ReusableTransactionalProducer}) instead of closing it and building a new one at every checkpoint:
 * a sink runs on two producers (the open transaction's and the one waiting for its commit).
 */
public class ExactlyOnceKafkaProducer<T> extends FlinkKafkaProducer<T> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceKafkaProducer.class);

    private final long transactionTimeoutMs;
    private final boolean acceptAbortedTransactions;

    /** Committed transactions' producers kept for the next ones; more are closed. */
    private static final int IDLE_PRODUCERS = 2;

    /** Open transactions of this run: when each began, and whether a record went into it. */
    private transient Map<KafkaTransactionState, OpenTransaction> open;

    private transient ListState<String> writtenOpenTransactions;

    /** Producers whose transaction was committed, ready for another transactional id. */
    private transient Deque<ReusableTransactionalProducer> idle;

    /** Producers built by this subtask (for tests). */
    private transient int producersBuilt;

    /**
     * Restored: the transactions that held records, by {@link #key}, to when they began; null for
     * older state.
     */
    private transient Map<String, Long> restoredWritten;

    private static final class OpenTransaction {
        final long begun = System.currentTimeMillis();
        boolean written;
    }

    public ExactlyOnceKafkaProducer(
            String defaultTopic,
            KafkaSerializationSchema<T> schema,
            Properties producerConfig,
            boolean acceptAbortedTransactions) {
        super(defaultTopic, schema, producerConfig, Semantic.EXACTLY_ONCE);
        this.transactionTimeoutMs =
                Long.parseLong(
                        this.producerConfig.getProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
        this.acceptAbortedTransactions = acceptAbortedTransactions;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        open = new IdentityHashMap<>();
        idle = new ArrayDeque<>();
        // union state: after a change of parallelism every subtask sees every transaction
        writtenOpenTransactions =
                context.getOperatorStateStore()
                        .getUnionListState(
                                new ListStateDescriptor<>(
                                        "written-open-transactions", Types.STRING));
        restoredWritten = null;
        for (String entry : writtenOpenTransactions.get()) {
            if (restoredWritten == null) {
                restoredWritten = new HashMap<>();
            }
            int tab = entry.lastIndexOf('\t');
            if (tab > 0) { // an empty marker says: state of this version, nothing written
                restoredWritten.put(
                        entry.substring(0, tab), Long.parseLong(entry.substring(tab + 1)));
            }
        }
        super.initializeState(context);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        super.snapshotState(context);
        List<String> entries = new ArrayList<>();
        entries.add(""); // present even when no transaction held records: this version's state
        open.forEach(
                (transaction, state) -> {
                    if (state.written) {
                        entries.add(key(transaction) + "\t" + state.begun);
                    }
                });
        writtenOpenTransactions.update(entries);
    }

    @Override
    public void invoke(KafkaTransactionState transaction, T next, Context context)
            throws FlinkKafkaException {
        OpenTransaction state = open.get(transaction);
        if (state != null) {
            state.written = true;
        }
        super.invoke(transaction, next, context);
    }

    @Override
    protected FlinkKafkaInternalProducer<byte[], byte[]> createProducer() {
        producersBuilt++;
        return new ReusableTransactionalProducer(producerConfig);
    }

    @Override
    protected KafkaTransactionState beginTransaction() throws FlinkKafkaException {
        KafkaTransactionState transaction = beginOnIdleProducer();
        if (transaction == null) {
            transaction = super.beginTransaction();
        }
        open.put(transaction, new OpenTransaction());
        return transaction;
    }

    /** The next transaction on a kept producer, under the next free id; null without either. */
    private KafkaTransactionState beginOnIdleProducer() {
        if (idle.isEmpty()) {
            return null;
        }
        String id = KafkaTransactionHandles.freeTransactionalIds(this).pollFirst();
        if (id == null) {
            return null; // Flink's own begin reports the exhausted pool
        }
        ReusableTransactionalProducer producer = idle.pop();
        try {
            producer.initTransactionsAs(id);
            producer.beginTransaction();
        } catch (RuntimeException e) {
            KafkaTransactionHandles.freeTransactionalIds(this).addFirst(id);
            producer.close(Duration.ZERO);
            throw e;
        }
        return new KafkaTransactionState(id, producer);
    }

    /**
     * As Flink's commit, except that the producer is kept for a later transaction instead of closed
     * (its id goes back to the pool either way, as in Flink).
     */
    @Override
    protected void commit(KafkaTransactionState transaction) {
        FlinkKafkaInternalProducer<byte[], byte[]> producer = transaction.getProducer();
        boolean committed = false;
        try {
            producer.commitTransaction();
            committed = true;
        } finally {
            KafkaTransactionHandles.freeTransactionalIds(this).add(producer.getTransactionalId());
            if (committed
                    && producer instanceof ReusableTransactionalProducer reusable
                    && idle.size() < IDLE_PRODUCERS) {
                idle.push(reusable);
            } else {
                producer.close(Duration.ZERO);
            }
            open.remove(transaction);
        }
    }

    @Override
    public void close() throws FlinkKafkaException {
        try {
            super.close();
        } finally {
            if (idle != null) {
                idle.forEach(producer -> producer.close(Duration.ZERO));
                idle.clear();
            }
        }
    }

    /** Producers this subtask has built so far (for tests). */
    int producersBuilt() {
        return producersBuilt;
    }

    /** The open transaction's id (for tests). */
    String currentTransactionalId() {
        return KafkaTransactionHandles.transactionalId(currentTransaction());
    }

    @Override
    protected void abort(KafkaTransactionState transaction) {
        super.abort(transaction);
        open.remove(transaction);
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
        FlinkKafkaInternalProducer<byte[], byte[]> producer =
                new FlinkKafkaInternalProducer<>(properties);
        try {
            producer.resumeTransaction(
                    KafkaTransactionHandles.producerId(transaction),
                    KafkaTransactionHandles.epoch(transaction));
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidTxnStateException refused) {
            onRefusedCommit(transaction, refused);
        } finally {
            producer.close(Duration.ZERO);
        }
    }

    private void onRefusedCommit(KafkaTransactionState transaction, RuntimeException refused) {
        if (restoredWritten == null) {
            LOG.warn(
                    "{} refused by the broker on restore; a checkpoint of an older version does not say whether it "
                            + "held records, so it is taken as committed before, as Flink does",
                    transaction,
                    refused);
            return;
        }
        Long begun = restoredWritten.get(key(transaction));
        if (begun == null) {
            LOG.info("{} held no records: nothing to commit ({})", transaction, refused.toString());
            return;
        }
        long openMs = System.currentTimeMillis() - begun;
        if (openMs <= transactionTimeoutMs) {
            LOG.info(
                    "{} was committed before the restore (the broker refused it again within the timeout: {})",
                    transaction,
                    refused.toString());
            return;
        }
        AbortedTransactionException aborted =
                new AbortedTransactionException(
                        transaction.toString(), openMs, transactionTimeoutMs, refused);
        if (!acceptAbortedTransactions) {
            throw aborted;
        }
        LOG.error("Accepted (kafka.accept-aborted-transactions=true): {}", aborted.getMessage());
    }

    /** A transaction's identity: its transactional id, producer id and epoch. */
    private static String key(KafkaTransactionState transaction) {
        return KafkaTransactionHandles.transactionalId(transaction)
                + "/"
                + KafkaTransactionHandles.producerId(transaction)
                + "/"
                + KafkaTransactionHandles.epoch(transaction);
    }
}
