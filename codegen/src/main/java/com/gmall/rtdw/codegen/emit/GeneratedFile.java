package com.gmall.rtdw.codegen.emit;

/**
 * One output file, built in memory.
 *
 * @param path where it goes, relative to its output root (the Java source root, or the repository
 *     root for DDL)
 * @param content its full text
 * @param kind which output root it belongs to
 */
public record GeneratedFile(String path, String content, Kind kind) {
    /** Output roots. */
    public enum Kind {
        /** Java sources: compiled by the generated module, never committed. */
        JAVA,
        /** ClickHouse DDL: committed under ddl/clickhouse and checked up to date by the build. */
        DDL
    }
}
