package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Window end of a DWS row (exclusive): a {@code long} of epoch milliseconds, stored as ClickHouse
 * {@code DateTime}. The generator puts it second in the ORDER BY key.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface WindowEnd {}
