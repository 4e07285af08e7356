package com.gmall.rtdw.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.ods.DbChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code bin/gmall topic tail} prints: plain JSON, unions unwrapped, times as instants. */
class RecordJsonTest {
    @Test
    void nestedRecordsUnionsAndTimesAsPlainJson() {
        PageLog log =
                new PageLog(
                        Common.newBuilder().setMid("mid_1").setIsNew("1").build(),
                        Page.newBuilder().setPageId("home").setDuringTime(3000L).build(),
                        Instant.parse("2024-06-01T01:00:00Z"));

        assertThat(RecordJson.of(log))
                .isEqualTo(
                        "{\"common\":{\"ar\":null,\"ba\":null,\"ch\":null,\"is_new\":\"1\","
                                + "\"md\":null,\"mid\":\"mid_1\",\"os\":null,\"uid\":null,\"vc\":null},\"page\":{\"page_id\":\"home\","
                                + "\"last_page_id\":null,\"item\":null,\"item_type\":null,\"during_time\":3000,\"source_type\":null},"
                                + "\"ts\":\"2024-06-01T01:00:00Z\"}");
    }

    @Test
    void enumsAndMapsAsTheirValues() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("id", "1");
        data.put("name", null);
        DbChange change =
                DbChange.newBuilder()
                        .setDatabase("gmall")
                        .setTable("t")
                        .setType(ChangeType.bootstrap_insert)
                        .setTsSeconds(1L)
                        .setData(data)
                        .build();

        assertThat(RecordJson.of(change))
                .contains("\"type\":\"bootstrap_insert\"")
                .contains("\"data\":{\"id\":\"1\",\"name\":null}");
    }
}
