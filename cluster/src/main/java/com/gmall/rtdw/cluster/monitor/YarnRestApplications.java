package com.gmall.rtdw.cluster.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The running YARN applications of type "Apache Flink", from the ResourceManager's REST API ({@code
 * /ws/v1/cluster/apps}); each JobManager is reached through the ResourceManager's proxy (its
 * tracking URL), so the monitor needs no route to the cluster's nodes and no Hadoop configuration.
 */
public final class YarnRestApplications implements ClusterDiscovery.Source {
    private final URI resourceManager;
    private final FlinkRest rest;

    public YarnRestApplications(URI resourceManager, FlinkRest rest) {
        this.resourceManager = resourceManager;
        this.rest = rest;
    }

    @Override
    public List<FlinkCluster> clusters() throws IOException {
        String base = resourceManager.toString().replaceAll("/+$", "");
        return parse(
                rest.get(
                        URI.create(
                                base
                                        + "/ws/v1/cluster/apps?states=RUNNING&applicationTypes="
                                        + "Apache%20Flink")));
    }

    /**
     * The applications of an answer of {@code /ws/v1/cluster/apps} ({"apps":null} when there are
     * none).
     */
    static List<FlinkCluster> parse(JsonNode answer) {
        List<FlinkCluster> clusters = new ArrayList<>();
        for (JsonNode app : answer.path("apps").path("app")) {
            String tracking = app.path("trackingUrl").asText("");
            if (!tracking.isEmpty() && app.path("state").asText("RUNNING").equals("RUNNING")) {
                clusters.add(new FlinkCluster(app.path("id").asText(), URI.create(tracking)));
            }
        }
        return clusters;
    }
}
