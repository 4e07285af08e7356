package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the job needs while aggregating but that is not a table column (the reference design's
 * {@code @TransientSink}). The generated writer never reads it.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Excluded {}
