package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A job's stream graph as it is submitted in production (nothing is connected to while it is
 * built).
 */
final class ProductionGraphs {
    private ProductionGraphs() {}

    static StreamGraph of(GmallJob job) throws Exception {
        GmallConfig config =
                GmallConfig.load(
                        Path.of(System.getProperty("gmall.root", ".."))
                                .resolve("conf/local.properties"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobWiring.build(job, env, config, new ServerConnectors(config));
        return env.getStreamGraph(job.name(), false);
    }
}
