package com.gmall.rtdw.cli;

/**
 * The command line asks for something that cannot be: a value out of range, an unknown job, server
 * or topic, a start that needs {@code --fresh} or {@code --from-savepoint}. Exit status 2, as for
 * an unknown option.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
