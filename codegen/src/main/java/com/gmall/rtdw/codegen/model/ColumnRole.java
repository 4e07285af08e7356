package com.gmall.rtdw.codegen.model;

/** What a field of a DWS definition is to its table; one per field, from its annotation. */
public enum ColumnRole {
    WINDOW_START("WindowStart"),
    WINDOW_END("WindowEnd"),
    DIMENSION("Dimension"),
    ATTRIBUTE("Attribute"),
    MEASURE("Measure"),
    VERSION("Version"),
    EXCLUDED("Excluded");

    private final String annotation;

    ColumnRole(String annotation) {
        this.annotation = annotation;
    }

    /** Simple name of the annotation that gives a field this role. */
    public String annotation() {
        return annotation;
    }

    /** Whether fields with this role become table columns. */
    public boolean isColumn() {
        return this != EXCLUDED;
    }
}
