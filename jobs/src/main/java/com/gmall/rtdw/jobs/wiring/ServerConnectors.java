package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.dim.DimServices;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupClient;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupService;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupSettings;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dws.ClickHouseSink;
import com.gmall.rtdw.jobs.dws.DwsSettings;
import com.gmall.rtdw.jobs.dws.UserHistory;
import com.gmall.rtdw.jobs.runtime.KafkaPartitionEnds;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.jobs.runtime.MySqlCdc;
import com.gmall.rtdw.jobs.runtime.PartitionEnds;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.ConfigOption;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/** The configured servers: Kafka, MariaDB's binlog and tables, ClickHouse, Phoenix and Redis. */
public final class ServerConnectors implements Connectors {
    private final GmallConfig config;

    public ServerConnectors(GmallConfig config) {
        this.config = config;
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
        return env.fromSource(
                        KafkaSources.<T>builder(config, topic, group)
                                .setDeserializer(schema)
                                .build(),
                        watermarks,
                        name)
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
        return env.fromSource(
                        MySqlCdc.<T>source(config, serverId)
                                .databaseList(database)
                                .tableList(tables)
                                .debeziumProperties(debezium)
                                .deserializer(schema)
                                .build(),
                        WatermarkStrategy.noWatermarks(),
                        name)
                .uid(uid);
    }

    @Override
    public <T> SinkFunction<T> topicSink(TopicSpec<T> topic) {
        return KafkaSinks.exactlyOnce(config, topic);
    }

    @Override
    public SinkFunction<KafkaRecord> recordSink(String defaultTopic) {
        return KafkaSinks.exactlyOnce(config, defaultTopic);
    }

    @Override
    public <T> SinkFunction<T> tableSink(TableSpec<T> table) {
        DwsSettings settings = DwsSettings.from(config);
        return new ClickHouseSink<>(
                config.clickHouse(),
                table,
                settings.batchSize(),
                settings.batchIntervalMs(),
                Backoff.of(config));
    }

    @Override
    public PartitionEnds partitionEnds() {
        return new KafkaPartitionEnds(config);
    }

    @Override
    public DimLookupService.Factory dimLookups() {
        return DimLookupClient.service(DimLookupSettings.from(config));
    }

    @Override
    public UserHistory.Factory userHistory() {
        return UserHistory.shop(config);
    }

    @Override
    public DictionaryLoader dictionary() {
        return DictionaryLoader.of(config);
    }

    @Override
    public DimServices dim() {
        return DimServices.of(config);
    }
}
