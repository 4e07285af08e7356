package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A dead letter as a reader of the dead-letter topic sees it: which topic it came from, why, and
 * what it was.
 */
record DeadLetter(String job, String source, String reason, String original) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static DeadLetter of(KafkaRecord record) {
        try {
            JsonNode letter = JSON.readTree(record.value);
            return new DeadLetter(
                    letter.path("job").asText(),
                    letter.path("source").asText(),
                    letter.path("reason").asText(),
                    letter.path("original").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException("a dead letter that is no JSON: " + record, e);
        }
    }
}
