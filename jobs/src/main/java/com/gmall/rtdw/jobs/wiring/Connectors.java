package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.dim.DimServices;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupService;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dws.UserHistory;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.PartitionEnds;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.ConfigOption;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * Every server a job reads from or writes to, injected into {@link JobWiring}: Kafka, the business
 * database's binlog, ClickHouse, HBase through Phoenix and Redis in production ({@link
 * ServerConnectors}), bounded inputs and collecting sinks in the pipeline tests. What a job does
 * with the records in between is the same in both.
 */
public interface Connectors {
    /**
     * The records of {@code topic} read by consumer group {@code group}, turned into elements by
     * {@code schema} and given timestamps and watermarks by {@code watermarks} (whose timestamp
     * assigner gets each record's Kafka time).
     */
    <T> SingleOutputStreamOperator<T> topic(
            StreamExecutionEnvironment env,
            String topic,
            String group,
            KafkaRecordDeserializationSchema<T> schema,
            WatermarkStrategy<T> watermarks,
            String name,
            String uid);

    /** The changes of {@code tables} in {@code database}: a snapshot first, then the binlog. */
    <T> SingleOutputStreamOperator<T> binlog(
            StreamExecutionEnvironment env,
            ConfigOption<String> serverId,
            String database,
            String tables,
            Properties debezium,
            DebeziumDeserializationSchema<T> schema,
            String name,
            String uid);

    /** Exactly once into {@code topic}, encoded by its generated serde. */
    <T> SinkFunction<T> topicSink(TopicSpec<T> topic);

    /**
     * Exactly once, already-encoded records each into its own topic ({@code defaultTopic} when it
     * names none).
     */
    SinkFunction<KafkaRecord> recordSink(String defaultTopic);

    /** Rows into their ClickHouse table. */
    <T> SinkFunction<T> tableSink(TableSpec<T> table);

    /**
     * Whether a topic partition is read to its end ({@link
     * com.gmall.rtdw.jobs.runtime.KafkaTimeWatermarks}).
     */
    PartitionEnds partitionEnds();

    /** Dimension rows by key, for the DWS jobs' lookups. */
    DimLookupService.Factory dimLookups();

    /** The shop's order and payment history, for the new users of the trade jobs. */
    UserHistory.Factory userHistory();

    /** The business database's {@code base_dic}, for the DWD jobs that name its codes. */
    DictionaryLoader dictionary();

    /**
     * The dimension tables, their cache and the configuration and business databases, for DimApp.
     */
    DimServices dim();
}
