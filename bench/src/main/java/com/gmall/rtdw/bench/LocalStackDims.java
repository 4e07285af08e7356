package com.gmall.rtdw.bench;

import com.gmall.rtdw.jobs.dim.DimConfigException;
import com.gmall.rtdw.jobs.dim.DimConfigValidator;
import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.DimWrite;
import com.gmall.rtdw.jobs.dim.TableProcess;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The DIM benchmarks run against the local stack of {@code bin/gmall up} (HBase + Phoenix and Redis
 * take too long to start per benchmark), in a table of their own, {@code
 * GMALL_REALTIME.DIM_BENCH_SKU}, shaped like {@code DIM_SKU_INFO}.
 */
final class LocalStackDims {
    static final String TABLE = "DIM_BENCH_SKU";

    private LocalStackDims() {}

    static GmallConfig config() {
        return GmallConfig.load(
                Path.of(System.getProperty("gmall.root", ".")).resolve("conf/local.properties"));
    }

    /** Whether Phoenix's ZooKeeper and Redis answer, i.e. {@code bin/gmall up} has been run. */
    static boolean running(GmallConfig config) {
        String zk = config.get(GmallOptions.PHOENIX_ZK_QUORUM).split(",")[0];
        int colon = zk.lastIndexOf(':');
        return answers(zk.substring(0, colon), Integer.parseInt(zk.substring(colon + 1)))
                && answers(
                        config.get(GmallOptions.REDIS_HOST), config.get(GmallOptions.REDIS_PORT));
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static DimTable table() {
        try {
            return DimConfigValidator.validate(
                    new TableProcess(
                            "bench_sku",
                            "dim_bench_sku",
                            "id,spu_id,price,sku_name,sku_desc,weight,tm_id,category3_id,sku_default_img,is_sale,create_time",
                            "id",
                            "SALT_BUCKETS = 4"));
        } catch (DimConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upserts of SKUs {@code first..first+count-1}, with values of realistic length. */
    static List<DimWrite> skus(DimTable table, int first, int count) {
        List<DimWrite> writes = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            String id = Integer.toString(i);
            writes.add(
                    DimWrite.upsert(
                            table,
                            id,
                            new String[] {
                                id,
                                Integer.toString(i % 20),
                                "5999.00",
                                "小米 12S Ultra 骁龙8+ 12GB+256GB 经典黑 " + i,
                                "徕卡光学镜头 2K超视感屏",
                                "0.23",
                                "3",
                                "61",
                                "http://img.example/sku/" + i + ".jpg",
                                "1",
                                "2024-06-01 10:00:00"
                            }));
        }
        return writes;
    }
}
