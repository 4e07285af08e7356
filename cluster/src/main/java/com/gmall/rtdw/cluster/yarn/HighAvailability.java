package com.gmall.rtdw.cluster.yarn;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a per-job deployment does when its JobManager dies. YARN starts a new JobManager
 * (application attempt); only with ZooKeeper high availability does it find the job's latest
 * checkpoint, otherwise it would start the job without its state (OdsDbApp taking a new snapshot,
 * windows counting twice). So: with {@code flink.ha.zookeeper.quorum} and {@code
 * flink.ha.storage-dir} set, ZooKeeper HA and {@code yarn.application-attempts} of conf/flink;
 * without, one attempt, and a dead JobManager fails the application, which is then resumed by hand
 * from its retained checkpoint ({@code bin/gmall submit} names it).
 */
public final class HighAvailability {
    private HighAvailability() {}

    /** The Flink settings for the configuration's HA choice. */
    public static Map<String, String> flinkSettings(GmallConfig config) {
        String quorum = config.get(GmallOptions.FLINK_HA_ZOOKEEPER_QUORUM);
        String storage = config.get(GmallOptions.FLINK_HA_STORAGE_DIR);
        Map<String, String> settings = new LinkedHashMap<>();
        if (quorum.isBlank()) {
            settings.put("yarn.application-attempts", "1");
            return settings;
        }
        if (storage.isBlank()) {
            throw new IllegalArgumentException(
                    GmallOptions.FLINK_HA_ZOOKEEPER_QUORUM.key()
                            + " is set but "
                            + GmallOptions.FLINK_HA_STORAGE_DIR.key()
                            + " is not: ZooKeeper keeps only pointers, the "
                            + "JobManager's metadata needs a durable folder (e.g. hdfs:///gmall/flink/ha)");
        }
        settings.put("high-availability", "zookeeper");
        settings.put("high-availability.zookeeper.quorum", quorum);
        settings.put("high-availability.storageDir", storage);
        settings.put("high-availability.zookeeper.path.root", "/gmall-flink");
        return settings;
    }
}
