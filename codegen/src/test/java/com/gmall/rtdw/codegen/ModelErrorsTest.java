package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.codegen.load.ModelException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per model error message: its text and its location (file, line, record or table, field).
 */
class ModelErrorsTest {
    private static final String TABLE_FILE = "com/example/dws/Good.java";
    private static final String TABLE_PATH = "model/src/main/java/" + TABLE_FILE;

    @TempDir Path root;

    private ModelFixture model;

    @BeforeEach
    void setUp() {
        model = new ModelFixture(root);
    }

    @Test
    void unknownTypeNamesTheFileAndTheType() {
        model.avro(
                "dwd/Fact.avsc",
                ModelFixture.dwdRecord(
                        "Fact",
                        "\"gmall.topics\": [\"dwd_fact\"]",
                        "{\"name\": \"device\", \"type\": \"com.example.common.Device\"}"));
        assertThat(model.errors())
                .singleElement()
                .asString()
                .startsWith("model/src/main/avro/dwd/Fact.avsc: invalid schema: ")
                .contains("com.example.common.Device");
    }

    @Test
    void eventWithoutTopics() {
        model.avro(
                "dwd/Fact.avsc",
                ModelFixture.dwdRecord("Fact", "", "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/Fact.avsc: record Fact: missing "
                                + "\"gmall.topics\": a non-empty array of the Kafka topics carrying it");
    }

    @Test
    void duplicateTopicNamesBothFiles() {
        model.avro(
                        "dwd/A.avsc",
                        ModelFixture.dwdRecord(
                                "A",
                                "\"gmall.topics\": [\"dwd_x\"]",
                                "{\"name\": \"id\", \"type\": \"long\"}"))
                .avro(
                        "dwd/B.avsc",
                        ModelFixture.dwdRecord(
                                "B",
                                "\"gmall.topics\": [\"dwd_x\"]",
                                "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/B.avsc: record B: duplicate topic "
                                + "'dwd_x': already carried by model/src/main/avro/dwd/A.avsc");
    }

    @Test
    void invalidTopicName() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"dwd x;\"]",
                        "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .singleElement()
                .asString()
                .startsWith("model/src/main/avro/dwd/A.avsc: record A: invalid topic name dwd x;");
    }

    @Test
    void keyPathMustResolve() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"], \"gmall.key\": \"user.id\"",
                        "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A: \"gmall.key\" 'user.id': no field 'user' in A");
    }

    @Test
    void unknownWire() {
        model.avro(
                "ods/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"], \"gmall.wire\": \"xml\"",
                        "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/ods/A.avsc: record A: unknown \"gmall.wire\" value 'xml' (expected avro or json)");
    }

    @Test
    void jsonWireRejectsTypesItCannotDecode() {
        model.avro(
                "ods/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"], \"gmall.wire\": \"json\"",
                        "{\"name\": \"price\", \"type\": {\"type\": \"bytes\", \"logicalType\": \"decimal\", "
                                + "\"precision\": 10, \"scale\": 2}}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/ods/A.avsc: record A, field price: the JSON wire does not support logical type decimal on BYTES");
    }

    @Test
    void avroWireRejectsTypesItsCodecCannotWrite() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"]",
                        "{\"name\": \"attrs\", \"type\": {\"type\": \"map\", \"values\": \"long\"}}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A, field attrs: the avro wire codec does not support type MAP");
    }

    @Test
    void fieldsThatBecomeTheSameJavaAccessor() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"]",
                        "{\"name\": \"page_id\", \"type\": \"long\"}, {\"name\": \"pageId\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A, record A: fields "
                                + "'page_id' and 'pageId' both become the Java accessor getPageId()");
    }

    @Test
    void fieldsWithTheSameJsonName() {
        model.avro(
                "ods/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"], \"gmall.wire\": \"json\"",
                        "{\"name\": \"ts\", \"type\": \"long\"}, {\"name\": \"ts_s\", \"type\": \"long\", \"gmall.json\": \"ts\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/ods/A.avsc: record A, record A: fields 'ts' "
                                + "and 'ts_s' both have the JSON name 'ts'");
    }

    @Test
    void topicsThatShareARegistryConstant() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"dwd.a\", \"dwd_a\"]",
                        "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A: topics 'dwd.a' and "
                                + "'dwd_a' would share the registry constant DWD_A");
    }

    @Test
    void recordWithoutNamespace() {
        model.avro(
                "dwd/A.avsc",
                "{\"type\": \"record\", \"name\": \"A\", \"gmall.topics\": [\"a\"], "
                        + "\"fields\": [{\"name\": \"id\", \"type\": \"long\"}]}");
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A: record A has no "
                                + "namespace: generated classes need a package");
    }

    @Test
    void typesSharingASimpleName() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"]",
                        "{\"name\": \"x\", \"type\": {\"type\": \"record\", \"name\": \"Part\", \"namespace\": \"one\", "
                                + "\"fields\": [{\"name\": \"id\", \"type\": \"long\"}]}}, "
                                + "{\"name\": \"y\", \"type\": {\"type\": \"record\", \"name\": \"Part\", \"namespace\": \"two\", "
                                + "\"fields\": [{\"name\": \"id\", \"type\": \"long\"}]}}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A: types one.Part and "
                                + "two.Part share the simple name Part, which generated method names use");
    }

    @Test
    void arraysOfArrays() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"]",
                        "{\"name\": \"grid\", \"type\": {\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": \"long\"}}}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A, field grid: the avro "
                                + "wire codec does not support arrays of ARRAYs; wrap the inner one in a record");
    }

    @Test
    void keyOnATimestamp() {
        model.avro(
                "dwd/A.avsc",
                ModelFixture.dwdRecord(
                        "A",
                        "\"gmall.topics\": [\"a\"], \"gmall.key\": \"at\"",
                        "{\"name\": \"at\", \"type\": {\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}}"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/avro/dwd/A.avsc: record A: \"gmall.key\" 'at' "
                                + "must end at a plain string, long or int field, not timestamp-millis");
    }

    @Test
    void tableInTheDefaultPackage() {
        model.java("Good.java", ModelFixture.GOOD_TABLE.replace("package com.example.dws;\n", ""));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/java/Good.java:5: class Good: a @DwsTable class "
                                + "needs a package: the generated writer imports it");
    }

    @Test
    void tablesWhoseWritersWouldClash() {
        model.java(TABLE_FILE, ModelFixture.GOOD_TABLE)
                .java(
                        "com/example/other/Good.java",
                        ModelFixture.GOOD_TABLE
                                .replace("package com.example.dws;", "package com.example.other;")
                                .replace("dws_good", "dws_other"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/java/com/example/other/Good.java:6: class Good: "
                                + "class name Good is also used by "
                                + TABLE_PATH
                                + ": both would generate GoodWriter");
    }

    @Test
    void incompatibleHistoryIsRejected() {
        model.avro(
                        "dwd/A.avsc",
                        ModelFixture.dwdRecord(
                                "A",
                                "\"gmall.topics\": [\"a\"]",
                                "{\"name\": \"id\", \"type\": \"long\"}, {\"name\": \"added\", \"type\": \"string\"}"))
                .file(
                        "src/main/avro-history/dwd/A.v1.avsc",
                        ModelFixture.dwdRecord("A", "", "{\"name\": \"id\", \"type\": \"long\"}"));
        assertThat(model.errors())
                .singleElement()
                .asString()
                .startsWith(
                        "model/src/main/avro-history/dwd/A.v1.avsc: record A: the current schema "
                                + "(model/src/main/avro/dwd/A.avsc) cannot read data written with it: ");
    }

    @Test
    void missingVersionIsAMissingKeyColumn() {
        model.java(
                TABLE_FILE, ModelFixture.GOOD_TABLE.replace("@Version\n    public long ts;\n", ""));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":6: class Good (table dws_good): missing key "
                                + "column: no @Version field (a DWS table needs exactly one)");
    }

    @Test
    void orderByNamingNoColumnIsAMissingKeyColumn() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "@DwsTable(name = \"dws_good\")",
                        "@DwsTable(name = \"dws_good\", orderBy = {\"stt\", \"edt\", \"shop\", \"region\"})"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":6: class Good (table dws_good): missing key "
                                + "column: ORDER BY names 'region', which is not a column (columns: stt, edt, shop, cnt, amount, ts)");
    }

    @Test
    void dimensionLeftOutOfOrderBy() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "@DwsTable(name = \"dws_good\")",
                        "@DwsTable(name = \"dws_good\", orderBy = {\"stt\", \"edt\"})"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":6: class Good (table dws_good): missing key "
                                + "column: 'shop' (@Dimension) is not in ORDER BY, so rows that differ only in it would replace "
                                + "each other");
    }

    @Test
    void measureInOrderBy() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "@DwsTable(name = \"dws_good\")",
                        "@DwsTable(name = \"dws_good\", orderBy = {\"stt\", \"edt\", \"shop\", \"cnt\"})"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":6: class Good (table dws_good): ORDER BY column "
                                + "'cnt' is a @Measure: a replayed window would not replace its old row");
    }

    @Test
    void duplicateTableNamesBothFiles() {
        model.java(TABLE_FILE, ModelFixture.GOOD_TABLE)
                .java(
                        "com/example/dws/Again.java",
                        ModelFixture.GOOD_TABLE.replace("class Good", "class Again"));
        assertThat(model.errors())
                .containsExactly(
                        "model/src/main/java/com/example/dws/Good.java:6: class Good: "
                                + "duplicate table 'dws_good': already defined in model/src/main/java/com/example/dws/Again.java");
    }

    @Test
    void measureWithoutClickHouseType() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "public long cnt;", "public java.util.Set<String> cnt;"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":14: table dws_good, field cnt: a @Measure of Java "
                                + "type java.util.Set<String> has no ClickHouse type; use long, double or BigDecimal with @Decimal");
    }

    @Test
    void bigDecimalMeasureNeedsDecimal() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "@Measure @Decimal(precision = 16, scale = 2)", "@Measure"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":16: table dws_good, field amount: a BigDecimal "
                                + "measure needs @Decimal(precision = ..., scale = ...)");
    }

    @Test
    void decimalPrecisionBeyondInt64() {
        model.java(TABLE_FILE, ModelFixture.GOOD_TABLE.replace("precision = 16", "precision = 38"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":16: table dws_good, field amount: @Decimal"
                                + "(precision = 38, scale = 2) is out of range: precision 1 to 18 (the writer sends an Int64), "
                                + "scale 0 to precision");
    }

    @Test
    void fieldWithoutRole() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace(
                        "    @Measure\n    public long cnt;", "    public long cnt;"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":14: field cnt: has no role: annotate it with one "
                                + "of @Attribute, @Dimension, @Excluded, @Measure, @Version, @WindowEnd, @WindowStart");
    }

    @Test
    void invalidTableName() {
        model.java(
                TABLE_FILE, ModelFixture.GOOD_TABLE.replace("dws_good", "dws good; DROP TABLE x"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":6: class Good: @DwsTable name 'dws good; DROP "
                                + "TABLE x' is not a valid identifier ([A-Za-z_][A-Za-z0-9_]*)");
    }

    @Test
    void privateFieldCannotBeReadDirectly() {
        model.java(
                TABLE_FILE,
                ModelFixture.GOOD_TABLE.replace("public long cnt;", "private long cnt;"));
        assertThat(model.errors())
                .containsExactly(
                        TABLE_PATH
                                + ":14: field cnt: DWS fields must be public and not "
                                + "final: the job sets them and the generated writer reads them directly");
    }

    @Test
    void everyErrorIsReportedInOneFailure() {
        model.avro(
                        "dwd/A.avsc",
                        ModelFixture.dwdRecord("A", "", "{\"name\": \"id\", \"type\": \"long\"}"))
                .java(
                        TABLE_FILE,
                        ModelFixture.GOOD_TABLE
                                .replace("@Version\n    public long ts;\n", "")
                                .replace(
                                        "@Measure @Decimal(precision = 16, scale = 2)",
                                        "@Measure"));
        assertThatThrownBy(model::load)
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("3 model error(s):")
                .hasMessageContaining("A.avsc: record A: missing \"gmall.topics\"")
                .hasMessageContaining("field amount: a BigDecimal measure needs @Decimal")
                .hasMessageContaining("no @Version field");
    }

    @Test
    void theRealModelLoadsWithoutErrors() {
        Path repo = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
        var model = com.gmall.rtdw.codegen.load.ModelLoader.load(repo.resolve("model"), repo);
        assertThat(model.tables()).hasSize(10);
        assertThat(model.events()).extracting(e -> e.topics().size()).contains(3);
        assertThat(model.events().stream().flatMap(e -> e.topics().stream()))
                .contains("topic_db", "topic_log", "dwd_trade_order_detail", "dwd_traffic_page_log")
                .doesNotHaveDuplicates()
                .hasSize(21);
    }
}
