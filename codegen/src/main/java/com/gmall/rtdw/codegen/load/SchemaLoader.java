package com.gmall.rtdw.codegen.load;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.EventType;
import com.gmall.rtdw.codegen.model.HistoricSchema;
import com.gmall.rtdw.codegen.model.Wire;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;

/**
 * Reads the Avro schemas of a model folder into {@link EventType}s: shared types under {@code
 * avro/common} first, then every other folder, then the earlier versions under {@code
 * avro-history}. Problems go to the {@link ErrorCollector}; nothing is thrown for a bad schema.
 */
public final class SchemaLoader {
    /**
     * Kafka's rule for topic names, starting with a letter so that the registry constant is a Java
     * name.
     */
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,248}");

    static final String TOPICS = "gmall.topics";
    static final String WIRE = "gmall.wire";
    static final String KEY = "gmall.key";

    private final ModelFiles files;
    private final ErrorCollector errors;
    private final Schema.Parser parser = new Schema.Parser();
    private final Map<String, Schema> sharedTypes = new LinkedHashMap<>();

    public SchemaLoader(ModelFiles files, ErrorCollector errors) {
        this.files = files;
        this.errors = errors;
    }

    /**
     * Parses every schema; returns the event types (sorted by name) and fills {@link
     * #namedTypes()}.
     */
    public List<EventType> load() {
        Map<String, Parsed> topLevel = new TreeMap<>();
        for (Path file : files.avroFiles()) {
            Schema schema = parse(parser, file);
            if (schema == null) {
                continue;
            }
            if (files.isShared(file)) {
                sharedTypes.put(schema.getFullName(), schema);
            } else {
                topLevel.put(schema.getFullName(), new Parsed(schema, files.relative(file)));
            }
        }
        Map<String, List<HistoricSchema>> history = loadHistory(topLevel);
        List<EventType> events = new ArrayList<>();
        Map<String, String> topicOwners = new HashMap<>();
        for (Parsed p : topLevel.values()) {
            EventType event = toEvent(p, history.getOrDefault(p.schema.getFullName(), List.of()));
            if (event != null) {
                checkTopicsUnique(event, topicOwners);
                events.add(event);
            }
        }
        return events;
    }

    /** Every named type parsed (shared ones included), sorted by full name. */
    public List<Schema> namedTypes() {
        return parser.getTypes().values().stream()
                .sorted((a, b) -> a.getFullName().compareTo(b.getFullName()))
                .toList();
    }

    private Schema parse(Schema.Parser into, Path file) {
        try {
            return into.parse(file.toFile());
        } catch (SchemaParseException e) {
            errors.add(files.relative(file), "invalid schema: " + e.getMessage());
        } catch (IOException e) {
            errors.add(files.relative(file), "cannot read: " + e.getMessage());
        }
        return null;
    }

    private EventType toEvent(Parsed p, List<HistoricSchema> history) {
        Schema schema = p.schema;
        String where = p.source + ": record " + schema.getName();
        if (schema.getType() != Schema.Type.RECORD) {
            errors.add(where, "an event schema must be a record, not " + schema.getType());
            return null;
        }
        List<String> topics = topics(schema, where);
        Wire wire = wire(schema, where);
        Optional<List<Schema.Field>> key = keyPath(schema, where);
        if (wire == null) {
            return null;
        }
        new JavaNameCheck(errors).check(schema, where);
        if (wire == Wire.AVRO) {
            WireCheck.avro(errors).check(schema, where);
        } else {
            WireCheck.json(errors).check(schema, where);
            if (!history.isEmpty()) {
                errors.add(
                        where,
                        "schema history is only for the avro wire; JSON readers do not resolve versions");
            }
        }
        return new EventType(schema, p.source, topics, wire, key, history);
    }

    private List<String> topics(Schema schema, String where) {
        Object value = schema.getObjectProp(TOPICS);
        if (!(value instanceof Collection<?> list) || list.isEmpty()) {
            errors.add(
                    where,
                    "missing \""
                            + TOPICS
                            + "\": a non-empty array of the Kafka topics carrying it");
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        for (Object t : list) {
            if (t instanceof String s && TOPIC.matcher(s).matches()) {
                topics.add(s);
            } else {
                errors.add(
                        where,
                        "invalid topic name "
                                + t
                                + " in \""
                                + TOPICS
                                + "\" (allowed: "
                                + TOPIC
                                + ")");
            }
        }
        return topics;
    }

    private Wire wire(Schema schema, String where) {
        String value = schema.getProp(WIRE);
        if (value == null || value.equals("avro")) {
            return Wire.AVRO;
        }
        if (value.equals("json")) {
            return Wire.JSON;
        }
        errors.add(where, "unknown \"" + WIRE + "\" value '" + value + "' (expected avro or json)");
        return null;
    }

    private Optional<List<Schema.Field>> keyPath(Schema schema, String where) {
        String path = schema.getProp(KEY);
        if (path == null) {
            return Optional.empty();
        }
        List<Schema.Field> fields = new ArrayList<>();
        Schema current = schema;
        for (String name : path.split("\\.", -1)) {
            Schema record = AvroShapes.nonNull(current);
            Schema.Field field =
                    record.getType() == Schema.Type.RECORD ? record.getField(name) : null;
            if (field == null) {
                errors.add(
                        where,
                        "\""
                                + KEY
                                + "\" '"
                                + path
                                + "': no field '"
                                + name
                                + "' in "
                                + record.getName());
                return Optional.empty();
            }
            fields.add(field);
            current = field.schema();
        }
        Schema leafSchema = AvroShapes.nonNull(current);
        Schema.Type leaf = leafSchema.getType();
        if (leafSchema.getLogicalType() != null
                || (leaf != Schema.Type.STRING
                        && leaf != Schema.Type.LONG
                        && leaf != Schema.Type.INT)) {
            errors.add(
                    where,
                    "\""
                            + KEY
                            + "\" '"
                            + path
                            + "' must end at a plain string, long or int field, not "
                            + (leafSchema.getLogicalType() != null
                                    ? leafSchema.getLogicalType().getName()
                                    : leaf));
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /**
     * Topics are unique, and so are their registry constants ({@code dwd.a} and {@code dwd_a} would
     * share one).
     */
    private void checkTopicsUnique(EventType event, Map<String, String> owners) {
        for (String topic : event.topics()) {
            String where = event.source() + ": record " + event.name();
            String previous = owners.putIfAbsent(topic, event.source());
            if (previous != null) {
                errors.add(
                        where, "duplicate topic '" + topic + "': already carried by " + previous);
                continue;
            }
            String constant = Naming.constantName(topic);
            String sameConstant = owners.putIfAbsent("constant:" + constant, topic);
            if (sameConstant != null) {
                errors.add(
                        where,
                        "topics '"
                                + sameConstant
                                + "' and '"
                                + topic
                                + "' would share the registry constant "
                                + constant);
            }
        }
    }

    /**
     * Parses each history file with its own parser (the same names as the current schema) over the
     * shared types.
     */
    private Map<String, List<HistoricSchema>> loadHistory(Map<String, Parsed> current) {
        Map<String, List<HistoricSchema>> byName = new TreeMap<>();
        for (Path file : files.historyFiles()) {
            Schema.Parser own = new Schema.Parser();
            own.addTypes(sharedTypes);
            Schema old = parse(own, file);
            if (old == null) {
                continue;
            }
            String where = files.relative(file) + ": record " + old.getName();
            Parsed now = current.get(old.getFullName());
            if (now == null) {
                errors.add(where, "history of an unknown record " + old.getFullName());
                continue;
            }
            SchemaCompatibility.SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(now.schema, old);
            if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                errors.add(
                        where,
                        "the current schema ("
                                + now.source
                                + ") cannot read data written with it: "
                                + result.getDescription());
                continue;
            }
            byName.computeIfAbsent(old.getFullName(), k -> new ArrayList<>())
                    .add(new HistoricSchema(old, files.relative(file)));
        }
        return byName;
    }

    private record Parsed(Schema schema, String source) {}
}
