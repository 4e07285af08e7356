package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version column of the {@code ReplacingMergeTree}: a {@code long} (epoch milliseconds of
 * emission), stored as {@code UInt64}. Of two rows with the same ORDER BY key, merges and {@code
 * FINAL} keep the one with the larger version, which is what makes a replayed window overwrite
 * itself.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Version {}
