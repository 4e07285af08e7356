package com.gmall.rtdw.flume;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The dead-letter record of a bad app-log line: {@code reason}, {@code source}, {@code
 * original_length}, {@code original_sha256} and {@code original}, at most {@code maxOriginalBytes}
 * of it (cut at a character boundary, then {@code original_truncated}), so that the record stays
 * well within Kafka's message size whatever the line. When the line is not valid UTF-8, {@code
 * original} has U+FFFD in place of the bad bytes and {@code original_base64} keeps the exact bytes
 * of the same prefix.
 */
final class DeadLetterEnvelope {
    private DeadLetterEnvelope() {}

    static byte[] of(
            String reason, String source, byte[] body, boolean validUtf8, int maxOriginalBytes) {
        byte[] original = body == null ? new byte[0] : body;
        int kept = Math.min(original.length, maxOriginalBytes);
        if (validUtf8) {
            while (kept > 0 && kept < original.length && (original[kept] & 0xC0) == 0x80) {
                kept--; // do not split a character: a continuation byte belongs to the one before
            }
        }
        byte[] prefix = Arrays.copyOf(original, kept);
        StringBuilder json = new StringBuilder(kept + reason.length() + 160);
        json.append("{\"reason\":");
        quote(json, reason);
        json.append(",\"source\":");
        if (source == null) {
            json.append("null");
        } else {
            quote(json, source);
        }
        json.append(",\"original_length\":").append(original.length);
        json.append(",\"original_sha256\":\"").append(sha256(original)).append('"');
        if (kept < original.length) {
            json.append(",\"original_truncated\":true");
        }
        json.append(",\"original\":");
        // new String(..., UTF_8) replaces malformed input with U+FFFD and never throws.
        quote(json, new String(prefix, StandardCharsets.UTF_8));
        if (!validUtf8) {
            json.append(",\"original_base64\":");
            quote(json, Base64.getEncoder().encodeToString(prefix));
        }
        json.append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
