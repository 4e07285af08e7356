package com.gmall.rtdw.stack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro record as plain JSON for people: field names as in the schema, unions as their value (not
 * Avro's {@code {"string": ...}} wrapping), times as ISO instants, nested records as objects.
 */
final class RecordJson {
    private static final JsonFactory JSON = new JsonFactory();

    private RecordJson() {}

    static String of(IndexedRecord record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof IndexedRecord r) {
            g.writeStartObject();
            for (Schema.Field f : r.getSchema().getFields()) {
                g.writeFieldName(f.name());
                write(g, r.get(f.pos()));
            }
            g.writeEndObject();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Instant
                || value instanceof CharSequence
                || value instanceof Enum<?>
                || value instanceof GenericEnumSymbol<?>) {
            g.writeString(value.toString());
        } else {
            g.writeString(value.toString());
        }
    }
}
