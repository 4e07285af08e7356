package com.gmall.rtdw.codegen.model;

import java.util.List;
import org.apache.avro.Schema;

/**
 * Everything the writers need: the validated event types and DWS tables, sorted by name so output
 * order never depends on file system order.
 *
 * @param events event types bound to topics
 * @param namedTypes every named Avro type (records and enums), including shared ones without topics
 * @param tables DWS tables
 */
public record ModelDescriptors(
        List<EventType> events, List<Schema> namedTypes, List<TableDescriptor> tables) {
    public ModelDescriptors {
        events = List.copyOf(events);
        namedTypes = List.copyOf(namedTypes);
        tables = List.copyOf(tables);
    }
}
