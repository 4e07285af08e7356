package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of table_process rows before anything of them reaches DDL (defects D5, D7). */
class DimConfigValidatorTest {
    private static TableProcess row(String sink, String columns, String pk, String extend) {
        return new TableProcess("sku_info", sink, columns, pk, extend);
    }

    /** The standard rows of docs/architecture.md, Appendix C (ddl/mysql/gmall_config.sql). */
    @Test
    void theStandardRowsOfAppendixCAreAccepted() throws DimConfigException {
        DimTable sku =
                DimConfigValidator.validate(
                        row("dim_sku_info", "id,spu_id,price,sku_name", "id", " SALT_BUCKETS = 4"));
        assertThat(sku.sinkTable()).isEqualTo("DIM_SKU_INFO");
        assertThat(sku.columns()).containsExactly("id", "spu_id", "price", "sku_name");
        assertThat(sku.options()).isEqualTo("SALT_BUCKETS = 4");
        DimTable province =
                DimConfigValidator.validate(
                        new TableProcess(
                                "base_province",
                                "dim_base_province",
                                "id,name,region_id",
                                null,
                                null));
        assertThat(province.primaryKey()).as("null sink_pk means id").isEqualTo("id");
        assertThat(province.options()).isEmpty();
    }

    @Test
    void sqlMetacharactersInTheSinkTableAreRejectedD5() {
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row(
                                                "dim_x(id varchar primary key);DROP TABLE y--",
                                                "id",
                                                "id",
                                                null)))
                .isInstanceOf(DimConfigException.class)
                .hasMessageStartingWith(
                        "sink_table 'dim_x(id varchar primary key);DROP TABLE y--' is not a valid identifier");
    }

    @Test
    void badColumnNamesAreRejectedD5() {
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row("dim_x", "id,name varchar", "id", null)))
                .hasMessageStartingWith(
                        "sink_columns entry 'name varchar' is not a valid identifier");
        assertThatThrownBy(() -> DimConfigValidator.validate(row("dim_x", "id,,name", "id", null)))
                .hasMessageStartingWith("sink_columns entry '' is not a valid identifier");
        assertThatThrownBy(
                        () -> DimConfigValidator.validate(row("dim_x", "id,name,NAME", "id", null)))
                .hasMessage("sink_columns names 'name' twice");
    }

    @Test
    void aKeyOutsideTheColumnsIsRejectedD7() {
        assertThatThrownBy(() -> DimConfigValidator.validate(row("dim_x", "code,name", null, null)))
                .hasMessage(
                        "sink_pk 'id' is not one of sink_columns [code, name]: the Phoenix table would have no primary key");
        assertThat(validated(row("dim_dic", "dic_code,dic_name", "dic_code", null)).primaryKey())
                .isEqualTo("dic_code");
    }

    @Test
    void onlyAllowListedTableOptionsWithWellFormedValuesPassD5() {
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row("dim_x", "id", "id", "SALT_BUCKETS = 4; DROP TABLE y")))
                .hasMessageContaining("is not of the form NAME = value");
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row("dim_x", "id", "id", "DEFAULT_COLUMN_FAMILY = 'x'")))
                .hasMessageStartingWith(
                        "sink_extend option DEFAULT_COLUMN_FAMILY is not allowed (allowed: COMPRESSION, ");
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row("dim_x", "id", "id", "SALT_BUCKETS = 100000")))
                .hasMessage("sink_extend option SALT_BUCKETS has an invalid value 100000");
        assertThat(
                        validated(row("dim_x", "id", "id", "salt_buckets=3, compression='snappy'"))
                                .options())
                .isEqualTo("SALT_BUCKETS = 3, COMPRESSION = 'SNAPPY'");
    }

    @Test
    void anOptionThatTurnsOffTheWriteAheadLogIsRefused() {
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row(
                                                "dim_x",
                                                "id",
                                                "id",
                                                "SALT_BUCKETS = 3, disable_wal=true")))
                .isInstanceOf(DimConfigException.class)
                .hasMessage(
                        "sink_extend option DISABLE_WAL is refused: it turns off the write-ahead log, so a region "
                                + "server crash loses acknowledged rows");
        assertThatThrownBy(
                        () ->
                                DimConfigValidator.validate(
                                        row("dim_x", "id", "id", "DISABLE_WAL = FALSE")))
                .as("refused whatever its value: the row has no business with the WAL")
                .hasMessageContaining("refused");
    }

    @Test
    void anOptionThatExpiresRowsIsRefused() {
        assertThatThrownBy(
                        () -> DimConfigValidator.validate(row("dim_x", "id", "id", "TTL = 86400")))
                .isInstanceOf(DimConfigException.class)
                .hasMessage(
                        "sink_extend option TTL is refused: it expires rows, so a dimension that does not change "
                                + "for that long disappears");
    }

    @Test
    void newColumnsOfAChangedRowAreFoundD2() throws DimConfigException {
        DimTable before = DimConfigValidator.validate(row("dim_x", "id,name", "id", null));
        DimTable after =
                DimConfigValidator.validate(row("dim_x", "id,name,logo_url,tm_id", "id", null));
        assertThat(PhoenixStatements.newColumns(before, after))
                .isEqualTo(List.of("logo_url", "tm_id"));
        assertThat(PhoenixStatements.newColumns(after, after)).isEmpty();
    }

    private static DimTable validated(TableProcess row) {
        try {
            return DimConfigValidator.validate(row);
        } catch (DimConfigException e) {
            throw new AssertionError(e);
        }
    }
}
