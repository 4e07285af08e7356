package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.dim.DimServices;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupService;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dws.UserHistory;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.PartitionEnds;
import com.gmall.rtdw.jobs.wiring.Connectors;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.ConfigOption;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * A job's servers in a pipeline test: each topic and binlog a bounded input, each sink collecting
 * into {@link Collected}, lookups answered by {@link InMemoryServers}. A topic without messages is
 * an input that ends at once.
 */
final class BoundedConnectors implements Connectors {
    private final String run;
    private final Map<String, List<TopicMessage>> topics;
    private final Map<String, BoundedBinlog.Events> binlogs;
    private final InMemoryServers servers;

    BoundedConnectors(
            String run,
            Map<String, List<TopicMessage>> topics,
            Map<String, BoundedBinlog.Events> binlogs,
            InMemoryServers servers) {
        this.run = run;
        this.topics = topics;
        this.binlogs = binlogs;
        this.servers = servers;
    }

    @Override
    public <T> SingleOutputStreamOperator<T> topic(
            StreamExecutionEnvironment env,
            String topic,
            String group,
            KafkaRecordDeserializationSchema<T> schema,
            WatermarkStrategy<T> watermarks,
            String name,
            String uid) {
        return env.addSource(
                        new BoundedTopic<>(topic, topics.getOrDefault(topic, List.of()), schema),
                        name)
                .uid(uid + "-bounded")
                .assignTimestampsAndWatermarks(watermarks)
                .name(name + " event time")
                .uid(uid);
    }

    @Override
    public <T> SingleOutputStreamOperator<T> binlog(
            StreamExecutionEnvironment env,
            ConfigOption<String> serverId,
            String database,
            String tables,
            Properties debezium,
            DebeziumDeserializationSchema<T> schema,
            String name,
            String uid) {
        BoundedBinlog.Events events = binlogs.getOrDefault(database, List::of);
        return env.addSource(new BoundedBinlog<>(events, schema), name).uid(uid);
    }

    @Override
    public <T> SinkFunction<T> topicSink(TopicSpec<T> topic) {
        return new CollectingSink<>(run, topic.name());
    }

    @Override
    public SinkFunction<KafkaRecord> recordSink(String defaultTopic) {
        return new CollectingSink<>(run, defaultTopic);
    }

    @Override
    public <T> SinkFunction<T> tableSink(TableSpec<T> table) {
        return new CollectingSink<>(run, table.name());
    }

    /** A bounded input is read to its end once read. */
    @Override
    public PartitionEnds partitionEnds() {
        return (topic, partition, nextOffset, now) -> true;
    }

    @Override
    public DimLookupService.Factory dimLookups() {
        return servers.lookups();
    }

    @Override
    public UserHistory.Factory userHistory() {
        return servers.history();
    }

    @Override
    public DictionaryLoader dictionary() {
        return servers.dictionaryLoader();
    }

    @Override
    public DimServices dim() {
        return servers.dim(run);
    }
}
