package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A grouping column of a DWS row (an id or a code): part of the window's key. The generator adds it
 * to the default ORDER BY key in declaration order; a {@code String} is stored as ClickHouse {@code
 * String}, a null as the empty string (ORDER BY columns cannot be Nullable on ClickHouse 18.16).
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Dimension {}
