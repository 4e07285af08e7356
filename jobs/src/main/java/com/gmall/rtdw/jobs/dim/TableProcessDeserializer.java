package com.gmall.rtdw.jobs.dim;

import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Struct;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * Flink CDC change events of {@code table_process} to {@link ConfigChange}s: every operation,
 * deletes included (the reference read only {@code after} and crashed on a delete, defect D2).
 */
final class TableProcessDeserializer implements DebeziumDeserializationSchema<ConfigChange> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(SourceRecord record, Collector<ConfigChange> out) {
        if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
            return; // heartbeats and schema-change events carry no row
        }
        out.collect(
                new ConfigChange(
                        value.getString("op"),
                        row(value.getStruct("before")),
                        row(value.getStruct("after")),
                        value.toString()));
    }

    private static TableProcess row(Struct row) {
        if (row == null) {
            return null;
        }
        return new TableProcess(
                text(row, "source_table"),
                text(row, "sink_table"),
                text(row, "sink_columns"),
                text(row, "sink_pk"),
                text(row, "sink_extend"));
    }

    private static String text(Struct row, String column) {
        return row.schema().field(column) == null ? null : (String) row.get(column);
    }

    @Override
    public TypeInformation<ConfigChange> getProducedType() {
        return TypeInformation.of(ConfigChange.class);
    }
}
