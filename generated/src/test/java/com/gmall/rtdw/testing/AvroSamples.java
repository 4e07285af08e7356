package com.gmall.rtdw.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Deterministic sample data for any Avro schema in Avro's generic representation (timestamps as
 * longs, decimals as big-endian unscaled bytes), so tests can cross-check the generated serdes
 * against Avro's own generic reader and writer. Nullable fields are null in about one sample of
 * four; strings include non-Latin text.
 */
public final class AvroSamples {
    private static final String[] WORDS = {
        "home", "小米手机", "good_detail", "Appstore", "口红", "x", ""
    };

    private final Random random;

    public AvroSamples(long seed) {
        this.random = new Random(seed);
    }

    /** A record of the schema with every field filled. */
    public GenericData.Record record(Schema schema) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            record.put(f.name(), value(f.schema()));
        }
        return record;
    }

    private Object value(Schema s) {
        if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
            return ByteBuffer.wrap(unscaledDecimal(d.getPrecision()).toByteArray());
        }
        if (s.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            return 1_700_000_000_000L + random.nextInt(1_000_000_000);
        }
        if (s.getLogicalType() instanceof LogicalTypes.Date) {
            return 19_000 + random.nextInt(2_000);
        }
        return switch (s.getType()) {
            case RECORD -> record(s);
            case UNION -> random.nextInt(4) == 0 && hasNull(s) ? null : value(nonNull(s));
            case STRING -> WORDS[random.nextInt(WORDS.length)] + random.nextInt(1000);
            case LONG -> random.nextLong();
            case INT -> random.nextInt();
            case BOOLEAN -> random.nextBoolean();
            case DOUBLE -> random.nextDouble();
            case ENUM ->
                    new GenericData.EnumSymbol(
                            s, s.getEnumSymbols().get(random.nextInt(s.getEnumSymbols().size())));
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(value(s.getElementType()));
                }
                yield new GenericData.Array<>(s, items);
            }
            case MAP -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    entries.put("k" + i, value(s.getValueType()));
                }
                yield entries;
            }
            default -> throw new IllegalArgumentException("no sample for " + s);
        };
    }

    /**
     * Unscaled values across every byte length the precision allows, with the two's-complement
     * edges.
     */
    private BigInteger unscaledDecimal(int precision) {
        BigInteger max = BigInteger.TEN.pow(precision).subtract(BigInteger.ONE);
        return switch (random.nextInt(5)) {
            case 0 -> BigInteger.valueOf(EDGES[random.nextInt(EDGES.length)]);
            case 1 -> BigInteger.valueOf(random.nextInt(200_001) - 100_000);
            case 2 -> random.nextBoolean() ? max : max.negate();
            default ->
                    new BigInteger(max.bitLength() + 1, random).mod(max.shiftLeft(1)).subtract(max);
        };
    }

    private static final long[] EDGES = {
        0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769
    };

    /** The decimal a generic decimal value stands for. */
    public static BigDecimal decimal(Object genericValue, int scale) {
        ByteBuffer b = ((ByteBuffer) genericValue).duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new BigDecimal(new BigInteger(bytes), scale);
    }

    private static boolean hasNull(Schema union) {
        return union.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
    }

    private static Schema nonNull(Schema union) {
        return union.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .findFirst()
                .orElseThrow();
    }
}
