package com.gmall.rtdw.jobs.dim;

import java.sql.SQLException;

/**
 * Which Phoenix failures are answers rather than outages. SQL state classes 22 (data exception), 23
 * (constraint violation) and 42 (syntax error or rule violation): Phoenix refuses this statement
 * and always will, so it is dead-lettered. Anything else (connection, timeout, region moving) may
 * pass on a retry.
 */
public final class PhoenixRefusals {
    private PhoenixRefusals() {}

    public static boolean isRefusal(Exception e) {
        if (!(e instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("22") || state.startsWith("23") || state.startsWith("42");
    }
}
