package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Phoenix statements of a dim table: names from the validated row, values only as parameters.
 */
class PhoenixStatementsTest {
    private final PhoenixStatements phoenix = new PhoenixStatements("GMALL_REALTIME");
    private final DimTable trademark =
            new DimTable(
                    "base_trademark", "DIM_BASE_TRADEMARK", List.of("id", "tm_name"), "id", "");
    private final DimTable dic =
            new DimTable(
                    "base_dic",
                    "DIM_BASE_DIC",
                    List.of("dic_code", "dic_name"),
                    "dic_code",
                    "SALT_BUCKETS = 3");

    @Test
    void createTableMarksTheConfiguredKeyAndAppendsTheOptions() {
        assertThat(phoenix.createTable(trademark))
                .isEqualTo(
                        "CREATE TABLE IF NOT EXISTS GMALL_REALTIME.DIM_BASE_TRADEMARK (ID VARCHAR PRIMARY KEY, TM_NAME VARCHAR)");
        assertThat(phoenix.createTable(dic))
                .isEqualTo(
                        "CREATE TABLE IF NOT EXISTS GMALL_REALTIME.DIM_BASE_DIC "
                                + "(DIC_CODE VARCHAR PRIMARY KEY, DIC_NAME VARCHAR) SALT_BUCKETS = 3");
    }

    @Test
    void upsertAndDeleteBindEveryValueD5() {
        assertThat(phoenix.upsert(trademark))
                .isEqualTo(
                        "UPSERT INTO GMALL_REALTIME.DIM_BASE_TRADEMARK (ID, TM_NAME) VALUES (?, ?)");
        assertThat(phoenix.delete(dic))
                .as("the configured key, not always id (D7)")
                .isEqualTo("DELETE FROM GMALL_REALTIME.DIM_BASE_DIC WHERE DIC_CODE = ?");
    }

    @Test
    void addColumnsForAChangedConfigurationD2() {
        assertThat(phoenix.addColumns(trademark, List.of("logo_url", "tm_id")))
                .isEqualTo(
                        "ALTER TABLE GMALL_REALTIME.DIM_BASE_TRADEMARK ADD IF NOT EXISTS LOGO_URL VARCHAR, TM_ID VARCHAR");
    }
}
