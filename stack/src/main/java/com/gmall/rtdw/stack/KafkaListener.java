package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local broker's client listener, speaking what the clients are configured to speak: PLAINTEXT,
 * or SASL_PLAINTEXT with the PLAIN mechanism, whose one user (name and password) is the one of the
 * clients' own login module ({@code kafka.sasl.jaas-config}). TLS needs certificates, which a
 * shop's brokers have and the local stack does not make, so SSL and SASL_SSL are refused here with
 * that reason.
 */
final class KafkaListener {
    private static final Pattern USERNAME = Pattern.compile("\\busername=\"([^\"]*)\"");
    private static final Pattern PASSWORD = Pattern.compile("\\bpassword=\"([^\"]*)\"");

    private KafkaListener() {}

    /**
     * The server.properties placeholders of the listener: its name and the SASL lines (none for
     * PLAINTEXT).
     */
    static Map<String, String> placeholders(GmallConfig config) {
        String protocol = config.get(GmallOptions.KAFKA_SECURITY_PROTOCOL);
        switch (protocol) {
            case "PLAINTEXT":
                return Map.of("GMALL_KAFKA_LISTENER", protocol, "GMALL_KAFKA_SASL", "");
            case "SASL_PLAINTEXT":
                return Map.of(
                        "GMALL_KAFKA_LISTENER", protocol, "GMALL_KAFKA_SASL", saslPlain(config));
            default:
                throw new IllegalStateException(
                        GmallOptions.KAFKA_SECURITY_PROTOCOL.key()
                                + " "
                                + protocol
                                + ": the local stack's broker speaks PLAINTEXT or SASL_PLAINTEXT only (TLS needs "
                                + "certificates of a shop's own brokers; docs/security.md)");
        }
    }

    private static String saslPlain(GmallConfig config) {
        String mechanism = config.get(GmallOptions.KAFKA_SASL_MECHANISM);
        if (!mechanism.equals("PLAIN")) {
            throw new IllegalStateException(
                    GmallOptions.KAFKA_SASL_MECHANISM.key()
                            + " "
                            + mechanism
                            + ": the local stack's broker offers SASL/PLAIN only");
        }
        String jaas = config.get(GmallOptions.KAFKA_SASL_JAAS_CONFIG);
        String user = group(USERNAME, jaas);
        String password = group(PASSWORD, jaas);
        if (user == null || password == null || !user.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalStateException(
                    GmallOptions.KAFKA_SASL_JAAS_CONFIG.key()
                            + " must be a PlainLoginModule "
                            + "with username=\"...\" (letters, digits and _ . -) and password=\"...\"");
        }
        String quoted = "\"" + password + "\"";
        return "sasl.enabled.mechanisms=PLAIN\n"
                + "sasl.mechanism.inter.broker.protocol=PLAIN\n"
                + "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                + "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user
                + "\" password="
                + quoted
                + " user_"
                + user
                + "="
                + quoted
                + ";\n";
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).replace("\\", "\\\\") : null;
    }
}
