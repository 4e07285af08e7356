package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Marks the users who are new in the shop's history: a user's first record of the day (marked by
 * {@link FirstOfDay}) is also their first ever when its event time is the earliest the shop's
 * history holds for them. Other records pass untouched without a query. A first taken back is
 * judged again, the same way: the history does not change, so it is marked as it was when added.
 *
 * @param <T> the record type
 */
public final class NewUsers<T> extends ProcessFunction<T, T> implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<KafkaRecord> FAILED =
            new OutputTag<>("history-failed", TypeInformation.of(KafkaRecord.class));

    /** What this function needs to know of a record. */
    public interface Access<T> extends Serializable {
        boolean firstOfDay(T record);

        long userId(T record);

        void markNew(T record);

        /**
         * Whether the record takes back a first counted before (its history was judged, and
         * reported, then).
         */
        default boolean takenBack(T record) {
            return false;
        }
    }

    /** Which history: orders or payments. */
    public interface Which extends Serializable {
        Optional<Instant> first(UserHistory history, long userId) throws SQLException;
    }

    private final UserHistory.Factory historyFactory;
    private final Which which;
    private final Access<T> access;
    private final String job;
    private final TypeInformation<T> type;
    private transient UserHistory history;

    public NewUsers(
            UserHistory.Factory historyFactory,
            Which which,
            Access<T> access,
            String job,
            TypeInformation<T> type) {
        this.historyFactory = historyFactory;
        this.which = which;
        this.access = access;
        this.job = job;
        this.type = type;
    }

    @Override
    public void open(Configuration parameters) throws SQLException {
        history = historyFactory.open();
    }

    @Override
    public void processElement(T record, Context ctx, Collector<T> out) throws Exception {
        if (access.firstOfDay(record)) {
            Optional<Instant> first;
            try {
                first = which.first(history, access.userId(record));
            } catch (SQLException e) {
                // the database is reachable but refuses the query: a real failure, retried by the
                // job's restart
                throw new SQLException(
                        "cannot read the history of user "
                                + access.userId(record)
                                + ": "
                                + e.getMessage(),
                        e);
            }
            if (first.isEmpty()) {
                // not in the shop's history at all: the record came from elsewhere; counted, not
                // called new (and
                // reported once, when added)
                if (!access.takenBack(record)) {
                    ctx.output(
                            FAILED,
                            DeadLetters.of(
                                    job,
                                    "user "
                                            + access.userId(record)
                                            + " has no such history in the shop database; counted as a returning user",
                                    "history",
                                    -1,
                                    -1,
                                    String.valueOf(record).getBytes(StandardCharsets.UTF_8)));
                }
            } else if (first.get().toEpochMilli() == ctx.timestamp()) {
                access.markNew(record);
            }
        }
        out.collect(record);
    }

    @Override
    public void close() throws SQLException {
        if (history != null) {
            history.close();
        }
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }
}
