package com.gmall.rtdw.flume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.flume.Context;
import org.apache.flume.Event;
import org.apache.flume.interceptor.Interceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every app-log line that is not exactly one JSON object to a dead-letter topic, inside a
 * JSON envelope.
 */
public final class JsonLineInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLineInterceptor.class);

    /** Property: the topic that lines other than one JSON object go to. */
    public static final String DEAD_LETTER_TOPIC = "deadLetterTopic";

    /**
     * Property: the header the Kafka sink reads its topic from (the sink's {@code topicHeader}).
     */
    public static final String TOPIC_HEADER = "topicHeader";

    /**
     * Property: the header holding the file the line came from (TAILDIR's {@code fileHeaderKey}).
     */
    public static final String SOURCE_HEADER = "sourceHeader";

    static final String DEFAULT_DEAD_LETTER_TOPIC = "dlq_flume";
    static final String DEFAULT_TOPIC_HEADER = "topic";
    static final String DEFAULT_SOURCE_HEADER = "file";

    /**
     * Property: a longer line is a dead letter (the Kafka sink cannot send one over its
     * max.request.size).
     */
    public static final String MAX_LINE_BYTES = "maxLineBytes";

    /**
     * Property: a dead letter keeps at most this much of its line, with the whole line's length and
     * SHA-256.
     */
    public static final String MAX_ORIGINAL_BYTES = "maxOriginalBytes";

    static final int DEFAULT_MAX_LINE_BYTES = 512 * 1024;
    static final int DEFAULT_MAX_ORIGINAL_BYTES = 64 * 1024;

    // Strict JSON only (Jackson's defaults: no comments, single quotes, NaN, trailing commas); the
    // offending
    // line must not be copied into the location part of each message: the envelope carries it once
    // already.
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    // Jackson adds "(start marker at [Source: UNKNOWN; line: 1, column: 1])" and the like to some
    // messages:
    // a second location, always the object's first byte here, which is noise in the reason.
    private static final Pattern MARKER = Pattern.compile("\\s*\\([^()]*\\[Source: [^\\]]*\\]\\)");

    private final String deadLetterTopic;
    private final String topicHeader;
    private final String sourceHeader;
    private final int maxLineBytes;
    private final int maxOriginalBytes;
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    JsonLineInterceptor(
            String deadLetterTopic,
            String topicHeader,
            String sourceHeader,
            int maxLineBytes,
            int maxOriginalBytes) {
        this.deadLetterTopic = deadLetterTopic;
        this.topicHeader = topicHeader;
        this.sourceHeader = sourceHeader;
        this.maxLineBytes = maxLineBytes;
        this.maxOriginalBytes = maxOriginalBytes;
    }

    @Override
    public void initialize() {}

    @Override
    public Event intercept(Event event) {
        if (event == null) {
            return null;
        }
        seen.incrementAndGet();
        byte[] body = event.getBody();
        String reason;
        try {
            reason =
                    body != null && body.length > maxLineBytes
                            ? "line of "
                                    + body.length
                                    + " bytes, over "
                                    + MAX_LINE_BYTES
                                    + " "
                                    + maxLineBytes
                            : problem(body);
        } catch (RuntimeException e) {
            // A bug in the check must not stop the source (Flume would retry the batch forever):
            // dead-letter it.
            reason = "could not check the line: " + e;
        }
        if (reason != null) {
            deadLetter(event, body, reason);
        }
        return event;
    }

    @Override
    public List<Event> intercept(List<Event> events) {
        // Never drops: every event comes back, in order, only rewritten where it is bad.
        for (Event event : events) {
            intercept(event);
        }
        return events;
    }

    @Override
    public void close() {
        LOG.info(
                "{} events checked, {} sent to {}",
                seen.get(),
                deadLettered.get(),
                deadLetterTopic);
    }

    /**
     * Null when the body is exactly one JSON object (whitespace around it allowed), else why not.
     * Byte offsets are 0-based; for Jackson's own errors ("malformed JSON at byte N") N is how many
     * bytes Jackson had read when it failed, so the offending byte is the one just before N (and N
     * is the length for a truncated line).
     */
    static String problem(byte[] body) {
        if (body == null || body.length == 0) {
            return "empty line";
        }
        String utf8 = utf8Problem(body);
        if (utf8 != null) {
            return utf8;
        }
        // Jackson reads a leading BOM or NUL bytes as a hint for UTF-16/32 and would then accept
        // bytes that no
        // UTF-8 reader downstream can parse; a raw NUL is never legal JSON anyway (RFC 8259 section
        // 7).
        if (body.length >= 3
                && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF) {
            return "byte order mark at byte 0";
        }
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return "NUL byte at byte " + i;
            }
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return "blank line";
            }
            if (first != JsonToken.START_OBJECT) {
                return "not a JSON object: "
                        + describe(first)
                        + " at byte "
                        + at(parser.getTokenLocation());
            }
            // skipChildren still tokenizes everything up to the matching '}', so it validates the
            // whole object.
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            if (after != null) {
                return "trailing content after the JSON object at byte "
                        + at(parser.getTokenLocation());
            }
            return null;
        } catch (JsonProcessingException e) {
            return "malformed JSON at byte " + at(e.getLocation()) + ": " + message(e);
        } catch (IOException e) {
            // Parsing a byte array does no I/O; kept so that nothing escapes as an exception.
            return "could not read the line: " + e;
        }
    }

    private static String utf8Problem(byte[] body) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(Math.min(body.length, 8192));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                // The decoder stops before the bad sequence: the buffer's position is its byte
                // offset.
                return "invalid UTF-8 at byte " + in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? "invalid UTF-8 at byte " + in.position() : null;
            }
            out.clear();
        }
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }

    private static long at(JsonLocation location) {
        return location == null ? -1 : location.getByteOffset();
    }

    private static String message(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original == null) {
            return e.getClass().getSimpleName();
        }
        String text = MARKER.matcher(original).replaceAll("");
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private void deadLetter(Event event, byte[] body, String reason) {
        deadLettered.incrementAndGet();
        Map<String, String> headers =
                event.getHeaders() == null ? new HashMap<>() : new HashMap<>(event.getHeaders());
        String source = headers.get(sourceHeader);
        event.setBody(
                DeadLetterEnvelope.of(
                        reason, source, body, utf8Problem(body) == null, maxOriginalBytes));
        // A copy, because some Event implementations hand out an unmodifiable map.
        headers.put(topicHeader, deadLetterTopic);
        event.setHeaders(headers);
        if (LOG.isDebugEnabled()) {
            LOG.debug("dead-lettered a line of {}: {}", source, reason);
        }
    }

    /**
     * Flume's factory for the interceptor: {@code type =
     * com.gmall.rtdw.flume.JsonLineInterceptor$Builder}.
     */
    public static final class Builder implements Interceptor.Builder {
        private String deadLetterTopic = DEFAULT_DEAD_LETTER_TOPIC;
        private String topicHeader = DEFAULT_TOPIC_HEADER;
        private String sourceHeader = DEFAULT_SOURCE_HEADER;
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private int maxOriginalBytes = DEFAULT_MAX_ORIGINAL_BYTES;

        @Override
        public void configure(Context context) {
            deadLetterTopic = required(context, DEAD_LETTER_TOPIC, DEFAULT_DEAD_LETTER_TOPIC);
            topicHeader = required(context, TOPIC_HEADER, DEFAULT_TOPIC_HEADER);
            sourceHeader = required(context, SOURCE_HEADER, DEFAULT_SOURCE_HEADER);
            maxLineBytes = positive(context, MAX_LINE_BYTES, DEFAULT_MAX_LINE_BYTES);
            maxOriginalBytes = positive(context, MAX_ORIGINAL_BYTES, DEFAULT_MAX_ORIGINAL_BYTES);
        }

        private static int positive(Context context, String key, int fallback) {
            Integer value = context.getInteger(key, fallback);
            if (value == null || value < 1) {
                throw new IllegalArgumentException(
                        "JsonLineInterceptor: property '" + key + "' must be positive");
            }
            return value;
        }

        private static String required(Context context, String key, String fallback) {
            String value = context.getString(key, fallback);
            // A blank topic would send bad lines to the sink's default topic: fail the agent's
            // start instead.
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(
                        "JsonLineInterceptor: property '" + key + "' must not be blank");
            }
            return value.trim();
        }

        @Override
        public Interceptor build() {
            return new JsonLineInterceptor(
                    deadLetterTopic, topicHeader, sourceHeader, maxLineBytes, maxOriginalBytes);
        }
    }
}
