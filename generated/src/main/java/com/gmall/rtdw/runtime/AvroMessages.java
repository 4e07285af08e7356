package com.gmall.rtdw.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;

/**
 * Avro single-object encoding for the DWD topics: a 10-byte header (marker and the writer schema's CRC-64
 * fingerprint) then Avro binary. Readers know every historic writer schema, so producers and consumers can be
 * upgraded one at a time.
 */
public final class AvroMessages {
    private AvroMessages() {}

    /** Registers the earlier writer schemas (JSON texts) with a decoder. */
    public static <T> BinaryMessageDecoder<T> withHistory(BinaryMessageDecoder<T> decoder, String[] history) {
        for (String schema : history) {
            decoder.addSchema(new Schema.Parser().parse(schema));
        }
        return decoder;
    }

    public static <T> T decode(BinaryMessageDecoder<T> decoder, byte[] message, String type) throws DecodeException {
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

    public static <T> byte[] encode(BinaryMessageEncoder<T> encoder, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            encoder.encode(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory Avro write failed", e);
        }
        return out.toByteArray();
    }
}
