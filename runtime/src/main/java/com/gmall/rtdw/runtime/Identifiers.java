package com.gmall.rtdw.runtime;

import java.util.regex.Pattern;

/**
 * The one rule for names that come from configuration or data and reach SQL text (a database, a
 * user, a table, a column): {@code [A-Za-z_][A-Za-z0-9_]*}. Values never reach SQL text; they are
 * bound.
 */
public final class Identifiers {
    public static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Identifiers() {}

    public static boolean isValid(String s) {
        return s != null && VALID.matcher(s).matches();
    }

    /** {@code s} if valid, else an IllegalArgumentException naming {@code what}. */
    public static String require(String what, String s) {
        if (!isValid(s)) {
            throw new IllegalArgumentException(
                    what + " '" + s + "' is not a valid identifier (" + VALID + ")");
        }
        return s;
    }
}
