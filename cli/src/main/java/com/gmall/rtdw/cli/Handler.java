package com.gmall.rtdw.cli;

/** What a command does with its parsed options; returns the exit status (0 done, 1 failed). */
@FunctionalInterface
public interface Handler<T> {
    int run(T command) throws Exception;
}
