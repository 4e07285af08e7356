package com.gmall.rtdw.flume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.flume.Context;
import org.apache.flume.Event;
import org.apache.flume.event.EventBuilder;
import org.apache.flume.interceptor.Interceptor;
import org.junit.jupiter.api.Test;

/**
 * Good lines pass byte for byte; every other line becomes a dead-letter envelope, and no event is
 * lost.
 */
class JsonLineInterceptorTest {
    private static final String FILE = "/data/applog/app.2026010112.log";

    private final Interceptor interceptor = build(Map.of());

    private static Interceptor build(Map<String, String> properties) {
        JsonLineInterceptor.Builder builder = new JsonLineInterceptor.Builder();
        builder.configure(new Context(properties));
        Interceptor built = builder.build();
        built.initialize();
        return built;
    }

    private static Event event(byte[] body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("file", FILE);
        return EventBuilder.withBody(body, headers);
    }

    private static Event event(String body) {
        return event(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The envelope's fields, read back with a streaming parser (the module has no databind). */
    private static Map<String, String> envelope(Event event) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(event.getBody())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            assertThat(parser.nextToken()).isNull();
        }
        return fields;
    }

    private void assertDeadLettered(String line, String reason) throws IOException {
        Event out = interceptor.intercept(event(line));
        assertThat(out.getHeaders()).containsEntry("topic", "dlq_flume");
        Map<String, String> fields = envelope(out);
        assertThat(fields.get("reason")).isEqualTo(reason);
        assertThat(fields)
                .containsEntry("source", FILE)
                .containsEntry("original", line)
                .containsEntry(
                        "original_length",
                        String.valueOf(line.getBytes(StandardCharsets.UTF_8).length))
                .doesNotContainKey("original_base64")
                .doesNotContainKey("original_truncated");
        assertThat(fields.get("original_sha256")).hasSize(64);
    }

    @Test
    void aLineOverTheLimitIsADeadLetterKeepingItsPrefixLengthAndDigest() throws Exception {
        String line = "{\"a\":\"" + "订".repeat(700_000) + "\"}"; // valid JSON, 2.1 MB

        Event out = interceptor.intercept(event(line));

        assertThat(out.getHeaders()).containsEntry("topic", "dlq_flume");
        assertThat(out.getBody().length)
                .as("far below Kafka's 1 MB max.request.size")
                .isLessThan(100_000);
        Map<String, String> fields = envelope(out);
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertThat(fields.get("reason"))
                .isEqualTo("line of " + bytes.length + " bytes, over maxLineBytes 524288");
        assertThat(fields)
                .containsEntry("original_length", String.valueOf(bytes.length))
                .containsEntry("original_truncated", "true")
                .containsEntry(
                        "original_sha256",
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        String prefix = fields.get("original");
        assertThat(line).startsWith(prefix);
        assertThat(prefix.getBytes(StandardCharsets.UTF_8).length).isBetween(65_536 - 2, 65_536);
    }

    @Test
    void theLimitsAreConfigurable() throws IOException {
        Interceptor small = build(Map.of("maxLineBytes", "10", "maxOriginalBytes", "4"));

        Map<String, String> fields = envelope(small.intercept(event("{\"abc\":123}")));

        assertThat(fields)
                .containsEntry("reason", "line of 11 bytes, over maxLineBytes 10")
                .containsEntry("original", "{\"ab")
                .containsEntry("original_length", "11");
        assertThatThrownBy(() -> build(Map.of("maxLineBytes", "0")))
                .hasMessageContaining("maxLineBytes");
    }

    @Test
    void goodObjectPassesUnchanged() {
        byte[] line =
                "  {\"common\":{\"mid\":\"mid_1\",\"ar\":\"北京\"},\"ts\":1700000000000,\"x\":[1,2.5,null,true]}\r"
                        .getBytes(StandardCharsets.UTF_8);
        Event in = event(line.clone());

        Event out = interceptor.intercept(in);

        assertThat(out).isSameAs(in);
        assertThat(out.getBody()).isEqualTo(line);
        assertThat(out.getHeaders()).containsOnlyKeys("file").doesNotContainKey("topic");
    }

    @Test
    void trailingGarbageIsDeadLettered() throws IOException {
        assertDeadLettered(
                "{\"a\":1} x",
                "malformed JSON at byte 9: Unrecognized token 'x': was expecting (JSON String, Number, Array,"
                        + " Object or token 'null', 'true' or 'false')");
        assertDeadLettered(
                "{\"a\":1}{\"b\":2}", "trailing content after the JSON object at byte 7");
    }

    @Test
    void truncatedObjectIsDeadLettered() throws IOException {
        assertDeadLettered(
                "{\"common\":{\"mid\":",
                "malformed JSON at byte 17: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void otherMalformedObjectsAreDeadLettered() throws IOException {
        assertThat(JsonLineInterceptor.problem("{'a':1}".getBytes(StandardCharsets.UTF_8)))
                .startsWith("malformed JSON at byte 2: Unexpected character (''' (code 39))");
        assertThat(JsonLineInterceptor.problem("{\"a\":1,}".getBytes(StandardCharsets.UTF_8)))
                .startsWith("malformed JSON at byte 8: Unexpected character ('}' (code 125))");
        assertThat(
                        JsonLineInterceptor.problem(
                                "{\"a\":\"tab\there\"}".getBytes(StandardCharsets.UTF_8)))
                .startsWith(
                        "malformed JSON at byte 10: Illegal unquoted character ((CTRL-CHAR, code 9))");
        // the second location Jackson puts in this message ("for Object starting at [Source: ...]")
        // is cut
        assertThat(JsonLineInterceptor.problem("{\"a\":1]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("malformed JSON at byte 7: Unexpected close marker ']': expected '}'");
        assertThat(JsonLineInterceptor.problem("{\"a\":[1}".getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("Source");
        assertThat(JsonLineInterceptor.problem("{\"a\":\"\\q\"}".getBytes(StandardCharsets.UTF_8)))
                .startsWith("malformed JSON at byte 8: Unrecognized character escape 'q'");
        assertThat(JsonLineInterceptor.problem("{\"a\":01}".getBytes(StandardCharsets.UTF_8)))
                .startsWith(
                        "malformed JSON at byte 6: Invalid numeric value: Leading zeroes not allowed");
    }

    @Test
    void arrayAndScalarsAreDeadLettered() throws IOException {
        assertDeadLettered("[{\"a\":1}]", "not a JSON object: an array at byte 0");
        assertDeadLettered(" \"text\"", "not a JSON object: a string at byte 1");
        assertDeadLettered("42", "not a JSON object: a number at byte 0");
        assertDeadLettered("null", "not a JSON object: null at byte 0");
    }

    @Test
    void emptyAndBlankLinesAreDeadLettered() throws IOException {
        assertDeadLettered("", "empty line");
        assertDeadLettered(" \t\r", "blank line");
    }

    @Test
    void invalidUtf8IsDeadLetteredWithTheExactBytes() throws IOException {
        byte[] line = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        Event out = interceptor.intercept(event(line.clone()));

        assertThat(out.getHeaders()).containsEntry("topic", "dlq_flume");
        Map<String, String> fields = envelope(out);
        assertThat(fields)
                .containsEntry("reason", "invalid UTF-8 at byte 6")
                .containsEntry("original", "{\"a\":\"\uFFFD(\"}");
        assertThat(Base64.getDecoder().decode(fields.get("original_base64"))).isEqualTo(line);
    }

    @Test
    void bytesJacksonWouldReadAsUtf16OrUtf32AreDeadLettered() {
        // UTF-32BE "{}" and a UTF-8 byte order mark: both would pass Jackson's own encoding
        // detection
        assertThat(JsonLineInterceptor.problem(new byte[] {0, 0, 0, '{', 0, 0, 0, '}'}))
                .isEqualTo("NUL byte at byte 0");
        assertThat(
                        JsonLineInterceptor.problem(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}))
                .isEqualTo("byte order mark at byte 0");
        // overlong encoding of '/' and an encoded surrogate: not UTF-8 even though a lax decoder
        // takes them
        assertThat(
                        JsonLineInterceptor.problem(
                                new byte[] {
                                    '{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'
                                }))
                .isEqualTo("invalid UTF-8 at byte 2");
        assertThat(
                        JsonLineInterceptor.problem(
                                new byte[] {
                                    '{',
                                    '"',
                                    (byte) 0xED,
                                    (byte) 0xA0,
                                    (byte) 0x80,
                                    '"',
                                    ':',
                                    '1',
                                    '}'
                                }))
                .isEqualTo("invalid UTF-8 at byte 2");
    }

    @Test
    void headersArePreservedAndTheOriginalIsEscaped() throws IOException {
        Event in = event("{\"a\":\"say \\\"hi\\\"\"");
        in.getHeaders().put("key", "k1");

        Event out = interceptor.intercept(in);

        assertThat(out.getHeaders())
                .containsEntry("file", FILE)
                .containsEntry("key", "k1")
                .containsEntry("topic", "dlq_flume")
                .hasSize(3);
        assertThat(envelope(out)).containsEntry("original", "{\"a\":\"say \\\"hi\\\"\"");
    }

    @Test
    void noFileHeaderGivesANullSource() throws IOException {
        Event out = interceptor.intercept(EventBuilder.withBody("oops", StandardCharsets.UTF_8));

        assertThat(envelope(out)).containsEntry("source", null).containsEntry("original", "oops");
    }

    @Test
    void deadLetterTopicAndHeadersAreConfigurable() throws IOException {
        Interceptor custom =
                build(
                        Map.of(
                                "deadLetterTopic",
                                "dlq_test",
                                "topicHeader",
                                "kafkaTopic",
                                "sourceHeader",
                                "path"));
        Event in =
                EventBuilder.withBody(
                        "nope".getBytes(StandardCharsets.UTF_8),
                        new HashMap<>(Map.of("path", "/x.log")));

        Event out = custom.intercept(in);

        assertThat(out.getHeaders())
                .containsEntry("kafkaTopic", "dlq_test")
                .doesNotContainKey("topic");
        assertThat(envelope(out)).containsEntry("source", "/x.log");
    }

    @Test
    void blankDeadLetterTopicFailsTheConfiguration() {
        JsonLineInterceptor.Builder builder = new JsonLineInterceptor.Builder();

        assertThatThrownBy(() -> builder.configure(new Context(Map.of("deadLetterTopic", " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadLetterTopic");
    }

    @Test
    void listInterceptionKeepsEveryEventInOrder() throws IOException {
        List<Event> batch = new ArrayList<>();
        batch.add(event("{\"n\":1}"));
        batch.add(event("{\"n\":"));
        batch.add(event("{\"n\":3}"));
        batch.add(event(new byte[0]));
        batch.add(event("[3]"));
        List<Event> expected = List.copyOf(batch);

        List<Event> out = interceptor.intercept(batch);

        assertThat(out).containsExactlyElementsOf(expected);
        assertThat(new String(out.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
        assertThat(new String(out.get(2).getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":3}");
        assertThat(out).filteredOn(e -> "dlq_flume".equals(e.getHeaders().get("topic"))).hasSize(3);
        assertThat(envelope(out.get(3))).containsEntry("reason", "empty line");
    }

    @Test
    void nullsDoNotThrow() {
        assertThat(interceptor.intercept((Event) null)).isNull();
        Event noBody = EventBuilder.withBody((byte[]) null);
        assertThat(interceptor.intercept(noBody).getHeaders()).containsEntry("topic", "dlq_flume");
        interceptor.close();
    }
}
