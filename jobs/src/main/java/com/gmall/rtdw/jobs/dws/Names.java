package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dim.lookup.DimJoin;
import com.gmall.rtdw.jobs.dim.lookup.DimRow;
import java.io.Serializable;

/**
 * A dim join written as two lambdas: the key of the record (none when empty) and what to take from
 * the dim row.
 */
final class Names {
    private Names() {}

    interface Key<T> extends Serializable {
        String of(T record);
    }

    interface Take<T> extends Serializable {
        void from(T record, DimRow row);
    }

    static <T> DimJoin<T> of(Key<T> key, Take<T> take) {
        return new DimJoin<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public String key(T record) {
                String k = key.of(record);
                return k == null || k.isEmpty() ? null : k;
            }

            @Override
            public T join(T record, DimRow row) {
                take.from(record, row);
                return record;
            }
        };
    }
}
