-- A DWS table's DDL as the generator writes it after two columns were added to a definition that had gone live
-- (DwsColumnMigrationITCase).
CREATE TABLE IF NOT EXISTS dws_evolution_window
(
    stt DateTime('{warehouse.time-zone}'),
    edt DateTime('{warehouse.time-zone}'),
    region String,
    cnt UInt64,
    visits UInt64,
    note Nullable(String),
    ts UInt64
)
ENGINE = ReplacingMergeTree(ts)
PARTITION BY toYYYYMMDD(stt)
ORDER BY (stt, edt, region)

-- Columns added to the definition after the table first went live, in order. `bin/gmall ddl apply` runs each
-- line whose column the table lacks; a table created from the CREATE above has them all already.
ALTER TABLE dws_evolution_window ADD COLUMN visits UInt64 DEFAULT 0 AFTER cnt;
ALTER TABLE dws_evolution_window ADD COLUMN note Nullable(String) DEFAULT NULL AFTER visits;
