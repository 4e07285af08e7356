package com.gmall.rtdw.local.bench;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes generated app-log lines into a topic as the log agent does (no key, no compression), all
 * acknowledged before it returns.
 */
final class AppLogLoader {
    record Loaded(long bytes, double seconds) {}

    private AppLogLoader() {}

    static Loaded load(Properties client, String topic, AppLogLines lines, int count)
            throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put("acks", "all");
        p.put("linger.ms", "20");
        p.put("batch.size", Integer.toString(256 * 1024));
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count && failure.get() == null; i++) {
                byte[] line = lines.next();
                bytes += line.length;
                producer.send(
                        new ProducerRecord<>(topic, line),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Loaded(bytes, (System.nanoTime() - start) / 1e9);
    }
}
