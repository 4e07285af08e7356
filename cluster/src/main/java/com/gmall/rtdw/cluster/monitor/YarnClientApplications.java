package com.gmall.rtdw.cluster.monitor;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.exceptions.YarnException;

/**
 * The running YARN applications of type "Apache Flink", asked of the ResourceManager of
 * HADOOP_CONF_DIR through Hadoop's client (where its REST API is not reachable); each JobManager is
 * reached directly at the address it registered (its original tracking URL).
 */
public final class YarnClientApplications implements ClusterDiscovery.Source {
    private final YarnConfiguration yarn;

    public YarnClientApplications(YarnConfiguration yarn) {
        this.yarn = yarn;
    }

    @Override
    public List<FlinkCluster> clusters() throws IOException {
        YarnClient client = YarnClient.createYarnClient();
        client.init(yarn);
        client.start();
        try {
            List<FlinkCluster> clusters = new ArrayList<>();
            for (ApplicationReport report :
                    client.getApplications(
                            Set.of("Apache Flink"), EnumSet.of(YarnApplicationState.RUNNING))) {
                // the JobManager's own address: whoever can reach the ResourceManager's RPC is
                // inside the
                // cluster's network (the proxy's address is what YarnRestApplications uses from
                // outside)
                String tracking = report.getOriginalTrackingUrl();
                if (tracking != null && !tracking.isBlank() && !tracking.equals("N/A")) {
                    String url = tracking.contains("://") ? tracking : "http://" + tracking;
                    clusters.add(
                            new FlinkCluster(
                                    report.getApplicationId().toString(), URI.create(url)));
                }
            }
            return clusters;
        } catch (YarnException e) {
            throw new IOException("YARN ResourceManager: " + e.getMessage(), e);
        } finally {
            client.stop();
        }
    }
}
