package com.gmall.rtdw.runtime;

import com.gmall.rtdw.runtime.config.ConfigException;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;

/**
 * How every Redis client of the project connects (the jobs' pools, the stack's probe, the tests):
 * the endpoint's ACL user and password, and TLS with the server's certificate checked against its
 * host name (Jedis checks no name unless told to).
 */
public final class RedisClients {
    private RedisClients() {}

    /**
     * Connection settings for {@code endpoint}, with {@code timeoutMs} for connecting and for each
     * command.
     */
    public static JedisClientConfig clientConfig(RedisEndpoint endpoint, int timeoutMs) {
        DefaultJedisClientConfig.Builder b =
                DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(timeoutMs)
                        .socketTimeoutMillis(timeoutMs);
        if (!endpoint.password().isEmpty()) {
            b.password(endpoint.password());
            if (!endpoint.user().isEmpty()) {
                b.user(endpoint.user());
            }
        }
        if (endpoint.tls()) {
            SSLParameters checkName = new SSLParameters();
            checkName.setEndpointIdentificationAlgorithm("HTTPS");
            b.ssl(true).sslParameters(checkName).sslSocketFactory(socketFactory(endpoint.caFile()));
        }
        return b.build();
    }

    /** One connection, for tools and tests (the jobs use pools). */
    public static Jedis connect(RedisEndpoint endpoint, int timeoutMs) {
        return new Jedis(
                new HostAndPort(endpoint.host(), endpoint.port()),
                clientConfig(endpoint, timeoutMs));
    }

    private static SSLSocketFactory socketFactory(String caFile) {
        if (caFile.isEmpty()) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        try (InputStream in = Files.newInputStream(Path.of(caFile))) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new ConfigException(
                        GmallOptions.REDIS_TLS_CA_FILE.key() + ": no certificate in " + caFile);
            }
            TrustManagerFactory tmf =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(
                    GmallOptions.REDIS_TLS_CA_FILE.key()
                            + ": cannot read "
                            + caFile
                            + " as PEM "
                            + "certificates: "
                            + e.getMessage());
        }
    }
}
