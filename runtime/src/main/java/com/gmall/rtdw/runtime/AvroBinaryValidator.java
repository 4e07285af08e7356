package com.gmall.rtdw.runtime;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Walks Avro binary against its writer schema without building anything, checking every length,
 * count, index and decimal against the bytes that are actually there. Messages of historic schemas
 * pass it before Avro's own resolving decoder sees them: Avro 1.10 allocates whatever a length
 * prefix asks for, so one corrupt message could otherwise end in an OutOfMemoryError instead of a
 * dead-letter record.
 */
final class AvroBinaryValidator {
    private AvroBinaryValidator() {}

    /**
     * Fails unless {@code message} from {@code offset} to its end is exactly one valid datum of
     * {@code writer}.
     */
    static void validate(Schema writer, byte[] message, int offset) throws DecodeException {
        AvroBinaryInput in = new AvroBinaryInput(message, offset);
        skip(writer, in);
        in.expectEnd();
    }

    private static void skip(Schema s, AvroBinaryInput in) throws DecodeException {
        switch (s.getType()) {
            case RECORD -> {
                for (Schema.Field f : s.getFields()) {
                    skip(f.schema(), in);
                }
            }
            case UNION -> skip(s.getTypes().get(in.readIndex(s.getTypes().size())), in);
            case STRING -> in.skipLengthPrefixed();
            case BYTES -> {
                if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
                    in.readDecimal(d.getScale());
                } else {
                    in.skipLengthPrefixed();
                }
            }
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            case FLOAT -> in.skip(4);
            case DOUBLE -> in.skip(8);
            case FIXED -> in.skip(s.getFixedSize());
            case ENUM -> in.readIndex(s.getEnumSymbols().size());
            case ARRAY -> skipBlocks(in, s.getElementType(), false);
            case MAP -> skipBlocks(in, s.getValueType(), true);
            case NULL -> {}
        }
    }

    private static void skipBlocks(AvroBinaryInput in, Schema item, boolean keyed)
            throws DecodeException {
        for (long n = in.readBlockCount(); n != 0; n = in.readBlockCount()) {
            for (long i = 0; i < n; i++) {
                if (keyed) {
                    in.skipLengthPrefixed();
                }
                skip(item, in);
            }
        }
    }
}
