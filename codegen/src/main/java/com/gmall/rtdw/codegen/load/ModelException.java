package com.gmall.rtdw.codegen.load;

import java.util.List;

/**
 * The model (schemas or DWS definitions) has errors; the message lists all of them, one per line.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public ModelException(List<String> errors) {
        super(errors.size() + " model error(s):\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** Each error with its location, in the order found. */
    public List<String> errors() {
        return errors;
    }
}
