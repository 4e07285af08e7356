package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;

/**
 * Avro single-object encoding for the DWD topics: a 10-byte header (marker and the writer schema's
 * CRC-64 fingerprint) then Avro binary. Messages written with the current schema take the generated
 * codec; those written with a historic schema (model/src/main/avro-history) are checked against
 * their writer schema and then go through Avro's resolving decoder, so producers and consumers can
 * be upgraded one at a time.
 */
public final class AvroMessages {
    private AvroMessages() {}

    /**
     * The fingerprint Avro puts in the header for this schema (CRC-64-AVRO of its parsing canonical
     * form).
     */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /**
     * The historic writer schemas (JSON texts) of a type, with a resolving decoder that knows them.
     */
    public static <T> History<T> history(BinaryMessageDecoder<T> decoder, String[] schemas) {
        Map<Long, Schema> writers = new HashMap<>();
        for (String text : schemas) {
            Schema schema = new Schema.Parser().parse(text);
            decoder.addSchema(schema);
            writers.put(fingerprint(schema), schema);
        }
        return new History<>(decoder, Map.copyOf(writers));
    }

    /**
     * Decodes a message with the generated {@code reader} when it was written with the current
     * schema, else with the type's history. Any problem is a {@link DecodeException}.
     */
    public static <T> T decode(
            byte[] message,
            long fingerprint,
            AvroBinaryReader<T> reader,
            History<T> history,
            String type)
            throws DecodeException {
        if (message == null) {
            throw new DecodeException("$", -1, "null message (a Kafka tombstone?)");
        }
        if (message.length < AvroBinaryOutput.HEADER_LENGTH
                || message[0] != (byte) 0xC3
                || message[1] != 0x01) {
            throw new DecodeException(
                    "$", 0, "not an Avro single-object message of " + type + " (no C3 01 header)");
        }
        long written = headerFingerprint(message);
        if (written == fingerprint) {
            AvroBinaryInput in = new AvroBinaryInput(message, AvroBinaryOutput.HEADER_LENGTH);
            T value = reader.read(in);
            in.expectEnd();
            return value;
        }
        Schema writer = history.writers.get(written);
        if (writer == null) {
            throw new DecodeException(
                    "$",
                    2,
                    "written with a schema this reader does not know (fingerprint "
                            + Long.toHexString(written)
                            + "); add it to model/src/main/avro-history");
        }
        AvroBinaryValidator.validate(writer, message, AvroBinaryOutput.HEADER_LENGTH);
        try {
            return history.decoder.decode(message);
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(
                    "$",
                    -1,
                    "corrupt or truncated " + type + " record of an earlier schema: " + e,
                    e);
        }
    }

    private static long headerFingerprint(byte[] message) {
        long written = 0;
        for (int i = 0; i < 8; i++) {
            written |= (long) (message[2 + i] & 0xFF) << (8 * i);
        }
        return written;
    }

    /**
     * What a serde knows of a type's earlier versions.
     *
     * @param <T> the record type
     */
    public static final class History<T> {
        private final BinaryMessageDecoder<T> decoder;
        private final Map<Long, Schema> writers;

        private History(BinaryMessageDecoder<T> decoder, Map<Long, Schema> writers) {
            this.decoder = decoder;
            this.writers = writers;
        }
    }
}
