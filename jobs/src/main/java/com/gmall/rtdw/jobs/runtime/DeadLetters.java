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
 * Dead-letter records: what a job could not process, with why and where it came from, so nothing is
 * silently lost and it can be replayed. A JSON object (readable with any tool) on the job's topic
 * {@code dlq_<job>}: {@code job, reason, source, partition, offset, failed_at}, the original's
 * {@code original_length} and {@code original_sha256}, and the original bytes, as text when they
 * are valid UTF-8 ({@code original}) or else base64 ({@code original_base64}). The sink cuts an
 * oversized original to a prefix ({@link DeadLetterLimit}); its length and digest still identify
 * the whole. A reason is cut to {@value #MAX_REASON_CHARS} characters.
 */
public final class DeadLetters {
    private static final JsonFactory JSON = new JsonFactory();
    static final int MAX_REASON_CHARS = 4096;

    private DeadLetters() {}

    /** The dead-letter topic of a job: {@code dlq_} and the job name in snake case. */
    public static String topic(String jobName) {
        return "dlq_"
                + jobName.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code topic} is a dead-letter topic. */
    public static boolean isTopic(String topic) {
        return topic.startsWith("dlq_");
    }

    /**
     * A dead letter.
     *
     * @param source where the record came from: a topic, a table, a file
     * @param partition its partition, or -1
     * @param offset its offset (or position), or -1
     */
    public static KafkaRecord of(
            String job, String reason, String source, int partition, long offset, byte[] original) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("job", job);
            g.writeStringField(
                    "reason",
                    reason == null || reason.length() <= MAX_REASON_CHARS
                            ? reason
                            : reason.substring(0, MAX_REASON_CHARS) + "...");
            g.writeStringField("source", source);
            g.writeNumberField("partition", partition);
            g.writeNumberField("offset", offset);
            g.writeStringField("failed_at", Instant.now().toString());
            if (original != null) {
                g.writeNumberField("original_length", original.length);
                g.writeStringField("original_sha256", sha256(original));
                String text = new String(original, StandardCharsets.UTF_8);
                if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), original)) {
                    g.writeStringField("original", text);
                } else {
                    g.writeStringField(
                            "original_base64", Base64.getEncoder().encodeToString(original));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory JSON write failed", e);
        }
        return new KafkaRecord(topic(job), null, out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
