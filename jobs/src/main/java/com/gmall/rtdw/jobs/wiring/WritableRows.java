package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.runtime.RowBinaryOutput;
import com.gmall.rtdw.runtime.RowBinaryTableWriter;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Lets through the rows the table's generated writer can encode, and makes the others (an amount
 * beyond its decimal type, a value out of its column's range) dead letters holding the row as JSON,
 * with the writer's reason, counted in {@code clickHouseRowsRejected}. Such a row cannot be written
 * to that table, and failing would only replay it for ever; before, the sink logged it and went on,
 * so only its log said it was gone.
 *
 * @param <T> the row type
 */
final class WritableRows<T> extends ProcessFunction<T, T> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final OutputTag<KafkaRecord> REFUSED =
            new OutputTag<>("refused-rows", TypeInformation.of(KafkaRecord.class));

    private final String job;
    private final RowBinaryTableWriter<T> writer;
    private transient RowBinaryOutput scratch;
    private transient Counter rejected;

    WritableRows(String job, RowBinaryTableWriter<T> writer) {
        this.job = job;
        this.writer = writer;
    }

    @Override
    public void open(Configuration parameters) {
        scratch = new RowBinaryOutput(1024);
        rejected = getRuntimeContext().getMetricGroup().counter("clickHouseRowsRejected");
    }

    @Override
    public void processElement(T row, Context ctx, Collector<T> out) throws Exception {
        scratch.reset();
        try {
            writer.write(row, scratch);
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
            rejected.inc();
            ctx.output(
                    REFUSED,
                    DeadLetters.of(
                            job,
                            "row refused by the writer of "
                                    + writer.table()
                                    + ": "
                                    + e.getMessage(),
                            "window",
                            -1,
                            -1,
                            JSON.writeValueAsBytes(row)));
            return;
        }
        out.collect(row);
    }
}
