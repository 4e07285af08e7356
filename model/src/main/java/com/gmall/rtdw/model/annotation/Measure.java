package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An aggregated value of a DWS row. {@code long} is stored as {@code UInt64} (counts and sums of
 * counts), {@code double} as {@code Float64}, {@code BigDecimal} as {@code Decimal(p, s)} and then
 * needs {@link Decimal}. Any other Java type is a model error.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Measure {}
