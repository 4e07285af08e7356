package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The facts of one business table from {@code topic_db}: changes of database {@code gmall} only (defect G7: the
 * reference did not check the database in most jobs), of the rule's table, that the rule matches. A change the
 * rule matches but cannot make a fact of is a dead letter with the reason.
 */
public final class TableFacts<T> extends ProcessFunction<DbChange, T> {
    private static final long serialVersionUID = 1L;
    public static final String DATABASE = "gmall";

    private final FactRule<T> rule;
    private final ZoneId zone;
    private final String jobName;

    public TableFacts(FactRule<T> rule, ZoneId zone, String jobName) {
        this.rule = rule;
        this.zone = zone;
        this.jobName = jobName;
    }

    @Override
    public void processElement(DbChange change, Context ctx, Collector<T> out) {
        if (isOfTable(change, rule.table())) {
            apply(rule, new Row(change, zone), out, letter -> ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, letter),
                    jobName);
        }
    }

    public static boolean isOfTable(DbChange change, String table) {
        return DATABASE.equals(change.getDatabase()) && table.equals(change.getTable());
    }

    /** The rule's fact of a row of its table, if the rule matches it; a dead letter if the fact cannot be made. */
    static <T> void apply(FactRule<T> rule, Row row, Collector<T> out, Consumer<KafkaRecord> deadLetters,
            String jobName) {
        if (!rule.matches(row.change().getType(), row)) {
            return;
        }
        T fact;
        try {
            fact = rule.fact(row);
        } catch (Row.BadRow e) {
            deadLetters.accept(DeadLetters.of(jobName, "no fact: " + e.getMessage(), "topic_db", -1, -1,
                    DbChangeSerde.INSTANCE.encode(row.change())));
            return;
        }
        out.collect(fact);
    }
}
