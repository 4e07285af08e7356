package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The facts of one business table from {@code topic_db}: changes of database {@code gmall} only (defect G7: the
 * reference did not check the database in most jobs), of the rule's table, that the rule matches. A change the
 * rule matches but cannot make a fact of is a dead letter with the reason.
 */
final class TableFacts<T> extends ProcessFunction<DbChange, T> {
    private static final long serialVersionUID = 1L;
    static final String DATABASE = "gmall";

    private final FactRule<T> rule;
    private final ZoneId zone;
    private final String jobName;

    TableFacts(FactRule<T> rule, ZoneId zone, String jobName) {
        this.rule = rule;
        this.zone = zone;
        this.jobName = jobName;
    }

    @Override
    public void processElement(DbChange change, Context ctx, Collector<T> out) {
        if (!DATABASE.equals(change.getDatabase()) || !rule.table().equals(change.getTable())) {
            return;
        }
        Row row = new Row(change, zone);
        if (!rule.matches(change.getType(), row)) {
            return;
        }
        T fact;
        try {
            fact = rule.fact(row);
        } catch (Row.BadRow e) {
            ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, DeadLetters.of(jobName, "no fact: " + e.getMessage(),
                    "topic_db", -1, -1, DbChangeSerde.INSTANCE.encode(change)));
            return;
        }
        out.collect(fact);
    }
}
