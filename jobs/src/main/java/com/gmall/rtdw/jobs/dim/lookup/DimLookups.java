package com.gmall.rtdw.jobs.dim.lookup;

import com.gmall.rtdw.runtime.config.ConfigException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Adds a dim lookup to a stream: {@code AsyncDataStream.unorderedWait} over {@link DimAsyncLookup}
 * with the JVM's shared {@link DimLookupClient}, then the timeout policy. Usage in a DWS job:
 *
 * <pre>{@code
 * Enriched<Bean> withSku = DimLookups.enrich(beans, "sku", "DIM_SKU_INFO", "ID", skuJoin, DimLookups.Options.from(config));
 * }</pre>
 */
public final class DimLookups {
    private DimLookups() {}

    /**
     * @param timeoutMs a lookup not done within this is given up
     * @param policy what a given-up record does
     * @param capacity lookups in flight per operator instance
     */
    public record Options(
            DimLookupSettings settings, long timeoutMs, TimeoutPolicy policy, int capacity)
            implements Serializable {
        public static Options from(GmallConfig config) {
            if (config.get(GmallOptions.DIM_LOOKUP_TIMEOUT_MS)
                    <= config.get(GmallOptions.RETRY_GIVE_UP_AFTER_MS)) {
                throw new ConfigException(
                        "dim.lookup.timeout-ms "
                                + config.get(GmallOptions.DIM_LOOKUP_TIMEOUT_MS)
                                + " is not above retry.give-up-after-ms "
                                + config.get(GmallOptions.RETRY_GIVE_UP_AFTER_MS)
                                + ": during a Phoenix outage lookups would time out and records go on without their dims");
            }
            return new Options(
                    DimLookupSettings.from(config),
                    config.get(GmallOptions.DIM_LOOKUP_TIMEOUT_MS),
                    TimeoutPolicy.parse(config.get(GmallOptions.DIM_LOOKUP_TIMEOUT_POLICY)),
                    100);
        }
    }

    /**
     * The enriched stream, and where records whose lookup timed out go under {@link
     * TimeoutPolicy#SIDE_OUTPUT}.
     */
    public record Enriched<T>(SingleOutputStreamOperator<T> stream, OutputTag<T> timedOut) {}

    /**
     * @param name names the operators and their uids ({@code lookup-<name>}, {@code
     *     lookup-<name>-timeouts}); must be unique in the job and stable across versions of it
     */
    public static <T> Enriched<T> enrich(
            DataStream<T> in,
            String name,
            String table,
            String keyColumn,
            DimJoin<T> join,
            Options options) {
        return enrich(
                in,
                name,
                table,
                keyColumn,
                join,
                options,
                DimLookupClient.service(options.settings()));
    }

    /**
     * As above, with the rows looked up in {@code service} (Phoenix and Redis, or a test's tables).
     */
    public static <T> Enriched<T> enrich(
            DataStream<T> in,
            String name,
            String table,
            String keyColumn,
            DimJoin<T> join,
            Options options,
            DimLookupService.Factory service) {
        return enrich(
                in,
                name,
                new DimAsyncLookup<>(table, keyColumn, join, service, in.getType()),
                options);
    }

    static <T> Enriched<T> enrich(
            DataStream<T> in, String name, DimAsyncLookup<T> lookup, Options options) {
        TypeInformation<T> type = in.getType();
        OutputTag<T> timedOut = new OutputTag<>("dim-timed-out-" + name, type);
        SingleOutputStreamOperator<Tuple2<T, Boolean>> looked =
                AsyncDataStream.unorderedWait(
                                in,
                                lookup,
                                options.timeoutMs(),
                                TimeUnit.MILLISECONDS,
                                options.capacity())
                        .returns(Types.TUPLE(type, Types.BOOLEAN))
                        .name("lookup " + name)
                        .uid("lookup-" + name);
        SingleOutputStreamOperator<T> out =
                looked.process(new RouteTimedOut<>(options.policy(), timedOut))
                        .returns(type)
                        .name("lookup " + name + " timeouts")
                        .uid("lookup-" + name + "-timeouts");
        return new Enriched<>(out, timedOut);
    }

    /** Main output, or the timed-out side output by policy. */
    static final class RouteTimedOut<T> extends ProcessFunction<Tuple2<T, Boolean>, T> {
        private static final long serialVersionUID = 1L;

        private final TimeoutPolicy policy;
        private final OutputTag<T> timedOut;

        RouteTimedOut(TimeoutPolicy policy, OutputTag<T> timedOut) {
            this.policy = policy;
            this.timedOut = timedOut;
        }

        @Override
        public void processElement(Tuple2<T, Boolean> in, Context ctx, Collector<T> out) {
            if (in.f1 && policy == TimeoutPolicy.SIDE_OUTPUT) {
                ctx.output(timedOut, in.f0);
            } else {
                out.collect(in.f0);
            }
        }
    }
}
