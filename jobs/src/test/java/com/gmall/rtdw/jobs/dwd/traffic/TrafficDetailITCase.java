package com.gmall.rtdw.jobs.dwd.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two traffic detail jobs on the real Kafka of the local stack, from one recorded set of page
 * logs (devices named for this test; other tests' pages in the topic are ignored) with a malformed
 * message among them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrafficDetailITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private GmallConfig config;

    @BeforeAll
    void recordPages() throws Exception {
        TestStack stack = TestStack.get();
        config = stack.settings().config();
        // in event-time order, but for one page of uvm1 that comes late (after the next day's); in
        // July, after every
        // page BaseLogAppITCase writes to the same topic in this JVM, so those never hold these
        // behind the watermark
        List<PageLog> pages =
                List.of(
                        Pages.page("uvm1", "2024-07-01T01:00:00Z", "home", null),
                        Pages.page("uvm1", "2024-07-01T02:00:00Z", "good_list", "home"),
                        Pages.page("uvm2", "2024-07-01T02:00:00Z", "home", null),
                        Pages.page("ujm1", "2024-07-01T04:00:00Z", "home", null),
                        Pages.page("ujm2", "2024-07-01T04:00:00Z", "home", null),
                        Pages.page("ujm2", "2024-07-01T04:00:03Z", "good_list", "home"),
                        Pages.page("ujm1", "2024-07-01T04:00:05Z", "home", null),
                        Pages.page(
                                "uvm1",
                                "2024-07-01T17:00:00Z",
                                "home",
                                null), // July 2nd in Shanghai
                        Pages.page(
                                "uvm1",
                                "2024-07-01T03:00:00Z",
                                "cart",
                                null), // late, July 1st: not a first visit
                        Pages.page(
                                "clock",
                                "2024-07-02T12:00:00Z",
                                "home",
                                null)); // moves the watermark on
        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            // one partition keeps the recorded order: the out-of-order page must come after the
            // next day's
            for (PageLog page : pages.subList(0, 8)) {
                send(producer, page);
            }
            producer.send(
                            new ProducerRecord<>(
                                    Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                    0,
                                    null,
                                    "not avro".getBytes(StandardCharsets.UTF_8)))
                    .get();
            for (PageLog page : pages.subList(8, pages.size())) {
                send(producer, page);
            }
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, PageLog page)
            throws Exception {
        producer.send(
                        new ProducerRecord<>(
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                0,
                                page.getCommon().getMid().getBytes(StandardCharsets.UTF_8),
                                Topics.DWD_TRAFFIC_PAGE_LOG.serde().encode(page)))
                .get();
    }

    @Test
    void uniqueVisitorsAreEachDevicesFirstPageOfEachDayU1() throws Exception {
        GmallJob job = new DwdTrafficUniqueVisitorDetail();
        String topic = Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL.name();
        JobClient client =
                LocalExecution.start(job, config, TestStack.get().folder(job.name()), null, 0);
        try {
            List<String> firsts =
                    List.of(
                            "uvm1@2024-07-01T01:00:00Z",
                            "uvm2@2024-07-01T02:00:00Z",
                            "uvm1@2024-07-01T17:00:00Z");
            assertThat(read(topic, "uvm", out -> out.size() >= 3, WAIT, Duration.ofSeconds(5)))
                    .containsExactlyInAnyOrderElementsOf(firsts);
            // earlier than uvm2's first visit, which is out: a dead letter, not a second first
            // visit of the day
            try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
                send(producer, Pages.page("uvm2", "2024-07-01T01:30:00Z", "home", null));
            }
            assertThat(deadLetterReasons(job.name(), 2))
                    .anySatisfy(r -> assertThat(r).contains("cannot decode"))
                    .anySatisfy(
                            r ->
                                    assertThat(r)
                                            .contains("first visit of the day already published"));
            assertThat(read(topic, "uvm", out -> out.size() >= 3, WAIT, Duration.ofSeconds(5)))
                    .containsExactlyInAnyOrderElementsOf(firsts);
        } finally {
            client.cancel().get(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void userJumpsAreTheBouncedPagesAndAMalformedMessageDoesNotStopTheJobJ1() throws Exception {
        List<String> jumps =
                run(
                        new DwdTrafficUserJumpDetail(),
                        Topics.DWD_TRAFFIC_USER_JUMP_DETAIL.name(),
                        "ujm",
                        out -> out.size() >= 2);

        assertThat(jumps)
                .containsExactlyInAnyOrder(
                        "ujm1@2024-07-01T04:00:00Z", "ujm1@2024-07-01T04:00:05Z");
        assertThat(deadLetterReasons("DwdTrafficUserJumpDetail", 1))
                .anySatisfy(r -> assertThat(r).contains("cannot decode"));
    }

    /**
     * Runs the job until its output for devices starting with {@code prefix} is complete, then a
     * little longer.
     */
    private List<String> run(
            GmallJob job, String topic, String prefix, Predicate<List<String>> complete)
            throws Exception {
        JobClient client =
                LocalExecution.start(job, config, TestStack.get().folder(job.name()), null, 0);
        try {
            // then two more checkpoints: anything extra would be committed by then
            List<String> out = read(topic, prefix, complete, WAIT, Duration.ofSeconds(5));
            assertThat(complete.test(out)).as(topic + " complete within " + WAIT).isTrue();
            return out;
        } finally {
            client.cancel().get(1, TimeUnit.MINUTES);
        }
    }

    private List<String> read(
            String topic,
            String prefix,
            Predicate<List<String>> done,
            Duration timeout,
            Duration settle) {
        List<String> out = new ArrayList<>();
        TopicReader.readUntil(
                config,
                topic,
                records -> {
                    out.clear();
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        try {
                            PageLog page = Topics.DWD_TRAFFIC_PAGE_LOG.serde().decode(r.value());
                            if (page.getCommon().getMid().startsWith(prefix)) {
                                out.add(page.getCommon().getMid() + "@" + page.getTs());
                            }
                        } catch (DecodeException e) {
                            throw new AssertionError(e);
                        }
                    }
                    return done.test(out);
                },
                timeout,
                settle);
        return out;
    }

    /** The job's dead letters, once there are at least {@code count}. */
    private List<String> deadLetterReasons(String job, int count) {
        return TopicReader.readUntil(
                        config, DeadLetters.topic(job), all -> all.size() >= count, WAIT)
                .stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList();
    }
}
