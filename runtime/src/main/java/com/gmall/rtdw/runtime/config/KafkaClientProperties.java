package com.gmall.rtdw.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The connection settings every Kafka client of the warehouse starts from (Flink sources and sinks,
 * admin clients, the local stack's tools and Flume agent): the brokers and, when the brokers ask
 * for it, the client security settings of the configuration under Kafka's own names. One place, so
 * that no client can forget them.
 */
public final class KafkaClientProperties {
    private static final Set<String> PROTOCOLS =
            Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

    /**
     * Our setting and the Kafka client property it becomes; an empty value is left to Kafka's
     * default.
     */
    private static final Map<ConfigOption<String>, String> SECURITY = securitySettings();

    private KafkaClientProperties() {}

    private static Map<ConfigOption<String>, String> securitySettings() {
        Map<ConfigOption<String>, String> m = new LinkedHashMap<>();
        m.put(GmallOptions.KAFKA_SECURITY_PROTOCOL, "security.protocol");
        m.put(GmallOptions.KAFKA_SASL_MECHANISM, "sasl.mechanism");
        m.put(GmallOptions.KAFKA_SASL_JAAS_CONFIG, "sasl.jaas.config");
        m.put(GmallOptions.KAFKA_SSL_TRUSTSTORE_LOCATION, "ssl.truststore.location");
        m.put(GmallOptions.KAFKA_SSL_TRUSTSTORE_PASSWORD, "ssl.truststore.password");
        m.put(GmallOptions.KAFKA_SSL_KEYSTORE_LOCATION, "ssl.keystore.location");
        m.put(GmallOptions.KAFKA_SSL_KEYSTORE_PASSWORD, "ssl.keystore.password");
        m.put(GmallOptions.KAFKA_SSL_KEY_PASSWORD, "ssl.key.password");
        return m;
    }

    /**
     * {@code bootstrap.servers} and the security settings, checked for consistency: a SASL protocol
     * needs a mechanism and a login module, and SASL settings without a SASL protocol would be
     * ignored by Kafka without a word. The result holds secrets: hand it to a client, never to a
     * log line.
     */
    public static Properties of(GmallConfig config) {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", config.get(GmallOptions.KAFKA_BOOTSTRAP_SERVERS));
        SECURITY.forEach(
                (option, kafkaKey) -> {
                    String value = config.get(option);
                    if (!value.isEmpty()) {
                        p.setProperty(kafkaKey, value);
                    }
                });
        check(config);
        return p;
    }

    /**
     * Kafka's client property names of the security settings that are set, for a client configured
     * elsewhere.
     */
    public static Map<String, String> security(GmallConfig config) {
        Map<String, String> m = new LinkedHashMap<>();
        Properties all = of(config);
        SECURITY.values()
                .forEach(
                        k -> {
                            if (all.getProperty(k) != null) {
                                m.put(k, all.getProperty(k));
                            }
                        });
        return m;
    }

    private static void check(GmallConfig config) {
        String protocol = config.get(GmallOptions.KAFKA_SECURITY_PROTOCOL);
        if (!PROTOCOLS.contains(protocol)) {
            throw new ConfigException(
                    GmallOptions.KAFKA_SECURITY_PROTOCOL.key()
                            + ": '"
                            + protocol
                            + "' is not one of "
                            + new java.util.TreeSet<>(PROTOCOLS));
        }
        boolean sasl = protocol.startsWith("SASL_");
        boolean mechanism = !config.get(GmallOptions.KAFKA_SASL_MECHANISM).isEmpty();
        boolean jaas = !config.get(GmallOptions.KAFKA_SASL_JAAS_CONFIG).isEmpty();
        if (sasl && (!mechanism || !jaas)) {
            throw new ConfigException(
                    GmallOptions.KAFKA_SECURITY_PROTOCOL.key()
                            + " "
                            + protocol
                            + " needs "
                            + GmallOptions.KAFKA_SASL_MECHANISM.key()
                            + " and "
                            + GmallOptions.KAFKA_SASL_JAAS_CONFIG.key());
        }
        if (!sasl && (mechanism || jaas)) {
            throw new ConfigException(
                    GmallOptions.KAFKA_SASL_MECHANISM.key()
                            + " and "
                            + GmallOptions.KAFKA_SASL_JAAS_CONFIG.key()
                            + " take effect only with a SASL "
                            + GmallOptions.KAFKA_SECURITY_PROTOCOL.key()
                            + " (SASL_PLAINTEXT or SASL_SSL), not "
                            + protocol);
        }
    }
}
