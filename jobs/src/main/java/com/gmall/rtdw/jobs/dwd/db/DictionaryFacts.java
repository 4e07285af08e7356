package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import java.time.ZoneId;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Facts of one business table that name {@code base_dic} codes. The dictionary is complete and current (defect
 * G9: the reference's lookup cache held 10 of its ~70 rows, and its inner join dropped facts with an unknown code):
 * read whole when the task opens, then kept up to date in broadcast state from the {@code base_dic} changes of
 * topic_db. A code not (yet) known leaves the name null and is counted ({@code dictionaryMisses}); the fact is
 * not dropped. State bound: one entry per dictionary code.
 */
final class DictionaryFacts<T> extends BroadcastProcessFunction<DbChange, DbChange, T> {
    private static final long serialVersionUID = 1L;
    static final String DICTIONARY_TABLE = "base_dic";
    static final MapStateDescriptor<String, String> DICTIONARY = new MapStateDescriptor<>("base-dic", Types.STRING,
            Types.STRING);

    private final FactRule<T> rule;
    private final ZoneId zone;
    private final String jobName;
    private final DictionaryLoader loader;

    /** What open() read, consulted for codes the broadcast state does not have. */
    private transient Map<String, String> loaded;
    private transient Counter misses;

    DictionaryFacts(FactRule<T> rule, ZoneId zone, String jobName, DictionaryLoader loader) {
        this.rule = rule;
        this.zone = zone;
        this.jobName = jobName;
        this.loader = loader;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        loaded = loader.load();
        misses = getRuntimeContext().getMetricGroup().counter("dictionaryMisses");
    }

    @Override
    public void processBroadcastElement(DbChange change, Context ctx, Collector<T> out) throws Exception {
        if (!TableFacts.isOfTable(change, DICTIONARY_TABLE)) {
            return;
        }
        String code = change.getData().get("dic_code");
        if (code == null) {
            return;
        }
        BroadcastState<String, String> dictionary = ctx.getBroadcastState(DICTIONARY);
        if (change.getType() == ChangeType.delete) {
            dictionary.remove(code);
            loaded.remove(code);
        } else if (change.getType() != ChangeType.bootstrap_start && change.getType() != ChangeType.bootstrap_complete) {
            String name = change.getData().get("dic_name");
            if (name != null) {
                dictionary.put(code, name);
            }
        }
    }

    @Override
    public void processElement(DbChange change, ReadOnlyContext ctx, Collector<T> out) throws Exception {
        if (!TableFacts.isOfTable(change, rule.table())) {
            return;
        }
        ReadOnlyBroadcastState<String, String> dictionary = ctx.getBroadcastState(DICTIONARY);
        Row row = new Row(change, zone, code -> {
            try {
                String name = dictionary.get(code);
                if (name == null) {
                    name = loaded.get(code);
                }
                if (name == null) {
                    misses.inc();
                }
                return name;
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the dictionary state", e);
            }
        });
        TableFacts.apply(rule, row, out, letter -> ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, letter), jobName);
    }
}
