package com.gmall.rtdw.jobs.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Dead-letter records: what a job could not process, with why and where it came from, so nothing is silently
 * lost and it can be replayed. A JSON object (readable with any tool) on the job's topic {@code dlq_<job>}:
 * {@code job, reason, source, partition, offset, failed_at} and the original bytes, as text when they are valid
 * UTF-8 ({@code original}) or else base64 ({@code original_base64}).
 */
public final class DeadLetters {
    private static final JsonFactory JSON = new JsonFactory();

    private DeadLetters() {}

    /** The dead-letter topic of a job: {@code dlq_} and the job name in snake case. */
    public static String topic(String jobName) {
        return "dlq_" + jobName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A dead letter.
     *
     * @param source where the record came from: a topic, a table, a file
     * @param partition its partition, or -1
     * @param offset its offset (or position), or -1
     */
    public static KafkaRecord of(String job, String reason, String source, int partition, long offset, byte[] original) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("job", job);
            g.writeStringField("reason", reason);
            g.writeStringField("source", source);
            g.writeNumberField("partition", partition);
            g.writeNumberField("offset", offset);
            g.writeStringField("failed_at", Instant.now().toString());
            if (original != null) {
                String text = new String(original, StandardCharsets.UTF_8);
                if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), original)) {
                    g.writeStringField("original", text);
                } else {
                    g.writeStringField("original_base64", Base64.getEncoder().encodeToString(original));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory JSON write failed", e);
        }
        return new KafkaRecord(topic(job), null, out.toByteArray());
    }
}
