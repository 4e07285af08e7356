package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.ods.DbChange;
import java.time.ZoneId;
import java.util.Map;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Facts of one business table that name {@code base_dic} codes. The dictionary is complete and
 * current (defect G9: the reference's lookup cache held 10 of its ~70 rows, and its inner join
 * dropped facts with an unknown code): read whole when the task opens, then kept up to date in
 * broadcast state from the {@code base_dic} changes of topic_db. A code not (yet) known leaves the
 * name null and is counted ({@code dictionaryMisses}); the fact is not dropped. State bound: one
 * entry per dictionary code.
 */
public final class DictionaryFacts<T> extends BroadcastProcessFunction<DbChange, DbChange, T> {
    private static final long serialVersionUID = 1L;
    static final MapStateDescriptor<String, String> DICTIONARY = Dictionary.STATE;

    private final FactRule<T> rule;
    private final ZoneId zone;
    private final SnapshotFacts snapshot;
    private final String jobName;
    private final DictionaryLoader loader;

    /** What open() read, consulted for codes the broadcast state does not have. */
    private transient Map<String, String> loaded;

    private transient Counter misses;

    public DictionaryFacts(
            FactRule<T> rule,
            ZoneId zone,
            SnapshotFacts snapshot,
            String jobName,
            DictionaryLoader loader) {
        this.rule = rule;
        this.zone = zone;
        this.snapshot = snapshot;
        this.jobName = jobName;
        this.loader = loader;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        loaded = loader.load();
        misses = getRuntimeContext().getMetricGroup().counter("dictionaryMisses");
    }

    @Override
    public void processBroadcastElement(DbChange change, Context ctx, Collector<T> out)
            throws Exception {
        Dictionary.apply(change, ctx.getBroadcastState(DICTIONARY), loaded);
    }

    @Override
    public void processElement(DbChange change, ReadOnlyContext ctx, Collector<T> out)
            throws Exception {
        if (!TableFacts.isOfTable(change, rule.table())) {
            return;
        }
        ReadOnlyBroadcastState<String, String> dictionary = ctx.getBroadcastState(DICTIONARY);
        Row row =
                new Row(
                        change,
                        zone,
                        code -> {
                            try {
                                String name = Dictionary.name(code, dictionary, loaded);
                                if (name == null) {
                                    misses.inc();
                                }
                                return name;
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "cannot read the dictionary state", e);
                            }
                        });
        TableFacts.apply(
                rule,
                snapshot,
                row,
                out,
                letter -> ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, letter),
                jobName);
    }
}
