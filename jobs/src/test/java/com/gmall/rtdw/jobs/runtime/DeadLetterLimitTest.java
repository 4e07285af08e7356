package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Dead letters stay within Kafka's message size, and still name the whole original by length and
 * digest.
 */
class DeadLetterLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 65_536;

    private static JsonNode fitted(byte[] original) throws Exception {
        byte[] letter = DeadLetters.of("BaseLogApp", "not JSON", "topic_log", 0, 7, original).value;
        return JSON.readTree(DeadLetterLimit.fit(letter, LIMIT));
    }

    @Test
    void aSmallDeadLetterIsLeftAsItIs() throws Exception {
        byte[] letter =
                DeadLetters.of("BaseLogApp", "not JSON", "topic_log", 0, 7, "{oops".getBytes())
                        .value;

        assertThat(DeadLetterLimit.fit(letter, LIMIT)).isSameAs(letter);
        assertThat(JSON.readTree(letter).get("original_length").asInt()).isEqualTo(5);
        assertThat(
                        JSON.readTree(letter)
                                .get("original_sha256")
                                .asText()) // sha256sum of the 5 bytes
                .isEqualTo("935aaf3a54c0648c74df48a8025f20086019843f5b9fbffe5540b9cba0edcc97");
    }

    @Test
    void anOversizedOriginalIsCutToItsPrefixWithTheWholeOnesLengthAndDigest() throws Exception {
        byte[] original = new byte[2 * 1024 * 1024];
        Arrays.fill(original, (byte) 1); // a control character: six bytes each once escaped in JSON

        byte[] letter =
                DeadLetterLimit.fit(
                        DeadLetters.of("OdsDbApp", "too big", "topic_db", 1, 2, original).value,
                        LIMIT);
        JsonNode fitted = JSON.readTree(letter);

        assertThat(letter.length)
                .as("within the producer's 1 MB max.request.size")
                .isLessThan(1024 * 1024);
        assertThat(fitted.get("original").asText().getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
        assertThat(fitted.get("original_truncated").asBoolean()).isTrue();
        assertThat(fitted.get("original_length").asInt()).isEqualTo(original.length);
        assertThat(fitted.get("original_sha256").asText()).isEqualTo(DeadLetters.sha256(original));
        assertThat(fitted.get("reason").asText()).isEqualTo("too big");
    }

    @Test
    void textIsNotCutInsideACharacter() throws Exception {
        byte[] original =
                "订".repeat(30_000).getBytes(StandardCharsets.UTF_8); // 3 bytes each, 90,000 bytes

        String prefix = fitted(original).get("original").asText();

        assertThat(prefix).isEqualTo("订".repeat(LIMIT / 3));
    }

    @Test
    void bytesThatAreNotTextKeepAPrefixOfTheExactBytes() throws Exception {
        byte[] original = new byte[100_000];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) (0x80 | (i % 64)); // continuation bytes only: never valid UTF-8
        }

        JsonNode fitted = fitted(original);

        assertThat(Base64.getDecoder().decode(fitted.get("original_base64").asText()))
                .isEqualTo(Arrays.copyOf(original, LIMIT));
        assertThat(fitted.get("original_length").asInt()).isEqualTo(100_000);
    }
}
