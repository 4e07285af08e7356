package com.gmall.rtdw.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.testing.DbChanges;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;

/**
 * The shop's rows as topic_db carries them (Maxwell changes of database {@code gmall}, read by the
 * snapshot at 2024-06-01 08:00 shop time, see {@link DbChanges}), the shop's local times as
 * instants, and what the DWD jobs' dead letters must say, for the DWD pipeline tests.
 */
final class ShopRows {
    /**
     * warehouse.time-zone of conf/local.properties: the shop's local date-times are read in it
     * (G5).
     */
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    /** A message cut off in the middle: no change event. */
    static final String GARBLED =
            "{\"database\":\"gmall\",\"table\":\"order_info\",\"type\":\"insert\",\"da";

    /**
     * The shop's base_dic as a job reads it when it opens, for the codes these tests use
     * (architecture.md, Appendix B); a code not in it is one the dictionary does not know.
     */
    static final Map<String, String> BASE_DIC =
            Map.of(
                    "1101",
                    "支付宝",
                    "1102",
                    "微信",
                    "1201",
                    "好评",
                    "1202",
                    "中评",
                    "1301",
                    "质量问题",
                    "1302",
                    "商品描述与实际描述不一致",
                    "1501",
                    "仅退款",
                    "1502",
                    "退货退款",
                    "2401",
                    "用户查询",
                    "2402",
                    "商品推广");

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ShopRows() {}

    /** The run, its job finding {@link #BASE_DIC} in the shop database. */
    static PipelineRun withBaseDic(PipelineRun run) {
        run.servers().dictionary.putAll(BASE_DIC);
        return run;
    }

    static DbChange insert(String table, String... columnsAndValues) {
        return DbChanges.change(ChangeType.insert, table, columnsAndValues);
    }

    /**
     * An update whose row is now {@code columnsAndValues}; give its changed columns' old values
     * with {@link #was}.
     */
    static DbChange update(String table, String... columnsAndValues) {
        return DbChanges.change(ChangeType.update, table, columnsAndValues);
    }

    static DbChange delete(String table, String... columnsAndValues) {
        return DbChanges.change(ChangeType.delete, table, columnsAndValues);
    }

    /** A row as OdsDbApp's snapshot read it (its final state), on 2024-06-01 at 08:00 shop time. */
    static DbChange snapshot(String table, String... columnsAndValues) {
        return DbChanges.change(ChangeType.bootstrap_insert, table, columnsAndValues);
    }

    /** The update with the previous values of the columns it changed ({@code old}). */
    static DbChange was(DbChange update, String... columnsAndPreviousValues) {
        for (int i = 0; i < columnsAndPreviousValues.length; i += 2) {
            DbChanges.was(update, columnsAndPreviousValues[i], columnsAndPreviousValues[i + 1]);
        }
        return update;
    }

    /** The same change, of a table of that name in another captured database. */
    static DbChange inDatabase(String database, DbChange change) {
        change.setDatabase(database);
        return change;
    }

    /**
     * A change of another database the shop's server also captures (ignored by every DWD job, G7),
     * whose Kafka time moves event time on: with {@link PipelineRun#pause}, one per parallel
     * watermark generator.
     */
    static DbChange clock() {
        return inDatabase("test_clock", insert("clock", "id", "1"));
    }

    /** A local date-time of the shop ({@code yyyy-MM-dd HH:mm:ss}) as an instant. */
    static Instant shopTime(String local) {
        return LocalDateTime.parse(local, LOCAL).atZone(SHOP_ZONE).toInstant();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /**
     * Lines of order 8101 (user 7, province 9) and 8102 (user 8, province 10), both ordered on
     * 2024-06-01 at 10:00 shop time, as DwdTradeOrderDetail wrote them: the phone with an activity,
     * the earphones with a coupon.
     */
    static TradeOrderDetail phoneOf8101() {
        return new TradeOrderDetail(
                81011L,
                8101L,
                7L,
                5L,
                "小米手机",
                1L,
                money("100.00"),
                9L,
                1L,
                2L,
                null,
                9L,
                "2401",
                "用户查询",
                money("10.00"),
                null,
                money("90.00"),
                shopTime("2024-06-01 10:00:00"));
    }

    static TradeOrderDetail earphonesOf8101() {
        return new TradeOrderDetail(
                81012L,
                8101L,
                7L,
                6L,
                "华为耳机",
                2L,
                money("50.00"),
                9L,
                null,
                null,
                3L,
                null,
                "2402",
                "商品推广",
                null,
                money("5.00"),
                money("95.00"),
                shopTime("2024-06-01 10:00:00"));
    }

    static TradeOrderDetail cableOf8102() {
        return new TradeOrderDetail(
                81021L,
                8102L,
                8L,
                7L,
                "数据线",
                1L,
                money("30.00"),
                10L,
                null,
                null,
                null,
                null,
                "2401",
                "用户查询",
                null,
                null,
                money("30.00"),
                shopTime("2024-06-01 10:00:00"));
    }

    /**
     * A message of {@code topic} that does not decode: a dead letter naming the topic, with the
     * message as it was.
     */
    static ThrowingConsumer<DeadLetter> undecodable(String job, String topic) {
        return letter -> {
            assertThat(letter.job()).isEqualTo(job);
            assertThat(letter.source()).isEqualTo(topic);
            assertThat(letter.reason()).startsWith("cannot decode");
            assertThat(letter.original()).isEqualTo(GARBLED);
        };
    }

    /**
     * A topic_db change the job could not make its record of: a dead letter with the reason and the
     * change.
     */
    static ThrowingConsumer<DeadLetter> unusable(String job, DbChange change, String reason) {
        return letter -> {
            assertThat(letter.job()).isEqualTo(job);
            assertThat(letter.source()).isEqualTo(Topics.TOPIC_DB.name());
            assertThat(letter.reason()).contains(reason);
            assertThat(change(letter.original())).isEqualTo(change);
        };
    }

    private static DbChange change(String original) throws DecodeException {
        return Topics.TOPIC_DB.serde().decode(original.getBytes(StandardCharsets.UTF_8));
    }
}
