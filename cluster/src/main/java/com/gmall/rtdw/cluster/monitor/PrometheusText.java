package com.gmall.rtdw.cluster.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples in the Prometheus text exposition format (version 0.0.4): each family's HELP and TYPE
 * once, then its samples. A NaN value (nothing measured yet) is left out rather than exported as
 * NaN, so that alert expressions never compare against it.
 */
final class PrometheusText {
    private record Family(String type, String help, List<String> lines) {}

    private final Map<String, Family> families = new LinkedHashMap<>();

    void add(String name, String type, String help, Map<String, String> labels, double value) {
        Family family =
                families.computeIfAbsent(name, n -> new Family(type, help, new ArrayList<>()));
        if (Double.isNaN(value)) {
            return;
        }
        StringBuilder line = new StringBuilder(name);
        if (!labels.isEmpty()) {
            line.append('{');
            String separator = "";
            for (Map.Entry<String, String> label : labels.entrySet()) {
                line.append(separator)
                        .append(label.getKey())
                        .append("=\"")
                        .append(escape(label.getValue()))
                        .append('"');
                separator = ",";
            }
            line.append('}');
        }
        family.lines().add(line.append(' ').append(format(value)).toString());
    }

    String render() {
        StringBuilder text = new StringBuilder();
        families.forEach(
                (name, family) -> {
                    text.append("# HELP ")
                            .append(name)
                            .append(' ')
                            .append(family.help().replace("\\", "\\\\").replace("\n", "\\n"))
                            .append('\n');
                    text.append("# TYPE ")
                            .append(name)
                            .append(' ')
                            .append(family.type())
                            .append('\n');
                    family.lines().forEach(l -> text.append(l).append('\n'));
                });
        return text.toString();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
