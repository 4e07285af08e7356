package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * A DWD job whose facts come from one business table's changes, each on its own (no join, so no
 * state): topic_db decoded (bad messages to the dead letters), the rule's facts to the output topic
 * with the generated serde, keyed by the record's key (G6).
 *
 * @param <T> the DWD record
 */
abstract class TableFactJob<T> implements GmallJob {
    private final String name;
    private final TopicSpec<T> output;
    private final FactRule<T> rule;
    private final boolean namesDictionaryCodes;

    /**
     * @param output the topic of this job's facts
     * @param namesDictionaryCodes whether the facts name {@code base_dic} codes (see {@link
     *     DictionaryFacts})
     */
    TableFactJob(String name, TopicSpec<T> output, FactRule<T> rule, boolean namesDictionaryCodes) {
        this.name = name;
        this.output = output;
        this.rule = rule;
        this.namesDictionaryCodes = namesDictionaryCodes;
    }

    @Override
    public final String name() {
        return name;
    }

    final FactRule<T> rule() {
        return rule;
    }

    final TopicSpec<T> output() {
        return output;
    }

    final boolean namesDictionaryCodes() {
        return namesDictionaryCodes;
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        SingleOutputStreamOperator<DbChange> changes = wiring.read(Topics.TOPIC_DB);
        SingleOutputStreamOperator<T> facts;
        if (namesDictionaryCodes()) {
            BroadcastStream<DbChange> dictionary =
                    changes.filter(Dictionary::isChange)
                            .name("base_dic changes")
                            .uid("base-dic-changes")
                            .broadcast(DictionaryFacts.DICTIONARY);
            facts =
                    changes.connect(dictionary)
                            .process(
                                    new DictionaryFacts<>(
                                            rule(),
                                            config.timeZone(),
                                            SnapshotFacts.of(config),
                                            name(),
                                            wiring.connectors().dictionary()))
                            .returns(TypeInformation.of(output().type()))
                            .name("facts of " + rule().table())
                            .uid("facts");
        } else {
            facts =
                    changes.process(
                                    new TableFacts<>(
                                            rule(),
                                            config.timeZone(),
                                            SnapshotFacts.of(config),
                                            name()))
                            .returns(TypeInformation.of(output().type()))
                            .name("facts of " + rule().table())
                            .uid("facts");
        }
        wiring.write(facts, output());
        wiring.deadLettersOf(facts);
    }
}
