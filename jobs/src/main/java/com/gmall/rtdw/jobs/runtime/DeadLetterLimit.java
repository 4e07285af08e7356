package com.gmall.rtdw.jobs.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keeps a dead letter within Kafka's message size: an original longer than {@code
 * dead-letters.max-original-bytes} is cut to that many bytes (at a character boundary when it is
 * text) and marked {@code original_truncated}; its {@code original_length} and {@code
 * original_sha256} still name the whole. Without it, a malformed message near the broker's limit
 * makes a dead letter over the producer's {@code max.request.size}, and the job fails and replays
 * it for ever.
 */
public final class DeadLetterLimit {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadLetterLimit() {}

    /**
     * The dead letter as it is when it is small enough, else with its original cut to {@code
     * maxOriginalBytes}.
     */
    public static byte[] fit(byte[] deadLetter, int maxOriginalBytes) {
        if (deadLetter.length <= maxOriginalBytes) {
            return deadLetter; // the original, inside it, is smaller still
        }
        try {
            ObjectNode letter = (ObjectNode) JSON.readTree(deadLetter);
            boolean cut = false;
            if (letter.hasNonNull("original")) {
                byte[] text = letter.get("original").asText().getBytes(StandardCharsets.UTF_8);
                if (text.length > maxOriginalBytes) {
                    letter.put(
                            "original",
                            new String(
                                    text,
                                    0,
                                    textBoundary(text, maxOriginalBytes),
                                    StandardCharsets.UTF_8));
                    cut = true;
                }
            }
            if (letter.hasNonNull("original_base64")) {
                byte[] bytes = Base64.getDecoder().decode(letter.get("original_base64").asText());
                if (bytes.length > maxOriginalBytes) {
                    letter.put(
                            "original_base64",
                            Base64.getEncoder()
                                    .encodeToString(Arrays.copyOf(bytes, maxOriginalBytes)));
                    cut = true;
                }
            }
            if (cut) {
                letter.put("original_truncated", true);
            }
            return JSON.writeValueAsBytes(letter);
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException(
                    new IOException("not a dead letter of this project: " + e.getMessage(), e));
        }
    }

    /** The longest prefix of at most {@code max} bytes that does not split a UTF-8 character. */
    static int textBoundary(byte[] utf8, int max) {
        int end = max;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--; // a continuation byte: the character started before
        }
        return end;
    }
}
