package com.gmall.rtdw.codegen.model;

/** How an event type is encoded on its Kafka topics. */
public enum Wire {
    /**
     * The ODS formats we do not own (Maxwell JSON, app log JSON): generated streaming JSON decoder
     * and encoder.
     */
    JSON,
    /**
     * Everything after ODS: Avro single-object encoding (fingerprint header + binary), readable
     * across versions.
     */
    AVRO
}
