package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.util.Properties;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * DIM: the business rows of the tables configured in {@code gmall_config.table_process} into
 * Phoenix tables {@code GMALL_REALTIME.DIM_*}, created and changed at runtime from that
 * configuration (docs/jobs.md). A new dim table needs a configuration row, no code and no restart.
 * Rows of a table are written in order (topic_db keeps each row's changes in one partition; the
 * sink is keyed by table and key), in batches, and each written row's Redis cache entry is deleted
 * after its batch commits.
 */
public final class DimApp implements GmallJob {
    static final String BUSINESS_DATABASE = "gmall";
    static final String CONFIG_DATABASE = "gmall_config";

    /**
     * Longer than a lookup takes from reading Phoenix to writing Redis (milliseconds, or its
     * timeout at worst).
     */
    static final long CACHE_REDELETE_MS = 2000;

    public static void main(String[] args) throws Exception {
        JobMain.run(new DimApp(), args);
    }

    @Override
    public String name() {
        return "DimApp";
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        SingleOutputStreamOperator<DbChange> changes = wiring.read(Topics.TOPIC_DB);

        BroadcastStream<ConfigChange> configuration =
                wiring.readBinlog(
                                GmallOptions.DIM_CDC_SERVER_ID,
                                CONFIG_DATABASE,
                                CONFIG_DATABASE + ".table_process",
                                new Properties(),
                                new TableProcessDeserializer(),
                                "table_process")
                        .setParallelism(1) // one small table, one server id
                        .broadcast(DimRouter.CONFIG);

        DimServices servers = wiring.connectors().dim();
        SingleOutputStreamOperator<DimWrite> writes =
                changes.connect(configuration)
                        .process(
                                new DimRouter(
                                        BUSINESS_DATABASE,
                                        name(),
                                        servers.configuration(),
                                        servers.tables(),
                                        servers.backfill()))
                        .name("route dim rows")
                        .uid("route-dim-rows")
                        // one router: the configuration is applied (DDL, backfill) once, and a
                        // backfill's rows and the
                        // later changes of the same rows reach the sink in one channel, in order
                        .setParallelism(1);
        wiring.deadLetters(writes.getSideOutput(DimRouter.DEAD_LETTERS));

        // was a sink with this uid and no state: checkpoints taken before it emitted dead letters
        // restore into it
        wiring.deadLetters(
                writes.keyBy(DimWrite::cacheKey)
                        .transform(
                                "phoenix dim tables",
                                TypeInformation.of(KafkaRecord.class),
                                new DimSink(
                                        servers.writer(),
                                        servers.cache(),
                                        config.get(GmallOptions.DIM_BATCH_SIZE),
                                        config.get(GmallOptions.DIM_BATCH_INTERVAL_MS),
                                        CACHE_REDELETE_MS,
                                        name(),
                                        Backoff.of(config)))
                        .uid("phoenix-dim-tables"));
    }
}
