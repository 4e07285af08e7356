package com.gmall.rtdw.runtime.config;

/** The configuration cannot be used; the message says which keys and what to do. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
