package com.gmall.rtdw.jobs.dwd.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.dwd.ActionLog;
import com.gmall.rtdw.model.dwd.DisplayLog;
import com.gmall.rtdw.model.dwd.ErrorLog;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dwd.StartLog;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.TopicSpec;
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
 * BaseLogApp on the real Kafka of the local stack: a recorded set of app logs (JSON, as Flume ships
 * them, one of them malformed and one with nothing to split) in, the exact records of the five log
 * topics and the dead letters out, each keyed by its device.
 */
class BaseLogAppITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Test
    void recordedLogsSplitIntoExactlyTheExpectedRecords() throws Exception {
        TestStack stack = TestStack.get();
        GmallConfig config = stack.settings().config();
        List<AppLog> logs =
                List.of(
                        AppLogs.withError(AppLogs.start("itm1", "1", "2024-06-01T01:00:00Z")),
                        AppLogs.withDisplaysAndActions(
                                AppLogs.page("itm1", "1", "2024-06-01T01:00:05Z", "home", null),
                                2,
                                1),
                        AppLogs.withDisplaysAndActions(
                                AppLogs.page(
                                        "itm2", "1", "2024-06-01T01:00:06Z", "good_detail", "home"),
                                1,
                                0),
                        AppLogs.page("itm1", "1", "2024-06-02T01:00:00Z", "home", null));
        AppLog nothing = AppLogs.start("itm3", "0", "2024-06-01T01:00:00Z");
        nothing.setStart(null);

        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            for (AppLog log : logs) {
                producer.send(
                        new ProducerRecord<>(
                                Topics.TOPIC_LOG.name(), Topics.TOPIC_LOG.serde().encode(log)));
            }
            producer.send(
                    new ProducerRecord<>(
                            Topics.TOPIC_LOG.name(), Topics.TOPIC_LOG.serde().encode(nothing)));
            producer.send(
                    new ProducerRecord<>(
                            Topics.TOPIC_LOG.name(),
                            "{\"common\":".getBytes(StandardCharsets.UTF_8)));
        }

        JobClient job =
                LocalExecution.start(
                        new BaseLogApp(), config, stack.folder("base-log-app"), null, 0);
        try {
            // dwd_traffic_page_log is also written by TrafficDetailITCase in this JVM: only this
            // test's devices count
            List<PageLog> pages =
                    read(
                            config,
                            Topics.DWD_TRAFFIC_PAGE_LOG,
                            3,
                            p -> p.getCommon().getMid().startsWith("itm"));
            List<StartLog> starts = read(config, Topics.DWD_TRAFFIC_START_LOG, 1);
            List<DisplayLog> displays = read(config, Topics.DWD_TRAFFIC_DISPLAY_LOG, 3);
            List<ActionLog> actions = read(config, Topics.DWD_TRAFFIC_ACTION_LOG, 1);
            List<ErrorLog> errors = read(config, Topics.DWD_TRAFFIC_ERROR_LOG, 1);
            List<String> deadLetters =
                    TopicReader.readUntil(
                                    config,
                                    DeadLetters.topic("BaseLogApp"),
                                    all -> all.size() >= 2,
                                    WAIT)
                            .stream()
                            .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                            .toList();
            Thread.sleep(4000); // two more checkpoints: anything extra would be visible now

            pages =
                    read(
                            config,
                            Topics.DWD_TRAFFIC_PAGE_LOG,
                            0,
                            p -> p.getCommon().getMid().startsWith("itm"));
            assertThat(pages)
                    .extracting(
                            p ->
                                    p.getCommon().getMid()
                                            + "/"
                                            + p.getPage().getPageId()
                                            + "/"
                                            + p.getCommon().getIsNew())
                    .containsExactlyInAnyOrder("itm1/home/1", "itm2/good_detail/1", "itm1/home/0");
            assertThat(starts)
                    .singleElement()
                    .satisfies(s -> assertThat(s.getCommon().getMid()).isEqualTo("itm1"));
            assertThat(displays)
                    .extracting(
                            d -> d.getCommon().getMid() + "/" + d.getPageId() + "/" + d.getItem())
                    .containsExactlyInAnyOrder(
                            "itm1/home/sku-0", "itm1/home/sku-1", "itm2/good_detail/sku-0");
            assertThat(actions)
                    .singleElement()
                    .satisfies(a -> assertThat(a.getActionId()).isEqualTo("cart_add"));
            assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getErr().getErrorCode()).isEqualTo(1245));
            assertThat(read(config, Topics.DWD_TRAFFIC_DISPLAY_LOG, 0)).hasSize(3);
            assertThat(keys(config, Topics.DWD_TRAFFIC_DISPLAY_LOG))
                    .as("keyed by device (G6)")
                    .containsExactlyInAnyOrder("itm1", "itm1", "itm2");
            ObjectMapper json = new ObjectMapper();
            assertThat(deadLetters).hasSize(2);
            assertThat(deadLetters.stream().map(d -> readReason(json, d)))
                    .anySatisfy(r -> assertThat(r).startsWith("cannot decode"))
                    .anySatisfy(
                            r ->
                                    assertThat(r)
                                            .isEqualTo(
                                                    "app log not split: neither start, page nor err"));
        } finally {
            job.cancel().get(1, TimeUnit.MINUTES);
        }
    }

    private static String readReason(ObjectMapper json, String deadLetter) {
        try {
            return json.readTree(deadLetter).get("reason").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Every committed record of the topic, once at least {@code atLeast} are there (0: what is
     * there now).
     */
    private static <T> List<T> read(GmallConfig config, TopicSpec<T> topic, int atLeast) {
        return read(config, topic, atLeast, record -> true);
    }

    /**
     * The committed records of the topic that {@code ours} accepts, once at least {@code atLeast}
     * are there.
     */
    private static <T> List<T> read(
            GmallConfig config,
            TopicSpec<T> topic,
            int atLeast,
            java.util.function.Predicate<T> ours) {
        List<T> decoded = new ArrayList<>();
        TopicReader.readUntil(
                config,
                topic.name(),
                records -> {
                    decoded.clear();
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        try {
                            T record = topic.serde().decode(r.value());
                            if (ours.test(record)) {
                                decoded.add(record);
                            }
                        } catch (DecodeException e) {
                            throw new AssertionError(e);
                        }
                    }
                    return atLeast > 0 && decoded.size() >= atLeast;
                },
                atLeast > 0 ? WAIT : Duration.ofSeconds(2));
        assertThat(decoded.size()).as(topic.name()).isGreaterThanOrEqualTo(atLeast);
        return decoded;
    }

    private static List<String> keys(GmallConfig config, TopicSpec<?> topic) {
        return TopicReader.readUntil(config, topic.name(), all -> false, Duration.ofSeconds(2))
                .stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8))
                .toList();
    }
}
