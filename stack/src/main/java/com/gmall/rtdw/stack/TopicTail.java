package com.gmall.rtdw.stack;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.StackCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.TopicSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code bin/gmall topic tail TOPIC}: the last records of each partition of a registry topic,
 * decoded with its generated serde and printed as one JSON object per line (committed records only,
 * as the jobs read them). A record that does not decode is printed as such, with the reason. A
 * dead-letter topic ({@code dlq_*}) holds JSON objects already (job, reason, source, partition,
 * offset, the original), printed as they are. {@code bin/gmall topic dlq} lists the dead-letter
 * topics with their counts.
 */
final class TopicTail {
    private TopicTail() {}

    /**
     * {@code topic tail ...} or {@code topic dlq} as a command line (the word {@code topic} left
     * out).
     */
    static void run(StackSettings settings, List<String> args, PrintStream out) {
        List<String> line = new java.util.ArrayList<>(List.of("topic"));
        line.addAll(args);
        if (args.equals(List.of("dlq"))) {
            listDeadLetters(settings, out);
        } else {
            tail(
                    settings,
                    Cli.parse(StackCommands.Topic.Tail.class, line.toArray(String[]::new)),
                    out);
        }
    }

    static void tail(StackSettings settings, StackCommands.Topic.Tail options, PrintStream out) {
        String name = options.topic;
        TopicSpec<?> topic =
                name.startsWith(DeadLetterCounts.PREFIX)
                        ? null
                        : Topics.all().stream()
                                .filter(t -> t.name().equals(name))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                new UsageException(
                                                        "unknown topic '"
                                                                + name
                                                                + "'; topics: "
                                                                + Topics.all().stream()
                                                                        .map(TopicSpec::name)
                                                                        .sorted()
                                                                        .toList()
                                                                + " and the dead-letter "
                                                                + "topics dlq_* (bin/gmall topic dlq)"));
        if (options.last < 0) {
            throw new UsageException("-n needs a number of records");
        }
        int last = options.last;
        boolean follow = options.follow;
        try (KafkaConsumer<byte[], byte[]> consumer = CommittedRecords.consumer(settings)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(name, Duration.ofSeconds(10)).stream()
                            .map(i -> new TopicPartition(name, i.partition()))
                            .toList();
            if (partitions.isEmpty()) {
                throw new UsageException(
                        "topic '"
                                + name
                                + "' does not exist (bin/gmall topic dlq lists "
                                + "the dead-letter topics)");
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition tp : partitions) {
                // transaction markers take offsets too (at worst one per record): start far enough
                // back
                consumer.seek(tp, Math.max(0, ends.get(tp) - 2L * last));
            }
            Map<Integer, ArrayDeque<String>> tails = new TreeMap<>();
            int empty = 0;
            while (!CommittedRecords.caughtUp(consumer, ends) && empty < 4) {
                var records = consumer.poll(Duration.ofMillis(500));
                empty = records.isEmpty() ? empty + 1 : 0;
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    ArrayDeque<String> tail =
                            tails.computeIfAbsent(r.partition(), k -> new ArrayDeque<>());
                    tail.add(text(topic, r.value()));
                    if (tail.size() > last) {
                        tail.removeFirst();
                    }
                }
            }
            tails.values().forEach(tail -> tail.forEach(out::println));
            out.flush();
            while (follow) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    out.println(text(topic, r.value()));
                }
                out.flush();
            }
        }
    }

    static void listDeadLetters(StackSettings settings, PrintStream out) {
        Map<String, Long> counts;
        try {
            counts = DeadLetterCounts.of(settings);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot read the dead-letter topics: " + e.getMessage(), e);
        }
        if (counts.isEmpty()) {
            out.println("no dead-letter topics yet (a job creates its dlq_ topic when it starts)");
        }
        counts.forEach((topic, n) -> out.printf(java.util.Locale.ROOT, "%-50s %,10d%n", topic, n));
        out.flush();
    }

    private static String text(TopicSpec<?> topic, byte[] value) {
        if (value == null) {
            return "null";
        }
        if (topic == null) {
            return new String(
                    value, StandardCharsets.UTF_8); // a dead letter: one JSON object already
        }
        try {
            Object decoded = topic.serde().decode(value);
            return decoded instanceof IndexedRecord r ? RecordJson.of(r) : String.valueOf(decoded);
        } catch (DecodeException e) {
            return "(does not decode: "
                    + e.getMessage()
                    + ") "
                    + new String(value, StandardCharsets.UTF_8);
        }
    }
}
