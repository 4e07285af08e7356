package com.gmall.rtdw.jobs.runtime;

import java.time.Duration;

/**
 * A restore found a pre-committed Kafka transaction of its checkpoint refused by the broker after
 * it had been open longer than the transaction timeout: the broker has most likely aborted it, and
 * its records are lost downstream while the restored source offsets are past them. Thrown instead
 * of Flink's "presumably already committed" log line.
 */
public final class AbortedTransactionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AbortedTransactionException(
            String transaction, long openMs, long timeoutMs, Throwable refusal) {
        super(
                String.format(
                        "%s of the restored checkpoint was begun %s ago, longer than kafka.transaction-timeout-ms "
                                + "(%s), and the broker refused to commit it: it has aborted it, and the records it held are lost "
                                + "downstream. Restore from a savepoint or checkpoint taken before it, or accept the loss with "
                                + "kafka.accept-aborted-transactions=true for this start (docs/operations.md)",
                        transaction, Duration.ofMillis(openMs), Duration.ofMillis(timeoutMs)),
                refusal);
    }
}
