package com.gmall.rtdw.jobs.dwd.order;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeOrderDetail on the real Kafka of the local stack: an order's rows spread over topic_db's
 * partitions as OdsDbApp writes them (keyed by table and id), then a later record on every
 * partition to move event time on; each detail comes out once, complete, and a row without an order
 * id is a dead letter.
 */
class DwdTradeOrderDetailITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Test
    void eachDetailOfANewOrderOnceKeyedByItsOrderWithItsActivityCouponAndDictionaryNamesP1P2P3()
            throws Exception {
        GmallConfig config = TestStack.get().settings().config();
        long at = System.currentTimeMillis();
        List<DbChange> rows =
                List.of(
                        change(
                                ChangeType.insert,
                                "order_detail",
                                "id",
                                "7800011",
                                "order_id",
                                "7800001",
                                "sku_id",
                                "5",
                                "sku_num",
                                "1",
                                "order_price",
                                "100.00",
                                "source_type",
                                "2401",
                                "split_total_amount",
                                "90",
                                "create_time",
                                "2024-06-01 10:00:00"),
                        change(
                                ChangeType.insert,
                                "order_detail",
                                "id",
                                "7800012",
                                "order_id",
                                "7800001",
                                "sku_id",
                                "6",
                                "sku_num",
                                "2",
                                "order_price",
                                "50",
                                "source_type",
                                "2402",
                                "split_total_amount",
                                "100",
                                "create_time",
                                "2024-06-01 10:00:00"),
                        change(
                                ChangeType.insert,
                                "order_detail_activity",
                                "id",
                                "7800021",
                                "order_id",
                                "7800001",
                                "order_detail_id",
                                "7800011",
                                "activity_id",
                                "1",
                                "activity_rule_id",
                                "2"),
                        change(
                                ChangeType.insert,
                                "order_detail_coupon",
                                "id",
                                "7800031",
                                "order_id",
                                "7800001",
                                "order_detail_id",
                                "7800012",
                                "coupon_id",
                                "3"),
                        change(
                                ChangeType.insert,
                                "order_info",
                                "id",
                                "7800001",
                                "user_id",
                                "77",
                                "province_id",
                                "9"),
                        change(
                                ChangeType.insert,
                                "order_detail",
                                "id",
                                "7800013",
                                "order_id",
                                "x"));
        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            for (DbChange row : rows) {
                byte[] key =
                        ("gmall." + row.getTable() + ":" + row.getData().get("id"))
                                .getBytes(StandardCharsets.UTF_8);
                producer.send(
                                new ProducerRecord<>(
                                        Topics.TOPIC_DB.name(),
                                        null,
                                        at,
                                        key,
                                        Topics.TOPIC_DB.serde().encode(row)))
                        .get();
            }
            DbChange clock = change(ChangeType.insert, "clock", "id", "1");
            clock.setDatabase("test_clock");
            int partitions = producer.partitionsFor(Topics.TOPIC_DB.name()).size();
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(
                                new ProducerRecord<>(
                                        Topics.TOPIC_DB.name(),
                                        partition,
                                        at + 10_000,
                                        null,
                                        Topics.TOPIC_DB.serde().encode(clock)))
                        .get();
            }
        }

        JobClient job =
                LocalExecution.start(
                        new DwdTradeOrderDetail(),
                        config,
                        TestStack.get().folder("dwd-trade-order-detail"),
                        null,
                        0);
        try {
            List<String> details = new ArrayList<>();
            TopicReader.readUntil(
                    config,
                    Topics.DWD_TRADE_ORDER_DETAIL.name(),
                    records -> {
                        details.clear();
                        for (ConsumerRecord<byte[], byte[]> r : records) {
                            try {
                                TradeOrderDetail d =
                                        Topics.DWD_TRADE_ORDER_DETAIL.serde().decode(r.value());
                                if (d.getOrderId() != 7800001) {
                                    continue; // other tests in this JVM write order details of
                                    // their own
                                }
                                details.add(
                                        d.getId()
                                                + " order="
                                                + d.getOrderId()
                                                + " user="
                                                + d.getUserId()
                                                + " province="
                                                + d.getProvinceId()
                                                + " activity="
                                                + d.getActivityId()
                                                + " coupon="
                                                + d.getCouponId()
                                                + " source="
                                                + d.getSourceTypeName()
                                                + " key="
                                                + new String(r.key(), StandardCharsets.UTF_8));
                            } catch (DecodeException e) {
                                throw new AssertionError(e);
                            }
                        }
                        return details.size() >= 2;
                    },
                    WAIT,
                    Duration.ofSeconds(5));

            assertThat(details)
                    .containsExactlyInAnyOrder(
                            "7800011 order=7800001 user=77 province=9 activity=1 coupon=null source=用户查询 key=7800001",
                            "7800012 order=7800001 user=77 province=9 activity=null coupon=3 source=商品推广 key=7800001");
            assertThat(
                            TopicReader.readUntil(
                                    config,
                                    DeadLetters.topic("DwdTradeOrderDetail"),
                                    all -> !all.isEmpty(),
                                    WAIT))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .anySatisfy(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "order_detail.order_id is not an order id: x"));
        } finally {
            job.cancel().get(1, TimeUnit.MINUTES);
        }
    }
}
