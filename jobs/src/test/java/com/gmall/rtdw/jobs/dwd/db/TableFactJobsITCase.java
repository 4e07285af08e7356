package com.gmall.rtdw.jobs.dwd.db;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.common.ChangeType;
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
 * The single-table business fact jobs on the real Kafka of the local stack: one recorded set of
 * topic_db changes (ids 77xxxxx, so other tests' rows in the topic are ignored) in, each job's
 * exact facts out, by id, and the changes their facts cannot be made of as dead letters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableFactJobsITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private GmallConfig config;

    @BeforeAll
    void recordChanges() throws Exception {
        config = TestStack.get().settings().config();
        List<DbChange> changes =
                List.of(
                        change(
                                ChangeType.insert,
                                "coupon_use",
                                "id",
                                "7700001",
                                "coupon_id",
                                "1",
                                "user_id",
                                "11",
                                "coupon_status",
                                "1401",
                                "get_time",
                                "2024-06-01 10:00:00"),
                        was(
                                change(
                                        ChangeType.update,
                                        "coupon_use",
                                        "id",
                                        "7700001",
                                        "coupon_id",
                                        "1",
                                        "user_id",
                                        "11",
                                        "order_id",
                                        "7710001",
                                        "coupon_status",
                                        "1402",
                                        "using_time",
                                        "2024-06-01 10:05:00"),
                                "coupon_status",
                                "1401"),
                        was(
                                was(
                                        change(
                                                ChangeType.update,
                                                "coupon_use",
                                                "id",
                                                "7700001",
                                                "coupon_id",
                                                "1",
                                                "user_id",
                                                "11",
                                                "order_id",
                                                "7710001",
                                                "coupon_status",
                                                "1403",
                                                "using_time",
                                                "2024-06-01 10:05:00",
                                                "used_time",
                                                "2024-06-01 10:06:00"),
                                        "coupon_status",
                                        "1402"),
                                "used_time",
                                null),
                        was(
                                change(
                                        ChangeType.update,
                                        "coupon_use",
                                        "id",
                                        "7700001",
                                        "coupon_id",
                                        "1",
                                        "user_id",
                                        "11",
                                        "order_id",
                                        "7710001",
                                        "coupon_status",
                                        "1403",
                                        "used_time",
                                        "2024-06-01 10:06:00",
                                        "expire_time",
                                        "2024-09-01 00:00:00"),
                                "expire_time",
                                "2024-07-01 00:00:00"), // CP1
                        change(
                                ChangeType.insert,
                                "coupon_use",
                                "id",
                                "7700002",
                                "coupon_id",
                                "1",
                                "user_id",
                                "12",
                                "coupon_status",
                                "1401",
                                "get_time",
                                "not a time"),
                        change(
                                ChangeType.insert,
                                "favor_info",
                                "id",
                                "7700003",
                                "user_id",
                                "11",
                                "sku_id",
                                "5",
                                "create_time",
                                "2024-06-01 23:30:00"),
                        change(
                                ChangeType.insert,
                                "user_info",
                                "id",
                                "7700004",
                                "create_time",
                                "2024-06-01 00:10:00"),
                        change(
                                ChangeType.insert,
                                "cart_info",
                                "id",
                                "7700005",
                                "user_id",
                                "11",
                                "sku_id",
                                "5",
                                "cart_price",
                                "12.5",
                                "sku_num",
                                "1",
                                "create_time",
                                "2024-06-01 10:00:00",
                                "source_type",
                                "2401",
                                "source_id",
                                "9"),
                        was(
                                change(
                                        ChangeType.update,
                                        "cart_info",
                                        "id",
                                        "7700005",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "cart_price",
                                        "12.5",
                                        "sku_num",
                                        "4",
                                        "create_time",
                                        "2024-06-01 10:00:00",
                                        "operate_time",
                                        "2024-06-01 10:02:00",
                                        "source_type",
                                        "2401",
                                        "source_id",
                                        "9"),
                                "sku_num",
                                "1"),
                        change(
                                ChangeType.insert,
                                "comment_info",
                                "id",
                                "7700006",
                                "user_id",
                                "11",
                                "sku_id",
                                "5",
                                "order_id",
                                "7710001",
                                "appraise",
                                "1201",
                                "create_time",
                                "2024-06-02 09:00:00"));
        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            for (DbChange c : changes) {
                String key = "gmall." + c.getTable() + ":" + c.getData().get("id");
                producer.send(
                                new ProducerRecord<>(
                                        Topics.TOPIC_DB.name(),
                                        key.getBytes(StandardCharsets.UTF_8),
                                        Topics.TOPIC_DB.serde().encode(c)))
                        .get();
            }
        }
    }

    @Test
    void couponsTaken() throws Exception {
        assertThat(
                        run(
                                new DwdToolCouponGet(),
                                Topics.DWD_TOOL_COUPON_GET,
                                f -> f.getId() + "@" + f.getGetTime(),
                                1))
                .containsExactly("7700001@2024-06-01T02:00:00Z");
        assertThat(deadLetters("DwdToolCouponGet"))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "coupon_use.get_time is not a yyyy-MM-dd HH:mm:ss date-time: 'not a time'"));
    }

    @Test
    void couponsOrdered() throws Exception {
        assertThat(
                        run(
                                new DwdToolCouponOrder(),
                                Topics.DWD_TOOL_COUPON_ORDER,
                                f -> f.getId() + "/" + f.getOrderId(),
                                1))
                .containsExactly("7700001/7710001");
    }

    @Test
    void couponsPaidOnceCP1() throws Exception {
        assertThat(
                        run(
                                new DwdToolCouponPay(),
                                Topics.DWD_TOOL_COUPON_PAY,
                                f -> f.getId() + "@" + f.getPaymentTime(),
                                1))
                .containsExactly("7700001@2024-06-01T02:06:00Z");
    }

    @Test
    void favouritesAdded() throws Exception {
        assertThat(
                        run(
                                new DwdInteractionFavorAdd(),
                                Topics.DWD_INTERACTION_FAVOR_ADD,
                                f -> f.getId() + "/" + f.getDateId(),
                                1))
                .containsExactly("7700003/2024-06-01");
    }

    @Test
    void usersRegistered() throws Exception {
        assertThat(
                        run(
                                new DwdUserRegister(),
                                Topics.DWD_USER_REGISTER,
                                f -> f.getUserId() + "/" + f.getDateId(),
                                1))
                .containsExactly("7700004/2024-06-01");
    }

    @Test
    void cartAdditionsWithTheSourceTypeNameFromTheRealDictionaryC1G9() throws Exception {
        assertThat(
                        run(
                                new DwdTradeCartAdd(),
                                Topics.DWD_TRADE_CART_ADD,
                                f ->
                                        f.getId()
                                                + "+"
                                                + f.getSkuNum()
                                                + "/"
                                                + f.getSourceTypeCode()
                                                + "/"
                                                + f.getSourceTypeName()
                                                + "/"
                                                + f.getSourceId(),
                                2))
                .containsExactly("7700005+1/2401/用户查询/9", "7700005+3/2401/用户查询/9");
    }

    @Test
    void commentsWithTheirAppraisalName() throws Exception {
        assertThat(
                        run(
                                new DwdInteractionComment(),
                                Topics.DWD_INTERACTION_COMMENT,
                                f ->
                                        f.getId()
                                                + "/"
                                                + f.getAppraiseCode()
                                                + "/"
                                                + f.getAppraiseName(),
                                1))
                .containsExactly("7700006/1201/好评");
    }

    /**
     * Runs the job until it has {@code expected} facts of this test's rows, then reads on a little
     * for extras.
     */
    private <T> List<String> run(
            GmallJob job, TopicSpec<T> topic, Function<T, String> describe, int expected)
            throws Exception {
        JobClient client =
                LocalExecution.start(job, config, TestStack.get().folder(job.name()), null, 0);
        try {
            List<String> facts = new ArrayList<>();
            TopicReader.readUntil(
                    config,
                    topic.name(),
                    records -> {
                        facts.clear();
                        for (ConsumerRecord<byte[], byte[]> r : records) {
                            try {
                                String fact = describe.apply(topic.serde().decode(r.value()));
                                if (fact.startsWith("77")) {
                                    facts.add(fact);
                                }
                            } catch (DecodeException e) {
                                throw new AssertionError(e);
                            }
                        }
                        return facts.size() >= expected;
                    },
                    WAIT,
                    Duration.ofSeconds(5));
            return facts;
        } finally {
            client.cancel().get(1, TimeUnit.MINUTES);
        }
    }

    private List<String> deadLetters(String job) {
        return TopicReader.readUntil(config, DeadLetters.topic(job), all -> !all.isEmpty(), WAIT)
                .stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList();
    }
}
