package com.gmall.rtdw.runtime.config;

import java.io.Serializable;

/**
 * Where and as whom the warehouse reaches Redis, the dim cache: DimApp's invalidations and the DWS
 * jobs' lookups alike. Serializable, as functions carry it to their tasks; its text form never
 * shows the password.
 *
 * @param host the server
 * @param port its port
 * @param user the ACL user, empty for the default user
 * @param password empty for none
 * @param tls whether to connect over TLS (the server's certificate must name {@code host})
 * @param caFile PEM file of the authority to trust, empty for the JVM's
 */
public record RedisEndpoint(
        String host, int port, String user, String password, boolean tls, String caFile)
        implements Serializable {
    public static RedisEndpoint of(GmallConfig config) {
        RedisEndpoint endpoint =
                new RedisEndpoint(
                        config.get(GmallOptions.REDIS_HOST),
                        config.get(GmallOptions.REDIS_PORT),
                        config.get(GmallOptions.REDIS_USER),
                        config.get(GmallOptions.REDIS_PASSWORD),
                        config.get(GmallOptions.REDIS_TLS),
                        config.get(GmallOptions.REDIS_TLS_CA_FILE));
        if (!endpoint.user.matches("[A-Za-z0-9_.@-]*")) {
            throw new ConfigException(
                    GmallOptions.REDIS_USER.key()
                            + " '"
                            + endpoint.user
                            + "' is not a valid user "
                            + "name (letters, digits and _ . @ -)");
        }
        if (!endpoint.user.isEmpty() && endpoint.password.isEmpty()) {
            throw new ConfigException(
                    GmallOptions.REDIS_USER.key()
                            + " is set but "
                            + GmallOptions.REDIS_PASSWORD.key()
                            + " is empty: an ACL user always has a password");
        }
        if (!endpoint.tls && !endpoint.caFile.isEmpty()) {
            throw new ConfigException(
                    GmallOptions.REDIS_TLS_CA_FILE.key()
                            + " is set but "
                            + GmallOptions.REDIS_TLS.key()
                            + " is false: the connection would not use it");
        }
        return endpoint;
    }

    /** The same server and credentials on another address (a test's own server). */
    public RedisEndpoint at(String otherHost, int otherPort) {
        return new RedisEndpoint(otherHost, otherPort, user, password, tls, caFile);
    }

    @Override
    public String toString() {
        return "RedisEndpoint["
                + (tls ? "rediss://" : "redis://")
                + host
                + ":"
                + port
                + (user.isEmpty() ? "" : ", user " + user)
                + (password.isEmpty() ? ", no password" : ", password ***")
                + "]";
    }
}
