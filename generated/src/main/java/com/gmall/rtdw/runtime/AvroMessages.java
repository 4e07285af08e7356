package com.gmall.rtdw.runtime;

import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;

/**
 * Avro single-object encoding for the DWD topics: a 10-byte header (marker and the writer schema's CRC-64
 * fingerprint) then Avro binary. Messages written with the current schema take the generated codec; those written
 * with a historic schema go through Avro's resolving decoder, which knows every version in avro-history, so
 * producers and consumers can be upgraded one at a time.
 */
public final class AvroMessages {
    private AvroMessages() {}

    /** The fingerprint Avro puts in the header for this schema (CRC-64-AVRO of its parsing canonical form). */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /**
     * Decodes a message: with the generated {@code reader} when it was written with the current schema (the
     * fingerprint matches), else with the resolving decoder.
     */
    public static <T> T decode(byte[] message, long fingerprint, AvroBinaryReader<T> reader,
            BinaryMessageDecoder<T> resolving, String type) throws DecodeException {
        if (message != null && isCurrent(message, fingerprint)) {
            AvroBinaryInput in = new AvroBinaryInput(message, AvroBinaryOutput.HEADER_LENGTH);
            T value = reader.read(in);
            in.expectEnd();
            return value;
        }
        return decode(resolving, message, type);
    }

    private static boolean isCurrent(byte[] message, long fingerprint) {
        if (message.length < AvroBinaryOutput.HEADER_LENGTH || message[0] != (byte) 0xC3 || message[1] != 0x01) {
            return false;
        }
        long written = 0;
        for (int i = 0; i < 8; i++) {
            written |= (long) (message[2 + i] & 0xFF) << (8 * i);
        }
        return written == fingerprint;
    }

    /** Registers the earlier writer schemas (JSON texts) with a decoder. */
    public static <T> BinaryMessageDecoder<T> withHistory(BinaryMessageDecoder<T> decoder, String[] history) {
        for (String schema : history) {
            decoder.addSchema(new Schema.Parser().parse(schema));
        }
        return decoder;
    }

    private static <T> T decode(BinaryMessageDecoder<T> decoder, byte[] message, String type) throws DecodeException {
        if (message == null) {
            throw new DecodeException("$", -1, "null message (a Kafka tombstone?)");
        }
        try {
            return decoder.decode(message);
        } catch (BadHeaderException e) {
            throw new DecodeException("$", 0, "not an Avro single-object message of " + type + ": " + e.getMessage(), e);
        } catch (MissingSchemaException e) {
            throw new DecodeException("$", 2, "written with a schema this reader does not know (" + e.getMessage()
                    + "); add it to model/src/main/avro-history", e);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new DecodeException("$", -1, "corrupt or truncated " + type + " record: " + e, e);
        }
    }
}
