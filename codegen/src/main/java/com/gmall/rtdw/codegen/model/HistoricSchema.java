package com.gmall.rtdw.codegen.model;

import org.apache.avro.Schema;

/**
 * An earlier version of an event schema, kept so that records written with it can still be read.
 *
 * @param schema the old schema
 * @param source its file, relative to the repository root
 */
public record HistoricSchema(Schema schema, String source) {}
