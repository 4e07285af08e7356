package com.gmall.rtdw.jobs.dim;

/**
 * One change of {@code gmall_config.table_process} as Flink CDC reports it. A Flink POJO (it is
 * broadcast).
 */
public class ConfigChange {
    /** Debezium's operation: {@code r} (snapshot read), {@code c}, {@code u} or {@code d}. */
    public String op;

    /** The row before the change (updates and deletes), else null. */
    public TableProcess before;

    /** The row after the change (reads, creates and updates), else null. */
    public TableProcess after;

    /** The change as text, for a dead letter if it cannot be applied. */
    public String text;

    public ConfigChange() {}

    public ConfigChange(String op, TableProcess before, TableProcess after, String text) {
        this.op = op;
        this.before = before;
        this.after = after;
        this.text = text;
    }

    public boolean isDelete() {
        return "d".equals(op);
    }
}
