package com.gmall.rtdw.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.serde.ods.AppLogJsonDecoder;
import com.gmall.rtdw.serde.ods.AppLogJsonEncoder;
import com.gmall.rtdw.serde.ods.DbChangeJsonDecoder;
import com.gmall.rtdw.serde.ods.DbChangeJsonEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The generated ODS JSON decoders on sample messages of the two ODS formats (docs/architecture.md)
 * and on malformed input.
 */
class OdsJsonDecoderTest {
    /**
     * A Maxwell insert of the shape docs/architecture.md gives for topic_db, with values filled in.
     */
    static final String MAXWELL_INSERT =
            "{\"database\":\"gmall\",\"table\":\"favor_info\",\"type\":\"insert\","
                    + "\"ts\":1704798219,\"xid\":217972,\"commit\":true,\"data\":{\"id\":1745,\"user_id\":32,\"sku_id\":12,"
                    + "\"spu_id\":3,\"is_cancel\":\"0\",\"create_time\":\"2024-01-09 19:03:39\",\"cancel_time\":null}}";

    static final String MAXWELL_UPDATE =
            "{\"database\":\"gmall\",\"table\":\"order_info\",\"type\":\"update\","
                    + "\"ts\":1704798300,\"xid\":218001,\"xoffset\":0,\"data\":{\"id\":9,\"order_status\":\"1002\","
                    + "\"total_amount\":8197.00},\"old\":{\"order_status\":\"1001\"}}";

    static final String START_LOG =
            "{\"common\":{\"ar\":\"110000\",\"ba\":\"Xiaomi\",\"ch\":\"xiaomi\",\"is_new\":\"1\","
                    + "\"md\":\"Xiaomi 9\",\"mid\":\"mid_9\",\"os\":\"Android 11.0\",\"vc\":\"v2.1.134\"},"
                    + "\"start\":{\"entry\":\"icon\",\"loading_time\":2187,\"open_ad_id\":8,\"open_ad_ms\":3683,"
                    + "\"open_ad_skip_ms\":0},\"err\":{\"error_code\":1245,\"msg\":\" Exception in thread \\\\ java.net\"},"
                    + "\"ts\":1651303983000}";

    static final String PAGE_LOG =
            "{\"common\":{\"ar\":\"230000\",\"ch\":\"Appstore\",\"is_new\":\"0\",\"mid\":\"mid_1\","
                    + "\"uid\":\"27\",\"vc\":\"v2.1.111\",\"ba\":\"iPhone\",\"md\":\"iPhone X\",\"os\":\"iOS 13.3.1\"},"
                    + "\"page\":{\"page_id\":\"good_list\",\"item\":\"小米手机\",\"item_type\":\"keyword\",\"during_time\":9016,"
                    + "\"last_page_id\":\"home\"},\"displays\":[{\"display_type\":\"query\",\"item\":\"9\",\"item_type\":\"sku_id\","
                    + "\"order\":1,\"pos_id\":4}],\"actions\":[{\"action_id\":\"get_coupon\",\"item\":\"3\","
                    + "\"item_type\":\"coupon_id\",\"ts\":1651303991036}],\"ts\":1651303988000,\"future_field\":{\"x\":[1,2]}}";

    @Test
    void decodesAMaxwellInsertKeepingNumberText() throws DecodeException {
        DbChange c = DbChangeJsonDecoder.decode(bytes(MAXWELL_INSERT));
        assertThat(c.getDatabase()).isEqualTo("gmall");
        assertThat(c.getTable()).isEqualTo("favor_info");
        assertThat(c.getType()).isEqualTo(ChangeType.insert);
        assertThat(c.getTsSeconds()).isEqualTo(1704798219L);
        assertThat(c.getXid()).isEqualTo(217972L);
        assertThat(c.getCommit()).isTrue();
        assertThat(c.getData())
                .containsEntry("id", "1745")
                .containsEntry("create_time", "2024-01-09 19:03:39")
                .containsEntry("cancel_time", null)
                .hasSize(7);
        assertThat(c.getOld()).isNull();
    }

    @Test
    void decodesAMaxwellUpdateWithOldValuesAndExactDecimals() throws DecodeException {
        DbChange c = DbChangeJsonDecoder.decode(bytes(MAXWELL_UPDATE));
        assertThat(c.getType()).isEqualTo(ChangeType.update);
        assertThat(c.getData()).containsEntry("total_amount", "8197.00");
        assertThat(c.getOld()).containsExactly(java.util.Map.entry("order_status", "1001"));
        assertThat(c.getCommit()).isNull();
    }

    @Test
    void bootstrapTypesUseTheirWireSpelling() throws DecodeException {
        DbChange c =
                DbChangeJsonDecoder.decode(
                        bytes(MAXWELL_INSERT.replace("\"insert\"", "\"bootstrap-insert\"")));
        assertThat(c.getType()).isEqualTo(ChangeType.bootstrap_insert);
        assertThat(new String(DbChangeJsonEncoder.encode(c), StandardCharsets.UTF_8))
                .contains("\"type\":\"bootstrap-insert\"");
    }

    @Test
    void decodesAStartLogWithAnError() throws DecodeException {
        AppLog log = AppLogJsonDecoder.decode(bytes(START_LOG));
        assertThat(log.getCommon().getMid()).isEqualTo("mid_9");
        assertThat(log.getCommon().getUid()).isNull();
        assertThat(log.getStart().getLoadingTime()).isEqualTo(2187L);
        assertThat(log.getErr().getErrorCode()).isEqualTo(1245);
        assertThat(log.getPage()).isNull();
        assertThat(log.getTs()).isEqualTo(Instant.ofEpochMilli(1651303983000L));
    }

    @Test
    void decodesAPageLogSkippingUnknownFields() throws DecodeException {
        AppLog log = AppLogJsonDecoder.decode(bytes(PAGE_LOG));
        assertThat(log.getPage().getItem()).isEqualTo("小米手机");
        assertThat(log.getPage().getLastPageId()).isEqualTo("home");
        assertThat(log.getDisplays())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.getOrder()).isEqualTo(1);
                            assertThat(d.getPosId()).isEqualTo(4);
                        });
        assertThat(log.getActions())
                .singleElement()
                .satisfies(
                        a -> assertThat(a.getTs()).isEqualTo(Instant.ofEpochMilli(1651303991036L)));
    }

    @Test
    void encodeThenDecodeGivesTheSameRecord() throws DecodeException {
        for (String json : new String[] {START_LOG, PAGE_LOG}) {
            AppLog log = AppLogJsonDecoder.decode(bytes(json));
            assertThat(AppLogJsonDecoder.decode(AppLogJsonEncoder.encode(log))).isEqualTo(log);
        }
        for (String json : new String[] {MAXWELL_INSERT, MAXWELL_UPDATE}) {
            DbChange change = DbChangeJsonDecoder.decode(bytes(json));
            assertThat(DbChangeJsonDecoder.decode(DbChangeJsonEncoder.encode(change)))
                    .isEqualTo(change);
        }
    }

    @Test
    void truncatedInput() {
        String cut = MAXWELL_INSERT.substring(0, 60);
        assertThatThrownBy(() -> DbChangeJsonDecoder.decode(bytes(cut)))
                .isInstanceOf(DecodeException.class)
                .hasMessageStartingWith("$ (byte 60): malformed JSON: Unexpected end-of-input");
    }

    @Test
    void notJsonAtAll() {
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes("hello world")))
                .isInstanceOf(DecodeException.class)
                .hasMessageStartingWith("$ (byte 6): malformed JSON: Unrecognized token 'hello'");
    }

    @Test
    void wrongTypeNamesFieldExpectedTypeAndOffset() {
        String json = MAXWELL_INSERT.replace("\"ts\":1704798219", "\"ts\":\"1704798219\"");
        assertThatThrownBy(() -> DbChangeJsonDecoder.decode(bytes(json)))
                .isInstanceOf(DecodeException.class)
                .hasMessage(
                        "$.ts (byte "
                                + json.indexOf("\"1704798219\"")
                                + "): expected integer, got string")
                .satisfies(e -> assertThat(((DecodeException) e).path()).isEqualTo("$.ts"));
    }

    @Test
    void wrongTypeInANestedRecordAndInsideAnArray() {
        String nested = PAGE_LOG.replace("\"mid\":\"mid_1\"", "\"mid\":1");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes(nested)))
                .hasMessage(
                        "$.common.mid (byte "
                                + (nested.indexOf("\"mid\":1") + 6)
                                + "): expected string, got integer");
        String inArray = PAGE_LOG.replace("\"order\":1", "\"order\":\"first\"");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes(inArray)))
                .hasMessageStartingWith("$.displays[].order (byte ")
                .hasMessageEndingWith("expected integer, got string");
    }

    @Test
    void unknownChangeType() {
        String json = MAXWELL_INSERT.replace("\"insert\"", "\"truncate\"");
        assertThatThrownBy(() -> DbChangeJsonDecoder.decode(bytes(json)))
                .hasMessage(
                        "$.type (byte "
                                + json.indexOf("\"truncate\"")
                                + "): expected one of insert, update, delete, "
                                + "bootstrap-start, bootstrap-insert, bootstrap-complete, got \"truncate\"");
    }

    @Test
    void missingData() {
        String json = "{\"database\":\"gmall\",\"table\":\"t\",\"type\":\"delete\",\"ts\":1}";
        assertThatThrownBy(() -> DbChangeJsonDecoder.decode(bytes(json)))
                .hasMessage("$.data (byte " + (json.length() - 1) + "): required field is missing");
    }

    @Test
    void missingRequiredNestedField() {
        String json = PAGE_LOG.replace("\"page_id\":\"good_list\",", "");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes(json)))
                .hasMessageStartingWith("$.page.page_id (byte ")
                .hasMessageEndingWith("required field is missing");
    }

    @Test
    void nullEmptyAndTrailingInput() {
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(null))
                .hasMessage("$: null message (a Kafka tombstone?)");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(new byte[0]))
                .hasMessage("$ (byte 0): empty message");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes(START_LOG + " {}")))
                .hasMessage(
                        "$ (byte "
                                + (START_LOG.length() + 1)
                                + "): unexpected object after the end of the object");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes("[1,2]")))
                .hasMessage("$ (byte 0): expected object, got array");
    }

    @Test
    void numberOutOfRange() {
        String json = PAGE_LOG.replace("\"pos_id\":4", "\"pos_id\":99999999999");
        assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes(json)))
                .hasMessageStartingWith("$.displays[].pos_id (byte ")
                .hasMessageEndingWith("integer out of the int range: 99999999999");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
