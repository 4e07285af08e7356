package com.gmall.rtdw.jobs.ods;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.runtime.KafkaKeys;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Field;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Struct;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * Turns Flink CDC's change events into {@code topic_db} records in the Maxwell envelope: snapshot
 * rows as {@code bootstrap-insert}, binlog rows as insert/update/delete, {@code old} holding the
 * changed columns' previous values, {@code ts} in seconds. The Kafka key is {@code
 * database.table:<primary key>}, so each row's changes stay in one partition, in order. An event
 * that cannot be converted, or that is larger than Kafka takes, becomes a dead letter; the job goes
 * on.
 */
final class MaxwellEnvelopeDeserializer implements DebeziumDeserializationSchema<KafkaRecord> {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String jobName;
    private final int maxMessageBytes;

    MaxwellEnvelopeDeserializer(String topic, String jobName, int maxMessageBytes) {
        this.topic = topic;
        this.jobName = jobName;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void deserialize(SourceRecord record, Collector<KafkaRecord> out) {
        if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
            return; // heartbeats and schema-change events carry no row
        }
        try {
            DbChange change = toChange(value);
            byte[] key = key(change, record);
            byte[] encoded = DbChangeSerde.INSTANCE.encode(change);
            if (key.length + encoded.length > maxMessageBytes) {
                // the producer would refuse it, fail the job, and the restored source would read it
                // again
                out.collect(
                        DeadLetters.of(
                                jobName,
                                String.format(
                                        Locale.ROOT,
                                        "change event of %s.%s of %d bytes, "
                                                + "over kafka.max-message-bytes %d",
                                        change.getDatabase(),
                                        change.getTable(),
                                        key.length + encoded.length,
                                        maxMessageBytes),
                                record.topic(),
                                -1,
                                -1,
                                encoded));
                return;
            }
            out.collect(new KafkaRecord(topic, key, encoded));
        } catch (RuntimeException e) {
            out.collect(
                    DeadLetters.of(
                            jobName,
                            "cannot convert change event: " + e,
                            record.topic(),
                            -1,
                            -1,
                            String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    static DbChange toChange(Struct value) {
        Struct source = value.getStruct("source");
        String op = value.getString("op");
        Struct before = value.getStruct("before");
        Struct after = value.getStruct("after");
        DbChange change = new DbChange();
        change.setDatabase(source.getString("db"));
        change.setTable(source.getString("table"));
        change.setType(type(op));
        long sourceMillis = source.getInt64("ts_ms");
        // snapshot rows have no binlog time: Maxwell bootstrap uses the time they are read
        change.setTsSeconds((sourceMillis > 0 ? sourceMillis : value.getInt64("ts_ms")) / 1000);
        change.setData(ConnectValues.row(op.equals("d") ? before : after));
        if (op.equals("u") && before != null) {
            Map<String, String> old = ConnectValues.changed(before, after);
            change.setOld(old);
        }
        return change;
    }

    private static ChangeType type(String op) {
        return switch (op) {
            case "r" -> ChangeType.bootstrap_insert;
            case "c" -> ChangeType.insert;
            case "u" -> ChangeType.update;
            case "d" -> ChangeType.delete;
            default -> throw new IllegalArgumentException("unknown Debezium op '" + op + "'");
        };
    }

    private static byte[] key(DbChange change, SourceRecord record) {
        StringBuilder key =
                new StringBuilder(change.getDatabase())
                        .append('.')
                        .append(change.getTable())
                        .append(':');
        if (record.key() instanceof Struct pk) {
            boolean first = true;
            for (Field f : pk.schema().fields()) {
                key.append(first ? "" : ",").append(ConnectValues.text(f.schema(), pk.get(f)));
                first = false;
            }
        }
        return KafkaKeys.utf8(key.toString());
    }

    @Override
    public TypeInformation<KafkaRecord> getProducedType() {
        return TypeInformation.of(KafkaRecord.class);
    }
}
