package com.gmall.rtdw.jobs.dwd.order;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cancel and payment detail jobs on the real Kafka of the local stack: recorded order details
 * (ids 79xxxxx) and the orders' cancellation and payment changes in topic_db in; each detail once
 * per event out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderEventJobsITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private GmallConfig config;

    @BeforeAll
    void record() throws Exception {
        config = TestStack.get().settings().config();
        List<TradeOrderDetail> details =
                List.of(
                        LinesOnOrderEventTest.detail(7900011, 7900001),
                        LinesOnOrderEventTest.detail(7900012, 7900001),
                        LinesOnOrderEventTest.detail(7900021, 7900002));
        List<DbChange> changes =
                List.of(
                        was(
                                change(
                                        ChangeType.update,
                                        "order_info",
                                        "id",
                                        "7900001",
                                        "order_status",
                                        "1003",
                                        "operate_time",
                                        "2024-06-01 10:15:00"),
                                "order_status",
                                "1001"),
                        was(
                                change(
                                        ChangeType.update,
                                        "payment_info",
                                        "id",
                                        "7900091",
                                        "order_id",
                                        "7900002",
                                        "payment_type",
                                        "1102",
                                        "payment_status",
                                        "1602",
                                        "callback_time",
                                        "2024-06-01 10:00:30"),
                                "payment_status",
                                "1601"),
                        was(
                                change(
                                        ChangeType.update,
                                        "payment_info",
                                        "id",
                                        "7900091",
                                        "order_id",
                                        "7900002",
                                        "payment_type",
                                        "1102",
                                        "payment_status",
                                        "1602",
                                        "callback_time",
                                        "2024-06-01 10:00:30",
                                        "callback_content",
                                        "later"),
                                "callback_content",
                                null), // PD1: not a second payment
                        change(
                                ChangeType.insert,
                                "order_refund_info",
                                "id",
                                "7900031",
                                "user_id",
                                "7",
                                "order_id",
                                "7900003",
                                "sku_id",
                                "5",
                                "refund_type",
                                "1502",
                                "refund_num",
                                "1",
                                "refund_amount",
                                "10",
                                "refund_reason_type",
                                "1301",
                                "refund_status",
                                "0701",
                                "create_time",
                                "2024-06-02 09:00:00"),
                        was(
                                change(
                                        ChangeType.update,
                                        "order_info",
                                        "id",
                                        "7900003",
                                        "order_status",
                                        "1005",
                                        "province_id",
                                        "9",
                                        "operate_time",
                                        "2024-06-02 09:00:00"),
                                "order_status",
                                "1004"),
                        RefundAssemblerTest.payment(7900041, 7900004, 5),
                        RefundAssemblerTest.payment(7900042, 7900004, 6),
                        RefundAssemblerTest.request(7900004, 5, 1),
                        RefundAssemblerTest.request(7900004, 6, 2),
                        RefundAssemblerTest.refunded(7900004),
                        malformedPayment());
        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            for (TradeOrderDetail d : details) {
                producer.send(
                                new ProducerRecord<>(
                                        Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                        Long.toString(d.getOrderId())
                                                .getBytes(StandardCharsets.UTF_8),
                                        Topics.DWD_TRADE_ORDER_DETAIL.serde().encode(d)))
                        .get();
            }
            for (DbChange c : changes) {
                producer.send(
                                new ProducerRecord<>(
                                        Topics.TOPIC_DB.name(),
                                        ("gmall." + c.getTable() + ":" + c.getData().get("id"))
                                                .getBytes(StandardCharsets.UTF_8),
                                        Topics.TOPIC_DB.serde().encode(c)))
                        .get();
            }
        }
    }

    @Test
    void eachLineOfACancelledOrderOnce() throws Exception {
        assertThat(
                        run(
                                new DwdTradeCancelDetail(),
                                Topics.DWD_TRADE_CANCEL_DETAIL,
                                c -> c.getId() + "@" + c.getCancelTime(),
                                2))
                .containsExactlyInAnyOrder(
                        "7900011@2024-06-01T02:15:00Z", "7900012@2024-06-01T02:15:00Z");
    }

    @Test
    void eachLineOfAPaidOrderOnceWithItsPaymentTypeNamePD1() throws Exception {
        assertThat(
                        run(
                                new DwdTradePayDetail(),
                                Topics.DWD_TRADE_PAY_DETAIL,
                                d ->
                                        d.getOrderDetailId()
                                                + "/"
                                                + d.getPaymentTypeCode()
                                                + "/"
                                                + d.getPaymentTypeName()
                                                + "@"
                                                + d.getCallbackTime(),
                                1))
                .containsExactly("7900021/1102/微信@2024-06-01T02:00:30Z");
    }

    @Test
    void refundRequestsWithTheirOrdersProvinceAndDictionaryNames() throws Exception {
        assertThat(
                        run(
                                new DwdTradeOrderRefund(),
                                Topics.DWD_TRADE_ORDER_REFUND,
                                r ->
                                        r.getId()
                                                + " province="
                                                + r.getProvinceId()
                                                + " "
                                                + r.getRefundTypeName()
                                                + "/"
                                                + r.getRefundReasonTypeName()
                                                + " amount="
                                                + r.getRefundAmount(),
                                1))
                .containsExactly("7900031 province=9 退货退款/质量问题 amount=10.00");
    }

    @Test
    void completedRefundsOnePerLineWithItsOwnRefundNumberR1R2() throws Exception {
        assertThat(
                        run(
                                new DwdTradeRefundDetail(),
                                Topics.DWD_TRADE_REFUND_DETAIL,
                                r ->
                                        r.getId()
                                                + " sku="
                                                + r.getSkuId()
                                                + " num="
                                                + r.getRefundNum()
                                                + " "
                                                + r.getPaymentTypeName(),
                                2))
                .containsExactlyInAnyOrder("7900041 sku=5 num=1 微信", "7900042 sku=6 num=2 微信");
        assertThat(
                        TopicReader.readUntil(
                                config,
                                com.gmall.rtdw.jobs.runtime.DeadLetters.topic(
                                        "DwdTradeRefundDetail"),
                                all -> !all.isEmpty(),
                                WAIT))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "refund_payment.total_amount is missing or malformed: ten"));
    }

    private static DbChange malformedPayment() {
        DbChange payment = RefundAssemblerTest.payment(7900043, 7900004, 7);
        payment.getData().put("total_amount", "ten");
        return payment;
    }

    private <T> List<String> run(
            GmallJob job, TopicSpec<T> topic, Function<T, String> describe, int expected)
            throws Exception {
        JobClient client =
                LocalExecution.start(job, config, TestStack.get().folder(job.name()), null, 0);
        try {
            List<String> out = new ArrayList<>();
            TopicReader.readUntil(
                    config,
                    topic.name(),
                    records -> {
                        out.clear();
                        for (ConsumerRecord<byte[], byte[]> r : records) {
                            try {
                                String line = describe.apply(topic.serde().decode(r.value()));
                                if (line.startsWith("79")) {
                                    out.add(line);
                                }
                            } catch (DecodeException e) {
                                throw new AssertionError(e);
                            }
                        }
                        return out.size() >= expected;
                    },
                    WAIT,
                    Duration.ofSeconds(5));
            return out;
        } finally {
            client.cancel().get(1, TimeUnit.MINUTES);
        }
    }
}
