package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column name of a field. Without it the column is the snake_case of the field name
 * ({@code orderCount} becomes {@code order_count}).
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Column {
    /** The ClickHouse column name; must match {@code [A-Za-z_][A-Za-z0-9_]*}. */
    String value();
}
