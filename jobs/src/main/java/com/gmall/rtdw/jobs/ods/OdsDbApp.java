package com.gmall.rtdw.jobs.ods;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.MySqlCdc;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.ververica.cdc.connectors.mysql.source.MySqlSource;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * ODS for the business database: every row change of database {@code gmall} into {@code topic_db} in the Maxwell
 * envelope, with Flink CDC (a snapshot first, then the binlog). Exactly once: the CDC source's binlog position and
 * the Kafka transaction are both part of each checkpoint, so a restart neither loses nor repeats a change and
 * takes no new snapshot.
 */
public final class OdsDbApp implements GmallJob {
    static final String DATABASE = "gmall";

    public static void main(String[] args) throws Exception {
        JobMain.run(new OdsDbApp(), args);
    }

    @Override
    public String name() {
        return "OdsDbApp";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        Properties debezium = new Properties();
        // decimals as BigDecimal (exact digits), not as bytes or doubles
        debezium.setProperty("decimal.handling.mode", "precise");
        MySqlSource<KafkaRecord> source = MySqlCdc.<KafkaRecord>source(config, GmallOptions.CDC_SERVER_ID)
                .databaseList(DATABASE)
                .tableList(DATABASE + ".*")
                .debeziumProperties(debezium)
                .deserializer(new MaxwellEnvelopeDeserializer(Topics.TOPIC_DB.name(), name(),
                        config.get(GmallOptions.KAFKA_MAX_MESSAGE_BYTES)))
                .build();
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "mysql-cdc " + DATABASE)
                .uid("mysql-cdc-" + DATABASE)
                .addSink(KafkaSinks.exactlyOnce(config, Topics.TOPIC_DB.name()))
                .name("kafka " + Topics.TOPIC_DB.name())
                .uid("kafka-" + Topics.TOPIC_DB.name());
    }
}
