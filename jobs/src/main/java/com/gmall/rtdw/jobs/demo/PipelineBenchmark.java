package com.gmall.rtdw.jobs.demo;

import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.stack.StackSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code bin/gmall bench --pipeline}: every job running on the local stack, the simulator pushing at increasing
 * rates (events per second of real time, the simulated clock on the wall clock), each for a fixed time. For each
 * rate it prints the lag of the ODS readers (messages of {@code topic_log} and {@code topic_db} not yet committed by
 * {@code BaseLogApp} and {@code DwdTradeOrderDetail}) sampled during the step, and the freshness of the DWS tables:
 * for every window that appears in ClickHouse, how long after its end (event time, which is wall time here) it
 * could be read. The highest rate whose lag stayed bounded (no higher at the end of the step than in its middle,
 * beyond one checkpoint's worth) is the sustained rate.
 */
public final class PipelineBenchmark {
    private static final int[] RATES = {50, 100, 200, 400, 800};

    private final StackSettings settings;
    private final long stepSeconds;

    PipelineBenchmark(StackSettings settings, long stepSeconds) {
        this.settings = settings;
        this.stepSeconds = stepSeconds;
    }

    public static void main(String[] args) throws Exception {
        long stepSeconds = args.length > 0 && args[0].equals("--quick") ? 30 : 90;
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        new PipelineBenchmark(StackSettings.load(root, System.getenv()), stepSeconds).run();
        System.exit(0);
    }

    void run() throws Exception {
        List<String> lines = new ArrayList<>();
        try (LocalWarehouse warehouse = LocalWarehouse.start(settings, 0, line -> System.out.println("bench: " + line))) {
            int sustained = 0;
            for (int rate : RATES) {
                Step step = step(rate);
                String line = String.format(Locale.ROOT,
                        "rate %4d events/s: ODS lag mid %,6d end %,6d messages (%s); DWS freshness p50 %5.1f s, "
                                + "p99 %5.1f s over %d windows",
                        rate, step.lagMid, step.lagEnd, step.bounded(rate, checkpointSeconds()) ? "bounded" : "GROWING",
                        step.percentile(50) / 1000.0, step.percentile(99) / 1000.0, step.freshness.size());
                System.out.println("bench: " + line);
                lines.add(line);
                if (!step.bounded(rate, checkpointSeconds())) {
                    break;
                }
                sustained = rate;
            }
            lines.add("sustained: " + sustained + " ODS events/s with bounded lag (step " + stepSeconds + " s)");
        }
        System.out.println();
        lines.forEach(l -> System.out.println("pipeline: " + l));
    }

    private long checkpointSeconds() {
        return settings.config().get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS) / 1000;
    }

    /** One rate: the simulator paced for the step's length, sampled every second. */
    private Step step(int rate) throws Exception {
        Step step = new Step();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<String> gen = List.of("--rate", Integer.toString(rate), "--minutes",
                Double.toString(stepSeconds / 60.0));
        CompletableFuture<Void> simulation = CompletableFuture.runAsync(() -> {
            try {
                GenCommand.run(settings, gen, quiet);
            } catch (Exception e) {
                throw new IllegalStateException("the simulator failed: " + e.getMessage(), e);
            }
        });
        Map<String, Long> seen = newestWindowEnds();
        long started = System.currentTimeMillis();
        while (!simulation.isDone()) {
            Thread.sleep(1000);
            step.sampleFreshness(seen, newestWindowEnds(), System.currentTimeMillis());
            long elapsed = (System.currentTimeMillis() - started) / 1000;
            if (step.lagMid < 0 && elapsed >= stepSeconds / 2) {
                step.lagMid = odsLag();
            }
        }
        step.lagEnd = odsLag();
        simulation.join();
        // let the pipeline drain before the next rate: the windows of this step close
        long drainUntil = System.currentTimeMillis() + settings.config().get(GmallOptions.DWS_QUIET_FLUSH_MS)
                + 4 * settings.config().get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        while (System.currentTimeMillis() < drainUntil) {
            Thread.sleep(1000);
            step.sampleFreshness(seen, newestWindowEnds(), System.currentTimeMillis());
        }
        return step;
    }

    /** The newest window end of each DWS table, epoch milliseconds. */
    private Map<String, Long> newestWindowEnds() throws Exception {
        ClickHouseHttp http = new ClickHouseHttp(settings.config().clickHouse());
        Map<String, Long> ends = new HashMap<>();
        for (TableSpec<?> table : Tables.all()) {
            ends.put(table.name(), 1000 * Long.parseLong(http.execute("SELECT toUInt64(toUnixTimestamp(max(edt))) FROM "
                    + table.name() + " FORMAT TSV").trim()));
        }
        return ends;
    }

    /** Messages of the two ODS topics their first readers have not committed yet. */
    private long odsLag() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.config().get(GmallOptions.KAFKA_BOOTSTRAP_SERVERS));
        long lag = 0;
        try (AdminClient admin = AdminClient.create(p);
                KafkaConsumer<byte[], byte[]> ends = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            lag += lag(admin, ends, "base_log_app");
            lag += lag(admin, ends, "dwd_trade_order_detail");
        }
        return lag;
    }

    private static long lag(AdminClient admin, KafkaConsumer<byte[], byte[]> ends, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> latest = ends.endOffsets(committed.keySet());
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
            lag += Math.max(0, latest.get(c.getKey()) - c.getValue().offset());
        }
        return lag;
    }

    /** What one rate showed. */
    private static final class Step {
        long lagMid = -1;
        long lagEnd;
        final List<Long> freshness = new ArrayList<>();

        /** A window end newer than the last seen became readable now: its freshness is now minus its end. */
        void sampleFreshness(Map<String, Long> seen, Map<String, Long> now, long at) {
            for (Map.Entry<String, Long> table : now.entrySet()) {
                long before = seen.getOrDefault(table.getKey(), 0L);
                if (table.getValue() > before) {
                    if (before > 0) {
                        freshness.add(at - table.getValue());
                    }
                    seen.put(table.getKey(), table.getValue());
                }
            }
        }

        /** Bounded: the lag at the end is not above the middle's by more than two checkpoints of events. */
        boolean bounded(int rate, long checkpointSeconds) {
            return lagEnd <= Math.max(lagMid, 0) + 2L * rate * checkpointSeconds;
        }

        long percentile(int p) {
            if (freshness.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(freshness);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }
}
