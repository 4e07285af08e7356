package com.gmall.rtdw.runtime;

import java.io.IOException;

/**
 * ClickHouse answered, and refused the statement (any HTTP status but 200): asking again gives the
 * same answer, so it is not retried, unlike a server that does not answer ({@link
 * ClickHouseHttp#isOutage}).
 */
public final class ClickHouseRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public ClickHouseRefusedException(String message) {
        super(message);
    }
}
