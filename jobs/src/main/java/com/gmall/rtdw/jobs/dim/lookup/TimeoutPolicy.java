package com.gmall.rtdw.jobs.dim.lookup;

import java.util.Locale;

/**
 * What happens to a record whose lookup did not finish in time (the reference waited forever,
 * defect L4).
 */
public enum TimeoutPolicy {
    /** The record goes on without the dim row; the timeout is counted. */
    EMIT,
    /** The record goes to the lookup's timed-out side output instead of the main output. */
    SIDE_OUTPUT;

    /** From the configuration's spelling: {@code emit} or {@code side-output}. */
    public static TimeoutPolicy parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "emit" -> EMIT;
            case "side-output" -> SIDE_OUTPUT;
            default ->
                    throw new IllegalArgumentException(
                            "dim.lookup.timeout-policy must be emit or side-output, not '"
                                    + text
                                    + "'");
        };
    }
}
