package com.gmall.rtdw.codegen.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every model error with its trail (file, then record or table, then field) so that one
 * run reports all of them at once instead of stopping at the first (Wire's ErrorCollector idea).
 */
public final class ErrorCollector {
    private final List<String> errors = new ArrayList<>();

    /**
     * Records one error.
     *
     * @param location where: {@code file[:line]: record X, field y} as far as known
     * @param message what is wrong, phrased so that the fix is clear
     */
    public void add(String location, String message) {
        errors.add(location + ": " + message);
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors recorded so far, in the order found. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ModelException} listing every error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ModelException(errors);
        }
    }
}
