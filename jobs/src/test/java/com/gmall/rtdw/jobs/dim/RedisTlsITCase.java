package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.runtime.RedisClients;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * The dim cache over TLS with an ACL user, on a real redis-server that listens for TLS only, with a
 * certificate made here for the name {@code localhost} by a throw-away authority: DimApp's
 * invalidation and the lookups' pool work through it, and a client that trusts another authority,
 * asks for another name or speaks plain text is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisTlsITCase {
    private static final String USER = "gmall_dim";
    private static final String PASSWORD = "tls-it-secret";

    private Path dir;
    private Process server;
    private int port;

    @BeforeAll
    void startRedisWithTlsOnly() throws Exception {
        dir = Files.createTempDirectory("gmall-redis-tls");
        certificate("ca", "/CN=gmall test authority", null, null);
        certificate("other-ca", "/CN=another authority", null, null);
        certificate("server", "/CN=localhost", "ca", "subjectAltName=DNS:localhost");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server =
                new ProcessBuilder(
                                "redis-server",
                                "--port",
                                "0",
                                "--tls-port",
                                Integer.toString(port),
                                "--bind",
                                "127.0.0.1",
                                "--tls-cert-file",
                                file("server.pem"),
                                "--tls-key-file",
                                file("server.key"),
                                "--tls-ca-cert-file",
                                file("ca.pem"),
                                "--tls-auth-clients",
                                "no",
                                "--save",
                                "",
                                "--appendonly",
                                "no",
                                "--user",
                                "default",
                                "off",
                                "--user",
                                USER,
                                "on",
                                ">" + PASSWORD,
                                "~DIM:*",
                                "+@all",
                                "-@dangerous")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("redis.out").toFile())
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Jedis jedis = RedisClients.connect(endpoint("localhost", "ca.pem"), 1000)) {
                jedis.ping();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    throw new IllegalStateException(
                            "redis-server with TLS did not start: "
                                    + Files.readString(dir.resolve("redis.out")),
                            e);
                }
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void invalidationAndThePoolWorkOverTlsAsTheAclUser() throws Exception {
        RedisEndpoint endpoint = endpoint("localhost", "ca.pem");
        try (JvmShared.Handle<JedisPool> pool = RedisPools.acquire(endpoint);
                Jedis jedis = pool.get().getResource()) {
            jedis.set("DIM:DIM_SKU_INFO:1", "{\"ID\":\"1\"}");
            jedis.set("DIM:DIM_SKU_INFO:2", "{\"ID\":\"2\"}");
            assertThat(jedis.aclWhoAmI()).isEqualTo(USER);
        }
        try (DimCache cache = RedisDimCache.factory(endpoint).open()) {
            cache.invalidate(List.of("DIM:DIM_SKU_INFO:1"));
        }
        try (Jedis jedis = RedisClients.connect(endpoint, 2000)) {
            assertThat(jedis.exists("DIM:DIM_SKU_INFO:1")).isFalse();
            assertThat(jedis.get("DIM:DIM_SKU_INFO:2")).isEqualTo("{\"ID\":\"2\"}");
            assertThatThrownBy(() -> jedis.set("OTHER:1", "x"))
                    .as("the ACL user has the cache's keys only")
                    .hasMessageContaining("NOPERM");
            assertThatThrownBy(jedis::flushAll)
                    .as("and no command that wipes the server")
                    .hasMessageContaining("NOPERM");
        }
    }

    @Test
    void aServerSignedByAnotherAuthorityIsRefused() {
        assertThatThrownBy(() -> ping(endpoint("localhost", "other-ca.pem")))
                .hasStackTraceContaining("PKIX");
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        assertThatThrownBy(() -> ping(endpoint("127.0.0.1", "ca.pem")))
                .hasStackTraceContaining(
                        "No subject alternative names matching IP address 127.0.0.1");
    }

    @Test
    void plainTextIsRefused() {
        RedisEndpoint plain = new RedisEndpoint("localhost", port, USER, PASSWORD, false, "");
        assertThatThrownBy(() -> ping(plain)).isInstanceOf(RuntimeException.class);
    }

    private static void ping(RedisEndpoint endpoint) {
        try (Jedis jedis = RedisClients.connect(endpoint, 2000)) {
            jedis.ping();
        }
    }

    private RedisEndpoint endpoint(String host, String caFile) {
        return new RedisEndpoint(host, port, USER, PASSWORD, true, file(caFile));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    /**
     * A key and certificate with openssl: self-signed when {@code issuer} is null, else signed by
     * it.
     */
    private void certificate(String name, String subject, String issuer, String extension)
            throws IOException, InterruptedException {
        String key = file(name + ".key");
        String pem = file(name + ".pem");
        if (issuer == null) {
            run(
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "1",
                    "-subj",
                    subject,
                    "-keyout",
                    key,
                    "-out",
                    pem);
            return;
        }
        String csr = file(name + ".csr");
        Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
        run(
                "openssl",
                "req",
                "-new",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                subject,
                "-keyout",
                key,
                "-out",
                csr);
        run(
                "openssl",
                "x509",
                "-req",
                "-in",
                csr,
                "-CA",
                file(issuer + ".pem"),
                "-CAkey",
                file(issuer + ".key"),
                "-CAcreateserial",
                "-days",
                "1",
                "-extfile",
                file(name + ".ext"),
                "-out",
                pem);
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
