package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precision and scale of a {@code BigDecimal} measure, stored as ClickHouse {@code
 * Decimal(precision, scale)}. The writer sends the unscaled value as Int64, so precision is at most
 * 18; a value with more fractional digits than {@code scale} is rejected rather than rounded.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Decimal {
    /** Total number of digits, 1 to 18. */
    int precision();

    /** Digits after the decimal point, 0 to precision. */
    int scale();
}
