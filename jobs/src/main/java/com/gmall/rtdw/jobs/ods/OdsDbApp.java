package com.gmall.rtdw.jobs.ods;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.util.Properties;

/**
 * ODS for the business database: every row change of database {@code gmall} into {@code topic_db}
 * in the Maxwell envelope, with Flink CDC (a snapshot first, then the binlog). Exactly once: the
 * CDC source's binlog position and the Kafka transaction are both part of each checkpoint, so a
 * restart neither loses nor repeats a change and takes no new snapshot.
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
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        Properties debezium = new Properties();
        // decimals as BigDecimal (exact digits), not as bytes or doubles
        debezium.setProperty("decimal.handling.mode", "precise");
        MaxwellEnvelopeDeserializer envelopes =
                new MaxwellEnvelopeDeserializer(
                        Topics.TOPIC_DB.name(),
                        name(),
                        config.get(GmallOptions.KAFKA_MAX_MESSAGE_BYTES));
        // each change event is written as it is read, into topic_db, or its dead letter into the
        // job's topic
        wiring.writeRecords(
                wiring.readBinlog(
                        GmallOptions.CDC_SERVER_ID,
                        DATABASE,
                        DATABASE + ".*",
                        debezium,
                        envelopes,
                        DATABASE),
                Topics.TOPIC_DB.name());
    }
}
