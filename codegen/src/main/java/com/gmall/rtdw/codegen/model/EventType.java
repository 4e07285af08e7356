package com.gmall.rtdw.codegen.model;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * One ODS or DWD event type: a top-level Avro record bound to one or more Kafka topics.
 *
 * @param schema the current schema (what producers write and readers resolve to)
 * @param source the schema file, relative to the repository root (for headers and error messages)
 * @param topics the topics that carry this type, in declaration order
 * @param wire how the topics encode it
 * @param keyPath dotted field path whose value is the default Kafka key, if the schema names one
 * @param history earlier versions of the schema that readers must still accept (Avro wire only)
 */
public record EventType(
        Schema schema,
        String source,
        List<String> topics,
        Wire wire,
        Optional<List<Schema.Field>> keyPath,
        List<HistoricSchema> history) {

    public EventType {
        topics = List.copyOf(topics);
        history = List.copyOf(history);
    }

    /** Simple name of the Avro record, e.g. {@code PageLog}. */
    public String name() {
        return schema.getName();
    }

    /** Java package of the Avro record class. */
    public String namespace() {
        return schema.getNamespace();
    }
}
