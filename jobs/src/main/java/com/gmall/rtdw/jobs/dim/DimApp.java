package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.jobs.runtime.MySqlCdc;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import com.ververica.cdc.connectors.mysql.source.MySqlSource;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * DIM: the business rows of the tables configured in {@code gmall_config.table_process} into Phoenix tables
 * {@code GMALL_REALTIME.DIM_*}, created and changed at runtime from that configuration (docs/jobs.md). A new dim
 * table needs a configuration row, no code and no restart. Rows of a table are written in order (topic_db keeps
 * each row's changes in one partition; the sink is keyed by table and key), in batches, and each written row's
 * Redis cache entry is deleted after its batch commits.
 */
public final class DimApp implements GmallJob {
    static final String BUSINESS_DATABASE = "gmall";
    static final String CONFIG_DATABASE = "gmall_config";
    /** Longer than a lookup takes from reading Phoenix to writing Redis (milliseconds, or its timeout at worst). */
    static final long CACHE_REDELETE_MS = 2000;

    public static void main(String[] args) throws Exception {
        JobMain.run(new DimApp(), args);
    }

    @Override
    public String name() {
        return "DimApp";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        SingleOutputStreamOperator<DbChange> changes = env
                .fromSource(KafkaSources.bytes(config, Topics.TOPIC_DB.name(), "dim_app"),
                        WatermarkStrategy.noWatermarks(), "kafka " + Topics.TOPIC_DB.name())
                .uid("kafka-" + Topics.TOPIC_DB.name())
                .process(new DecodeOrDeadLetter<>(Topics.TOPIC_DB.serde(), name()))
                .name("decode topic_db").uid("decode-topic-db");

        BroadcastStream<ConfigChange> configuration = env
                .fromSource(configSource(config), WatermarkStrategy.noWatermarks(), "mysql-cdc table_process")
                .uid("mysql-cdc-table-process")
                .setParallelism(1) // one small table, one server id
                .broadcast(DimRouter.CONFIG);

        String zookeeper = config.get(GmallOptions.PHOENIX_ZK_QUORUM);
        SingleOutputStreamOperator<DimWrite> writes = changes.connect(configuration)
                .process(new DimRouter(BUSINESS_DATABASE, name(),
                        TableProcessLoader.jdbc(MariaDb.of(config, CONFIG_DATABASE)), PhoenixDimTables.factory(zookeeper),
                        MariaDbBackfill.factory(MariaDb.of(config, BUSINESS_DATABASE))))
                .name("route dim rows").uid("route-dim-rows")
                // one router: the configuration is applied (DDL, backfill) once, and a backfill's rows and the
                // later changes of the same rows reach the sink in one channel, in order
                .setParallelism(1);

        // was a sink with this uid and no state: checkpoints taken before it emitted dead letters restore into it
        DataStream<KafkaRecord> refusedRows = writes.keyBy(DimWrite::cacheKey)
                .transform("phoenix dim tables", TypeInformation.of(KafkaRecord.class),
                        new DimSink(PhoenixDimWriter.factory(zookeeper, config.get(GmallOptions.DIM_BATCH_SIZE)),
                                RedisDimCache.factory(RedisEndpoint.of(config)), config.get(GmallOptions.DIM_BATCH_SIZE),
                                config.get(GmallOptions.DIM_BATCH_INTERVAL_MS), CACHE_REDELETE_MS, name(),
                                Backoff.of(config)))
                .uid("phoenix-dim-tables");

        DataStream<KafkaRecord> deadLetters = changes.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)
                .union(writes.getSideOutput(DimRouter.DEAD_LETTERS), refusedRows);
        deadLetters.addSink(KafkaSinks.exactlyOnce(config, DeadLetters.topic(name())))
                .name("kafka " + DeadLetters.topic(name())).uid("kafka-dead-letters");
    }

    private static MySqlSource<ConfigChange> configSource(GmallConfig config) {
        return MySqlCdc.<ConfigChange>source(config, GmallOptions.DIM_CDC_SERVER_ID)
                .databaseList(CONFIG_DATABASE)
                .tableList(CONFIG_DATABASE + ".table_process")
                .deserializer(new TableProcessDeserializer())
                .build();
    }
}
