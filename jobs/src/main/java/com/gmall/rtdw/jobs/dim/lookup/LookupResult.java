package com.gmall.rtdw.jobs.dim.lookup;

import java.util.Optional;

/**
 * What one lookup found: the row, or none when the dim table has no such key, and whether Redis
 * answered it.
 *
 * @param row the row, empty when it does not exist (known from Phoenix or from a cached "missing"
 *     entry)
 * @param cacheHit true when Redis answered without asking Phoenix
 */
public record LookupResult(Optional<DimRow> row, boolean cacheHit) {}
