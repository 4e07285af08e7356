package com.gmall.rtdw.stack;

import java.util.regex.Pattern;

/** Names from configuration that reach SQL text (a database, a user) are checked against this first. */
final class Identifiers {
    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Identifiers() {}

    static String require(String what, String s) {
        if (s == null || !VALID.matcher(s).matches()) {
            throw new IllegalArgumentException(what + " '" + s + "' is not a valid identifier (" + VALID + ")");
        }
        return s;
    }
}
