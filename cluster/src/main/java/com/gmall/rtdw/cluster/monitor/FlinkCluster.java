package com.gmall.rtdw.cluster.monitor;

import java.net.URI;

/**
 * One running Flink cluster whose REST API the monitor polls: a local MiniCluster ({@code
 * local:<port>}) or a YARN application (its application id, reached through the ResourceManager's
 * proxy).
 *
 * @param name the {@code cluster} label of its series
 * @param rest the REST API's base address, ending in a slash
 */
public record FlinkCluster(String name, URI rest) {
    public FlinkCluster {
        String text = rest.toString();
        rest = text.endsWith("/") ? rest : URI.create(text + "/");
    }

    /** An address below the REST base, e.g. {@code jobs/overview}. */
    URI resolve(String path) {
        return rest.resolve(path);
    }
}
