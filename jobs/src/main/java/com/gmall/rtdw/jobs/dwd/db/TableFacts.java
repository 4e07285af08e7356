package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The facts of one business table from {@code topic_db}: changes of database {@code gmall} only
 * (defect G7: the reference did not check the database in most jobs), of the rule's table, that the
 * rule matches, and the rows of OdsDbApp's snapshot that show a fact of the period {@link
 * SnapshotFacts} counts. A change the rule matches but cannot make a fact of is a dead letter with
 * the reason.
 */
public final class TableFacts<T> extends ProcessFunction<DbChange, T> {
    private static final long serialVersionUID = 1L;
    public static final String DATABASE = "gmall";

    private final FactRule<T> rule;
    private final ZoneId zone;
    private final SnapshotFacts snapshot;
    private final String jobName;

    public TableFacts(FactRule<T> rule, ZoneId zone, SnapshotFacts snapshot, String jobName) {
        this.rule = rule;
        this.zone = zone;
        this.snapshot = snapshot;
        this.jobName = jobName;
    }

    @Override
    public void processElement(DbChange change, Context ctx, Collector<T> out) {
        if (isOfTable(change, rule.table())) {
            apply(
                    rule,
                    snapshot,
                    new Row(change, zone),
                    out,
                    letter -> ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, letter),
                    jobName);
        }
    }

    public static boolean isOfTable(DbChange change, String table) {
        return DATABASE.equals(change.getDatabase()) && table.equals(change.getTable());
    }

    /**
     * The rule's fact of a row of its table, if the rule matches the change (a snapshot row: if it
     * shows a fact that {@code snapshot} counts); a dead letter if the fact cannot be made.
     */
    static <T> void apply(
            FactRule<T> rule,
            SnapshotFacts snapshot,
            Row row,
            Collector<T> out,
            Consumer<KafkaRecord> deadLetters,
            String jobName) {
        T fact;
        try {
            if (isUntoldSnapshotFact(rule, snapshot, row)) {
                deadLetter(
                        deadLetters,
                        jobName,
                        row,
                        "snapshot row: "
                                + rule.table()
                                + " shows a fact of the "
                                + "period it cannot tell the time or amount of (its last at "
                                + rule.snapshotUntoldFactTime(row)
                                + "); not counted");
                return;
            }
            if (!isFact(rule, snapshot, row)) {
                return;
            }
            fact = rule.fact(row);
        } catch (Row.BadRow e) {
            deadLetter(deadLetters, jobName, row, "no fact: " + e.getMessage());
            return;
        }
        out.collect(fact);
    }

    private static void deadLetter(
            Consumer<KafkaRecord> deadLetters, String jobName, Row row, String reason) {
        deadLetters.accept(
                DeadLetters.of(
                        jobName,
                        reason,
                        "topic_db",
                        -1,
                        -1,
                        DbChangeSerde.INSTANCE.encode(row.change())));
    }

    private static <T> boolean isUntoldSnapshotFact(
            FactRule<T> rule, SnapshotFacts snapshot, Row row) {
        DbChange change = row.change();
        return change.getType() == ChangeType.bootstrap_insert
                && !snapshot.counts(rule.snapshotFactTime(row), change.getTsSeconds())
                && snapshot.counts(rule.snapshotUntoldFactTime(row), change.getTsSeconds());
    }

    private static <T> boolean isFact(FactRule<T> rule, SnapshotFacts snapshot, Row row) {
        DbChange change = row.change();
        return change.getType() == ChangeType.bootstrap_insert
                ? snapshot.counts(rule.snapshotFactTime(row), change.getTsSeconds())
                : rule.matches(change.getType(), row);
    }
}
