package com.gmall.rtdw.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The token-level checks of the generated JSON decoders. Each reader takes the current token,
 * checks its JSON type and fails with a {@link DecodeException} naming the field and byte offset.
 * Paths are joined only when failing, so the happy path allocates nothing for them.
 */
public final class JsonReading {
    /** Shared, thread-safe factory (Jackson factories are immutable once configured). */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonReading() {}

    /** A parser over the message, positioned on its first token. */
    public static JsonParser open(byte[] message) throws IOException {
        if (message == null) {
            throw new DecodeException("$", -1, "null message (a Kafka tombstone?)");
        }
        JsonParser p = FACTORY.createParser(message);
        if (p.nextToken() == null) {
            p.close();
            throw new DecodeException("$", 0, "empty message");
        }
        return p;
    }

    /** Fails unless the input ends after the root value. */
    public static void expectEnd(JsonParser p) throws IOException {
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw new DecodeException(
                    "$",
                    offset(p),
                    "unexpected " + describe(extra) + " after the end of the object");
        }
    }

    public static void expectObject(JsonParser p, String path, String field)
            throws DecodeException {
        expect(p, JsonToken.START_OBJECT, path, field, "object");
    }

    public static void expectArray(JsonParser p, String path, String field) throws DecodeException {
        expect(p, JsonToken.START_ARRAY, path, field, "array");
    }

    public static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    public static String readString(JsonParser p, String path, String field) throws IOException {
        expect(p, JsonToken.VALUE_STRING, path, field, "string");
        return p.getText();
    }

    public static long readLong(JsonParser p, String path, String field) throws IOException {
        expect(p, JsonToken.VALUE_NUMBER_INT, path, field, "integer");
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw wrongValue(p, path, field, "integer out of the long range: " + p.getText());
        }
        return p.getLongValue();
    }

    public static int readInt(JsonParser p, String path, String field) throws IOException {
        expect(p, JsonToken.VALUE_NUMBER_INT, path, field, "integer");
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw wrongValue(p, path, field, "integer out of the int range: " + p.getText());
        }
        return p.getIntValue();
    }

    public static boolean readBoolean(JsonParser p, String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw wrongType(p, path, field, "boolean");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    public static double readDouble(JsonParser p, String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(p, path, field, "number");
        }
        return p.getDoubleValue();
    }

    /**
     * Any JSON scalar as its exact text (a number keeps its digits, e.g. {@code 8197.00}); for
     * column maps such as Maxwell's {@code data}, whose value types depend on the table.
     */
    public static String readScalarText(JsonParser p, String path, String field)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
            throw wrongType(p, path, field, "string, number or boolean");
        }
        return p.getText();
    }

    /** Like {@link #readScalarText}, but a JSON null is returned as null. */
    public static String readScalarTextOrNull(JsonParser p, String path, String field)
            throws IOException {
        return isNull(p) ? null : readScalarText(p, path, field);
    }

    /** An enum from its wire spelling; {@code wireNames[i]} spells {@code values[i]}. */
    public static <E extends Enum<E>> E readEnum(
            JsonParser p, String path, String field, String[] wireNames, E[] values)
            throws IOException {
        String text = readString(p, path, field);
        for (int i = 0; i < wireNames.length; i++) {
            if (wireNames[i].equals(text)) {
                return values[i];
            }
        }
        throw wrongValue(
                p,
                path,
                field,
                "expected one of " + String.join(", ", wireNames) + ", got \"" + text + "\"");
    }

    /** A required field that the object did not have. */
    public static DecodeException missing(JsonParser p, String path, String field) {
        return new DecodeException(join(path, field), offset(p), "required field is missing");
    }

    /** Input that is not JSON at all, or is cut short. */
    public static DecodeException malformed(Exception e) {
        long offset = -1;
        String message = e.getMessage();
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            offset = at == null ? -1 : byteOffset(at);
            message = j.getOriginalMessage();
        }
        return new DecodeException("$", offset, "malformed JSON: " + firstLine(message), e);
    }

    private static void expect(
            JsonParser p, JsonToken wanted, String path, String field, String what)
            throws DecodeException {
        if (p.currentToken() != wanted) {
            throw wrongType(p, path, field, what);
        }
    }

    private static DecodeException wrongType(
            JsonParser p, String path, String field, String expected) {
        return new DecodeException(
                join(path, field),
                offset(p),
                "expected " + expected + ", got " + describe(p.currentToken()));
    }

    private static DecodeException wrongValue(
            JsonParser p, String path, String field, String problem) {
        return new DecodeException(join(path, field), offset(p), problem);
    }

    private static String join(String path, String field) {
        return field == null ? path : path + "." + field;
    }

    private static long offset(JsonParser p) {
        return byteOffset(p.getTokenLocation());
    }

    private static long byteOffset(JsonLocation at) {
        long bytes = at.getByteOffset();
        return bytes >= 0 ? bytes : at.getCharOffset();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
