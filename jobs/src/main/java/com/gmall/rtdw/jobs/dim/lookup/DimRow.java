package com.gmall.rtdw.jobs.dim.lookup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dim row as a lookup returns it: column name (Phoenix's upper case, e.g. {@code SPU_ID}) to
 * value (text, as every dim column is VARCHAR), in the form it is cached in Redis, a flat JSON
 * object.
 */
public final class DimRow {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String> columns;

    public DimRow(Map<String, String> columns) {
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The column's value, or null when it is null or not a column of the row. */
    public String get(String column) {
        return columns.get(column);
    }

    public Map<String, String> columns() {
        return columns;
    }

    String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : columns.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static DimRow fromJson(String json) throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a cached dim row is not a JSON object: " + json);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                JsonToken value = p.nextToken();
                columns.put(name, value == JsonToken.VALUE_NULL ? null : p.getValueAsString());
            }
        }
        return new DimRow(columns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DimRow r && columns.equals(r.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
