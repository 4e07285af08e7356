package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DWS definition changed after its table went live (its DDL committed): an added column becomes a
 * migration line, kept by later runs; a removed or retyped column, or a changed key, fails the
 * build with what to do instead.
 */
class DdlEvolutionTest {
    private static final String MIGRATION =
            "ALTER TABLE dws_sample_window ADD COLUMN visits UInt64 DEFAULT 0 AFTER cnt;";

    @TempDir Path root;

    private FixtureRepository repository;

    private Path definition;
    private Path ddl;

    @BeforeEach
    void generateTheLiveTable() throws IOException {
        repository = FixtureRepository.in(root);
        definition = repository.file("model/src/main/java/com/example/dws/SampleWindow.java");
        ddl = repository.file("ddl/clickhouse/dws_sample_window.sql");
        run("write");
    }

    @Test
    void anAddedMeasureIsInTheCreateAndInAMigrationAfterItsPredecessor() throws IOException {
        edit(
                "    public long cnt;\n",
                "    public long cnt;\n\n    @Measure\n    public long visits;\n");

        run("write");

        String text = Files.readString(ddl);
        assertThat(text)
                .contains("    cnt UInt64,\n    visits UInt64,\n")
                .endsWith(MIGRATION + "\n");
        run("check");
        run("write");
        assertThat(Files.readString(ddl)).isEqualTo(text);
    }

    @Test
    void laterAdditionsKeepTheEarlierMigrations() throws IOException {
        edit(
                "    public long cnt;\n",
                "    public long cnt;\n\n    @Measure\n    public long visits;\n");
        run("write");
        edit(
                "    public double ratio;\n",
                "    public double ratio;\n\n    @Attribute\n    public String note;\n");

        run("write");

        assertThat(Files.readString(ddl))
                .endsWith(
                        MIGRATION
                                + "\nALTER TABLE dws_sample_window ADD COLUMN note Nullable(String)"
                                + " DEFAULT NULL AFTER ratio;\n");
    }

    @Test
    void checkModeWantsTheMigrationCommitted() throws IOException {
        edit(
                "    public long cnt;\n",
                "    public long cnt;\n\n    @Measure\n    public long visits;\n");

        assertThatThrownBy(() -> run("check"))
                .hasMessageContaining("ddl/clickhouse/dws_sample_window.sql is out of date");
    }

    @Test
    void aRemovedColumnIsRefusedWithWhatToDo() throws IOException {
        edit("    @Measure\n    public double ratio;\n", "");

        assertThatThrownBy(() -> run("write"))
                .hasMessageContaining(
                        "dws_sample_window: column ratio (Float64) of"
                                + " ddl/clickhouse/dws_sample_window.sql was removed from"
                                + " model/src/main/java/com/example/dws/SampleWindow.java")
                .hasMessageContaining("define a new table (another @DwsTable name)");
        assertThat(Files.readString(ddl)).contains("ratio Float64");
    }

    @Test
    void aRetypedColumnIsRefused() throws IOException {
        edit("    public double ratio;\n", "    public long ratio;\n");

        assertThatThrownBy(() -> run("write"))
                .hasMessageContaining("column ratio was Float64 in")
                .hasMessageContaining("and is UInt64 in");
    }

    @Test
    void aNewDimensionChangesTheKeyAndIsRefused() throws IOException {
        edit(
                "    public long shopId;\n",
                "    public long shopId;\n\n    @Dimension\n    public String channel;\n");

        assertThatThrownBy(() -> run("write"))
                .hasMessageContaining("ORDER BY (stt, edt, region, shop_id, channel)")
                .hasMessageContaining("differs from")
                .hasMessageContaining("ORDER BY (stt, edt, region, shop_id)");
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(definition);
        assertThat(text).contains(from);
        Files.writeString(definition, text.replace(from, to));
    }

    private void run(String ddlMode) {
        repository.generate(ddlMode);
    }
}
